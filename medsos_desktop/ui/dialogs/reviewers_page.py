"""Settings → Reviewers: the heads of division or office who approve posts. Added,
edited (name, position, NIP, level), their PIN reset (with the old PIN, or on the admin's
confirmation with a reason), deactivated or activated again. Every change is saved at once
by services/review.py and recorded in its audit trail, shown under the list.

The services are imported on worker threads only, as everywhere in the window: opening
the settings never waits for the database layer to load.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.review import ROLE_LABELS, ReviewerRole
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

if TYPE_CHECKING:
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.review import ReviewerEventInfo, ReviewerInfo, ReviewService
    from medsos_desktop.services.workspace import Workspace

ERROR_STYLE = "color: #c62828"
# Digits and spaces, as a NIP is often written: "19800315 200501 1 002".
NIP_INPUT = QRegularExpression(r"^[0-9 ]{0,24}$")
PIN_INPUT = QRegularExpression(r"^[0-9]{0,12}$")


def _pin_edit(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(PIN_INPUT, edit))
    edit.setPlaceholderText(placeholder)
    return edit


def _local_time(value: datetime) -> str:
    return value.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")


def _error_text(exc: BaseException) -> str:
    return error_text(exc)


class ReviewerDialog(QDialog):
    """Add a reviewer (with the PIN they choose) or change one."""

    submitted = Signal()

    def __init__(
        self,
        reviewer: ReviewerInfo | None,
        admin: PersonInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewer_dialog")
        self.setWindowTitle(self.tr("Add a reviewer") if reviewer is None else self.tr("Reviewer"))
        self.reviewer, self.admin = reviewer, admin

        self.name_edit = QLineEdit(reviewer.name if reviewer else "", self)
        self.name_edit.setObjectName("reviewer_name")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="dr. Andi Pratama, M.Kes.")
        )
        self.jabatan_edit = QLineEdit(reviewer.jabatan if reviewer else "", self)
        self.jabatan_edit.setObjectName("reviewer_jabatan")
        self.jabatan_edit.setMaxLength(120)
        self.jabatan_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Kepala Dinas Kesehatan")
        )
        self.nip_edit = QLineEdit(reviewer.nip if reviewer else "", self)
        self.nip_edit.setObjectName("reviewer_nip")
        self.nip_edit.setValidator(QRegularExpressionValidator(NIP_INPUT, self.nip_edit))
        self.nip_edit.setPlaceholderText(self.tr("18 digits; may stay empty"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("reviewer_role")
        for role in ReviewerRole:
            self.role_combo.addItem(qt_translate("Review", ROLE_LABELS[role]), role.value)
        if reviewer is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(reviewer.role.value))
        self.is_me = QCheckBox(self)
        self.is_me.setObjectName("reviewer_is_me")
        if admin is not None:
            self.is_me.setText(
                self.tr("This is me, {name}: I review posts as well").format(name=admin.name)
            )
        else:
            self.is_me.setText(self.tr("This is me (enter your own name in General first)"))
        self.is_me.setEnabled(admin is not None and not (reviewer and reviewer.is_admin))
        self.is_me.setChecked(bool(reviewer and reviewer.is_admin))
        self.is_me.toggled.connect(self._follow_me)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Position (jabatan)"), self.jabatan_edit)
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow(self.tr("Level"), self.role_combo)
        form.addRow(self.is_me)
        self.pin_edit = self.pin_again = None
        if reviewer is None:
            self.pin_edit = _pin_edit(self, "reviewer_pin", self.tr("6 to 12 digits"))
            self.pin_again = _pin_edit(self, "reviewer_pin_again", self.tr("The same PIN again"))
            form.addRow(self.tr("PIN (typed by the reviewer)"), self.pin_edit)
            form.addRow(self.tr("PIN again"), self.pin_again)
        self.error = QLabel(self)
        self.error.setObjectName("reviewer_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Add reviewer") if reviewer is None else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setObjectName("reviewer_save")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._follow_me(self.is_me.isChecked())
        self.resize(560, self.sizeHint().height())
        fit_dialog(self)

    def _follow_me(self, me: bool) -> None:
        """The admin's own name and position are theirs to change in General."""
        if me and self.admin is not None:
            self.name_edit.setText(self.admin.name)
            self.jabatan_edit.setText(self.admin.jabatan)
        self.name_edit.setReadOnly(me)
        self.jabatan_edit.setReadOnly(me)
        self.nip_edit.setReadOnly(me)

    def _submit(self) -> None:
        if self.pin_edit is not None and self.pin_edit.text() != self.pin_again.text():
            self.show_error(self.tr("The two PINs differ: type the same PIN twice."))
            return
        self.error.clear()
        self.save_button.setEnabled(False)
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "jabatan": self.jabatan_edit.text(),
            "nip": self.nip_edit.text(),
            "role": ReviewerRole(self.role_combo.currentData()),
            "is_admin": self.is_me.isChecked(),
        }

    def pin(self) -> str:
        return self.pin_edit.text() if self.pin_edit is not None else ""


