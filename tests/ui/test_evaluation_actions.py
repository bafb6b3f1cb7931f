"""After publishing, from the editor: the links where a sent post went live, then its
figures; both stored and reflected in the post's status."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import PostContent, Status
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.posts import PostService
from medsos_desktop.ui.main_window import MainWindow
from medsos_desktop.ui.metrics.dialogs import MarkPublishedDialog, MetricsEntryDialog


def test_mark_published_then_type_figures(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    posts = PostService(window.workspace.db)
    post_id = posts.create(PostContent(title="Posyandu keliling", platforms=(Platform.INSTAGRAM,)))
    with window.workspace.db.engine.begin() as conn:  # as after approval and a sync
        conn.exec_driver_sql("UPDATE post SET status = 'synced' WHERE id = ?", (post_id,))
    window.model.upsert(posts.row(post_id))
    window.open_post(post_id)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.post_id == post_id and editor.status is Status.SYNCED)
    assert editor.published_button.isVisible() and not editor.metrics_button.isVisible()

    editor.published_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, MarkPublishedDialog), timeout=5000)
    dialog = window.dialog
    dialog.inputs[Platform.INSTAGRAM].setText("https://www.instagram.com/p/Cx1234abcd/")
    with qtbot.waitSignal(dialog.published, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: editor.status is Status.PUBLISHED, timeout=5000)
    assert editor.metrics_button.isVisible()

    editor.metrics_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, MetricsEntryDialog), timeout=5000)
    entry = window.dialog
    entry.spins[(Platform.INSTAGRAM, "reach")].set_figure(1234)
    entry.spins[(Platform.INSTAGRAM, "likes")].set_figure(56)
    with qtbot.waitSignal(entry.saved, timeout=5000):
        entry.save_button.click()
    latest = MetricsService(window.workspace.db).latest_metrics(post_id)
    assert latest[Platform.INSTAGRAM]["reach"] == 1234
    assert latest[Platform.INSTAGRAM]["likes"] == 56
