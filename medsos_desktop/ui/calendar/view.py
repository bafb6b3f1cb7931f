"""A content calendar: posts by planned date, a month or a week at a glance.

The grid is one painted widget (no widget per post), so a month of 500 posts stays
smooth. It only shows data and reports what the user asked for (open, reschedule,
start a post on a day); the caller loads and saves. The coordinator reuses it for
the posts of many agencies, so entries are plain data with an optional agency and
statuses the widget does not know get a neutral colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.calendar_days import KIND_PRIORITY, DayKind, PlanDay
from medsos_desktop.domain.months import add_months
from medsos_desktop.domain.posts import Status
from medsos_desktop.ui.post_list import STATUS_COLOURS, tr_status

HOLIDAY_RED = "#c62828"
ACCENT = "#1565c0"
THEME_GREY = "#6b7079"
NEUTRAL_STATUS = "#9aa0a6"
OVERLOAD_TINT = QColor(245, 124, 0, 42)
OVERLOAD_MARK = "#d35400"
GAP_HATCH = QColor(110, 110, 110, 60)
DEFAULT_MAX_PER_DAY = 3
TOOLTIP_MAX_LINES = 40
_ELIDE = Qt.TextElideMode.ElideRight
_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


class EntryLike(Protocol):
    """What the calendar reads from an entry; `agency` and `movable` may be missing."""

    @property
    def post_id(self) -> int | str: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def when(self) -> dt.datetime: ...


@dataclass(frozen=True)
class CalendarEntry:
    """One post on the calendar. `post_id` is a string key in the coordinator's view."""

    post_id: int | str
    title: str
    status: str
    when: dt.datetime
    agency: str = ""
    movable: bool = True


