"""The calendar grid's painting: weekday header, day cells, post chips, the drag ghost
(mixed into `CalendarGrid`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRect,
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
)

from medsos_desktop.domain.calendar_days import DayKind
from medsos_desktop.ui.calendar.geometry import GridGeometry
from medsos_desktop.ui.calendar.model import (
    _ELIDE,
    ACCENT,
    GAP_HATCH,
    HOLIDAY_RED,
    OVERLOAD_MARK,
    OVERLOAD_TINT,
    THEME_GREY,
    CalendarMode,
    _agency,
    _Cell,
    _Chip,
    _italic,
    _locale,
    _plan_colour,
    _Press,
    _qdate,
)


class GridPainting(GridGeometry):
    """How the grid paints itself: weekday header, day cells, post chips, the drag ghost.

    Mixed into `CalendarGrid`; paints the cells `GridGeometry` lays out.
    """

    if TYPE_CHECKING:  # the grid's state and data this reads (CalendarGrid sets them)
        _drop_day: dt.date | None
        _drag_pos: QPoint | None
        _press: _Press | None

        def today(self) -> dt.date: ...
        def day_names(self, long: bool = False) -> list[str]: ...
        def is_gap(self, day: dt.date) -> bool: ...
        def status_colour(self, status: str) -> QColor: ...

    def paintEvent(self, event: QPaintEvent) -> None:
        cells = self._ensure_layout()
        painter = QPainter(self)
        try:
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            fonts = self._fonts()
            if self._mode == CalendarMode.MONTH:
                self._paint_weekday_header(painter, fonts[0])
            clip = event.rect()
            for cell in cells:
                if cell.rect.intersects(clip):
                    self._paint_cell(painter, cell, fonts)
            self._paint_ghost(painter, fonts)
        finally:
            painter.end()

    def _paint_weekday_header(self, painter: QPainter, font: QFont) -> None:
        palette = self.palette()
        height = self.header_height()
        painter.fillRect(
            QRect(0, 0, self.width(), height), palette.color(QPalette.ColorRole.AlternateBase)
        )
        painter.setFont(font)
        fm = QFontMetrics(font)
        for index, ((x, w), name) in enumerate(zip(self._columns(), self.day_names(), strict=True)):
            sunday = index == 6
            painter.setPen(
                QColor(HOLIDAY_RED) if sunday else palette.color(QPalette.ColorRole.Text)
            )
            text = fm.elidedText(name, _ELIDE, w - 6)
            painter.drawText(QRect(x, 0, w, height), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_cell(self, painter: QPainter, cell: _Cell, fonts: tuple[QFont, ...]) -> None:
        normal, small, bold = fonts
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        rect = cell.rect
        base = palette.color(
            QPalette.ColorRole.Base if cell.in_period else QPalette.ColorRole.AlternateBase
        )
        painter.fillRect(rect, base)
        if self.is_gap(cell.day):
            painter.fillRect(rect, QBrush(GAP_HATCH, Qt.BrushStyle.BDiagPattern))
        overloaded = self.is_overloaded(cell.day)
        if overloaded:
            painter.fillRect(rect, OVERLOAD_TINT)
        if cell.day == self._selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(30 if self.hasFocus() else 18)
            painter.fillRect(rect, highlight)
        if cell.day == self._drop_day:
            drop = QColor(ACCENT)
            drop.setAlpha(50)
            painter.fillRect(rect, drop)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

        plan = self._plan_by_day.get(cell.day, [])
        red_day = cell.day.weekday() == 6 or any(
            p.kind in (DayKind.HOLIDAY, DayKind.JOINT_LEAVE) for p in plan
        )
        inner = rect.adjusted(4, 3, -3, -3)
        number_colour = QColor(HOLIDAY_RED) if red_day else QColor(text_colour)
        if not cell.in_period:
            number_colour.setAlpha(120)
        is_today = cell.day == self.today()
        if self._mode == CalendarMode.MONTH:
            painter.setFont(bold if is_today else normal)
            fm = QFontMetrics(painter.font())
            painter.setPen(number_colour)
            number_rect = QRect(inner.left(), inner.top(), inner.width(), fm.height())
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft, cell.number)
            if cell.theme:
                painter.setFont(_italic(small))
                painter.setPen(QColor(THEME_GREY))
                theme_rect = number_rect.adjusted(fm.horizontalAdvance("00") + 6, 1, 0, 0)
                painter.drawText(theme_rect, Qt.AlignmentFlag.AlignLeft, cell.theme)
        else:
            self._paint_week_heading(painter, cell, inner, fonts, number_colour)
        if overloaded:
            self._paint_count_badge(painter, cell, inner, bold)

        painter.setFont(small)
        for plan_day, line, text in cell.plan_lines:
            painter.setFont(_italic(small) if plan_day.kind == DayKind.THEME else small)
            painter.setPen(_plan_colour(plan_day.kind))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

        for chip in cell.chips:
            self._paint_chip(painter, chip, small, bold, text_colour)

        if cell.overflow_rect is not None:
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT))
            painter.drawText(
                cell.overflow_rect.adjusted(2, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("CalendarGrid", "+{count} more").format(
                    count=cell.hidden
                ),
            )

        if is_today:
            painter.setPen(QPen(QColor(ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if cell.day == self._selected and self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        if cell.day == self._drop_day:
            painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_week_heading(
        self,
        painter: QPainter,
        cell: _Cell,
        inner: QRect,
        fonts: tuple[QFont, ...],
        colour: QColor,
    ) -> None:
        normal, _small, _bold = fonts
        heading = QFont(normal)
        heading.setBold(True)
        fm = QFontMetrics(normal)
        painter.setPen(colour)
        painter.setFont(heading)
        name = self.day_names(long=True)[cell.day.weekday()]
        line = QRect(inner.left(), inner.top(), inner.width(), fm.height())
        painter.drawText(
            line, Qt.AlignmentFlag.AlignLeft, fm.elidedText(name, _ELIDE, line.width())
        )
        painter.setFont(normal)
        date_text = _locale().toString(_qdate(cell.day), "d MMMM")
        line.translate(0, fm.height() + 2)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignLeft, fm.elidedText(date_text, _ELIDE, line.width())
        )
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        y = inner.top() + fm.height() * 2 + 5
        painter.drawLine(cell.rect.left(), y, cell.rect.right(), y)

    def _paint_count_badge(self, painter: QPainter, cell: _Cell, inner: QRect, bold: QFont) -> None:
        count = str(len(self._by_day.get(cell.day, ())))
        fm = QFontMetrics(bold)
        width = fm.horizontalAdvance(count) + 10
        badge = QRect(inner.right() - width + 1, inner.top() + 1, width, fm.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(OVERLOAD_MARK))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)

    def _paint_chip(
        self,
        painter: QPainter,
        chip: _Chip,
        small: QFont,
        bold: QFont,
        text: QColor,
        ghost: bool = False,
    ) -> None:
        colour = self.status_colour(chip.entry.status)
        tint = QColor(colour)
        tint.setAlpha(55)
        rect = chip.rect
        dragged = (
            not ghost
            and self._press is not None
            and self._press.dragging
            and self._press.entry is not None
            and self._press.entry.post_id == chip.entry.post_id
        )
        painter.fillRect(rect, tint)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
        painter.setPen(QColor(text) if not dragged else QColor(THEME_GREY))
        painter.setFont(bold)
        bfm = QFontMetrics(bold)
        if self._mode == CalendarMode.MONTH:
            area = rect.adjusted(6, 0, -2, 0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(area, flags, chip.time)
            painter.setFont(small)
            painter.drawText(
                area.adjusted(bfm.horizontalAdvance(chip.time + " "), 0, 0, 0), flags, chip.text
            )
        else:
            sfm = QFontMetrics(small)
            top = QRect(rect.left() + 6, rect.top() + 3, rect.width() - 8, bfm.height())
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft, chip.time)
            painter.setFont(small)
            detail = top.adjusted(bfm.horizontalAdvance(chip.time + " "), 0, 0, 0)
            painter.setPen(QColor(THEME_GREY) if not _agency(chip.entry) else QColor(text))
            painter.drawText(detail, Qt.AlignmentFlag.AlignLeft, chip.text)
            painter.setPen(QColor(text))
            lines = chip.title.count("\n") + 1
            bottom = QRect(top.left(), top.bottom() + 2, top.width(), sfm.height() * lines)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, chip.title)

    def _paint_ghost(self, painter: QPainter, fonts: tuple[QFont, ...]) -> None:
        """The dragged entry follows the pointer, so the user sees what moves."""
        press = self._press
        if press is None or not press.dragging or press.entry is None or self._drag_pos is None:
            return
        chip = self._chip_of.get(press.entry.post_id)
        if chip is None:
            return
        ghost = _Chip(chip.entry, QRect(chip.rect), chip.time, chip.text, chip.title)
        ghost.rect.moveTopLeft(self._drag_pos + QPoint(8, 8))
        painter.setOpacity(0.85)
        painter.fillRect(ghost.rect, self.palette().color(QPalette.ColorRole.Base))
        self._paint_chip(
            painter,
            ghost,
            fonts[1],
            fonts[2],
            self.palette().color(QPalette.ColorRole.Text),
            ghost=True,
        )
        painter.setPen(QPen(QColor(ACCENT), 1))
        painter.drawRect(ghost.rect)
        painter.setOpacity(1.0)

    # -- mouse ------------------------------------------------------------------------------
