"""A post's life in the list: a new one, to the trash and back, and the sample workspace
to look at."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from medsos_desktop.domain.posts import TRASH_DAYS, PostRow
from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.ui.editor.editor import PostEditor


class PostActions(QObject):
    created = Signal(PostRow)  # the new post
    deleted = Signal(int)  # the id of the post moved to the trash
    restored = Signal(PostRow)  # a post back from the trash

    def __init__(self, ctx: UiContext, editor: Callable[[], PostEditor]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor

    def new_post(self) -> None:
        posts = self.ctx.posts
        if posts is None:
            return
        self.ctx.runner.run(
            lambda: posts.row(posts.create()),
            on_done=lambda row: row is not None and self.created.emit(row),
            on_error=self.ctx.show_error,
        )

    def delete_current(self) -> None:
        editor, posts = self._editor(), self.ctx.posts
        post_id = editor.post_id
        if post_id is None or posts is None:
            return

        def really_delete() -> None:
            # Pending edits are saved first: the trash keeps the post as it was last seen.
            self.ctx.writer.then(
                lambda: posts.delete(post_id),
                on_done=lambda _r: self._deleted(post_id),
                on_error=self.ctx.show_error,
            )

        title = editor.title_edit.text() or self.tr("(untitled)")
        self.ctx.confirm(
            self.tr("Delete post"),
            self.tr(
                "Move “{title}” to the trash? It can be restored from Post → Trash for "
                "{days} days, then it is deleted for good."
            ).format(title=title, days=TRASH_DAYS),
            self.tr("Move to trash"),
            really_delete,
        )

    def _deleted(self, post_id: int) -> None:
        self.deleted.emit(post_id)
        self.ctx.status(self.tr("Moved to the trash. Post → Trash restores it."))

    def open_trash(self) -> None:
        if self.ctx.workspace is None or self.ctx.posts is None:
            return
        from medsos_desktop.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx.posts, self.ctx.runner, self.ctx.parent_widget)
        dialog.restored.connect(self.restored)
        self.ctx.open_dialog(dialog)

    def open_sample_viewer(self) -> None:
        from medsos_desktop.ui.dialogs.sample_viewer import SampleViewer

        self.ctx.open_dialog(SampleViewer(self.ctx.parent_widget))
