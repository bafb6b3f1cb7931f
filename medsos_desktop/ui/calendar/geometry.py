"""The calendar grid's layout: where each day, post and "+N more" is, and what lies
under a point (mixed into `CalendarGrid`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QWidget,
)

from medsos_desktop.domain.calendar_days import DayKind, PlanDay
from medsos_desktop.ui.calendar.model import (
    _ELIDE,
    CalendarMode,
    EntryLike,
    _agency,
    _Cell,
    _Chip,
    _time,
    _two_lines,
)

if TYPE_CHECKING:
    _MixinBase = QWidget  # the mixin only ever runs as part of CalendarGrid, a QWidget
else:
    _MixinBase = object


class GridGeometry(_MixinBase):
    """Where each day, post chip and "+N more" sits on the grid, and what is under a point.

    Mixed into `CalendarGrid`: it reads the grid's period, mode and entries and caches
    the cells it computes until the grid changes.
    """

    if TYPE_CHECKING:  # the grid's state and data this reads (CalendarGrid sets them)
        _mode: CalendarMode
        _selected: dt.date
        _by_day: dict[dt.date, list[EntryLike]]
        _plan_by_day: dict[dt.date, list[PlanDay]]
        _cells: list[_Cell] | None
        _chip_of: dict[int | str, _Chip]

        def visible_range(self) -> tuple[dt.date, dt.date]: ...
        def _in_period(self, day: dt.date) -> bool: ...
        def is_overloaded(self, day: dt.date) -> bool: ...
        def status_label(self, status: str) -> str: ...

    # -- for tests and callers --------------------------------------------------------------

    def entry_rect(self, post_id: int | str) -> QRect | None:
        """Where the entry is drawn; None when it is not on the page or hidden in "+N more"."""
        self._ensure_layout()
        chip = self._chip_of.get(post_id)
        return QRect(chip.rect) if chip else None

    def day_rect(self, day: dt.date) -> QRect | None:
        cell = self._cell_of(day)
        return QRect(cell.rect) if cell else None

    def overflow_rect(self, day: dt.date) -> QRect | None:
        cell = self._cell_of(day)
        return QRect(cell.overflow_rect) if cell and cell.overflow_rect else None

    def hidden_count(self, day: dt.date) -> int:
        cell = self._cell_of(day)
        return cell.hidden if cell else 0

    def day_at(self, pos: QPoint) -> dt.date | None:
        for cell in self._ensure_layout():
            if cell.rect.contains(pos):
                return cell.day
        return None

    def _cell_of(self, day: dt.date) -> _Cell | None:
        return next((c for c in self._ensure_layout() if c.day == day), None)

    # -- layout -----------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        normal = QFont(self.font())
        small = QFont(normal)
        size = normal.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(7.0, size * 0.92))
        bold = QFont(small)
        bold.setBold(True)
        return normal, small, bold

    def header_height(self) -> int:
        normal = QFontMetrics(self._fonts()[0])
        if self._mode == CalendarMode.MONTH:
            return normal.height() + 8
        return 0  # the week view's day names are part of each column

    def _ensure_layout(self) -> list[_Cell]:
        if self._cells is None:
            if self._mode == CalendarMode.MONTH:
                self._cells = self._month_layout()
            else:
                self._cells = self._week_layout()
            self._chip_of = {chip.entry.post_id: chip for c in self._cells for chip in c.chips}
        return self._cells

    def _columns(self) -> list[tuple[int, int]]:
        width = self.width() - 1
        edges = [round(i * width / 7) for i in range(8)]
        return [(edges[i], edges[i + 1] - edges[i]) for i in range(7)]

    def _month_layout(self) -> list[_Cell]:
        normal, small, bold = self._fonts()
        fm, sfm, bfm = QFontMetrics(normal), QFontMetrics(small), QFontMetrics(bold)
        top = self.header_height()
        height = self.height() - 1 - top
        rows = [top + round(i * height / 6) for i in range(7)]
        first, _last = self.visible_range()
        columns = self._columns()
        pad = 3
        chip_h = sfm.height() + 2
        line_h = sfm.height()
        cells = []
        for index in range(42):
            row, column = divmod(index, 7)
            day = first + dt.timedelta(days=index)
            x, w = columns[column]
            rect = QRect(x, rows[row], w, rows[row + 1] - rows[row])
            cell = _Cell(day, rect, self._in_period(day), number=str(day.day))
            inner = rect.adjusted(pad + 1, pad, -pad, -pad)
            y = inner.top() + max(fm.height(), bfm.height()) + 1
            count_w = bfm.horizontalAdvance(f" {len(self._by_day.get(day, ()))} ") + 6
            plan = self._plan_by_day.get(day, [])
            themes = [p.name for p in plan if p.kind == DayKind.THEME]
            if themes:
                theme_w = inner.width() - fm.horizontalAdvance("00") - 6
                if self.is_overloaded(day):
                    theme_w -= count_w
                cell.theme = sfm.elidedText(
                    " · ".join(themes), Qt.TextElideMode.ElideRight, max(theme_w, 0)
                )
            others = [p for p in plan if p.kind != DayKind.THEME]
            room = (inner.bottom() - y) // chip_h
            max_plan = 2 if room >= 4 else 1
            for plan_day in others[:max_plan]:
                if y + line_h > inner.bottom():
                    break
                line = QRect(inner.left(), y, inner.width(), line_h)
                text = sfm.elidedText(plan_day.name, Qt.TextElideMode.ElideRight, line.width())
                cell.plan_lines.append((plan_day, line, text))
                y += line_h
            y += 2
            self._place_chips(cell, self._by_day.get(day, []), inner, y, 1, sfm, bfm)
            cells.append(cell)
        return cells

    def _place_chips(
        self,
        cell: _Cell,
        entries: Sequence[EntryLike],
        inner: QRect,
        y: int,
        spacing: int,
        sfm: QFontMetrics,
        bfm: QFontMetrics,
    ) -> None:
        """Chips from `y` down, as many as fit; the rest behind a "+N more" line."""
        bottom = inner.bottom() + 1
        more_h = sfm.height() + 2
        if self._mode == CalendarMode.MONTH:
            chip_h = sfm.height() + 2  # one height: only the chips that fit are made
            rows = max(0, (bottom - y + spacing) // (chip_h + spacing))
            shown = len(entries) if len(entries) <= rows else max(rows - 1, 0)
            for entry in entries[:shown]:
                chip = self._month_chip(
                    entry, QRect(inner.left(), y, inner.width(), chip_h), sfm, bfm
                )
                cell.chips.append(chip)
                y += chip_h + spacing
        else:
            chips = [self._week_chip(entry, inner, sfm, bfm) for entry in entries]
            total = sum(c.rect.height() + spacing for c in chips) - spacing
            fits_all = y + total <= bottom
            for chip in chips:
                reserve = 0 if fits_all else spacing + more_h
                if y + chip.rect.height() + reserve > bottom:
                    break
                chip.rect.moveTop(y)
                cell.chips.append(chip)
                y += chip.rect.height() + spacing
        cell.hidden = len(entries) - len(cell.chips)
        if cell.hidden:
            height = min(more_h, max(bottom - y, 0))
            if height > 0:
                cell.overflow_rect = QRect(inner.left(), y, inner.width(), height)

    def _month_chip(
        self, entry: EntryLike, rect: QRect, sfm: QFontMetrics, bfm: QFontMetrics
    ) -> _Chip:
        """One line: time in bold, then the agency (when set, at most 40%) and the title."""
        time = _time(entry)
        text_w = max(rect.width() - 10 - bfm.horizontalAdvance(time + " "), 0)
        agency = _agency(entry)
        prefix = ""
        if agency:
            prefix = sfm.elidedText(agency, _ELIDE, int(text_w * 0.4)) + " · "
        label = prefix + (entry.title or QCoreApplication.translate("CalendarGrid", "(untitled)"))
        return _Chip(entry, rect, time, sfm.elidedText(label, _ELIDE, text_w))

    def _week_chip(
        self, entry: EntryLike, inner: QRect, sfm: QFontMetrics, bfm: QFontMetrics
    ) -> _Chip:
        """Time with the agency (or the status), then the title on up to two lines."""
        time = _time(entry)
        width = inner.width() - 10
        detail_w = max(width - bfm.horizontalAdvance(time + " "), 0)
        detail = sfm.elidedText(_agency(entry) or self.status_label(entry.status), _ELIDE, detail_w)
        title = _two_lines(
            entry.title or QCoreApplication.translate("CalendarGrid", "(untitled)"),
            max(width, 0),
            sfm,
        )
        height = bfm.height() + sfm.height() * (title.count("\n") + 1) + 8
        return _Chip(entry, QRect(inner.left(), 0, inner.width(), height), time, detail, title)

    def _week_layout(self) -> list[_Cell]:
        normal, small, bold = self._fonts()
        fm, sfm, bfm = QFontMetrics(normal), QFontMetrics(small), QFontMetrics(bold)
        first, _last = self.visible_range()
        pad = 4
        line_h = sfm.height()
        cells = []
        for index, (x, w) in enumerate(self._columns()):
            day = first + dt.timedelta(days=index)
            rect = QRect(x, 0, w, self.height() - 1)
            cell = _Cell(day, rect, True, number=str(day.day))
            inner = rect.adjusted(pad + 1, pad, -pad, -pad)
            y = inner.top() + fm.height() * 2 + 8  # day name, date
            for plan_day in self._plan_by_day.get(day, [])[:4]:
                # Long names ("Cuti Bersama Hari Raya Idul Fitri") get a second line here.
                text = _two_lines(plan_day.name, inner.width(), sfm)
                height = line_h * (text.count("\n") + 1)
                cell.plan_lines.append(
                    (plan_day, QRect(inner.left(), y, inner.width(), height), text)
                )
                y += height
            y += 4
            self._place_chips(cell, self._by_day.get(day, []), inner, y, 4, sfm, bfm)
            cells.append(cell)
        return cells

    # -- painting ---------------------------------------------------------------------------

    def _chip_at(self, pos: QPoint) -> _Chip | None:
        for cell in self._ensure_layout():
            if cell.rect.contains(pos):
                return next((c for c in cell.chips if c.rect.contains(pos)), None)
        return None

    def _overflow_at(self, pos: QPoint) -> _Cell | None:
        for cell in self._ensure_layout():
            if cell.overflow_rect is not None and cell.overflow_rect.contains(pos):
                return cell
        return None
