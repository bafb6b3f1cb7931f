"""Which post is open: choosing one in the list, the calendar or the evaluation opens it in
the editor (with what is typed but not yet saved), and posts that changed elsewhere (a
new one, a pack adopted, a calendar move, a review, a sync) update their row and the
editor when it shows them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from medsos_desktop.domain.posts import PostRow
from medsos_desktop.ui.actions.infographic import InfographicActions
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.post_list_page import PostListPage

if TYPE_CHECKING:
    from medsos_desktop.services.posts import PostSnapshot
    from medsos_desktop.services.review_view import ReviewView
    from medsos_desktop.ui.editor.editor import PostEditor


class PostNavigation(QObject):
    opened = Signal(int)  # the post is in the editor

    def __init__(
        self,
        ctx: UiContext,
        list_page: PostListPage,
        editor: Callable[[], PostEditor],
        infographic: InfographicActions,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.list_page = list_page
        self._editor = editor
        self.infographic = infographic
        self._open_token = 0
        self._focus_title = 0  # a post just made: its title is focused once it is open
        list_page.post_chosen.connect(self._chosen)

    def _chosen(self, post_id: int) -> None:
        if post_id != self._editor().post_id:
            self.open_post(post_id)

    def open_post(self, post_id: int) -> None:
        posts = self.ctx.posts
        if posts is None:
            return
        self._open_token += 1
        token = self._open_token

        workspace = self.ctx.workspace

        def work() -> tuple[PostSnapshot, ReviewView | None]:
            snapshot = posts.load(post_id)
            if workspace is None:
                return snapshot, None
            from medsos_desktop.services.review_view import review_view

            # Where it is in the approval chain, and the comments it came back with.
            return snapshot, review_view(workspace.db, post_id)

        def done(loaded: tuple[PostSnapshot, ReviewView | None]) -> None:
            if token != self._open_token:
                return  # the user has already chosen another post
            snapshot, review = loaded
            pending = self.ctx.writer.latest(post_id)
            if pending is not None:
                snapshot = dataclasses.replace(snapshot, content=pending)
            self.infographic.save_pending()  # the previous post's, if still waiting
            editor = self._editor()
            editor.load(snapshot, review)
            self.infographic.load(post_id)
            if self._focus_title == post_id:
                self._focus_title = 0
                editor.title_edit.setFocus()
            self.opened.emit(post_id)

        self.ctx.runner.run(work, on_done=done, on_error=self.ctx.show_error)

    def select_post(self, post_id: int) -> None:
        """Show the post in the list and open it (opened even when filtered out)."""
        if not self.list_page.select_post(post_id) and self.list_page.contains(post_id):
            self.open_post(post_id)

    def show_new_post(self, post_id: int, message: str = "") -> None:
        """A post made elsewhere (a pack, the calendar): into the list, open in the editor."""
        posts = self.ctx.posts
        if posts is None:
            return
        self.ctx.runner.run(
            lambda: posts.row(post_id),
            on_done=lambda row: self.insert_row(row, message),
            on_error=self.ctx.show_error,
        )

    def insert_row(self, row: PostRow | None, message: str = "") -> None:
        if row is None:
            return
        self.list_page.upsert(row)
        self.select_post(row.id)  # which opens it in the editor
        if message:
            self.ctx.status(message, 10000)

    def created(self, row: PostRow) -> None:
        # The post opens in the background: its title is focused once it is in the editor
        # (focused now, it was the previous post's title, and the typing went astray).
        self._focus_title = row.id
        self.insert_row(row)

    def deleted(self, post_id: int) -> None:
        self.list_page.remove(post_id)
        self._editor().clear()

    def refresh_row(self, row: PostRow) -> None:
        """A post changed elsewhere (moved in the calendar): its row, and the editor if open."""
        self.list_page.upsert(row)
        editor = self._editor()
        if editor is not None and editor.post_id == row.id:
            self.open_post(row.id)

    def refresh_post(self, row: PostRow | None) -> None:
        if row is not None:
            self.list_page.upsert(row)
            self.open_post(row.id)

    def rows_after_sync(self, rows: list[PostRow]) -> None:
        self.list_page.upsert_known(rows)
        post_id = self._editor().post_id
        if post_id is not None:
            self.open_post(post_id)

    def reload(self, rows: list[PostRow]) -> None:
        """A new list altogether (the sample removed): nothing stays open."""
        self.list_page.set_rows(rows)
        self._editor().clear()
