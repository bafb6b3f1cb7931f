"""One list of image file names, agreeing with the import, used by every image dialog."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pillow_heif import register_heif_opener
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.render.images import ACCEPTED_FORMATS
from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.file_filters import (
    IMAGE_SUFFIXES,
    PNG_JPEG_SUFFIXES,
    image_filters,
    png_jpeg_filters,
)


def test_every_suffix_is_a_format_the_import_reads() -> None:
    register_heif_opener()
    formats = Image.registered_extensions()
    for suffix in IMAGE_SUFFIXES:
        assert formats.get(suffix) in ACCEPTED_FORMATS, suffix
    offered = {formats[s] for s in IMAGE_SUFFIXES}
    assert offered == ACCEPTED_FORMATS - {"MPO"}  # MPO files are named .jpg


def test_filters_name_every_suffix() -> None:
    assert all("*" + s in image_filters()[0] for s in IMAGE_SUFFIXES)
    assert "*.heic" in image_filters()[0] and "*.heif" in image_filters()[0]
    assert all("*" + s in png_jpeg_filters()[0] for s in PNG_JPEG_SUFFIXES)


def test_brand_logo_dialog_offers_heic(qtbot: QtBot, empty_workspace: Workspace) -> None:
    from medsos_desktop.ui.dialogs.brand_dialog import BrandDialog

    service = BrandService(empty_workspace.db)
    dialog = BrandDialog(service, service.load(), service.fonts(), lambda _sha: None)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "choose_logo_agency").click()
    assert dialog.file_dialog.nameFilters() == image_filters()
    assert dialog.file_dialog.selectedNameFilter() == image_filters()[0]
    dialog.file_dialog.reject()


def test_coordinator_asset_dialog_offers_png_and_jpeg(
    qtbot: QtBot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from medsos_desktop.ui.coordinator.publish import PublishPanel

    host = QWidget()
    qtbot.addWidget(host)
    panel = PublishPanel(tmp_path, empty_workspace, host)
    panel.file_button.click()
    assert panel.dialog.nameFilters() == png_jpeg_filters()
    panel.dialog.reject()
