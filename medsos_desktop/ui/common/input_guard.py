"""Input habits for every window and dialog of the app, installed once on the application.

- The mouse wheel never changes a combo box, a date, time or number box, or a slider
  that the user has not clicked or tabbed into: scrolling a long form with the pointer
  passing over the category box must not change the category (and autosave it). The
  wheel then scrolls the form around it instead.
- Tab moves to the next field in multi-line text fields: nothing in this app wants a
  literal tab typed into a caption, a comment or a list of contacts. A field that does
  can opt out with ``widget.setProperty(ACCEPTS_TAB, True)`` before it is shown.

Every widget passes once through its style's ``polish`` before it is first shown, so a
proxy of the application's style is the one place that sees every widget of every
window and dialog. It prepares each one, and puts the wheel filter on the guarded kinds
only. (An application-wide event filter would see every event of every widget: a
Python call each, which cost about a tenth of the start-up time, and which would wait
for the interpreter lock whenever a background job runs Python.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QProxyStyle,
    QSlider,
    QStyle,
    QTextEdit,
    QWidget,
)

ACCEPTS_TAB = "medsosAcceptsTab"
_WHEEL_GUARDED = (QComboBox, QAbstractSpinBox, QSlider)  # QDateTimeEdit is a spin box
_TEXT_FIELDS = (QPlainTextEdit, QTextEdit)


class InputGuard(QObject):
    """The wheel filter on every combo box, spin box (dates and times too) and slider."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():  # type: ignore[attr-defined]
            # Not accepted: Qt hands a real wheel event on to the parent (the scroll
            # area), as if the box were not there.
            event.ignore()
            return True
        return False

    def prepare(self, widget: QWidget) -> None:
        """Give one widget the habits above."""
        if isinstance(widget, _WHEEL_GUARDED):
            # Wheel focus would let the first turn of the wheel focus the box, and the
            # filter would then let the next turns through.
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)  # once: installing again only moves it first
        elif isinstance(widget, _TEXT_FIELDS) and not widget.property(ACCEPTS_TAB):
            widget.setTabChangesFocus(True)


class _GuardedStyle(QProxyStyle):
    """The application's own style, unchanged, that also prepares every widget it polishes."""

    def __init__(self, base: QStyle, guard: InputGuard) -> None:
        super().__init__(base)  # takes `base` over; it draws everything as before
        self.guard = guard

    def polish(self, target: object) -> object:  # QWidget, QApplication or QPalette
        result = super().polish(target)
        if isinstance(target, QWidget):
            self.guard.prepare(target)
        return result


def install_input_guard(app: QApplication | None = None) -> InputGuard:
    """Install the habits on the application (once); widgets made before get them too."""
    app = app or QApplication.instance()
    assert isinstance(app, QApplication), "the guard needs a QApplication"
    style = app.style()
    if isinstance(style, _GuardedStyle):
        return style.guard
    guard = InputGuard(app)
    app.setStyle(_GuardedStyle(style, guard))  # polishes the widgets that exist already
    return guard
