"""A caption text field that hands dropped or pasted image files to the post, instead of
typing their file:// paths into the caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit


def local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    urls = source.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class CaptionEdit(QPlainTextEdit):
    files_dropped = Signal(list)  # list[Path]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            if not self.isReadOnly():
                self.files_dropped.emit(files)
            return
        super().insertFromMimeData(source)
