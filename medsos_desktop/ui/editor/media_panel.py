"""Images attached to a post, each with its alt text; drop files here or pick them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.decode import decoded_image
from medsos_desktop.ui.common.file_filters import file_dialog, use_image_filters
from medsos_desktop.ui.common.tasks import TaskRunner

THUMB = 96
# Every image has a cell of this size from the start. Without a fixed grid, the list laid
# items out by their size before the thumbnails (loaded in the background) arrived, and
# then drew the 96-pixel thumbnails over each other at those narrow positions.
CELL = QSize(THUMB + 16, THUMB + 28)


def image_paths_from_urls(urls: list) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


class MediaPanel(QWidget):
    files_chosen = Signal(list)  # list[Path]
    media_changed = Signal(tuple)  # tuple[MediaRef, ...]
    obscure_requested = Signal(int, object, str)  # index, relative box, mode
    images_saved = Signal(list)  # list[Path]: the files written by "Save images to a folder"

    def __init__(
        self, load_blob: Callable[[str], bytes | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._load_blob = load_blob
        self._media: list[MediaRef] = []
        self._thumbs: dict[str, QIcon] = {}
        placeholder = QPixmap(THUMB, THUMB)
        placeholder.fill(QColor("#e6e6e6"))
        self._placeholder = QIcon(placeholder)
        self.file_dialog: QFileDialog | None = None
        self._runner = TaskRunner(self, max_threads=1)
        self._read_only = False

        self.list = QListWidget(self)
        self.list.setObjectName("media_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setGridSize(CELL)
        self.list.setUniformItemSizes(True)
        self.list.setFixedHeight(CELL.height() + 16)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.currentRowChanged.connect(self._show_alt)

        self.hint = QLabel(self.tr("Drop photos here, or"), self)
        self.add_button = QPushButton(self.tr("Add images…"), self)
        self.add_button.setObjectName("add_images")
        self.add_button.clicked.connect(self._pick_files)
        self.remove_button = QPushButton(self.tr("Remove image"), self)
        self.remove_button.clicked.connect(self._remove_current)
        self.obscure_button = QPushButton(self.tr("Hide a face or data…"), self)
        self.obscure_button.setObjectName("obscure")
        self.obscure_button.setToolTip(
            self.tr("Pixelate or blur part of the photo: children's faces, name tags, ID cards")
        )
        self.obscure_button.clicked.connect(self._obscure_current)
        self.save_button = QPushButton(self.tr("Save images to a folder…"), self)
        self.save_button.setObjectName("save_images")
        self.save_button.setToolTip(
            self.tr(
                "Saves every image of this post, numbered in carousel order, to a folder "
                "of your choice: the files to upload on each platform"
            )
        )
        self.save_button.clicked.connect(self._choose_save_folder)
        self.save_note = QLabel(self)
        self.save_note.setObjectName("save_note")
        self.save_note.setWordWrap(True)
        self.save_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_note.setVisible(False)
        self.alt_label = QLabel(self.tr("Alt text (describe the image for blind readers):"), self)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setObjectName("alt_text")
        self.alt_edit.setPlaceholderText(
            self.tr("e.g. The mayor hands over aid to residents at the village hall")
        )
        self.alt_edit.textEdited.connect(self._alt_edited)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.obscure_button)
        buttons.addStretch(1)
        # Its own row: the editor column stays as narrow as before (1280x720 screens).
        saving = QHBoxLayout()
        saving.addWidget(self.save_button)
        saving.addWidget(self.save_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(saving)
        layout.addWidget(self.alt_label)
        layout.addWidget(self.alt_edit)
        self._show_alt(-1)

    def set_media(self, media: tuple[MediaRef, ...]) -> None:
        current = self.list.currentRow()
        if [m.sha256 for m in media] != [m.sha256 for m in self._media]:
            self.save_note.setVisible(False)  # another post, or other images
        self._media = list(media)
        self.list.clear()
        for index, ref in enumerate(self._media):
            item = QListWidgetItem(self._thumbs.get(ref.sha256, self._placeholder), str(index + 1))
            item.setToolTip(ref.filename)
            item.setSizeHint(CELL)
            self.list.addItem(item)
            if ref.sha256 not in self._thumbs:
                self._load_thumbnail(ref.sha256)
        if self._media:
            self.list.setCurrentRow(min(max(current, 0), len(self._media) - 1))
        self._show_alt(self.list.currentRow())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and bool(self._media))
        self.obscure_button.setEnabled(not read_only and bool(self._media))
        self.save_button.setEnabled(bool(self._media))  # an approved post is what is uploaded
        self.alt_edit.setReadOnly(read_only)

    @property
    def thumbnails_ready(self) -> bool:
        """Whether every image shown has its real thumbnail yet: they are decoded off the GUI
        thread, with a grey placeholder until then."""
        return all(ref.sha256 in self._thumbs for ref in self._media)

    def _load_thumbnail(self, sha256: str) -> None:
        def work() -> QImage:
            return decoded_image(self._load_blob(sha256), THUMB)

        self._runner.run(work, on_done=lambda image: self._thumb_ready(sha256, image))

    def _thumb_ready(self, sha256: str, image: QImage) -> None:
        icon = QIcon(QPixmap.fromImage(image))
        self._thumbs[sha256] = icon
        for index, ref in enumerate(self._media):
            if ref.sha256 == sha256 and index < self.list.count():
                self.list.item(index).setIcon(icon)

    def _show_alt(self, row: int) -> None:
        has = 0 <= row < len(self._media)
        self.alt_edit.setEnabled(has)
        self.remove_button.setEnabled(has and not self._read_only)
        self.obscure_button.setEnabled(has and not self._read_only)
        self.save_button.setEnabled(bool(self._media))
        self.alt_edit.setText(self._media[row].alt_text if has else "")

    def _alt_edited(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._media):
            self._media[row] = dataclasses.replace(self._media[row], alt_text=text)
            self.media_changed.emit(tuple(self._media))

    def _obscure_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._media):
            return
        sha256 = self._media[row].sha256
        load_blob = self._load_blob

        def load() -> tuple[QImage, tuple]:
            """The photo, and the faces in it (found once per photo, off the UI thread)."""
            from medsos_desktop.render.focus import faces_in_blob

            data = load_blob(sha256) or b""
            image = decoded_image(data)
            faces = faces_in_blob(sha256, lambda: data) if not image.isNull() else ()
            return image, faces

        self._runner.run(load, on_done=lambda loaded: self._open_obscure(row, sha256, *loaded))

    def _open_obscure(self, row: int, sha256: str, image: QImage, faces: tuple = ()) -> None:
        if image.isNull() or row >= len(self._media) or self._media[row].sha256 != sha256:
            return
        from medsos_desktop.ui.editor.obscure_dialog import ObscureDialog

        dialog = ObscureDialog(image, self, faces=faces)
        self.obscure_dialog = dialog

        def finished(result: int) -> None:
            boxes = dialog.picker.relative_boxes()
            if result and boxes:
                # One region as before; several (every face) as a tuple of regions.
                chosen = boxes[0] if len(boxes) == 1 else tuple(boxes)
                self.obscure_requested.emit(row, chosen, dialog.mode())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def replace_media(self, row: int, ref: MediaRef) -> None:
        if 0 <= row < len(self._media):
            self._media[row] = ref
            self.set_media(tuple(self._media))
            self.media_changed.emit(tuple(self._media))

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._media):
            return
        ref = self._media[row]

        def remove() -> None:
            if ref in self._media:
                self._media.remove(ref)
                self.media_changed.emit(tuple(self._media))
                self.set_media(tuple(self._media))

        self._confirm = messages.confirm(
            self,
            self.tr("Remove image"),
            self.tr("Remove the image “{name}” from this post?").format(
                name=ref.filename or self.tr("(no name)")
            ),
            self.tr("Remove"),
            remove,
        )

    def _pick_files(self) -> None:
        dialog = file_dialog(self, self.tr("Choose images"), "pictures")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        use_image_filters(dialog)
        dialog.filesSelected.connect(lambda files: self.files_chosen.emit([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()

    def _choose_save_folder(self) -> None:
        dialog = file_dialog(self, self.tr("Save the post's images in this folder"), "pictures")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.save_images(Path(folder)))
        self.file_dialog = dialog
        dialog.open()

    def save_images(self, folder: Path) -> None:
        """Every image as a file, numbered in carousel order ("1-….png", "2-….png"),
        never over an existing file; off the GUI thread."""
        media, load_blob = list(self._media), self._load_blob

        def work() -> list[Path]:
            from medsos_desktop.services.settings import atomic_write_bytes

            written = []
            for index, ref in enumerate(media, start=1):
                data = load_blob(ref.sha256)
                if data is None:
                    continue
                target = _free_name(folder, f"{index}-{Path(ref.filename).name or 'gambar'}")
                atomic_write_bytes(target, data)
                written.append(target)
            return written

        def done(written: list[Path]) -> None:
            text = self.tr("{count} image(s) saved in {folder}.").format(
                count=len(written), folder=str(folder)
            )
            self.save_note.setText(text)  # in sight, no box to close
            self.save_note.setVisible(True)
            self.images_saved.emit(written)

        def failed(exc: BaseException) -> None:
            self._box = messages.show_message(
                self, self.tr("Images not saved"), messages.error_message(exc)
            )

        self._runner.run(work, on_done=done, on_error=failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_paths_from_urls(event.mimeData().urls())
        if paths:
            self.files_chosen.emit(paths)
            event.acceptProposedAction()


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or "name (2).png", … when a file of that name is there already."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target
