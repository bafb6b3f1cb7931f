"""The coordinator window on an office screen (1366x768, and 1280x720 for a 1920x1080
laptop at 150 %): it opens within the available geometry (maximised there), and on every
tab its content fits, with every button (Trust, Reject, Revoke, export, share) in sight."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from medsos_desktop.services.workspace import Workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.ui.common import screen_fit
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.coordinator.window import CoordinatorWindow

# Available areas with a 40-pixel taskbar; a window manager's title bar takes some 30 more.
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}
TITLE_BAR = 30


@pytest.fixture(params=sorted(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    area: QRect = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: QRect(area))
    return area


@pytest.fixture
def indonesian() -> Iterator[None]:
    install_language("id")  # the longer labels
    yield
    install_language("en")


def test_coordinator_window_fits_the_screen_with_every_button_in_sight(
    qtbot: QtBot, tmp_path: Path, workspace: Workspace, screen: QRect, indonesian: None
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    window = CoordinatorWindow(central, tmp_path / "diskominfo", workspace)
    qtbot.addWidget(window)
    # Not 1360x860 any more: on these screens it starts maximised.
    assert window.windowState() & Qt.WindowState.WindowMaximized

    # What maximised gives on that screen, whatever the test's own display is.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(0, 0)
    window.show()
    window.resize(screen.width(), screen.height() - TITLE_BAR)
    with qtbot.waitSignal(window.scanned, timeout=30000):
        window.open()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # builds the calendar and the sharing panel
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height() - TITLE_BAR, (
            window.tabs.tabText(index),
            hint,
        )
        inside = window.rect()
        page = window.tabs.currentWidget()
        buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]
        assert buttons, window.tabs.tabText(index)
        for button in buttons:
            corner = button.mapTo(window, QPoint(0, 0))
            where = QRect(corner, button.size())
            assert inside.contains(where), (window.tabs.tabText(index), button.text(), where)
    status = window.statusBar()
    assert inside.contains(QRect(status.mapTo(window, QPoint(0, 0)), status.size()))
    window.close()