class CalendarMode(StrEnum):
    MONTH = "month"
    WEEK = "week"


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (Indonesian calendars and ISO start weeks on Monday)."""
    return day - dt.timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> dt.date:
    """The first date in a 6×7 month grid: the Monday on or before the 1st."""
    return week_start(dt.date(year, month, 1))


def _agency(entry: EntryLike) -> str:
    return str(getattr(entry, "agency", "") or "")


def _movable(entry: EntryLike) -> bool:
    return bool(getattr(entry, "movable", True))


def _time(entry: EntryLike) -> str:
    return entry.when.strftime("%H:%M")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass
class _Chip:
    entry: EntryLike
    rect: QRect
    time: str
    text: str  # elided: title (month), or agency/status line (week)
    title: str = ""  # elided title on its own line (week view)


@dataclass
class _Cell:
    day: dt.date
    rect: QRect
    in_period: bool
    chips: list[_Chip] = field(default_factory=list)
    hidden: int = 0
    overflow_rect: QRect | None = None
    number: str = ""
    theme: str = ""  # elided weekly theme, next to the day number (month view)
    plan_lines: list[tuple[PlanDay, QRect, str]] = field(default_factory=list)


@dataclass
class _Press:
    entry: EntryLike | None
    origin: dt.date
    pos: QPoint
    dragging: bool = False
    refused: bool = False  # the entry cannot move: the drag was shown as forbidden
    overflow: bool = False


class CalendarGrid(QWidget):
    """The painted grid. Holds the period shown, the entries and the plan days.

    Rectangles returned by `entry_rect` and `day_rect` are in this widget's coordinates.
    """

    entry_activated = Signal(object)  # post_id
    day_activated = Signal(object)  # datetime.date
    reschedule_requested = Signal(object, object)  # post_id, datetime.date
    range_changed = Signal(object, object)  # first and last date shown
    content_changed = Signal()  # entries, plan days or limits changed (legend, title)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(7 * 72, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Content calendar"))
        self._today_override = today
        today = self.today()
        self._mode = CalendarMode.MONTH
        self._anchor = today
        self._selected = today
        self._entries: list[EntryLike] = []
        self._by_day: dict[dt.date, list[EntryLike]] = {}
        self._plan_by_day: dict[dt.date, list[PlanDay]] = {}
        self._max_per_day = DEFAULT_MAX_PER_DAY
        self._status_colours: dict[str, str] = {str(k): v for k, v in STATUS_COLOURS.items()}
        self._status_labels: dict[str, str] = {}
        self._cells: list[_Cell] | None = None
        self._chip_of: dict[int | str, _Chip] = {}
        self._press: _Press | None = None
        self._drop_day: dt.date | None = None
        self._drag_pos: QPoint | None = None

    # -- data -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today_override or dt.date.today()

    def set_entries(self, entries: Iterable[EntryLike]) -> None:
        """Replace every entry; entries outside the range shown are kept for later pages."""
        self._entries = list(entries)
        by_day: dict[dt.date, list[EntryLike]] = {}
        for entry in self._entries:
            by_day.setdefault(entry.when.date(), []).append(entry)
        for day_entries in by_day.values():
            day_entries.sort(key=lambda e: (e.when, e.title.casefold()))
        self._by_day = by_day
        self._changed()

    def entries(self) -> list[EntryLike]:
        return list(self._entries)

    def set_plan_days(self, days: Iterable[PlanDay]) -> None:
        by_day: dict[dt.date, list[PlanDay]] = {}
        for day in days:
            by_day.setdefault(day.date, []).append(day)
        for plan in by_day.values():
            plan.sort(key=lambda d: KIND_PRIORITY[d.kind])
        self._plan_by_day = by_day
        self._changed()

    def set_max_per_day(self, count: int) -> None:
        """More than `count` entries on a day marks it as overloaded."""
        self._max_per_day = max(0, int(count))
        self._changed()

    def max_per_day(self) -> int:
        return self._max_per_day

    def set_status_colours(
        self, colours: Mapping[str, str], labels: Mapping[str, str] | None = None
    ) -> None:
        """Colours (and shown names) for statuses other than the post statuses, e.g. the
        coordinator's "valid"/"tampered"; added to the post status colours."""
        self._status_colours.update({str(k): v for k, v in colours.items()})
        if labels:
            self._status_labels.update({str(k): v for k, v in labels.items()})
        self._changed()

    def status_colour(self, status: str) -> QColor:
        return QColor(self._status_colours.get(str(status), NEUTRAL_STATUS))

    def status_label(self, status: str) -> str:
        status = str(status)
        if status in self._status_labels:
            return self._status_labels[status]
        try:
            return tr_status(Status(status))
        except ValueError:
            return status

    def entries_on(self, day: dt.date) -> list[EntryLike]:
        """The entries planned on `day`, by time."""
        return list(self._by_day.get(day, ()))

    def plan_days_on(self, day: dt.date) -> list[PlanDay]:
        """The plan days (holidays, joint leave, commemorations, themes) on `day`."""
        return list(self._plan_by_day.get(day, ()))

    def is_overloaded(self, day: dt.date) -> bool:
        return len(self._by_day.get(day, ())) > self._max_per_day

    def is_gap(self, day: dt.date) -> bool:
        """A weekday of the period shown (the month, or the week) with nothing planned."""
        return day.weekday() < 5 and self._in_period(day) and not self._by_day.get(day)

    def statuses_shown(self) -> list[str]:
        """Statuses of the entries in the range shown: post statuses first, in their order."""
        first, last = self.visible_range()
        found = {
            str(e.status)
            for day, entries in self._by_day.items()
            if first <= day <= last
            for e in entries
        }
        order = [s.value for s in Status]
        return sorted(found, key=lambda s: (order.index(s) if s in order else len(order), s))

    # -- the period shown -------------------------------------------------------------------

    def mode(self) -> CalendarMode:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self._show(self._selected, self._selected, CalendarMode(mode))

    def set_month(self, year: int, month: int) -> None:
        first = dt.date(year, month, 1)
        today = self.today()
        selected = today if (today.year, today.month) == (year, month) else first
        self._show(first, selected, self._mode)

    def go_today(self) -> None:
        today = self.today()
        self._show(today, today, self._mode)

    def go_to(self, day: dt.date) -> None:
        """Show the page holding `day` and select it."""
        self._show(day, day, self._mode)

    def next_page(self) -> None:
        self._turn(1)

    def previous_page(self) -> None:
        self._turn(-1)

    def _turn(self, step: int) -> None:
        if self._mode == CalendarMode.MONTH:
            anchor = add_months(self._anchor.replace(day=1), step)
            today = self.today()
            if (today.year, today.month) == (anchor.year, anchor.month):
                selected = today
            else:
                selected = add_months(self._selected, step)
                if (selected.year, selected.month) != (anchor.year, anchor.month):
                    selected = anchor
        else:
            anchor = self._anchor + dt.timedelta(weeks=step)
            selected = self._selected + dt.timedelta(weeks=step)
        self._show(anchor, selected, self._mode)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last date drawn (42 days in a month grid, 7 in a week)."""
        if self._mode == CalendarMode.MONTH:
            first = month_grid_start(self._anchor.year, self._anchor.month)
            return first, first + dt.timedelta(days=41)
        first = week_start(self._anchor)
        return first, first + dt.timedelta(days=6)

    def shown_month(self) -> tuple[int, int]:
        return self._anchor.year, self._anchor.month

    def selected_date(self) -> dt.date:
        return self._selected

    def select(self, day: dt.date) -> None:
        """Select `day`, turning the page when it is outside the period shown."""
        if self._in_period(day):
            self._set_selected(day)
        else:
            self._show(day, day, self._mode)

    def _set_selected(self, day: dt.date) -> None:
        """The painted grid has no items a screen reader could read: describe the day."""
        self._selected = day
        self.setAccessibleDescription(self.day_tooltip(day))
        self.update()

    def _in_period(self, day: dt.date) -> bool:
        if self._mode == CalendarMode.MONTH:
            return (day.year, day.month) == (self._anchor.year, self._anchor.month)
        return week_start(day) == week_start(self._anchor)

    def _show(self, anchor: dt.date, selected: dt.date, mode: CalendarMode) -> None:
        before = self.visible_range()
        self._mode, self._anchor = mode, anchor
        self._cancel_drag()
        self._changed(content=False)
        self._set_selected(selected)
        after = self.visible_range()
        if after != before:
            self.range_changed.emit(*after)
        self.content_changed.emit()

    def _changed(self, content: bool = True) -> None:
        self._cells = None
        self.update()
        if content:
            self.setAccessibleDescription(self.day_tooltip(self._selected))
            self.content_changed.emit()

    # -- names from the locale of the current language --------------------------------------

    def day_names(self, long: bool = False) -> list[str]:
        """Monday to Sunday, in the current app language (QLocale default)."""
        kind = _LONG if long else _SHORT
        locale = _locale()
        return [locale.dayName(i, kind) for i in range(1, 8)]

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
        label = prefix + (entry.title or self.tr("(untitled)"))
        return _Chip(entry, rect, time, sfm.elidedText(label, _ELIDE, text_w))

    def _week_chip(
        self, entry: EntryLike, inner: QRect, sfm: QFontMetrics, bfm: QFontMetrics
    ) -> _Chip:
        """Time with the agency (or the status), then the title on up to two lines."""
        time = _time(entry)
        width = inner.width() - 10
        detail_w = max(width - bfm.horizontalAdvance(time + " "), 0)
        detail = sfm.elidedText(_agency(entry) or self.status_label(entry.status), _ELIDE, detail_w)
        title = _two_lines(entry.title or self.tr("(untitled)"), max(width, 0), sfm)
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
                self.tr("+{count} more").format(count=cell.hidden),
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        day = self.day_at(pos)
        if day is None:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_selected(day)
        chip = self._chip_at(pos)
        overflow = self._overflow_at(pos) is not None
        self._press = _Press(chip.entry if chip else None, day, pos, overflow=overflow)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        press = self._press
        if press is None or press.entry is None:
            self._hover_cursor(pos)
            return
        moved = (pos - press.pos).manhattanLength() >= QApplication.startDragDistance()
        if not press.dragging and not press.refused and moved:
            if _movable(press.entry):
                press.dragging = True
            else:
                press.refused = True
                self.setCursor(Qt.CursorShape.ForbiddenCursor)
        if press.dragging:
            target = self.day_at(pos)
            self._drop_day = target if target is not None and target != press.origin else None
            self._drag_pos = pos
            shape = Qt.CursorShape.ClosedHandCursor if target else Qt.CursorShape.ForbiddenCursor
            self.setCursor(shape)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        self._cancel_drag()
        if press.dragging and press.entry is not None:
            target = self.day_at(pos)
            if target is not None and target != press.origin:
                self.reschedule_requested.emit(press.entry.post_id, target)
        elif press.entry is not None and not press.refused:
            if self._chip_at(pos) is not None:
                self.entry_activated.emit(press.entry.post_id)
        elif press.overflow and self._mode == CalendarMode.MONTH:
            cell = self._overflow_at(pos)
            if cell is not None:  # "+N more" opens the week, where entries have room
                self._show(cell.day, cell.day, CalendarMode.WEEK)
        self._hover_cursor(pos)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        day = self.day_at(pos)
        if day is None:
            return
        self._set_selected(day)
        if self._chip_at(pos) is None and self._overflow_at(pos) is None:
            self.day_activated.emit(day)

    def _hover_cursor(self, pos: QPoint) -> None:
        chip = self._chip_at(pos)
        if chip is not None:
            movable = _movable(chip.entry)
            self.setCursor(
                Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.PointingHandCursor
            )
        elif self._overflow_at(pos) is not None and self._mode == CalendarMode.MONTH:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _cancel_drag(self) -> None:
        if self._press is not None or self._drop_day is not None:
            self._press = None
            self._drop_day = None
            self._drag_pos = None
            self.unsetCursor()
            self.update()

    def is_dragging(self) -> bool:
        return self._press is not None and self._press.dragging

    def drop_day(self) -> dt.date | None:
        """The day highlighted as the drop target during a drag."""
        return self._drop_day

    # -- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps:
            self.select(self._selected + dt.timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_Home:
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entries = self._by_day.get(self._selected)
            if entries:
                self.entry_activated.emit(entries[0].post_id)
            else:
                self.day_activated.emit(self._selected)
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._cancel_drag()
        else:
            super().keyPressEvent(event)

    # -- tooltips and other events ----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPoint) -> str:
        chip = self._chip_at(pos)
        if chip is not None:
            return self.entry_tooltip(chip.entry)
        cell = self._overflow_at(pos)
        if cell is not None:
            return self._list_tooltip(cell.day)
        day = self.day_at(pos)
        return self.day_tooltip(day) if day is not None else ""

    def entry_tooltip(self, entry: EntryLike) -> str:
        lines = [
            entry.title or self.tr("(untitled)"),
            self.tr("Status: {status}").format(status=self.status_label(entry.status)),
            self.tr("Planned: {when}").format(when=entry.when.strftime("%d-%m-%Y %H:%M")),
        ]
        if _agency(entry):
            lines.append(self.tr("Agency: {agency}").format(agency=_agency(entry)))
        if _movable(entry):
            lines.append(self.tr("Drag to another day to reschedule."))
        return "\n".join(lines)

    def _list_tooltip(self, day: dt.date) -> str:
        entries = self._by_day.get(day, [])
        lines = [self._long_date(day)]
        for entry in entries[:TOOLTIP_MAX_LINES]:
            agency = f"{_agency(entry)} · " if _agency(entry) else ""
            lines.append(f"{_time(entry)}  {agency}{entry.title or self.tr('(untitled)')}")
        if len(entries) > TOOLTIP_MAX_LINES:
            lines.append(self.tr("+{count} more").format(count=len(entries) - TOOLTIP_MAX_LINES))
        return "\n".join(lines)

    def day_tooltip(self, day: dt.date) -> str:
        lines = [self._long_date(day)]
        for plan_day in self._plan_by_day.get(day, []):
            lines.append(f"{plan_day.name} ({self.kind_label(plan_day.kind)})")
        count = len(self._by_day.get(day, ()))
        if count:
            lines.append(self.tr("Posts planned: {count}").format(count=count))
        if self.is_overloaded(day):
            lines.append(self.tr("Too many posts on one day"))
        if self.is_gap(day):
            lines.append(self.tr("No post planned on this weekday"))
        return "\n".join(lines)

    def kind_label(self, kind: DayKind) -> str:
        labels = {
            DayKind.HOLIDAY: self.tr("public holiday"),
            DayKind.JOINT_LEAVE: self.tr("joint leave"),
            DayKind.COMMEMORATION: self.tr("commemoration day"),
            DayKind.REGIONAL: self.tr("regional day"),
            DayKind.THEME: self.tr("weekly theme"),
        }
        return labels[kind]

    @staticmethod
    def _long_date(day: dt.date) -> str:
        return _locale().toString(_qdate(day), _LONG)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cells = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.PaletteChange,
        ):
            self._cells = None
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(960, 640)


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


class CalendarView(QWidget):
    """The content calendar: header (‹ › Today, title, Month/Week), the grid, a legend.

    Signals carry plain Python values: `entry_activated(post_id)`,
    `day_activated(date)`, `reschedule_requested(post_id, date)` (the caller keeps the
    time of day and saves) and `range_changed(first, last)` (load data for the range).
    """

    entry_activated = Signal(object)
    day_activated = Signal(object)
    reschedule_requested = Signal(object, object)
    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_view")
        self.grid = CalendarGrid(self, today=today)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("calendar_previous")
        self.previous_button.setText("‹")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("calendar_next")
        self.next_button.setText("›")
        for button in (self.previous_button, self.next_button):
            button.setMinimumWidth(30)
            font = button.font()
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.3)
            button.setFont(font)
            button.setAutoRaise(True)
        self.today_button = QToolButton(self)
        self.today_button.setObjectName("calendar_today")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("calendar_title")
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.25)
        self.title_label.setFont(title_font)
        self.month_button = QToolButton(self)
        self.month_button.setObjectName("calendar_month_mode")
        self.week_button = QToolButton(self)
        self.week_button.setObjectName("calendar_week_mode")
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        self.legend = _Legend(self.grid, self)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        header.addWidget(self.today_button)
        header.addSpacing(8)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.month_button)
        header.addWidget(self.week_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.today_button.clicked.connect(self.go_today)
        self.month_button.clicked.connect(lambda: self.set_mode(CalendarMode.MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(CalendarMode.WEEK))
        self.grid.entry_activated.connect(self.entry_activated)
        self.grid.day_activated.connect(self.day_activated)
        self.grid.reschedule_requested.connect(self.reschedule_requested)
        self.grid.range_changed.connect(self.range_changed)
        self.grid.content_changed.connect(self._refresh)
        self._retranslate()

    # -- the public API, delegated to the grid ----------------------------------------------

    def set_entries(self, entries: Iterable[EntryLike]) -> None:
        self.grid.set_entries(entries)

    def set_plan_days(self, days: Iterable[PlanDay]) -> None:
        self.grid.set_plan_days(days)

    def set_max_per_day(self, count: int) -> None:
        self.grid.set_max_per_day(count)

    def set_status_colours(
        self, colours: Mapping[str, str], labels: Mapping[str, str] | None = None
    ) -> None:
        self.grid.set_status_colours(colours, labels)

    def set_month(self, year: int, month: int) -> None:
        self.grid.set_month(year, month)

    def set_mode(self, mode: str) -> None:
        self.grid.set_mode(mode)

    def mode(self) -> CalendarMode:
        return self.grid.mode()

    def go_today(self) -> None:
        self.grid.go_today()

    def go_to(self, day: dt.date) -> None:
        self.grid.go_to(day)

    def next_page(self) -> None:
        self.grid.next_page()

    def previous_page(self) -> None:
        self.grid.previous_page()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self.grid.visible_range()

    def entries_on(self, day: dt.date) -> list[EntryLike]:
        return self.grid.entries_on(day)

    def plan_days_on(self, day: dt.date) -> list[PlanDay]:
        return self.grid.plan_days_on(day)

    def is_overloaded(self, day: dt.date) -> bool:
        return self.grid.is_overloaded(day)

    def is_gap(self, day: dt.date) -> bool:
        return self.grid.is_gap(day)

    def entry_rect(self, post_id: int | str) -> QRect | None:
        """In `self.grid`'s coordinates."""
        return self.grid.entry_rect(post_id)

    def day_rect(self, day: dt.date) -> QRect | None:
        """In `self.grid`'s coordinates."""
        return self.grid.day_rect(day)

    def title(self) -> str:
        return self.title_label.text()

    # -- header -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        week = self.grid.mode() == CalendarMode.WEEK
        self.month_button.setChecked(not week)
        self.week_button.setChecked(week)
        self.title_label.setText(self._title_text())
        self.previous_button.setToolTip(
            self.tr("Previous week (Page Up)") if week else self.tr("Previous month (Page Up)")
        )
        self.next_button.setToolTip(
            self.tr("Next week (Page Down)") if week else self.tr("Next month (Page Down)")
        )
        self.previous_button.setAccessibleName(self.previous_button.toolTip())
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.legend.refresh()

    def _title_text(self) -> str:
        locale = _locale()
        if self.grid.mode() == CalendarMode.MONTH:
            year, month = self.grid.shown_month()
            return f"{locale.standaloneMonthName(month)} {year}"
        first, last = self.grid.visible_range()
        if first.year != last.year:
            return "{} – {}".format(
                locale.toString(_qdate(first), "d MMMM yyyy"),
                locale.toString(_qdate(last), "d MMMM yyyy"),
            )
        if first.month != last.month:
            return "{} – {} {}".format(
                locale.toString(_qdate(first), "d MMMM"),
                locale.toString(_qdate(last), "d MMMM"),
                last.year,
            )
        return f"{first.day}–{last.day} {locale.monthName(last.month)} {last.year}"

    def _retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Show today (Home)"))
        self.month_button.setText(self.tr("Month"))
        self.week_button.setText(self.tr("Week"))
        self.grid.setAccessibleName(self.tr("Content calendar"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # install_language sets the default QLocale after the translator: wait for it.
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)


# -- small helpers -----------------------------------------------------------------------------


def _locale() -> QLocale:
    """The default locale, which `install_language` sets to the app language."""
    return QLocale()


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def _plan_colour(kind: DayKind) -> QColor:
    if kind in (DayKind.HOLIDAY, DayKind.JOINT_LEAVE):
        return QColor(HOLIDAY_RED)
    if kind in (DayKind.COMMEMORATION, DayKind.REGIONAL):
        return QColor(ACCENT)
    return QColor(THEME_GREY)


def _two_lines(text: str, width: int, fm: QFontMetrics) -> str:
    """`text` broken at a space onto two lines at most, the second elided."""
    if fm.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if fm.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[count:])
            break
    if not first:  # one long word: elide it on one line
        return fm.elidedText(text, _ELIDE, width)
    return first + "\n" + fm.elidedText(rest, _ELIDE, width) if rest else first
