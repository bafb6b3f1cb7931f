"""The message box a user sees over a window, found the way a user finds it: on screen.

The app's questions and notices (ui/common/messages.py, the restore question) open
window-modal over the widget that asks, as its children, so a test finds the one shown
without reaching into the widget that keeps it alive."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def shown_box(parent: QWidget) -> QMessageBox | None:
    """The newest message box open over `parent`, or None while none is shown."""
    boxes = [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
    return boxes[-1] if boxes else None


def button(box: QMessageBox, text: str) -> QAbstractButton:
    """The box's button labelled `text` (exactly one must be)."""
    [found] = [b for b in box.buttons() if b.text() == text]
    return found
