"""The calendar's legend: one wrapping line explaining its tints, marks and status colours."""

from __future__ import annotations

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from medsos_desktop.domain.calendar_days import DayKind
from medsos_desktop.ui.calendar.grid import CalendarGrid
from medsos_desktop.ui.calendar.model import (
    ACCENT,
    GAP_HATCH,
    HOLIDAY_RED,
    OVERLOAD_MARK,
    OVERLOAD_TINT,
    THEME_GREY,
)


class _Legend(QWidget):
    """One line (wrapping when narrow) explaining the tints, marks and status colours."""

    def __init__(self, grid: CalendarGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_legend")
        self.grid = grid
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._items: list[tuple[str, str, str]] = []
        self.refresh()

    def items(self) -> list[tuple[str, str, str]]:
        """(swatch kind, colour, text) as drawn, for tests and screen readers."""
        return list(self._items)

    def refresh(self) -> None:
        grid = self.grid
        items = [
            (
                "overload",
                OVERLOAD_MARK,
                self.tr("Too many posts (more than {count} a day)").format(
                    count=grid.max_per_day()
                ),
            ),
            ("gap", "", self.tr("Weekday without a post")),
            ("today", ACCENT, self.tr("Today")),
            ("text", HOLIDAY_RED, self.tr("Holiday, joint leave")),
            ("text", ACCENT, self.tr("Commemoration")),
        ]
        if any(p.kind == DayKind.THEME for plan in grid._plan_by_day.values() for p in plan):
            items.append(("italic", THEME_GREY, self.tr("Weekly theme")))  # not the coordinator's
        for status in grid.statuses_shown():
            items.append(("chip", grid.status_colour(status).name(), grid.status_label(status)))
        self._items = items
        self.setAccessibleDescription("; ".join(text for _kind, _colour, text in items))
        self.updateGeometry()
        self.update()

    def _positions(self, width: int) -> tuple[list[tuple[QRect, int]], int]:
        fm = QFontMetrics(self.font())
        x, y, line = 4, 2, fm.height() + 4
        out = []
        for index, (_kind, _colour, text) in enumerate(self._items):
            item_w = 16 + fm.horizontalAdvance(text) + 14
            if x > 4 and x + item_w > width:
                x, y = 4, y + line
            out.append((QRect(x, y, item_w, fm.height()), index))
            x += item_w
        return out, y + line

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._positions(width)[1]

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(max(self.width(), 600)))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(max(self.width(), 100)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            fm = QFontMetrics(self.font())
            text_colour = self.palette().color(QPalette.ColorRole.WindowText)
            for rect, index in self._positions(self.width())[0]:
                kind, colour, text = self._items[index]
                swatch = QRect(rect.left(), rect.top() + (rect.height() - 12) // 2, 12, 12)
                pen_colour = QColor(text_colour)
                font = QFont(self.font())
                base = self.palette().color(QPalette.ColorRole.Base)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
                if kind == "overload":
                    painter.fillRect(swatch, base)
                    painter.fillRect(swatch, OVERLOAD_TINT)
                    painter.drawRect(swatch)
                elif kind == "gap":
                    painter.fillRect(swatch, base)
                    painter.fillRect(swatch, QBrush(GAP_HATCH, Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(swatch)
                elif kind == "today":
                    painter.fillRect(swatch, base)
                    painter.setPen(QPen(QColor(colour), 2))
                    painter.drawRect(swatch.adjusted(1, 1, -1, -1))
                elif kind == "chip":
                    tint = QColor(colour)
                    tint.setAlpha(55)
                    painter.fillRect(swatch, base)
                    painter.fillRect(swatch, tint)
                    painter.fillRect(QRect(swatch.left(), swatch.top(), 3, 12), QColor(colour))
                else:  # a text colour: a sample letter in that colour
                    pen_colour = QColor(colour)
                    font.setItalic(kind == "italic")
                    painter.setFont(font)
                    painter.setPen(pen_colour)
                    painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, "A")
                painter.setFont(font)
                painter.setPen(pen_colour)
                text_rect = QRect(
                    swatch.right() + 5, rect.top(), fm.horizontalAdvance(text) + 4, rect.height()
                )
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        finally:
            painter.end()
