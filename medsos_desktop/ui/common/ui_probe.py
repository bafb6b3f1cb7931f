"""Where the visible widgets are on screen, for the end-to-end walk (tests/screen/test_walk.py).

Off by default: nothing happens unless MEDSOS_UI_PROBE names a file. Then a timer looks for
`<file>.request` every 100 ms; when it appears, the probe writes to `<file>` (atomically) the
request's content as `token`, every visible top-level window and every visible widget with its
global rectangle and what names it (object name, class, text, placeholder), plus tab, menu-bar,
menu and item-view entries, and deletes the request. The walk sends real mouse and keyboard
events through the X server and uses this only to know where to click and what is shown.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QObject, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

PROBE_ENV = "MEDSOS_UI_PROBE"
_MAX_TEXT = 2000
_MAX_ITEMS = 300


def install_if_requested(app: QApplication) -> QObject | None:
    """Start the probe when MEDSOS_UI_PROBE is set; returns its timer (kept alive by `app`)."""
    target = os.environ.get(PROBE_ENV)
    if not target:
        return None
    out = Path(target)
    request = out.with_name(out.name + ".request")
    timer = QTimer(app)
    timer.setInterval(100)
    timer.timeout.connect(lambda: _answer(request, out))
    timer.start()
    return timer


def _answer(request: Path, out: Path) -> None:
    try:
        token = request.read_text(encoding="utf-8")
        request.unlink()  # before answering: the next request may follow the answer at once
    except OSError:
        return
    try:
        snapshot = {"token": token, **snapshot_screen()}
    except Exception as exc:  # the walk reports it rather than waiting in vain
        snapshot = {"token": token, "error": f"{type(exc).__name__}: {exc}"}
    partial = out.with_name(out.name + ".partial")
    partial.write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
    partial.replace(out)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _to_global(widget: QWidget, rect: QRect) -> QRect:
    return rect.translated(widget.mapToGlobal(rect.topLeft()) - rect.topLeft())


def _global(widget: QWidget, rect: QRect) -> list[int]:
    return _rect(_to_global(widget, rect))


def _shown(widget: QWidget) -> QRect:
    """The widget's global rectangle clipped by every parent's (scroll areas included)."""
    shown = _to_global(widget, widget.rect())
    parent = None if widget.isWindow() else widget.parentWidget()
    while parent is not None and not shown.isEmpty():
        shown = shown.intersected(_to_global(parent, parent.rect()))
        parent = None if parent.isWindow() else parent.parentWidget()
    return shown


def snapshot_screen() -> dict:
    """Every visible window and widget, with global rectangles."""
    app = QApplication.instance()
    screen = app.primaryScreen()
    windows, widgets = [], []
    focus = app.focusWidget()
    for top in app.topLevelWidgets():
        if not top.isVisible():
            continue
        windows.append(
            {
                "title": top.windowTitle(),
                "cls": top.metaObject().className(),
                "name": top.objectName(),
                "frame": _rect(top.frameGeometry()),
                "rect": _global(top, top.rect()),
                "active": top.isActiveWindow(),
                "modal": top.isModal(),
            }
        )
        for widget in [top, *top.findChildren(QWidget)]:
            # Popups (menus, combo lists) are windows of their own, listed as such.
            # QWidget.window itself: a page may keep its main window in a `window` attribute.
            if widget.isVisible() and QWidget.window(widget) is top and len(widgets) < 5000:
                widgets.extend(_describe(widget, top, focus))
    return {
        "screen": _rect(screen.geometry()),
        "available": _rect(screen.availableGeometry()),
        "windows": windows,
        "widgets": widgets,
    }


def _describe(widget: QWidget, top: QWidget, focus: QWidget | None) -> list[dict]:
    entry: dict = {
        "window": top.windowTitle(),
        "name": widget.objectName(),
        "cls": widget.metaObject().className(),
        "rect": _global(widget, widget.rect()),
        # The part not clipped by a scroll area or a parent: where a click lands.
        "shown": _rect(_shown(widget)),
        "enabled": widget.isEnabled(),
        "focus": widget is focus,
    }
    if isinstance(widget, QAbstractButton):
        entry["text"] = widget.text()
        entry["checked"] = widget.isChecked()
    elif isinstance(widget, QLabel):
        entry["text"] = widget.text()[:_MAX_TEXT]
        pixmap = widget.pixmap()
        if not pixmap.isNull():  # changes with every new picture (a preview drawn again)
            entry["image"] = pixmap.cacheKey()
    elif isinstance(widget, QGroupBox):
        entry["text"] = widget.title()
    elif isinstance(widget, QLineEdit):
        entry["text"] = widget.text()
        entry["placeholder"] = widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        entry["text"] = widget.toPlainText()[:_MAX_TEXT]
        entry["placeholder"] = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        entry["text"] = widget.currentText()
    elif isinstance(widget, QAbstractSpinBox):
        entry["text"] = widget.text()
    entries = [entry]
    kind_rects: list[tuple[str, str, QRect]] = []
    if isinstance(widget, QTabBar):
        kind_rects = [("tab", widget.tabText(i), widget.tabRect(i)) for i in range(widget.count())]
    elif isinstance(widget, QMenuBar | QMenu):
        kind = "menu" if isinstance(widget, QMenuBar) else "menuitem"
        kind_rects = [
            (kind, action.text(), widget.actionGeometry(action))
            for action in widget.actions()
            if action.isVisible() and not action.isSeparator()
        ]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        kind_rects = _items(widget)
    elif (calendar := sys.modules.get("medsos_desktop.ui.calendar.view")) and isinstance(
        widget, calendar.CalendarGrid
    ):
        # A calendar paints its posts itself: each where it is drawn.
        kind_rects = [
            ("entry", entry.title, rect)
            for entry in widget.entries()
            if (rect := widget.entry_rect(entry.post_id)) is not None
        ]
    view = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
    shown = _shown(view)
    for kind, text, rect in kind_rects:
        entries.append(
            {
                "window": top.windowTitle(),
                "name": widget.objectName(),
                "cls": kind,
                "text": text,
                "rect": _global(view, rect),
                "shown": _rect(_to_global(view, rect).intersected(shown)),
                "enabled": widget.isEnabled(),
                "focus": False,
            }
        )
    return entries


def _items(view: QAbstractItemView) -> list[tuple[str, str, QRect]]:
    """The item view's cells (the first few hundred rows), with their display text."""
    model, root = view.model(), view.rootIndex()
    found: list[tuple[str, str, QRect]] = []
    # A list model hides columnCount from Python: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(min(model.rowCount(root), _MAX_ITEMS)):
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isValid():  # scrolled-out items too: "shown" tells whether one is seen
                found.append(("item", str(index.data() or ""), rect))
    return found
