"""A post's images: importing files (each refusal said in Indonesian) and hiding a part
of a photo (a face, a number plate, a document)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.translation import qt_translate

if TYPE_CHECKING:
    from medsos_desktop.domain.posts import MediaRef
    from medsos_desktop.ui.editor.editor import PostEditor


class ImageActions(QObject):
    def __init__(self, ctx: UiContext, editor: Callable[[], PostEditor]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor

    def import_images(self, post_id: int, paths: list[Path]) -> None:
        posts = self.ctx.posts
        if posts is None:
            return
        self.ctx.status(self.tr("Importing images…"), 0)

        def work() -> tuple[list[MediaRef], list[str]]:
            refs, errors = [], []
            for path in paths:
                try:
                    refs.append(posts.import_image_file(path))
                except UserFacingError as exc:
                    errors.append(exc.render(qt_translate))
            return refs, errors

        def done(result: tuple[list[MediaRef], list[str]]) -> None:
            refs, errors = result
            self.ctx.clear_status()
            editor = self._editor()
            if refs and editor.post_id == post_id:
                editor.add_media(refs)
            if errors:
                self.ctx.tell(self.tr("Some images were not attached"), "\n\n".join(errors))

        self.ctx.runner.run(work, on_done=done, on_error=self.ctx.show_error)

    def obscure(self, post_id: int, row: int, box: tuple[Any, ...], mode: str) -> None:
        editor, posts = self._editor(), self.ctx.posts
        media = editor.content.media
        if posts is None or editor.post_id != post_id or row >= len(media):
            return
        ref = media[row]

        def done(new_ref: MediaRef) -> None:
            if editor.post_id == post_id:
                editor.media_panel.replace_media(row, new_ref)
                self.ctx.status(self.tr("The selected part is hidden."), 6000)

        self.ctx.runner.run(
            lambda: posts.obscure_image(ref, box, mode), on_done=done, on_error=self.ctx.show_error
        )
