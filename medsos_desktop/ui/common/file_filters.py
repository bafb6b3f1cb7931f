"""The one place that says which files the app's file dialogs offer.

Image dialogs offer every kind of file the image import reads
(`render.images.ACCEPTED_FORMATS`, HEIC/HEIF from phones included), so a photo the app
can attach is never hidden in the dialog. `tests/ui/test_file_filters.py` checks the two
lists agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

# Everything `render.images.import_image` accepts, by the names files have on disk.
IMAGE_SUFFIXES = (
    ".jpg",
    ".jpeg",
    ".jfif",
    ".png",
    ".heic",
    ".heif",
    ".webp",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
)
# What the central folder's shared assets may be (the protocol's image kinds).
PNG_JPEG_SUFFIXES = (".png", ".jpg", ".jpeg")


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join("*" + suffix for suffix in suffixes)


def image_filters() -> list[str]:
    """Name filters for a dialog that picks images to import: images first, then any file."""
    return [
        QCoreApplication.translate("FileFilters", "Images ({patterns})").format(
            patterns=_patterns(IMAGE_SUFFIXES)
        ),
        QCoreApplication.translate("FileFilters", "All files (*)"),
    ]


def png_jpeg_filters() -> list[str]:
    return [
        QCoreApplication.translate("FileFilters", "PNG or JPEG images ({patterns})").format(
            patterns=_patterns(PNG_JPEG_SUFFIXES)
        )
    ]


def use_image_filters(dialog: QFileDialog, *, png_jpeg_only: bool = False) -> None:
    """Set an open-image dialog's filters (the images filter selected)."""
    filters = png_jpeg_filters() if png_jpeg_only else image_filters()
    dialog.setNameFilters(filters)
    dialog.selectNameFilter(filters[0])


def start_folder(kind: str = "documents") -> str:
    """Where a file dialog opens: the user's Pictures for photos and logos, Documents for
    reports, backups and templates (home when the folder does not exist), never the
    program's own folder, which is where an installed app's working directory points."""
    from PySide6.QtCore import QDir, QStandardPaths

    location = {
        "pictures": QStandardPaths.StandardLocation.PicturesLocation,
        "documents": QStandardPaths.StandardLocation.DocumentsLocation,
    }.get(kind, QStandardPaths.StandardLocation.HomeLocation)
    for folder in (QStandardPaths.writableLocation(location), QDir.homePath()):
        if folder and QDir(folder).exists():
            return folder
    return ""  # Qt's own choice


def file_dialog(parent: QWidget | None, title: str, kind: str = "documents") -> QFileDialog:
    """A file dialog of the app, opening in the user's own folder (see start_folder)."""
    return QFileDialog(parent, title, start_folder(kind))
