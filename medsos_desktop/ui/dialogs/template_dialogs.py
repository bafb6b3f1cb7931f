"""Caption templates: pick one and fill its blanks, or manage your own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.caption_templates import (
    CaptionTemplate,
    FieldSpec,
    autofill_values,
    fields_for,
    fill,
    format_problem,
    validate_template,
)
from medsos_desktop.domain.posts import Category
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate
from medsos_desktop.ui.post_list import combo_enum, tr_category

if TYPE_CHECKING:
    from medsos_desktop.services.templates import TemplateService

KeyRole = Qt.ItemDataRole.UserRole


def _button_box(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """Buttons with our own translated texts (Qt ships no Indonesian for its standard ones)."""
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("accept")
    cancel = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("cancel")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _fill_template_list(
    widget: QListWidget, templates: list[CaptionTemplate], category: Category | None
) -> None:
    """Templates grouped under their category, each group with a header row."""
    widget.clear()
    own = QCoreApplication.translate("Dialogs", "own")
    for group in Category:
        if category is not None and group is not category:
            continue
        members = [t for t in templates if t.category is group]
        if not members:
            continue
        header = QListWidgetItem(tr_category(group))
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        widget.addItem(header)
        for template in members:
            suffix = "" if template.builtin else f"  ·  {own}"
            item = QListWidgetItem(f"    {template.name}{suffix}")
            item.setData(KeyRole, template.key)
            widget.addItem(item)


def _select_first_template(widget: QListWidget, key: str | None = None) -> None:
    for row in range(widget.count()):
        item_key = widget.item(row).data(KeyRole)
        if item_key is not None and (key is None or item_key == key):
            widget.setCurrentRow(row)
            return


class TemplatePickerDialog(QDialog):
    """Choose a template, fill its placeholders, see the result before using it."""

    def __init__(
        self,
        templates: list[CaptionTemplate],
        profile: AgencyProfile,
        collaborators: tuple[str, ...],
        category: Category,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start from a caption template"))
        self.resize(900, 600)
        self.templates = templates
        self.autofill = autofill_values(profile.name, profile.parent_government, collaborators)
        self.template: CaptionTemplate | None = None
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}

        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("All categories"), None)
        for item in Category:
            self.category_filter.addItem(tr_category(item), item)
        self.category_filter.setCurrentIndex(self.category_filter.findData(category))
        self.category_filter.currentIndexChanged.connect(self._refill_list)
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.list.currentItemChanged.connect(self._chosen)

        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form_host)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("template_preview")
        self.preview.setReadOnly(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b26a00")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.category_filter)
        left_layout.addWidget(self.list)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Fill in the blanks:"), self))
        right_layout.addWidget(form_scroll, 2)
        right_layout.addWidget(self.problems)
        right_layout.addWidget(QLabel(self.tr("Result:"), self))
        right_layout.addWidget(self.preview, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])

        self.buttons = _button_box(self, self.tr("Use this caption"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._refill_list()
        fit_dialog(self)  # within the screen, buttons in sight

    def _refill_list(self) -> None:
        _fill_template_list(self.list, self.templates, combo_enum(self.category_filter, Category))
        _select_first_template(self.list)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.template = None
        if item is None or item.data(KeyRole) is None:
            self.preview.clear()
            return
        key = item.data(KeyRole)
        self.template = next(t for t in self.templates if t.key == key)
        for spec in fields_for(self.template.body):
            self.form.addRow(qt_translate("CaptionTemplate", spec.label), self._input(spec))
        problems = validate_template(self.template.name, self.template.body)
        self.problems.setText("\n".join(format_problem(p, qt_translate) for p in problems))
        self.problems.setVisible(bool(problems))
        self._update_preview()

    def _input(self, spec: FieldSpec) -> QWidget:
        widget: QLineEdit | QPlainTextEdit
        if spec.kind == "multiline":
            widget = QPlainTextEdit(self)
            widget.setFixedHeight(70)
            widget.setPlaceholderText(spec.hint)
            widget.setPlainText(self.autofill.get(spec.name, ""))
            widget.textChanged.connect(self._update_preview)
        else:
            widget = QLineEdit(self)
            widget.setPlaceholderText(spec.hint)
            widget.setText(self.autofill.get(spec.name, ""))
            widget.textChanged.connect(self._update_preview)
        widget.setObjectName(f"field_{spec.name}")
        self.inputs[spec.name] = widget
        return widget

    def values(self) -> dict[str, str]:
        return {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for name, w in self.inputs.items()
        }

    def _update_preview(self) -> None:
        if self.template is not None:
            self.preview.setPlainText(fill(self.template.body, self.values()))

    def result_text(self) -> str:
        return self.preview.toPlainText()


class TemplateManagerDialog(QDialog):
    """Create, edit, duplicate and delete own caption templates; built-ins can be duplicated."""

    ready = Signal()  # the list is (re)loaded or an operation failed

    def __init__(self, service: TemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Caption templates"))
        self.resize(900, 600)
        self.service = service
        self.runner = TaskRunner(self, max_threads=1)
        self.templates: list[CaptionTemplate] = []
        self.current: CaptionTemplate | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("manager_list")
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.clicked.connect(self._new)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.clicked.connect(self._duplicate)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._delete)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("template_name")
        self.category_combo = QComboBox(self)
        for item in Category:
            self.category_combo.addItem(tr_category(item), item)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("template_body")
        self.body_edit.textChanged.connect(self._validate)
        self.name_edit.textChanged.connect(self._validate)
        self.help = QLabel(
            self.tr(
                "Write placeholders in curly braces, e.g. {kegiatan}, {tanggal}, {lokasi}. "
                "Use {{ and }} for a literal brace."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("template_problems")
        self.problems.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save template"), self)
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self._save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list)
        row = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        right = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.help)
        right_layout.addWidget(self.body_edit, 1)
        right_layout.addWidget(self.problems)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        close_box = QDialogButtonBox(self)
        close_box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close_box)
        self._reload()
        fit_dialog(self)  # within the screen, buttons in sight

    # Every service call runs on the dialog's runner: the window never waits on the disk.

    def _reload(self, select_key: str | None = None, message: str = "") -> None:
        self.runner.run(
            self.service.list,
            on_done=lambda templates: self._show(templates, select_key, message),
            on_error=self._failed,
        )

    def _show(self, templates: list[CaptionTemplate], select_key: str | None, message: str) -> None:
        self.templates = templates
        _fill_template_list(self.list, templates, None)
        keys = {t.key for t in templates}
        _select_first_template(self.list, select_key if select_key in keys else None)
        self.message.setStyleSheet("")
        if message:
            self.message.setText(message)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828")
        self.ready.emit()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(KeyRole) if item else None
        self.current = next((t for t in self.templates if t.key == key), None)
        template = self.current
        editable = template is not None and not template.builtin
        self.name_edit.setText(template.name if template else "")
        self.body_edit.setPlainText(template.body if template else "")
        if template:
            self.category_combo.setCurrentIndex(self.category_combo.findData(template.category))
        for widget in (self.name_edit, self.body_edit):
            widget.setReadOnly(not editable)
        self.category_combo.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.message.setStyleSheet("")
        self.message.setText(
            "" if editable else self.tr("Built-in template: duplicate it to make your own version.")
        )

    def _validate(self) -> None:
        self.problems.clear()
        problems = validate_template(self.name_edit.text(), self.body_edit.toPlainText())
        for problem in problems:
            item = QListWidgetItem(format_problem(problem, qt_translate))
            item.setForeground(QColor("#c62828" if problem.severity == "error" else "#b26a00"))
            self.problems.addItem(item)
        if not problems:
            item = QListWidgetItem(self.tr("No problems in this template."))
            item.setForeground(QColor("#2e7d32"))
            self.problems.addItem(item)

    def _new(self) -> None:
        self._save_as(
            CaptionTemplate(
                key="",
                name=self.tr("New template"),
                category=Category.LAINNYA,
                body="{instansi} ... {kegiatan}",
            )
        )

    def _duplicate(self) -> None:
        if self.current is None:
            return
        key = self.current.key
        name = self.tr("{name} (copy)").format(name=self.current.name)
        self.runner.run(
            lambda: self.service.duplicate(key, name),
            on_done=lambda copy: self._reload(copy.key, self.tr("Saved.")),
            on_error=self._failed,
        )

    def _delete(self) -> None:
        if self.current is None or self.current.builtin:
            return
        key = self.current.key
        self._confirm = messages.confirm(
            self,
            self.tr("Delete template"),
            self.tr(
                "Delete the caption template “{name}”? Posts written from it keep their text."
            ).format(name=self.current.name),
            self.tr("Delete"),
            lambda: self.runner.run(
                lambda: self.service.delete(key),
                on_done=lambda _r: self._reload(),
                on_error=self._failed,
            ),
        )

    def _save(self) -> None:
        if self.current is None or self.current.builtin:
            return
        self._save_as(
            CaptionTemplate(
                key=self.current.key,
                name=self.name_edit.text(),
                category=combo_enum(self.category_combo, Category) or Category.LAINNYA,
                body=self.body_edit.toPlainText(),
            )
        )

    def _save_as(self, template: CaptionTemplate) -> None:
        self.runner.run(
            lambda: self.service.save(template),
            on_done=lambda saved: self._reload(saved.key, self.tr("Saved.")),
            on_error=self._failed,
        )
