"""Every infographic template as a picture in the agency's own brand; a click chooses one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.editor.qimage import pil_to_qimage
from medsos_desktop.ui.post_list import tr_category

if TYPE_CHECKING:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.render.spec import TemplateSpec
    from medsos_desktop.services.infographics import InfographicService

THUMB = 220
KeyRole = Qt.ItemDataRole.UserRole


class TemplateGalleryDialog(QDialog):
    chosen = Signal(str)  # template key
    thumbnails_ready = Signal()

    def __init__(
        self,
        service: InfographicService,
        templates: list[TemplateSpec],
        brand: BrandKit,
        size_key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_gallery")
        self.setWindowTitle(self.tr("Infographic templates"))
        self.resize(940, 640)
        intro = QLabel(
            self.tr(
                "Shown in your agency's colours, fonts and logos. Double-click "
                "a template to use it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("gallery_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 30, THUMB + 56))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("Use this template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self._activated(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

        self.runner = TaskRunner(self, max_threads=1)
        self._pending = len(templates)
        for spec in templates:
            item = QListWidgetItem(f"{spec.name}\n{tr_category(spec.category)}")
            item.setData(KeyRole, spec.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.list.addItem(item)
            self.runner.run(
                lambda s=spec: pil_to_qimage(
                    service.render(s, size_key, s.examples(), brand, max_side=THUMB).image
                ),
                on_done=lambda image, i=item: self._thumbnail(i, image),
                on_error=lambda _exc: self._count(),
            )
        fit_dialog(self)  # within the screen, buttons in sight

    def _thumbnail(self, item: QListWidgetItem, image: QImage) -> None:
        item.setIcon(QIcon(QPixmap.fromImage(image)))
        self._count()

    def _count(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.thumbnails_ready.emit()

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(KeyRole):
            self.chosen.emit(item.data(KeyRole))
            self.accept()
