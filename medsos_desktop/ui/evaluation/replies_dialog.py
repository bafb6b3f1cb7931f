"""Replies to citizens: find a reply, fill its blanks, copy it; keep your own replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.services.replies import (
    REPLY_CATEGORIES,
    ReplyError,
    ReplyField,
    ReplyTemplate,
    fill_reply,
    format_problem,
    matches_search,
    reply_fields,
    reply_problems,
)
from medsos_desktop.ui.common.messages import confirm
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from medsos_desktop.services.replies import RepliesService

KeyRole = Qt.ItemDataRole.UserRole
_ERROR = "#c62828"
_WARNING = "#b26a00"


def tr_reply_category(category: str) -> str:
    return QCoreApplication.translate("Replies", REPLY_CATEGORIES.get(category, category))


class RepliesDialog(QDialog):
    """Search on the left; the reply, its blanks and the filled text on the right."""

    ready = Signal()  # the list is (re)loaded, or an operation failed
    copied = Signal(str)  # the filled text now on the clipboard

    def __init__(self, service: RepliesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replies_dialog")
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(1000, 720)
        self.service = service
        self.runner = TaskRunner(self, max_threads=1)
        self.templates: list[ReplyTemplate] = []
        self.current: ReplyTemplate | None = None
        self.values: dict[str, str] = {}  # typed blanks, kept when switching replies
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._confirm_box: QMessageBox | None = None
        self._after_reload: tuple[str | None, str] = (None, "")
        self._delete_key = ""

        # left: search and list
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search replies, e.g. KTP or banjir"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.list = QListWidget(self)
        self.list.setObjectName("reply_list")
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self._new)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setObjectName("duplicate")
        self.duplicate_button.clicked.connect(self._duplicate)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self._delete)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        # right: the reply itself
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        for key in REPLY_CATEGORIES:
            self.category_combo.addItem(tr_reply_category(key), key)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body")
        self.body_edit.setMinimumHeight(90)
        self.body_edit.textChanged.connect(self._body_changed)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save reply"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self._save)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self._form_timer = QTimer(self)
        self._form_timer.setSingleShot(True)
        self._form_timer.setInterval(300)
        self._form_timer.timeout.connect(self._rebuild_form)

        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form_host)
        form_scroll.setMinimumHeight(110)
        self.result = QPlainTextEdit(self)
        self.result.setObjectName("result")
        self.result.setReadOnly(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {_WARNING}")
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copy")
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)

        right = QWidget(self)
        head = QFormLayout()
        head.addRow(self.tr("Title"), self.title_edit)
        head.addRow(self.tr("Category"), self.category_combo)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.body_edit, 2)
        right_layout.addWidget(self.problems)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        right_layout.addWidget(QLabel(self.tr("Fill in the blanks:"), self))
        right_layout.addWidget(form_scroll, 2)
        right_layout.addWidget(QLabel(self.tr("Reply to send:"), self))
        right_layout.addWidget(self.result, 3)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.missing, 1)
        copy_row.addWidget(self.copy_button)
        right_layout.addLayout(copy_row)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 670])
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._show_reply(None)
        self._load_autofill()
        self._reload()
        fit_dialog(self)  # within the screen, buttons in sight

    # Every service call runs on the dialog's runner: the window never waits on the disk.

    # Callbacks from the runner are bound methods, never lambdas holding the dialog: a
    # lambda kept alive by a pending signal object can outlive and re-delete the dialog.

    def _load_autofill(self) -> None:
        self.runner.run(self.service.autofill, on_done=self._autofill_loaded)

    def _autofill_loaded(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            self.values.setdefault(name, value)
        self._rebuild_form()

    def _reload(self, select_key: str | None = None, message: str = "") -> None:
        self._after_reload = (select_key, message)
        self.runner.run(self.service.list, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, templates: list[ReplyTemplate]) -> None:
        select_key, message = self._after_reload
        self.templates = templates
        self._refill_list(select_key)
        self._set_message(message)
        self.ready.emit()

    def _saved(self, reply: ReplyTemplate) -> None:
        self._reload(reply.key, self.tr("Saved."))

    def _deleted(self, _result: object) -> None:
        self._reload()

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        if isinstance(exc, ReplyError) and exc.problems:
            text += "\n" + "\n".join(format_problem(p, qt_translate) for p in exc.problems)
        self._set_message(text, error=True)
        self.ready.emit()

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {_ERROR}" if error else "")

    # the list ------------------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        self._refill_list()

    def _refill_list(self, select_key: str | None = None) -> None:
        """Replies grouped under their category, own ones marked; the search filters."""
        keep = select_key or (self.current.key if self.current else None)
        text = self.search.text()
        shown = [t for t in self.templates if matches_search(t, text)]
        own = self.tr("own")
        self.list.blockSignals(True)
        self.list.clear()
        for category in REPLY_CATEGORIES:
            members = [t for t in shown if t.category == category]
            if not members:
                continue
            header = QListWidgetItem(tr_reply_category(category))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for template in members:
                suffix = "" if template.builtin else f"  ·  {own}"
                item = QListWidgetItem(f"    {template.title}{suffix}")
                item.setData(KeyRole, template.key)
                item.setToolTip(template.body)
                self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [r for r in range(self.list.count()) if self.list.item(r).data(KeyRole)]
        target = next((r for r in rows if self.list.item(r).data(KeyRole) == keep), None)
        if target is None and rows:
            target = rows[0]
        if target is not None:
            self.list.setCurrentRow(target)
            self._chosen(self.list.item(target))
        else:
            self._chosen(None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(KeyRole) if item is not None else None
        self._show_reply(next((t for t in self.templates if t.key == key), None))

    def _show_reply(self, template: ReplyTemplate | None) -> None:
        self.current = template
        editable = template is not None and not template.builtin
        for widget in (self.title_edit, self.body_edit):
            widget.blockSignals(True)
        self.title_edit.setText(template.title if template else "")
        self.body_edit.setPlainText(template.body if template else "")
        for widget in (self.title_edit, self.body_edit):
            widget.blockSignals(False)
        if template is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(template.category))
        self.title_edit.setReadOnly(not editable)
        self.body_edit.setReadOnly(not editable)
        self.category_combo.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.delete_button.setEnabled(editable)
        self.duplicate_button.setEnabled(template is not None)
        self.copy_button.setEnabled(template is not None)
        self._set_message(
            self.tr("Built-in reply: duplicate it to make your own version.")
            if template is not None and not editable
            else ""
        )
        self._show_problems()
        self._rebuild_form()

    # the blanks and the result -------------------------------------------------------------

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def _body_changed(self) -> None:
        self._show_problems()
        self._update_result()
        self._form_timer.start()  # new blanks appear once typing pauses

    def _show_problems(self) -> None:
        if self.current is None or self.current.builtin:
            self.problems.hide()
            return
        problems = reply_problems(self.title_edit.text(), self.body())
        lines = [format_problem(p, qt_translate) for p in problems]
        errors = any(p.severity == "error" for p in problems)
        self.problems.setStyleSheet(f"color: {_ERROR if errors else _WARNING}")
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _label(self, field: ReplyField) -> str:
        if not field.context:
            return field.label
        return QCoreApplication.translate(field.context, field.label)

    def _rebuild_form(self) -> None:
        self._form_timer.stop()
        focused = next((n for n, w in self.inputs.items() if w.hasFocus()), None)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        if self.current is not None:
            for field in reply_fields(self.body()):
                widget: QLineEdit | QPlainTextEdit
                if field.multiline:
                    widget = QPlainTextEdit(self.form_host)
                    widget.setFixedHeight(64)
                    widget.setPlaceholderText(field.hint)
                    widget.setPlainText(self.values.get(field.name, ""))
                else:
                    widget = QLineEdit(self.form_host)
                    widget.setPlaceholderText(field.hint)
                    widget.setText(self.values.get(field.name, ""))
                widget.setObjectName(f"field_{field.name}")
                widget.textChanged.connect(self._values_changed)
                self.form.addRow(self._label(field), widget)
                self.inputs[field.name] = widget
        if focused in self.inputs:
            self.inputs[focused].setFocus()
        self._update_result()

    def _values_changed(self, *_args: object) -> None:
        for name, widget in self.inputs.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            self.values[name] = text
        self._update_result()

    def filled_text(self) -> str:
        return self.result.toPlainText()

    def _update_result(self) -> None:
        if self.current is None:
            self.result.clear()
            self.missing.clear()
            return
        filled = fill_reply(self.body(), self.values)
        self.result.setPlainText(filled.text)
        notes = []
        if filled.missing:
            names = ", ".join("{" + n + "}" for n in filled.missing)
            notes.append(self.tr("Still blank: {names}").format(names=names))
        if filled.problems:
            notes.append(
                self.tr("{count} broken placeholder(s) are left as written.").format(
                    count=len(filled.problems)
                )
            )
        self.missing.setText("  ".join(notes))

    def copy(self) -> None:
        """Put the filled reply on the clipboard, ready to paste into the platform."""
        text = self.filled_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self._set_message(self.tr("Copied. Paste it into the reply on the platform."))
        self.copied.emit(text)

    # managing own replies ------------------------------------------------------------------

    def _new(self) -> None:
        title = self.tr("New reply")
        body = self.tr("Hello {nama}, thank you for contacting us.")
        self.runner.run(
            lambda: self.service.create(title, "lainnya", body),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _duplicate(self) -> None:
        if self.current is None:
            return
        key = self.current.key
        title = self.tr("{name} (copy)").format(name=self.current.title)
        self.runner.run(
            lambda: self.service.duplicate(key, title),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _save(self) -> None:
        if self.current is None or self.current.builtin:
            return
        key, title, body = self.current.key, self.title_edit.text(), self.body()
        category = self.category_combo.currentData() or "lainnya"
        self.runner.run(
            lambda: self.service.edit(key, title, category, body),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _delete(self) -> None:
        if self.current is None or self.current.builtin:
            return
        self._delete_key = self.current.key
        self._confirm_box = confirm(
            self,
            self.tr("Delete reply"),
            self.tr("Delete your reply “{title}”? This cannot be undone.").format(
                title=self.current.title
            ),
            self.tr("Delete"),
            self._delete_confirmed,
        )

    def _delete_confirmed(self) -> None:
        key = self._delete_key
        self.runner.run(
            lambda: self.service.delete(key), on_done=self._deleted, on_error=self._failed
        )
