"""Every window and dialog fits an office screen with its buttons in sight, under a real X
server and window manager (the frame, title bar included, is what must fit).

Run by `bash scripts/dev.sh test` on Xvfb at 1366x768 and again at 1280x720. With
MEDSOS_SCREEN_SHOTS=DIR each entry leaves a screenshot of the whole screen there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QWidget,
)

from medsos_desktop.ui.common.screen_fit import BodyScrollArea
from tests.screen.conftest import OFFICE_SCREENS
from tests.screen.dialogs import REGISTRY, Entry, Scene, settle, wait_until

pytestmark = pytest.mark.screen


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def _frame(window: QWidget) -> QRect:
    """The frame as the window manager last reported it (QWidget's own copy can lag)."""
    handle = window.windowHandle()
    return handle.frameGeometry() if handle is not None else window.frameGeometry()


def _wait_for_frame(window: QWidget) -> None:
    """Until the window manager has framed the window and stopped moving it."""
    QTest.qWaitForWindowExposed(window, 5000)
    wait_until(
        lambda: _frame(window) != window.geometry(),
        timeout=10,
        what=f"a window manager frame around {window.objectName() or window}",
    )
    last, stable = QRect(), 0
    while stable < 3:
        QTest.qWait(40)
        current = _frame(window)
        stable = stable + 1 if current == last else 0
        last = current


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _named(window: QWidget, name: str) -> QAbstractButton | None:
    """A button by the attribute that holds it (on the window or one of its pages), or by
    object name."""
    holders = [window, *window.findChildren(QWidget)]
    for holder in holders:
        value = holder.__dict__.get(name) if hasattr(holder, "__dict__") else None
        if isinstance(value, QAbstractButton):
            return value
    return window.findChild(QAbstractButton, name)


def _label(button: QAbstractButton) -> str:
    return button.objectName() or button.text().replace("&", "")


def _matches(button: QAbstractButton, names: tuple[str, ...], window: QWidget) -> bool:
    return any(
        _named(window, name) is button or name in (button.objectName(), _label(button))
        for name in names
    )


def check_fits(window: QWidget, entry: Entry) -> list[str]:
    """What is wrong with `window` on this screen, in words for the test report."""
    problems: list[str] = []
    available = window.screen().availableGeometry()
    frame = _frame(window)
    if not available.contains(frame):
        problems.append(
            f"frame {_rect(frame)} is not inside the available screen {_rect(available)}"
        )
    must_show: list[QAbstractButton] = []
    for box in window.findChildren(QDialogButtonBox):
        if box.window() is window and box.isVisibleTo(window):
            must_show += [b for b in box.buttons() if _label(b) not in entry.hidden]
    for name in entry.primary:
        button = _named(window, name)
        if button is None:
            problems.append(f"primary button {name!r} not found")
        else:
            must_show.append(button)
    visible_rect = QRect(window.mapToGlobal(QPoint(0, 0)), window.size()) & available
    for button in must_show:
        where = _global_rect(button)
        if not button.isVisible():
            problems.append(f"button {_label(button)!r} is not visible")
        elif not visible_rect.contains(where):
            problems.append(f"button {_label(button)!r} at {_rect(where)} is off screen")
        elif button.visibleRegion().boundingRect() != button.rect():
            problems.append(f"button {_label(button)!r} is cut off")
        expect_enabled = not _matches(button, entry.disabled, window)
        if button.isVisible() and button.isEnabled() != expect_enabled:
            state = "disabled" if expect_enabled else "enabled"
            problems.append(f"button {_label(button)!r} is {state}")
    # Any other button not inside a scrolling area is fixed in place: if shown, on screen.
    for button in window.findChildren(QAbstractButton):
        if (
            button in must_show
            or button.window() is not window
            or not button.isVisible()
            or _in_scroll_area(button, window)
        ):
            continue
        where = _global_rect(button)
        if not visible_rect.contains(where):
            problems.append(f"button {_label(button)!r} at {_rect(where)} is off screen")
    for scroll in window.findChildren(BodyScrollArea):
        if scroll.window() is window and scroll.horizontalScrollBar().isVisible():
            problems.append("its content is wider than the screen: it scrolls sideways")
    if isinstance(window, QMainWindow):
        status = window.statusBar()
        if not status.isVisible() or not visible_rect.contains(_global_rect(status)):
            problems.append(f"status bar at {_rect(_global_rect(status))} is off screen")
    return problems


def _dismiss(scene: Scene, window: QWidget) -> None:
    """Leave the main window as it was for the next entry."""
    for widget in QApplication.topLevelWidgets():
        if widget is scene.window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
            widget.deleteLater()
    scene.window.dialog = None
    scene.window.left_tabs.setCurrentIndex(0)
    scene.window.editor.pages.setCurrentIndex(0)
    settle()


def test_the_screen_is_an_office_screen(qapp: QApplication) -> None:
    """The tier means something only on a real X server of the sizes named in DESIGN.md."""
    assert QGuiApplication.platformName() == "xcb"
    size = QGuiApplication.primaryScreen().size()
    assert (size.width(), size.height()) in OFFICE_SCREENS
    expected = os.environ.get("MEDSOS_SCREEN_SIZE")
    if expected:
        assert f"{size.width()}x{size.height()}" == expected


def _params() -> list[object]:
    return [
        pytest.param(
            entry,
            id=entry.name,
            marks=[pytest.mark.xfail(reason=entry.known_failure, strict=False)]
            if entry.known_failure
            else [],
        )
        for entry in REGISTRY
    ]


@pytest.mark.parametrize("entry", _params())
def test_fits_the_screen(scene: Scene, entry: Entry) -> None:
    window = entry.open(scene)
    try:
        settle()
        _wait_for_frame(window)
        problems = check_fits(window, entry)
        size = window.screen().size()
        shots = os.environ.get("MEDSOS_SCREEN_SHOTS")  # a folder: the whole screen per entry
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            name = f"{size.width()}x{size.height()}-{entry.name}.png"
            window.screen().grabWindow(0).save(str(Path(shots) / name))
        assert not problems, f"{entry.name} at {size.width()}x{size.height()}: " + "; ".join(
            problems
        )
    finally:
        _dismiss(scene, window)