class PinResetDialog(QDialog):
    """A new PIN: the reviewer types the old one, or, when it is forgotten, the admin
    confirms that they checked who is setting the new one and says why."""

    submitted = Signal()

    def __init__(
        self, reviewer: ReviewerInfo, admin: PersonInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pin_reset_dialog")
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=reviewer.name))

        self.with_old = QRadioButton(self.tr("The reviewer knows the old PIN"), self)
        self.with_old.setObjectName("reset_with_old")
        self.with_old.setChecked(True)
        self.old_pin = _pin_edit(self, "old_pin", self.tr("The old PIN"))
        self.forgotten = QRadioButton(
            self.tr("The old PIN is forgotten: I, the admin, confirm the reset"), self
        )
        self.forgotten.setObjectName("reset_forgotten")
        admin_name = admin.name if admin is not None else ""
        self.confirm = QCheckBox(
            self.tr(
                "I, {admin}, checked in person that {name} is the one choosing the new PIN."
            ).format(admin=admin_name or self.tr("the admin"), name=reviewer.name),
            self,
        )
        self.confirm.setObjectName("reset_confirm")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reset_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(56)
        self.reason.setPlaceholderText(
            self.tr("Why, e.g. “forgot the PIN; identity checked at the office”")
        )
        audit = QLabel(
            self.tr("Recorded in the reviewers' audit trail with your name, date and reason.")
            if admin is not None
            else self.tr("Enter your own name in General first: this reset is recorded in it."),
            self,
        )
        audit.setWordWrap(True)
        self.forgotten.setEnabled(admin is not None)
        self.new_pin = _pin_edit(self, "new_pin", self.tr("6 to 12 digits"))
        self.new_again = _pin_edit(self, "new_pin_again", self.tr("The same PIN again"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.with_old)
        old_row = QFormLayout()
        old_row.setContentsMargins(24, 0, 0, 0)
        old_row.addRow(self.tr("Old PIN"), self.old_pin)
        layout.addLayout(old_row)
        layout.addWidget(self.forgotten)
        admin_box = QVBoxLayout()
        admin_box.setContentsMargins(24, 0, 0, 0)
        admin_box.addWidget(self.confirm)
        admin_box.addWidget(self.reason)
        admin_box.addWidget(audit)
        layout.addLayout(admin_box)
        new_form = QFormLayout()
        new_form.addRow(self.tr("New PIN (typed by the reviewer)"), self.new_pin)
        new_form.addRow(self.tr("New PIN again"), self.new_again)
        layout.addLayout(new_form)
        self.error = QLabel(self)
        self.error.setObjectName("reset_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Set the new PIN"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("reset_save")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.with_old.toggled.connect(self._follow_choice)
        self._follow_choice()
        self.resize(560, self.sizeHint().height())
        fit_dialog(self)

    def _follow_choice(self) -> None:
        old = self.with_old.isChecked()
        self.old_pin.setEnabled(old)
        self.confirm.setEnabled(not old)
        self.reason.setEnabled(not old)

    def _submit(self) -> None:
        if self.new_pin.text() != self.new_again.text():
            self.show_error(self.tr("The two new PINs differ: type the same PIN twice."))
            return
        self.error.clear()
        self.save_button.setEnabled(False)
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(text)

    def request(self) -> dict[str, Any]:
        """What `ReviewService.reset_pin` is given."""
        if self.with_old.isChecked():
            return {"new_pin": self.new_pin.text(), "old_pin": self.old_pin.text()}
        return {
            "new_pin": self.new_pin.text(),
            "admin_confirmed": self.confirm.isChecked(),
            "reason": self.reason.toPlainText(),
        }


class ReviewersPage(QWidget):
    """The list of reviewers with what can be done to them, and their audit trail."""

    changed = Signal()  # after every change, once the list shows it
    loaded = Signal()

    COLUMNS = 5

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = workspace.db
        self.runner = TaskRunner(self, max_threads=1)
        self.admin: PersonInfo | None = None
        self.reviewers: list[ReviewerInfo] = []
        self.dialog: QWidget | None = None

        intro = QLabel(
            self.tr(
                "For an office with one PC: the heads of division or office approve posts at "
                "this PC, each typing a PIN of their own (kept secret, never shown). Changes "
                "here are saved at once and recorded."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("reviewer_list")
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("NIP"),
                self.tr("Level"),
                self.tr("Note"),
            ]
        )
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self.open_edit())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("reviewer_add")
        self.add_button.clicked.connect(self.open_add)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setObjectName("reviewer_edit")
        self.edit_button.clicked.connect(self.open_edit)
        self.pin_button = QPushButton(self.tr("New PIN…"), self)
        self.pin_button.setObjectName("reviewer_reset_pin")
        self.pin_button.clicked.connect(self.open_reset)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.setObjectName("reviewer_active")
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.pin_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.log_label = QLabel(self.tr("Changes to reviewers"), self)
        self.log = QListWidget(self)
        self.log.setObjectName("reviewer_log")
        self.log.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("reviewers_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log, 1)
        self._selection_changed()
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[ReviewService], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        db = self.db

        def job() -> Any:
            from medsos_desktop.services.review import ReviewService

            return work(ReviewService(db))

        self.runner.run(job, on_done=on_done, on_error=on_error or self._failed)

    def reload(self, select: int | None = None, then: Signal | None = None) -> None:
        db = self.db

        def work(service: ReviewService) -> tuple:
            from medsos_desktop.services.people import PeopleService

            return PeopleService(db).admin(), service.all_reviewers(), service.reviewer_log()

        def done(loaded: tuple) -> None:
            self.admin, self.reviewers, log = loaded
            self._fill(select)
            self._fill_log(log)
            self.loaded.emit()
            if then is not None:
                then.emit()

        self._run(work, done)

    def refresh_admin(self) -> None:
        """The admin's name changed in General: "this is me" and "you" follow."""
        self.reload(self.selected_id())

    def _fill(self, select: int | None) -> None:
        self.table.clear()
        if not self.reviewers:
            item = QTreeWidgetItem([self.tr("No reviewer yet: add the first one.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for info in self.reviewers:
            state = self.tr("deactivated") if not info.active else ""
            if info.is_admin:
                state = ", ".join(filter(None, [self.tr("you"), state]))
            item = QTreeWidgetItem(
                [
                    info.name,
                    info.jabatan,
                    info.nip,
                    qt_translate("Review", ROLE_LABELS[info.role]),
                    state,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(0, info.name)
            item.setToolTip(1, info.jabatan)
            if not info.active:
                for column in range(self.COLUMNS):
                    item.setForeground(column, self.palette().placeholderText())
            self.table.addTopLevelItem(item)
            if info.id == select:
                item.setSelected(True)
                self.table.setCurrentItem(item)
        self._selection_changed()

    def _fill_log(self, log: list[ReviewerEventInfo]) -> None:
        self.log.clear()
        self.log.addItems([self.describe(e) for e in log] or [self.tr("Nothing recorded yet.")])

    def describe(self, event: ReviewerEventInfo) -> str:
        """One line of the audit trail, in the user's language."""
        from medsos_desktop.services.review import ReviewerAction

        when = _local_time(event.at)
        what = {
            ReviewerAction.ADDED: self.tr("{name} added as a reviewer"),
            ReviewerAction.EDITED: self.tr("{name}: details changed"),
            ReviewerAction.LINKED: self.tr("{name}: marked as the admin's own entry"),
            ReviewerAction.PIN_CHANGED: self.tr("{name}: PIN changed with the old PIN"),
            ReviewerAction.PIN_RESET: self.tr(
                "{name}: PIN reset without the old PIN, confirmed by the admin"
            ),
            ReviewerAction.DEACTIVATED: self.tr("{name} deactivated"),
            ReviewerAction.ACTIVATED: self.tr("{name} activated again"),
        }[event.action].format(name=event.reviewer)
        if event.action is ReviewerAction.PIN_RESET and event.detail.get("reason"):
            what += self.tr(" (reason: {reason})").format(reason=event.detail["reason"])
        if event.by:
            what += " — " + self.tr("by {admin}").format(admin=event.by)
        return f"{when}  {what}"

    # -- selection -------------------------------------------------------------------

    def selected(self) -> ReviewerInfo | None:
        wanted = self.selected_id()
        return next((r for r in self.reviewers if r.id == wanted), None)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, reviewer_id: int) -> None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == reviewer_id:
                self.table.setCurrentItem(item)
                item.setSelected(True)

    def _selection_changed(self) -> None:
        info = self.selected()
        for button in (self.edit_button, self.pin_button, self.active_button):
            button.setEnabled(info is not None)
        self.active_button.setText(
            self.tr("Activate again")
            if info is not None and not info.active
            else self.tr("Deactivate")
        )

    # -- actions ---------------------------------------------------------------------

    def open_add(self) -> None:
        dialog = ReviewerDialog(None, self.admin, self)

        def submit() -> None:
            values, pin = dialog.values(), dialog.pin()
            self._run(
                lambda s: s.add_reviewer(
                    values["name"],
                    values["role"],
                    pin,
                    jabatan=values["jabatan"],
                    nip=values["nip"],
                    is_admin=values["is_admin"],
                ),
                on_done=lambda info: self._done(dialog, info.id),
                on_error=lambda exc: dialog.show_error(_error_text(exc)),
            )

        self._open(dialog, submit)

    def open_edit(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = ReviewerDialog(info, self.admin, self)

        def submit() -> None:
            values = dialog.values()
            self._run(
                lambda s: s.update_reviewer(info.id, **values),
                on_done=lambda changed: self._done(dialog, changed.id),
                on_error=lambda exc: dialog.show_error(_error_text(exc)),
            )

        self._open(dialog, submit)

    def open_reset(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = PinResetDialog(info, self.admin, self)

        def submit() -> None:
            request = dialog.request()
            self._run(
                lambda s: s.reset_pin(info.id, **request),
                on_done=lambda _r: self._done(dialog, info.id),
                on_error=lambda exc: dialog.show_error(_error_text(exc)),
            )

        self._open(dialog, submit)

    def toggle_active(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not info.active:
            self._set_active(info.id, True)
            return
        self.dialog = messages.confirm(
            self,
            self.tr("Deactivate a reviewer"),
            self.tr(
                "Deactivate {name}? They can no longer approve or send back posts. Their "
                "past decisions keep their name, and they can be activated again."
            ).format(name=info.name),
            self.tr("Deactivate"),
            lambda: self._set_active(info.id, False),
        )

    def _set_active(self, reviewer_id: int, active: bool) -> None:
        self._run(
            lambda s: s.set_active(reviewer_id, active),
            on_done=lambda _r: self.reload(reviewer_id, self.changed),
        )

    def _open(self, dialog: QDialog, submit: Callable[[], None]) -> None:
        dialog.submitted.connect(submit)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        self.message.clear()
        dialog.open()

    def _done(self, dialog: QDialog, reviewer_id: int) -> None:
        dialog.accept()
        self.reload(reviewer_id, self.changed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(_error_text(exc))
