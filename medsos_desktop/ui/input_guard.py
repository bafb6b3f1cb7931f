"""Input habits for every window and dialog of the app, installed once on the application.

- The mouse wheel never changes a combo box, a date, time or number box, or a slider
  that the user has not clicked or tabbed into: scrolling a long form with the pointer
  passing over the category box must not change the category (and autosave it). The
  wheel then scrolls the form around it instead.
- Tab moves to the next field in multi-line text fields: nothing in this app wants a
  literal tab typed into a caption, a comment or a list of contacts. A field that does
  can opt out with ``widget.setProperty(ACCEPTS_TAB, True)`` before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

ACCEPTS_TAB = "medsosAcceptsTab"
_WHEEL_GUARDED = (QComboBox, QAbstractSpinBox, QSlider)  # QDateTimeEdit is a spin box
_TEXT_FIELDS = (QPlainTextEdit, QTextEdit)


def guards_wheel(widget: QObject) -> bool:
    return isinstance(widget, _WHEEL_GUARDED)


def prepare_widget(widget: QWidget) -> None:
    """Give a widget the habits above; done for every widget as Qt polishes it."""
    if isinstance(widget, _WHEEL_GUARDED):
        # Wheel focus would let the first turn of the wheel focus the box, and the guard
        # would then let the next turns through.
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif isinstance(widget, _TEXT_FIELDS) and not widget.property(ACCEPTS_TAB):
        widget.setTabChangesFocus(True)


class InputGuard(QObject):
    """The application-wide event filter behind `install_input_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if guards_wheel(watched) and not watched.hasFocus():  # type: ignore[attr-defined]
                # Not accepted: Qt hands a real wheel event on to the parent (the scroll
                # area), as if the box were not there.
                event.ignore()
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            prepare_widget(watched)
        return False


def install_input_guard(app: QCoreApplication | None = None) -> InputGuard:
    """Install the guard on the application (once), and prepare widgets already made."""
    app = app or QApplication.instance()
    assert app is not None, "the guard needs a QApplication"
    existing = app.findChild(InputGuard)
    if existing is not None:
        return existing
    guard = InputGuard(app)
    app.installEventFilter(guard)
    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            prepare_widget(widget)
    return guard
