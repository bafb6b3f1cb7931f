"""After publishing, from the main window: links of the published post, its figures,
figures imported from the platforms' CSV exports, and the replies library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.domain.posts import PostRow
    from medsos_desktop.services.metrics import MetricsService
    from medsos_desktop.ui.editor.editor import PostEditor


class EvaluationActions(QObject):
    changed = Signal(int)  # a post was marked published or got figures

    def __init__(
        self,
        ctx: UiContext,
        editor: Callable[[], PostEditor | None],
        refresh_post: Callable[[PostRow | None], None],
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._editor = editor
        self._refresh_post = refresh_post
        self.import_action = QAction(self.tr("Import figures from CSV…"), ctx.window)
        self.import_action.triggered.connect(self.import_csv)
        self.replies_action = QAction(self.tr("Replies to citizens…"), ctx.window)
        self.replies_action.triggered.connect(self.open_replies)

    def metrics_service(self) -> MetricsService | None:
        from medsos_desktop.services.metrics import MetricsService

        workspace = self.ctx.workspace
        if workspace is None:
            return None
        return MetricsService(workspace.db, actor=workspace.settings.actor_name)

    def _open(self, dialog: Any) -> None:
        self.ctx.open_dialog(dialog)

    def mark_published(self, post_id: int) -> None:
        from medsos_desktop.ui.metrics.dialogs import MarkPublishedDialog

        service, editor = self.metrics_service(), self._editor()
        if service is None or editor is None or editor.post_id != post_id:
            return
        content = editor.content

        def show(links: object) -> None:
            dialog = MarkPublishedDialog(
                post_id,
                content.title,
                content.platforms,
                links,
                service.mark_published,
                parent=self.ctx.parent_widget,
            )
            dialog.published.connect(self._post_changed)
            self._open(dialog)

        self.ctx.runner.run(
            lambda: service.links(post_id),
            on_done=show,
            on_error=self.ctx.show_error,
        )

    def enter_metrics(self, post_id: int) -> None:
        from medsos_desktop.ui.metrics.dialogs import MetricsEntryDialog

        service, editor = self.metrics_service(), self._editor()
        if service is None or editor is None or editor.post_id != post_id:
            return
        content = editor.content

        def show(current: object) -> None:
            dialog = MetricsEntryDialog(
                post_id,
                content.title,
                content.platforms,
                current,
                service.record_manual_many,
                parent=self.ctx.parent_widget,
            )
            dialog.saved.connect(self._post_changed)
            self._open(dialog)

        self.ctx.runner.run(
            lambda: service.latest_metrics(post_id),
            on_done=show,
            on_error=self.ctx.show_error,
        )

    def import_csv(self) -> None:
        from medsos_desktop.ui.metrics.dialogs import MetricsImportDialog

        service = self.metrics_service()
        if service is None:
            return
        dialog = MetricsImportDialog(service, self.ctx.parent_widget)
        dialog.imported.connect(lambda _summary: self.changed.emit(0))
        self._open(dialog)

    def open_replies(self) -> None:
        from medsos_desktop.services.replies import RepliesService
        from medsos_desktop.ui.evaluation.replies_dialog import RepliesDialog

        workspace = self.ctx.workspace
        if workspace is None:
            return
        self._open(RepliesDialog(RepliesService(workspace.db), self.ctx.parent_widget))

    def _post_changed(self, post_id: int) -> None:
        posts = self.ctx.posts
        if posts is not None:
            self.ctx.runner.run(
                lambda: posts.row(post_id),
                on_done=self._refresh_post,
                on_error=self.ctx.show_error,
            )
        self.changed.emit(post_id)
