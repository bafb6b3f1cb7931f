"""UI fixtures: a main window on a real workspace, loaded and ready."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.ui.common.autosave import AutosaveController
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot: QtBot, paths: AppPaths) -> Iterator[Callable[..., MainWindow]]:
    """Open (and later close) main windows on the test's data folder, like a user would."""
    windows: list[MainWindow] = []

    def make(language: str = "en", dismiss_profile: bool = True) -> MainWindow:
        install_language(language)
        workspace = open_workspace(paths, seed_demo=False)
        window = MainWindow(workspace.settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.posts_loaded, timeout=10000):
            window.show()
            window.attach(workspace)
        if window.model.rowCount():
            qtbot.waitUntil(lambda: window.editor.post_id is not None, timeout=5000)
        if dismiss_profile and window.dialog is not None and window.dialog.isVisible():
            window.dialog.reject()
        windows.append(window)
        return window

    yield make
    from PySide6.QtWidgets import QApplication, QDialog

    # A modal dialog a test left open would block the mouse in the tests after it.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    for window in windows:
        if window.isVisible():
            window.close()
        window.workspace.close()
    install_language("en")


@pytest.fixture
def synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every TaskRunner runs its jobs at once on the GUI thread, results delivered before
    `run` returns: for tests that wait for a background job only to get its result. The
    threaded path itself is tested in tests/ui/test_tasks.py."""
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def ui_context(qtbot: QtBot) -> Callable[[Workspace], UiContext]:
    """What the main window gives its pages, dialogs and actions (a UiContext on an open
    data folder), over a bare QMainWindow: for tests of one dialog or page, which build
    it alone instead of a whole main window with its list and editor."""

    def make(workspace: Workspace) -> UiContext:
        from PySide6.QtWidgets import QMainWindow

        host = QMainWindow()
        qtbot.addWidget(host)
        writer = AutosaveController(PostService(workspace.db).save, host)
        ctx = UiContext(host, TaskRunner(host), writer)
        ctx.workspace, ctx.settings = workspace, workspace.settings
        return ctx

    return make
