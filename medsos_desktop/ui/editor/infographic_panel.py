"""The infographic of a post: pick a template, fill its fields, watch the preview, export.

Previews are drawn on their own thread, a quarter of a second after typing pauses;
only the newest request is shown, so the window never waits for Pillow.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.render.focus import join_photo_value, split_photo_value
from medsos_desktop.render.spec import is_own_template
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.editor.focus_picker import FocusPicker
from medsos_desktop.ui.editor.qimage import pil_to_qimage

if TYPE_CHECKING:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.render.engine import RenderProblem
    from medsos_desktop.render.spec import FieldSpec, TemplateSpec
    from medsos_desktop.services.infographics import InfographicService, InfographicState

PREVIEW_SIDE = 420
NO_IMAGE = ""
# The warnings under the preview: about this many lines in sight, the rest scrolls.
WARNING_LINES = 4
# Most important first: what blocks the export, then what a reader would notice.
_PROBLEM_RANK = {
    "field.required": 1,
    "contrast.low": 2,
    "qr.too_long": 2,
    "qr.dense": 2,
    "image.unreadable": 3,
    "image.missing": 3,
    "text.truncated": 4,
    "glyph.missing": 5,
    "font.missing": 6,
}
# A combo box shows names up to this many characters whole; longer ones are elided
# (the full name is in the tooltip and in the open list).
COMBO_MAX_CHARS = 40
POINT_START_WORDS = 5
POINT_START_CHARS = 48


def point_start(text: str) -> str:
    """The first words of a list point, enough to find it in the field."""
    words = text.split()
    start = words[0][:POINT_START_CHARS] if words else ""
    for word in words[1:POINT_START_WORDS]:
        if len(start) + 1 + len(word) > POINT_START_CHARS:
            break
        start += " " + word
    return start + ("…" if start != " ".join(words) else "")


def problem_text(problem: RenderProblem) -> str:
    """A render problem in the user's language; a list point that does not fit is named by
    its number and first words, so the admin knows which line to shorten."""
    params = problem.params
    if problem.code == "text.overflow" and "point" in params:
        label = qt_translate("InfographicTemplate", str(params.get("label", "")))
        return QCoreApplication.translate(
            "InfographicPanel",
            "{label}: point {number} (“{start}”) is too long for this design even at the "
            "smallest readable size, so this image cannot be exported. Shorten this point, "
            "or choose another size or template.",
        ).format(label=label, number=params["point"], start=point_start(str(params["point_text"])))
    return problem.render(qt_translate)


def problem_rank(problem: RenderProblem) -> int:
    # The engine is loaded with the first preview, not with the window.
    from medsos_desktop.render.engine import BLOCKING_PROBLEMS

    return 0 if problem.code in BLOCKING_PROBLEMS else _PROBLEM_RANK.get(problem.code, 3)


def fit_combo_to_texts(combo: QComboBox) -> None:
    """Wide enough for its longest text (up to COMBO_MAX_CHARS), the open list wide enough
    for every text, and the current one whole in the tooltip."""
    metrics = combo.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    cap = metrics.horizontalAdvance("M" * COMBO_MAX_CHARS) * 2 // 3
    combo.setMinimumWidth(min(widest, cap) + 36)  # the arrow and the frame
    combo.view().setMinimumWidth(widest + 32)
    combo.setToolTip(combo.currentText())


class _Preview(QLabel):
    resized = Signal()

    """The rendered image, scaled to the room it has (never above the visible part of
    the screen), at the image's own proportions: no empty band around it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.reserve_below = 0  # what must stay in sight under the preview (the warnings)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_image(self, image: QImage) -> None:
        self._image = image
        self.updateGeometry()
        self._rescale()

    def clear(self) -> None:
        self._image = None
        self.updateGeometry()
        super().clear()

    def hasHeightForWidth(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def heightForWidth(self, width: int) -> int:
        if not self.hasHeightForWidth():
            return super().heightForWidth(width)
        assert self._image is not None
        wanted = round(width * self._image.height() / max(self._image.width(), 1))
        return max(min(wanted, self._max_height()), self.minimumHeight())

    def sizeHint(self) -> QSize:
        if not self.hasHeightForWidth():
            return super().sizeHint()
        width = PREVIEW_SIDE
        return QSize(width, self.heightForWidth(width))

    def _max_height(self) -> int:
        """The preview and the warnings under it stay in sight without scrolling: in the
        editor's scrolling page, the room from the preview's top to the page's bottom."""
        scroll = self.scroll_area()
        if scroll is not None:
            content = scroll.widget()
            top = self.mapTo(content, QPoint(0, 0)).y()
            room = scroll.viewport().height() - top - self.reserve_below - 12
        else:
            screen = self.screen()
            room = int(screen.availableGeometry().height() * 0.5) if screen else PREVIEW_SIDE
        return max(room, 200)

    def scroll_area(self) -> QScrollArea | None:
        """The editor's scrolling page this preview is in, if any."""
        parent = self.parentWidget()
        while parent is not None:
            content = parent.widget() if isinstance(parent, QScrollArea) else None
            if content is not None and content.isAncestorOf(self):
                return parent  # type: ignore[return-value]
            parent = parent.parentWidget()
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()
        self.resized.emit()

    def _rescale(self) -> None:
        if self._image is None or self._image.isNull():
            return
        self.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class InfographicPanel(QWidget):
    # InfographicState, to be saved. object, not the class: services.infographics loads the
    # render engine and the store, which this panel never imports itself.
    state_changed = Signal(object)
    edit_template_requested = Signal(str)  # key: duplicate (built-in) or edit (own)
    export_template_requested = Signal(str)
    import_template_requested = Signal()
    delete_template_requested = Signal(str)
    export_requested = Signal(object, str)  # InfographicState (object, as above), "PNG"/"JPEG"
    preview_shown = Signal(float)  # seconds from request to display

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: InfographicService | None = None
        self.brand: BrandKit | None = None
        self.templates: list[TemplateSpec] = []
        self.spec: TemplateSpec | None = None
        self.media: tuple[MediaRef, ...] = ()
        self.platforms: tuple = ()
        self.inputs: dict[str, QWidget] = {}
        # Photo fields: their focus-point pickers, and the photo each one shows.
        self.focus_pickers: dict[str, FocusPicker] = {}
        self._picker_photo: dict[str, str] = {}
        self._photos = TaskRunner(self, max_threads=1)
        self._loading = False
        self._token = 0
        self._runner = TaskRunner(self, max_threads=1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._request_preview)
        # The size belongs to the infographic once a template or a size was chosen (another
        # template keeps it); until then it follows the post's platforms, in sight.
        self._size_chosen = False

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("infographic_template")
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.size_combo = QComboBox(self)
        self.size_combo.setObjectName("infographic_size")
        self.size_combo.currentIndexChanged.connect(self._size_picked)
        for combo in (self.template_combo, self.size_combo):
            combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(c.currentText()))
        self.slide_spin = QSpinBox(self)
        self.slide_spin.setObjectName("infographic_slide")
        self.slide_spin.setPrefix(self.tr("Slide "))
        self.slide_spin.setMinimum(1)
        self.slide_spin.valueChanged.connect(lambda _v: self._debounce.start())

        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.preview = _Preview(self)
        self.preview.setObjectName("infographic_preview")
        self.preview.setMinimumSize(PREVIEW_SIDE // 2, PREVIEW_SIDE // 2)
        self.problems = QListWidget(self)
        self.problems.setObjectName("infographic_problems")
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # At least WARNING_LINES lines; under a short (landscape) preview, the room left.
        self._warnings_min = (
            self.problems.fontMetrics().lineSpacing() * WARNING_LINES
            + 2 * self.problems.frameWidth()
            + 8
        )
        self.problems.setFixedHeight(self._warnings_min)
        self.preview.reserve_below = self._warnings_min
        self.preview.resized.connect(self._fit_warnings)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem("PNG", "PNG")
        self.format_combo.addItem("JPEG", "JPEG")
        self.export_button = QPushButton(self.tr("Export and attach to the post"), self)
        self.export_button.setObjectName("export_infographic")
        self.export_button.clicked.connect(
            lambda: (
                self.spec is not None
                and self.export_requested.emit(self.state(), self.format_combo.currentData())
            )
        )

        self.manage_button = QToolButton(self)
        self.manage_button.setObjectName("manage_infographic_templates")
        self.manage_button.setText(self.tr("Templates"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.manage_button)
        self.edit_action = menu.addAction(self.tr("Duplicate and edit…"))
        self.edit_action.triggered.connect(self._edit_template)
        self.export_template_action = menu.addAction(self.tr("Export template to a file…"))
        self.export_template_action.triggered.connect(
            lambda: self.spec and self.export_template_requested.emit(self.spec.key)
        )
        self.import_template_action = menu.addAction(self.tr("Import template from a file…"))
        self.import_template_action.triggered.connect(self.import_template_requested)
        self.delete_template_action = menu.addAction(self.tr("Delete this own template"))
        self.delete_template_action.triggered.connect(
            lambda: self.spec and self.delete_template_requested.emit(self.spec.key)
        )
        menu.aboutToShow.connect(self._update_menu)
        self.manage_button.setMenu(menu)
        # The text and the menu arrow both in sight (the style leaves no room for the arrow).
        self.manage_button.setMinimumWidth(
            self.manage_button.fontMetrics().horizontalAdvance(self.manage_button.text()) + 34
        )

        # Two short rows on top, so both combo boxes show their names whole on a 1280 px
        # screen: the design (template, the slide shown, gallery, templates menu), then its
        # size and the export. The warnings sit right under the preview; the page may be
        # as tall as the caption page, so nothing is left at its bottom.
        self.gallery_button = QPushButton(self.tr("Gallery…"), self)
        self.gallery_button.setObjectName("infographic_gallery")
        self.gallery_button.clicked.connect(self.open_gallery)
        template_label = QLabel(self.tr("Template"), self)
        size_label = QLabel(self.tr("Size"), self)
        label_width = max(template_label.sizeHint().width(), size_label.sizeHint().width())
        template_label.setMinimumWidth(label_width)
        size_label.setMinimumWidth(label_width)
        design_row = QHBoxLayout()
        design_row.addWidget(template_label)
        design_row.addWidget(self.template_combo, 1)
        design_row.addWidget(self.slide_spin)
        design_row.addWidget(self.gallery_button)
        design_row.addWidget(self.manage_button)
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.size_combo)
        size_row.addStretch(1)
        size_row.addWidget(self.format_combo)
        size_row.addWidget(self.export_button)
        body = QHBoxLayout()
        form_column = QVBoxLayout()
        form_column.addWidget(self.form_host)
        form_column.addStretch(1)
        body.addLayout(form_column, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.problems)
        right.addStretch(1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(design_row)
        layout.addLayout(size_row)
        layout.addLayout(body, 1)

    # -- setup ---------------------------------------------------------------------------

    def setup(
        self,
        service: InfographicService,
        templates: list[TemplateSpec],
        sizes: dict[str, str],
        brand: BrandKit,
    ) -> None:
        """Called once the workspace is open: the templates and sizes to offer."""
        self.service, self.templates, self.brand = service, templates, brand
        self._loading = True
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("(no infographic)"), "")
        for spec in templates:
            self.template_combo.addItem(spec.name, spec.key)
        self.size_combo.clear()
        for key, label in sizes.items():
            self.size_combo.addItem(qt_translate("InfographicSize", label), key)
        fit_combo_to_texts(self.template_combo)
        fit_combo_to_texts(self.size_combo)
        self._loading = False

    def open_gallery(self) -> None:
        if self.service is None or self.brand is None:
            return
        from medsos_desktop.ui.editor.template_gallery import TemplateGalleryDialog

        dialog = TemplateGalleryDialog(
            self.service,
            self.templates,
            self.brand,
            self.size_combo.currentData() or "portrait",
            self,
        )
        dialog.chosen.connect(
            lambda key: self.template_combo.setCurrentIndex(self.template_combo.findData(key))
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.gallery = dialog
        dialog.open()

    def _update_menu(self) -> None:
        has = self.spec is not None
        own = has and is_own_template(self.spec.key)  # type: ignore[union-attr]
        self.edit_action.setEnabled(has)
        self.edit_action.setText(self.tr("Edit…") if own else self.tr("Duplicate and edit…"))
        self.export_template_action.setEnabled(has)
        self.delete_template_action.setEnabled(bool(own))

    def _edit_template(self) -> None:
        if self.spec is not None:
            self.edit_template_requested.emit(self.spec.key)

    def set_templates(self, templates: list[TemplateSpec], select_key: str | None) -> None:
        """After an own template was added, changed or deleted."""
        current = select_key or self.template_combo.currentData()
        self._loading = True
        self.templates = templates
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("(no infographic)"), "")
        for spec in templates:
            self.template_combo.addItem(spec.name, spec.key)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(current)))
        fit_combo_to_texts(self.template_combo)
        values = self.values()
        self._loading = False
        self._build_form(values)
        self._changed()

    def set_brand(self, brand: BrandKit) -> None:
        self.brand = brand
        self._debounce.start()

    def load(self, state: InfographicState | None, media: tuple[MediaRef, ...]) -> None:
        """Show a post's infographic (or none) without reporting it as an edit."""
        self._loading = True
        self.media = media
        key = state.template_key if state else ""
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(key)))
        if state is not None:
            self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(state.size_key)))
        self._size_chosen = state is not None
        if state is None:
            self._follow_platforms()
        self._build_form(state.fields if state else {})
        self._loading = False
        self._debounce.start()

    def set_media(self, media: tuple[MediaRef, ...]) -> None:
        """The post's images, offered in the infographic's photo fields."""
        self.media = media
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox) and name not in self._choice_fields():
                self._fill_images(widget, widget.currentData())

    # -- the form ------------------------------------------------------------------------

    def set_platforms(self, platforms: tuple) -> None:
        self.platforms = platforms
        if not self._size_chosen:
            self._follow_platforms()

    def _follow_platforms(self) -> None:
        """Before any size or template is chosen, the size shown is the one that suits the
        post's platforms: choosing a template then never changes the size behind the
        admin's back."""
        if self.service is None:
            return  # not set up yet: `load` follows them once it is
        from medsos_desktop.services.infographics import default_size_for

        index = self.size_combo.findData(default_size_for(self.platforms))
        if index >= 0 and index != self.size_combo.currentIndex():
            loading, self._loading = self._loading, True
            self.size_combo.setCurrentIndex(index)
            self._loading = loading

    def _template_chosen(self) -> None:
        """Another template keeps the size shown: every template is drawn at every size."""
        if self._loading:
            return
        if self.template_combo.currentData():
            self._size_chosen = True
        self._loading = True
        self._build_form({})
        self._loading = False
        self._changed()

    def _size_picked(self) -> None:
        if self._loading:
            return
        self._size_chosen = True
        self._changed()

    def _build_form(self, values: dict) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.focus_pickers.clear()
        self._picker_photo.clear()
        key = self.template_combo.currentData()
        self.spec = next((t for t in self.templates if t.key == key), None)
        spec = self.spec
        self.slide_spin.setVisible(spec is not None and len(spec.slides) > 1)
        self.slide_spin.setMaximum(len(spec.slides) if spec else 1)
        self.export_button.setEnabled(spec is not None)
        self.format_combo.setEnabled(spec is not None)
        self.problems.setVisible(spec is not None)
        if spec is None:
            self.preview.clear()
            self.preview.setText(self.tr("Choose a template to make an infographic."))
            self.problems.clear()
            return
        for spec_field in spec.fields:
            value = values.get(spec_field.name)
            if value is None:
                value = spec_field.default if spec_field.default is not None else ""
            widget = self._input(spec_field, value)
            label = qt_translate("InfographicTemplate", spec_field.label)
            self.form.addRow(label + (" *" if spec_field.required else ""), widget)

    def _choice_fields(self) -> set[str]:
        """Fields picked from the template's list (not photos, though also combo boxes)."""
        return {f.name for f in self.spec.fields if f.kind == "choice"} if self.spec else set()

    def _input(self, spec_field: FieldSpec, value: object) -> QWidget:
        if spec_field.kind == "image":
            return self._photo_input(spec_field, value)
        if spec_field.kind == "choice":
            combo = QComboBox(self)
            choices = list(spec_field.choices)
            current = str(value or "")
            if current and current not in choices:
                choices.append(current)  # a value saved before the field became a choice
            for choice in choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(self._changed)
            combo.setObjectName(f"infographic_field_{spec_field.name}")
            self.inputs[spec_field.name] = combo
            return combo
        if spec_field.kind in {"multiline", "list"}:
            edit = QPlainTextEdit(self)
            edit.setFixedHeight(96 if spec_field.kind == "list" else 72)
            text = "\n".join(value) if isinstance(value, list) else str(value or "")
            edit.setPlainText(text)
            if spec_field.kind == "list":
                edit.setPlaceholderText(
                    self.tr("One point per line (at most {count})").format(
                        count=spec_field.max_items
                    )
                )
            edit.textChanged.connect(self._changed)
            widget: QWidget = edit
        else:
            line = QLineEdit(str(value or ""), self)
            line.setMaxLength(spec_field.max_length)
            line.textChanged.connect(self._changed)
            widget = line
        widget.setObjectName(f"infographic_field_{spec_field.name}")
        self.inputs[spec_field.name] = widget
        return widget

    def _photo_input(self, spec_field: FieldSpec, value: object) -> QWidget:
        """The photo's choice, and under it the photo itself to click its focus point on."""
        sha, point = split_photo_value(value if isinstance(value, str) else NO_IMAGE)
        name = spec_field.name
        combo = QComboBox(self)
        combo.setObjectName(f"infographic_field_{name}")
        self._fill_images(combo, sha)
        picker = FocusPicker(self)
        picker.setObjectName(f"infographic_focus_{name}")
        picker.set_point(point)
        picker.point_changed.connect(self._changed)
        self.inputs[name] = combo
        self.focus_pickers[name] = picker
        combo.currentIndexChanged.connect(lambda _index: self._photo_changed(name))
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(combo)
        column.addWidget(picker)
        self._show_photo(name)
        return host

    def _photo_changed(self, name: str) -> None:
        """Another photo: its own focus point is chosen afresh (faces until then)."""
        picker = self.focus_pickers.get(name)
        if picker is not None:
            picker.set_point(None)
        self._show_photo(name)
        self._changed()

    def _show_photo(self, name: str) -> None:
        """The picker shows the chosen photo and its faces, loaded off the UI thread (the
        first look at a photo finds its faces: a few tenths of a second)."""
        combo, picker = self.inputs.get(name), self.focus_pickers.get(name)
        if not isinstance(combo, QComboBox) or picker is None:
            return
        sha = combo.currentData() or ""
        picker.setVisible(bool(sha))
        if self._picker_photo.get(name) == sha:
            return
        self._picker_photo[name] = sha
        picker.show_photo(None)
        service = self.service
        if not sha or service is None:
            return

        def work() -> tuple[QImage, tuple] | None:
            found = service.photo_for_focus(sha)
            if found is None:
                return None
            image, faces = found
            return pil_to_qimage(image), faces

        def done(result: tuple[QImage, tuple] | None) -> None:
            if self.focus_pickers.get(name) is picker and self._picker_photo.get(name) == sha:
                picker.show_photo(*(result or (None, ())))

        self._photos.run(work, on_done=done)

    def wait_for_photos(self, timeout_ms: int = 10000) -> bool:
        return self._photos.wait(timeout_ms)

    def _fill_images(self, combo: QComboBox, current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("InfographicPanel", "(no photo)"), NO_IMAGE)
        for index, ref in enumerate(self.media):
            combo.addItem(f"{index + 1}. {ref.filename}", ref.sha256)
        combo.setCurrentIndex(max(0, combo.findData(current or NO_IMAGE)))
        combo.blockSignals(False)

    def values(self) -> dict[str, str | list[str]]:
        out: dict[str, str | list[str]] = {}
        for name, widget in self.inputs.items():
            spec_field = self.spec.field(name) if self.spec else None
            if isinstance(widget, QComboBox) and spec_field and spec_field.kind == "choice":
                out[name] = widget.currentData() or ""
            elif isinstance(widget, QComboBox):
                picker = self.focus_pickers.get(name)
                point = picker.point() if picker is not None else None
                out[name] = join_photo_value(widget.currentData() or "", point)
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                if spec_field is not None and spec_field.kind == "list":
                    out[name] = [line.strip() for line in text.splitlines() if line.strip()]
                else:
                    out[name] = text
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def state(self) -> InfographicState:
        from medsos_desktop.services.infographics import InfographicState

        return InfographicState(
            self.template_combo.currentData() or "",
            self.size_combo.currentData() or "portrait",
            self.values(),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self.state_changed.emit(self.state())
        self._debounce.start()

    # -- preview -------------------------------------------------------------------------

    def _request_preview(self) -> None:
        if self.service is None or self.spec is None or self.brand is None:
            return
        self._token += 1
        token, spec, brand = self._token, self.spec, self.brand
        size_key = self.size_combo.currentData() or "portrait"
        values = self.values()
        wanted = self.slide_spin.value() - 1
        service = self.service
        requested = time.perf_counter()

        def work() -> tuple[QImage, list, int, list]:
            # A long list continues on extra slides: the count depends on the values.
            count = service.slide_count(spec, size_key, values, brand)
            shown = min(wanted, count - 1)
            result = service.render(
                spec, size_key, values, brand, slide=shown, max_side=PREVIEW_SIDE
            )
            # The other slides' problems too (a few hundredths of a second each): a point
            # that does not fit on slide 3 blocks the export while slide 1 is shown.
            others = [
                (index + 1, problem)
                for index in range(count)
                if index != shown
                for problem in service.render(
                    spec, size_key, values, brand, slide=index, max_side=PREVIEW_SIDE
                ).problems
            ]
            return pil_to_qimage(result.image), result.problems, count, others

        self._runner.run(work, on_done=lambda r: self._show(token, r, requested))

    def _show(self, token: int, result: tuple[QImage, list, int, list], requested: float) -> None:
        if token != self._token:
            return  # a newer preview is on its way
        image, problems, count, others = result
        blocked = self.slide_spin.blockSignals(True)
        self.slide_spin.setMaximum(max(1, count))
        self.slide_spin.setVisible(count > 1)
        self.slide_spin.blockSignals(blocked)
        self.preview.show_image(image)
        self._show_problems(problems, others)
        self.preview_shown.emit(time.perf_counter() - requested)

    def _fit_warnings(self) -> None:
        """The warnings take the room left under the preview in the editor's visible page
        (up to three times their least height): a landscape preview leaves more."""
        scroll = self.preview.scroll_area()
        height = self._warnings_min
        if scroll is not None:
            bottom = self.preview.mapTo(scroll.widget(), QPoint(0, self.preview.height())).y()
            room = scroll.viewport().height() - bottom - 18
            height = max(self._warnings_min, min(room, self._warnings_min * 3))
        if height != self.problems.height():
            self.problems.setFixedHeight(height)

    def _show_problems(
        self, problems: list[RenderProblem], others: Sequence[tuple[int, RenderProblem]] = ()
    ) -> None:
        """What blocks the export first (in red), then the rest by how much a reader would
        notice it. The shown slide's problems come before
        those of other slides, which say their slide; a problem every slide has is listed
        once."""
        self.problems.clear()
        entries = [(problem_rank(p), 0, problem_text(p)) for p in problems]
        seen = {text for _rank, _other, text in entries}
        for number, problem in others:
            text = problem_text(problem)
            if text not in seen:
                seen.add(text)
                entries.append(
                    (
                        problem_rank(problem),
                        1,
                        self.tr("Slide {number}: {problem}").format(number=number, problem=text),
                    )
                )
        entries.sort(key=lambda entry: entry[:2])
        blocking = [text for rank, _other, text in entries if rank == 0]
        rest = [text for rank, _other, text in entries if rank != 0]
        for text in blocking:
            item = QListWidgetItem(text)
            item.setForeground(QBrush(QColor("#b71c1c")))
            item.setToolTip(text)
            self.problems.addItem(item)
        for text in rest:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.problems.addItem(item)
        if not entries:
            self.problems.addItem(self.tr("Everything fits."))
        self.problems.scrollToTop()

    def wait_for_preview(self, timeout_ms: int = 10000) -> bool:
        return self._runner.wait(timeout_ms)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.template_combo,
            self.gallery_button,  # choosing there changes the post's template
            self.size_combo,
            self.form_host,
            self.export_button,
            self.format_combo,
        ):
            widget.setEnabled(not read_only)
