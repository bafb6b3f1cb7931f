"""Habits of desktop software in the main window, through the keyboard: Ctrl+F, Ctrl+N,
Ctrl+Shift+C, substring search, and the editor's actions on top at 1366x768."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, open_window: Callable[..., MainWindow]) -> MainWindow:
    workspace = open_workspace(paths, seed_demo=False)
    try:
        service = PostService(workspace.db)
        for title, caption in (
            ("Vaksinasi polio di Posyandu Melati", "Imunisasi gratis untuk balita."),
            ("Kerja bakti Kelurahan Cihapit", "Warga membersihkan saluran air."),
        ):
            service.create(
                PostContent(
                    title=title,
                    category=Category.KEGIATAN,
                    platforms=(Platform.INSTAGRAM, Platform.X),
                    base_caption=caption,
                    hashtags=("#KotaSehat",),
                    planned_at=datetime(2026, 12, 15, 9, 0),
                )
            )
    finally:
        workspace.close()
    main = open_window()
    main.resize(1366, 740)  # 768 less the title bar
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=5000)
    return main


def _press(qtbot: QtBot, window: MainWindow, shortcut: str) -> None:
    sequence = QKeySequence(shortcut)[0]
    QTest.keyClick(window, sequence.key(), sequence.keyboardModifiers())


def test_editor_actions_are_on_screen_without_scrolling(window: MainWindow) -> None:
    editor = window.editor
    for button in (editor.submit_button, editor.history_button, editor.sheet_button):
        assert button.isVisible()
        assert not editor.scroll.isAncestorOf(button)  # not in the scrolling form
        top_left = button.mapTo(window, QPoint(0, 0))
        assert window.rect().contains(QRect(top_left, button.size()))
        assert top_left.y() < 200  # at the top of the editor, under the toolbar


def test_ctrl_f_goes_to_search_from_the_calendar(qtbot: QtBot, window: MainWindow) -> None:
    window.left_tabs.setCurrentIndex(1)
    window.filters.search.setText("lama")
    window.editor.title_edit.setFocus()
    _press(qtbot, window, "Ctrl+F")
    assert window.left_tabs.currentIndex() == 0
    assert window.filters.search.hasFocus()
    assert window.filters.search.selectedText() == "lama"  # typing replaces it


def test_typing_part_of_a_word_finds_the_post(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, "Ctrl+F")
    QTest.keyClicks(window.filters.search, "aksin")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5000)
    index = window.proxy.index(0, window.model.TITLE)
    assert index.data().startswith("Vaksinasi polio")


def test_ctrl_n_makes_a_new_post(qtbot: QtBot, window: MainWindow) -> None:
    before = window.model.rowCount()
    _press(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 1, timeout=5000)


def test_ctrl_shift_c_copies_the_shown_platform_caption(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor
    qtbot.waitUntil(lambda: editor.tab(Platform.X) is not None, timeout=5000)
    editor.tabs.setCurrentWidget(editor.tab(Platform.X))
    QGuiApplication.clipboard().clear()
    editor.base_edit.setFocus()  # typing in the caption, then the shortcut
    _press(qtbot, window, "Ctrl+Shift+C")
    assert QGuiApplication.clipboard().text() == editor.content.final_caption(Platform.X)
    assert "X" in window.statusBar().currentMessage()


def test_the_post_menu_shows_the_shortcuts(window: MainWindow) -> None:
    post_menu = window.menuBar().actions()[0].menu()
    shown = {a.text(): a.shortcut().toString() for a in post_menu.actions() if a.text()}
    assert (
        shown[window.menus.new_action.text()]
        == QKeySequence(QKeySequence.StandardKey.New).toString()
    )
    assert shown[window.menus.find_action.text()] == "Ctrl+F"
    assert shown[window.menus.copy_caption_action.text()] == "Ctrl+Shift+C"
