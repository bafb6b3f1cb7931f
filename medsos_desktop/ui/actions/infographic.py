"""The infographic page's data: its kit once loaded, each post's state (read when the post
opens, saved shortly after each edit, in order with the caption's autosave) and the
export that attaches the images to the post."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.domain.posts import MediaRef
    from medsos_desktop.services.startup import DesignerKit
    from medsos_desktop.ui.editor.editor import PostEditor

SAVE_DELAY_MS = 400  # after the last edit: a slider drag is one save, not fifty


class InfographicActions(QObject):
    ready = Signal()  # the page has its templates, brand kit and sizes
    exported = Signal(int)  # how many images were attached
    save_state_changed = Signal(str)  # "pending" / "saved", for the window's status line

    def __init__(self, ctx: UiContext, editor: Callable[[], PostEditor]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor
        self.shown_post: int | None = None  # whose infographic the page shows
        self._pending: tuple[int, Any] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_pending)

    @property
    def has_pending(self) -> bool:
        return self._pending is not None

    def set_kit(self, kit: DesignerKit) -> None:
        self.ctx.infographics = kit.service
        editor = self._editor()
        editor.infographic.setup(kit.service, kit.templates, kit.sizes, kit.brand)
        if editor.post_id is not None:
            self.load(editor.post_id)
        self.ready.emit()

    def load(self, post_id: int) -> None:
        service = self.ctx.infographics
        if service is None:
            return

        def done(state: Any) -> None:
            editor = self._editor()
            if editor.post_id == post_id:
                editor.infographic.load(state, editor.content.media)
                self.shown_post = post_id

        self.ctx.runner.run(
            lambda: service.load_state(post_id), on_done=done, on_error=self.ctx.show_error
        )

    def edited(self, state: object) -> None:
        post_id = self._editor().post_id
        if post_id is None:
            return
        self._pending = (post_id, state)
        self.save_state_changed.emit("pending")  # the same line as the caption's autosave
        self._timer.start()

    def save_pending(self) -> None:
        """Now rather than after the delay: another post opens, or the window closes."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        service = self.ctx.infographics
        if pending is None or service is None:
            return
        post_id, state = pending
        self.ctx.writer.then(
            lambda: service.save_state(post_id, state),
            on_done=lambda _r: self._saved(),
            on_error=self.ctx.show_error,
        )

    def _saved(self) -> None:
        """The status line's "saved" time covers the infographic too, once nothing waits."""
        if self._pending is None and not self.ctx.writer.has_pending:
            self.save_state_changed.emit("saved")

    def export(self, state: Any, fmt: str) -> None:
        editor = self._editor()
        post_id, spec, brand = editor.post_id, editor.infographic.spec, editor.infographic.brand
        service = self.ctx.infographics
        if post_id is None or spec is None or brand is None or service is None:
            return
        platforms = editor.content.platforms
        self.ctx.status(self.tr("Exporting the infographic…"), 0)

        def done(refs: list[MediaRef]) -> None:
            editor = self._editor()
            if editor.post_id == post_id:
                editor.add_media(refs)
                editor.pages.setCurrentIndex(0)
            self.ctx.status(
                self.tr(
                    "{count} image(s) attached, with alt text proposed from the fields. "
                    "“Save images to a folder…” under the images gives you the files to upload."
                ).format(count=len(refs)),
                12000,
            )
            self.exported.emit(len(refs))

        self.ctx.runner.run(
            lambda: service.export(spec, state, brand, platforms, fmt),
            on_done=done,
            on_error=self.ctx.show_error,
        )
