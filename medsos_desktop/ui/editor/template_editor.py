"""A simple editor for an own infographic template: its name, default texts, which parts
appear and their colours. Layout stays as designed, so the template still fits every size."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.brand import PALETTE_LABELS, PALETTE_ROLES
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.render.spec import TemplateSpec  # pure Python, no Pillow: cheap to load
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate
from medsos_desktop.ui.editor.qimage import pil_to_qimage

if TYPE_CHECKING:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.render.spec import Element
    from medsos_desktop.services.infographics import InfographicService

ELEMENT_LABELS = {
    "background": QT_TRANSLATE_NOOP("TemplateEditor", "Background"),
    "rect": QT_TRANSLATE_NOOP("TemplateEditor", "Shape"),
    "shape": QT_TRANSLATE_NOOP("TemplateEditor", "Shape"),
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "Text"),
    "image": QT_TRANSLATE_NOOP("TemplateEditor", "Photo"),
    "logo": QT_TRANSLATE_NOOP("TemplateEditor", "Logo"),
    "list": QT_TRANSLATE_NOOP("TemplateEditor", "List"),
    "stat": QT_TRANSLATE_NOOP("TemplateEditor", "Big number"),
    "qr": QT_TRANSLATE_NOOP("TemplateEditor", "QR code"),
    "footer": QT_TRANSLATE_NOOP("TemplateEditor", "Footer"),
    "watermark": QT_TRANSLATE_NOOP("TemplateEditor", "Watermark"),
}


# What a template's literal text and logos name, said in words (element ids such as
# `deco_circle` or `agency_name` are the template author's, not the user's).
_BRAND_WORDS = {
    "{agency_name}": QT_TRANSLATE_NOOP("TemplateEditor", "agency name"),
    "{parent_government}": QT_TRANSLATE_NOOP("TemplateEditor", "local government name"),
    "{footer}": QT_TRANSLATE_NOOP("TemplateEditor", "footer text"),
}
_LOGOS = {
    "agency": QT_TRANSLATE_NOOP("TemplateEditor", "agency"),
    "government": QT_TRANSLATE_NOOP("TemplateEditor", "local government"),
}


def _describe(element: Element, spec: TemplateSpec, number: int) -> str:
    """A part as the user knows it ("Teks: Judul", "Logo: pemerintah daerah", "Bentuk 2");
    `number` counts the parts of the same kind so far."""
    kind = qt_translate("TemplateEditor", ELEMENT_LABELS.get(element.type, element.type))
    bound = getattr(element, "field", None) or getattr(element, "image_field", None)
    field = spec.field(bound) if isinstance(bound, str) else None
    if field is not None:
        return f"{kind}: {qt_translate('InfographicTemplate', field.label)}"
    which = getattr(element, "which", None)
    if which in _LOGOS:
        return f"{kind}: {qt_translate('TemplateEditor', _LOGOS[which])}"
    text = getattr(element, "text", None)
    if isinstance(text, str) and text.strip():
        for placeholder, words in _BRAND_WORDS.items():
            text = text.replace(placeholder, qt_translate("TemplateEditor", words))
        text = " ".join(text.split())
        return f"{kind}: {text[:40] + '…' if len(text) > 40 else text}"
    return f"{kind} {number}" if number > 1 else kind


def _replace_everywhere(element: Element, **changes: object) -> Element:
    """Change the element and its per-size variants alike."""
    own = {k: v for k, v in changes.items() if hasattr(element, k)}
    layouts = {
        name: _replace_everywhere(variant, **changes) for name, variant in element.layouts.items()
    }
    return dataclasses.replace(element, layouts=layouts, **own)


class TemplateEditorDialog(QDialog):
    saved = Signal(TemplateSpec)

    def __init__(
        self,
        service: InfographicService,
        spec: TemplateSpec,
        brand: BrandKit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.setWindowTitle(self.tr("Edit infographic template"))
        self.resize(980, 680)
        self.service, self.spec, self.brand = service, spec, brand
        self.runner = TaskRunner(self, max_threads=1)
        self._token = 0
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._preview)

        self.name_edit = QLineEdit(spec.name, self)
        self.name_edit.setObjectName("template_name")
        self.name_edit.textChanged.connect(self._timer.start)

        defaults_box = QGroupBox(self.tr("Default texts"), self)
        defaults_form = QFormLayout(defaults_box)
        self.default_edits: dict[str, QLineEdit] = {}
        for spec_field in spec.fields:
            if spec_field.kind in {"text", "url"}:
                value = spec_field.default if isinstance(spec_field.default, str) else ""
                edit = QLineEdit(value, self)
                edit.setObjectName(f"default_{spec_field.name}")
                edit.textChanged.connect(self._timer.start)
                self.default_edits[spec_field.name] = edit
                defaults_form.addRow(qt_translate("InfographicTemplate", spec_field.label), edit)

        parts_box = QGroupBox(self.tr("Parts and colours"), self)
        parts_layout = QVBoxLayout(parts_box)
        self.part_rows: list[tuple[int, int, QCheckBox, QComboBox | None]] = []
        for slide_index, slide in enumerate(spec.slides):
            if len(spec.slides) > 1:
                parts_layout.addWidget(
                    QLabel(self.tr("Slide {number}").format(number=slide_index + 1), self)
                )
            kinds: dict[str, int] = {}
            for element_index, element in enumerate(slide.elements):
                row = QHBoxLayout()
                kind = ELEMENT_LABELS.get(element.type, element.type)
                kinds[kind] = kinds.get(kind, 0) + 1
                shown = QCheckBox(_describe(element, spec, kinds[kind]), self)
                shown.setChecked(not element.hidden)
                shown.setEnabled(element.type != "background")
                shown.toggled.connect(self._timer.start)
                row.addWidget(shown, 1)
                colour: QComboBox | None = None
                if isinstance(getattr(element, "color", None), str):
                    colour = QComboBox(self)
                    colour.setEditable(True)
                    for role in PALETTE_ROLES:
                        colour.addItem(qt_translate("Brand", PALETTE_LABELS[role]), role)
                    current = element.color  # type: ignore[attr-defined]
                    index = colour.findData(current)
                    if index < 0:
                        colour.addItem(current, current)
                        index = colour.count() - 1
                    colour.setCurrentIndex(index)
                    colour.currentIndexChanged.connect(self._timer.start)
                    row.addWidget(colour)
                self.part_rows.append((slide_index, element_index, shown, colour))
                parts_layout.addLayout(row)
        parts_layout.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Name"), self.name_edit)
        left_layout.addLayout(name_row)
        left_layout.addWidget(defaults_box)
        left_layout.addWidget(parts_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        self.preview = QLabel(self)
        self.preview.setObjectName("template_editor_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(380)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.preview)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_template")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._preview()
        fit_dialog(self)  # within the screen, buttons in sight

    def edited_spec(self) -> TemplateSpec:
        fields = tuple(
            dataclasses.replace(f, default=self.default_edits[f.name].text())
            if f.name in self.default_edits
            else f
            for f in self.spec.fields
        )
        slides = [list(slide.elements) for slide in self.spec.slides]
        for slide_index, element_index, shown, colour in self.part_rows:
            changes: dict[str, object] = {"hidden": not shown.isChecked()}
            if colour is not None:
                # A palette role chosen from the list, or a #RRGGBB typed in.
                text = colour.currentText().strip()
                index = colour.findText(text)
                changes["color"] = colour.itemData(index) if index >= 0 else text
            slides[slide_index][element_index] = _replace_everywhere(
                slides[slide_index][element_index], **changes
            )
        return dataclasses.replace(
            self.spec,
            name=self.name_edit.text().strip() or self.spec.name,
            fields=fields,
            slides=tuple(
                dataclasses.replace(s, elements=tuple(e))
                for s, e in zip(self.spec.slides, slides, strict=True)
            ),
        )

    def _preview(self) -> None:
        self._token += 1
        token = self._token
        try:
            spec = self.edited_spec()
        except (ValueError, TypeError):
            return

        def work() -> QImage:
            from medsos_desktop.render.spec import parse_template, template_to_json

            checked = parse_template(template_to_json(spec))  # what would be saved
            result = self.service.render(
                checked, "portrait", checked.examples(), self.brand, max_side=420
            )
            return pil_to_qimage(result.image)

        def done(image: QImage) -> None:
            if token == self._token:
                self.preview.setPixmap(QPixmap.fromImage(image))
                self.message.setText("")

        self.runner.run(work, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;")

    def _save(self) -> None:
        spec = self.edited_spec()

        def work() -> TemplateSpec:
            from medsos_desktop.render.spec import parse_template, template_to_json

            return self.service.save_own_template(parse_template(template_to_json(spec)))

        def done(saved: TemplateSpec) -> None:
            self.saved.emit(saved)
            self.accept()

        self.runner.run(work, on_done=done, on_error=self._failed)
