"""The Brand Kit screen: the agency's colours, fonts, logos and footer for infographics."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.brand import PALETTE_LABELS, PALETTE_ROLES, BrandKit, Palette
from medsos_desktop.ui.common.decode import decoded_image
from medsos_desktop.ui.common.file_filters import file_dialog, use_image_filters
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate

if TYPE_CHECKING:
    from medsos_desktop.services.brand import BrandService, FontChoice

LOGO_SIZE = 96


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(28, 28)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ColourButton(QPushButton):
    """Shows a colour and its #RRGGBB; a click opens the colour picker (non-blocking)."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setIconSize(QSize(28, 28))
        self.set_colour(colour)
        self.clicked.connect(self._pick)

    def set_colour(self, colour: str) -> None:
        self.colour = colour.upper()
        self.setIcon(_swatch(self.colour))
        self.setText(self.colour)

    def _picked(self, colour: QColor) -> None:
        self.set_colour(colour.name())
        self.colour_changed.emit(self.colour)

    def _pick(self) -> None:
        dialog = QColorDialog(QColor(self.colour), self)
        dialog.setWindowTitle(self.title)
        dialog.colorSelected.connect(self._picked)
        self.picker = dialog
        dialog.open()


class LogoSlot(QWidget):
    """A logo preview with Choose… and Remove."""

    choose = Signal(str)  # role
    remove = Signal(str)

    def __init__(self, role: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.preview = QLabel(self)
        self.preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8c8c8; background: #f4f4f4;")
        choose = QPushButton(QCoreApplication.translate("BrandDialog", "Choose…"), self)
        choose.setObjectName(f"choose_{role}")
        choose.clicked.connect(lambda: self.choose.emit(self.role))
        self.remove_button = QPushButton(QCoreApplication.translate("BrandDialog", "Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove.emit(self.role))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))
        layout.addWidget(self.preview)
        layout.addWidget(choose)
        layout.addWidget(self.remove_button)

    def show_image(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("—")
            self.remove_button.setEnabled(False)
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                LOGO_SIZE - 8,
                LOGO_SIZE - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove_button.setEnabled(True)


class BrandDialog(QDialog):
    """Edits a copy of the kit; Save writes it (off the GUI thread)."""

    saved = Signal(BrandKit)
    busy_changed = Signal(bool)

    def __init__(
        self,
        service: BrandService,
        kit: BrandKit,
        fonts: list[FontChoice],
        load_blob: Callable[[str], bytes | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brand_dialog")
        self.setWindowTitle(self.tr("Brand kit"))
        self.service = service
        self.kit = kit
        self.fonts = fonts
        self.load_blob = load_blob
        self.runner = TaskRunner(self, max_threads=1)

        intro = QLabel(
            self.tr(
                "Your agency's colours, fonts and logos. Every infographic template uses them, so "
                "all your posts look like they come from one office."
            ),
            self,
        )
        intro.setWordWrap(True)

        palette_box = QGroupBox(self.tr("Colours"), self)
        palette_grid = QGridLayout(palette_box)
        self.colour_buttons: dict[str, ColourButton] = {}
        for column, role in enumerate(PALETTE_ROLES):
            label = qt_translate("Brand", PALETTE_LABELS[role])
            button = ColourButton(kit.palette.get(role), label, self)
            button.setObjectName(f"colour_{role}")
            self.colour_buttons[role] = button
            palette_grid.addWidget(QLabel(label, self), 0, column)
            palette_grid.addWidget(button, 1, column)
        self.suggest_button = QPushButton(self.tr("Suggest from the logo"), self)
        self.suggest_button.setObjectName("suggest_colours")
        self.suggest_button.setToolTip(
            self.tr("Take the colours from the agency logo; you can still change each one.")
        )
        self.suggest_button.setEnabled(kit.logo_agency is not None)
        self.suggest_button.clicked.connect(self.suggest_colours)
        palette_grid.addWidget(self.suggest_button, 2, 0, 1, len(PALETTE_ROLES))

        fonts_box = QGroupBox(self.tr("Fonts"), self)
        fonts_form = QFormLayout(fonts_box)
        self.heading_font = QComboBox(self)
        self.heading_font.setObjectName("heading_font")
        self.body_font = QComboBox(self)
        self.body_font.setObjectName("body_font")
        self._fill_fonts()
        self.add_font_button = QPushButton(self.tr("Add a font (TTF or OTF)…"), self)
        self.add_font_button.setObjectName("add_font")
        self.add_font_button.clicked.connect(self._pick_font)
        fonts_form.addRow(self.tr("Headings"), self.heading_font)
        fonts_form.addRow(self.tr("Body text"), self.body_font)
        fonts_form.addRow("", self.add_font_button)

        logos_box = QGroupBox(self.tr("Logos"), self)
        logos_row = QHBoxLayout(logos_box)
        self.logo_slots = {
            "logo_agency": LogoSlot("logo_agency", self.tr("Agency logo"), self),
            "logo_government": LogoSlot("logo_government", self.tr("Government emblem"), self),
            "watermark": LogoSlot("watermark", self.tr("Watermark"), self),
        }
        for slot in self.logo_slots.values():
            slot.choose.connect(self._pick_logo)
            slot.remove.connect(self._remove_logo)
            logos_row.addWidget(slot)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setObjectName("watermark_opacity")
        self.opacity.setRange(0, 100)
        self.opacity.setValue(round(kit.watermark_opacity * 100))
        opacity_box = QVBoxLayout()
        opacity_box.addWidget(QLabel(self.tr("Watermark strength"), self))
        opacity_box.addWidget(self.opacity)
        opacity_box.addStretch(1)
        logos_row.addLayout(opacity_box)

        footer_box = QGroupBox(self.tr("Footer"), self)
        footer_form = QFormLayout(footer_box)
        self.website = QLineEdit(kit.footer_website, self)
        self.website.setObjectName("footer_website")
        self.website.setPlaceholderText("dinkes.bandung.go.id")
        self.hotline = QLineEdit(kit.footer_hotline, self)
        self.hotline.setObjectName("footer_hotline")
        self.hotline.setPlaceholderText("Call Center 112")
        self.address = QLineEdit(kit.footer_address, self)
        self.address.setObjectName("footer_address")
        footer_form.addRow(self.tr("Website"), self.website)
        footer_form.addRow(self.tr("Hotline"), self.hotline)
        footer_form.addRow(self.tr("Address"), self.address)

        self.message = QLabel(self)
        self.message.setObjectName("brand_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save brand kit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_brand")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(palette_box)
        layout.addWidget(fonts_box)
        layout.addWidget(logos_box)
        layout.addWidget(footer_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for role in self.logo_slots:
            self._show_logo(role, getattr(kit, role))
        fit_dialog(self)  # within the screen, buttons in sight

    # -- fonts -------------------------------------------------------------------------

    def _fill_fonts(self) -> None:
        for combo, current in (
            (self.heading_font, self.kit.heading_font),
            (self.body_font, self.kit.body_font),
        ):
            combo.clear()
            for choice in self.fonts:
                combo.addItem(choice.label, choice.ref)
            index = combo.findData(current)
            if index < 0:
                combo.addItem(current, current)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def _pick_font(self) -> None:
        dialog = file_dialog(self, self.tr("Choose a font"), "documents")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Fonts") + " (*.ttf *.otf)")
        dialog.fileSelected.connect(lambda path: self.add_font(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def add_font(self, path: Path) -> None:
        def work() -> FontChoice:
            return self.service.add_font_file(path)

        def done(choice: FontChoice) -> None:
            if all(f.ref != choice.ref for f in self.fonts):
                self.fonts.append(choice)
            self.kit = self._current()
            self._fill_fonts()
            self._say(self.tr("Font “{name}” added.").format(name=choice.label))

        self.runner.run(work, on_done=done, on_error=self._failed)

    # -- logos -------------------------------------------------------------------------

    def _pick_logo(self, role: str) -> None:
        dialog = file_dialog(self, self.tr("Choose an image"), "pictures")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        use_image_filters(dialog)
        dialog.fileSelected.connect(lambda path: self.set_logo(role, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def set_logo(self, role: str, path: Path) -> None:
        def work() -> str:
            return self.service.import_logo_file(path)

        def done(digest: str) -> None:
            self.kit = dataclasses.replace(self._current(), **{role: digest})
            self._show_logo(role, digest)
            self._say("")
            if role == "logo_agency":
                self.suggest_button.setEnabled(True)
                if self._current().palette == Palette():
                    self.suggest_colours()  # a first set-up: the logo's colours at once

        self.runner.run(work, on_done=done, on_error=self._failed)

    def _remove_logo(self, role: str) -> None:
        self.kit = dataclasses.replace(self._current(), **{role: None})
        self._show_logo(role, None)
        if role == "logo_agency":
            self.suggest_button.setEnabled(False)

    def suggest_colours(self) -> None:
        logo = self.kit.logo_agency
        if logo is None:
            return
        current = self._current().palette

        def done(palette: Palette | None) -> None:
            if palette is None:
                self._say(
                    self.tr(
                        "The logo has no colours to suggest (black and white); choose the "
                        "colours yourself."
                    )
                )
                return
            for role, button in self.colour_buttons.items():
                button.set_colour(palette.get(role))
            self._say(self.tr("Colours suggested from the logo. Change any of them if you like."))

        self.runner.run(
            lambda: self.service.suggest_palette(logo, current), on_done=done, on_error=self._failed
        )

    def _show_logo(self, role: str, digest: str | None) -> None:
        slot = self.logo_slots[role]
        if digest is None:
            slot.show_image(None)
            return
        self.runner.run(lambda: decoded_image(self.load_blob(digest)), on_done=slot.show_image)

    # -- saving ------------------------------------------------------------------------

    def _current(self) -> BrandKit:
        return dataclasses.replace(
            self.kit,
            palette=Palette(**{role: b.colour for role, b in self.colour_buttons.items()}),
            heading_font=self.heading_font.currentData() or self.kit.heading_font,
            body_font=self.body_font.currentData() or self.kit.body_font,
            watermark_opacity=self.opacity.value() / 100,
            footer_website=self.website.text(),
            footer_hotline=self.hotline.text(),
            footer_address=self.address.text(),
        )

    def _save(self) -> None:
        kit = self._current()
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            self.saved.emit(kit)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        self.runner.run(lambda: self.service.save(kit), on_done=done, on_error=failed)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "")
