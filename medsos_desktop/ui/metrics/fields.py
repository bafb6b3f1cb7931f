"""What the metrics dialogs share: a figure spin box, platform and metric names in the
user's language, colours for errors and success, a row of buttons."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.services.metrics import (
    FIELD_LABELS,
)
from medsos_desktop.ui.common.translation import error_text

_ERROR_STYLE = "color: #c62828"
_OK_STYLE = "color: #2e7d32"
_MUTED = QColor("#757575")
_MAX_FIGURE = 2_000_000_000  # a QSpinBox holds a 32-bit int


def _error_text(exc: BaseException) -> str:
    return error_text(exc)


def tr_platform(platform: Platform) -> str:
    return QCoreApplication.translate("Platform", RULES[platform].label)


def tr_field(name: str) -> str:
    """A metric's name, capitalised for a form label or a column header."""
    text = QCoreApplication.translate("Metrics", FIELD_LABELS[name])
    return text[:1].upper() + text[1:]


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


# --- mark as published ------------------------------------------------------------------------


class FigureSpinBox(QSpinBox):
    """A count with the locale's thousands (1.234 in Indonesian); the lowest value means
    "not entered", shown as a dash, so an empty figure is not stored as zero."""

    EMPTY = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.EMPTY, _MAX_FIGURE)
        self.setSpecialValueText("–")
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setValue(self.EMPTY)
        self.setMinimumWidth(110)

    def figure(self) -> int | None:
        return None if self.value() == self.EMPTY else self.value()

    def set_figure(self, value: int | None) -> None:
        self.setValue(self.EMPTY if value is None else min(value, _MAX_FIGURE))
