"""After publishing, from the main window: links of the published post, its figures,
figures imported from the platforms' CSV exports, and the replies library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from medsos_desktop.ui.main_window import MainWindow


class EvaluationActions(QObject):
    changed = Signal(int)  # a post was marked published or got figures

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self.tr("Import figures from CSV…"), window)
        self.import_action.triggered.connect(self.import_csv)
        self.replies_action = QAction(self.tr("Replies to citizens…"), window)
        self.replies_action.triggered.connect(self.open_replies)

    def metrics_service(self) -> object | None:
        from medsos_desktop.services.metrics import MetricsService

        workspace = self.window.workspace
        if workspace is None:
            return None
        return MetricsService(workspace.db, actor=workspace.settings.actor_name)

    def _open(self, dialog: object) -> None:
        dialog.finished.connect(lambda _r: dialog.deleteLater())  # type: ignore[attr-defined]
        self.window._dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def mark_published(self, post_id: int) -> None:
        from medsos_desktop.ui.metrics_dialogs import MarkPublishedDialog

        service, editor = self.metrics_service(), self.window.editor
        if service is None or editor is None or editor.post_id != post_id:
            return
        content = editor.content

        def show(links: object) -> None:
            dialog = MarkPublishedDialog(
                post_id,
                content.title,
                content.platforms,
                links,  # type: ignore[arg-type]
                service.mark_published,  # type: ignore[attr-defined]
                parent=self.window,
            )
            dialog.published.connect(self._post_changed)
            self._open(dialog)

        self.window.runner.run(
            lambda: service.links(post_id),  # type: ignore[attr-defined]
            on_done=show,
            on_error=self.window._show_error,
        )

    def enter_metrics(self, post_id: int) -> None:
        from medsos_desktop.ui.metrics_dialogs import MetricsEntryDialog

        service, editor = self.metrics_service(), self.window.editor
        if service is None or editor is None or editor.post_id != post_id:
            return
        content = editor.content

        def show(current: object) -> None:
            dialog = MetricsEntryDialog(
                post_id,
                content.title,
                content.platforms,
                current,  # type: ignore[arg-type]
                service.record_manual_many,  # type: ignore[attr-defined]
                parent=self.window,
            )
            dialog.saved.connect(self._post_changed)
            self._open(dialog)

        self.window.runner.run(
            lambda: service.latest_metrics(post_id),  # type: ignore[attr-defined]
            on_done=show,
            on_error=self.window._show_error,
        )

    def import_csv(self) -> None:
        from medsos_desktop.ui.metrics_dialogs import MetricsImportDialog

        service = self.metrics_service()
        if service is None:
            return
        dialog = MetricsImportDialog(service, self.window)  # type: ignore[arg-type]
        dialog.imported.connect(lambda _summary: self.changed.emit(0))
        self._open(dialog)

    def open_replies(self) -> None:
        from medsos_desktop.services.replies import RepliesService
        from medsos_desktop.ui.replies_dialog import RepliesDialog

        workspace = self.window.workspace
        if workspace is None:
            return
        self._open(RepliesDialog(RepliesService(workspace.db), self.window))

    def _post_changed(self, post_id: int) -> None:
        window = self.window
        posts = window.posts
        if posts is not None:
            window.runner.run(
                lambda: posts.row(post_id),
                on_done=window._refresh_post,
                on_error=window._show_error,
            )
        self.changed.emit(post_id)
