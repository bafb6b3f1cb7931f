"""The painted calendar grid: its data, period, mouse and keyboard, and tooltips.

One widget paints every post (no widget per post), so a month of 500 posts stays
smooth; layout and painting live in `geometry` and `painting`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from medsos_desktop.domain.calendar_days import KIND_PRIORITY, DayKind, PlanDay
from medsos_desktop.domain.months import add_months
from medsos_desktop.domain.posts import Status
from medsos_desktop.ui.calendar.model import (
    _LONG,
    _SHORT,
    DEFAULT_MAX_PER_DAY,
    NEUTRAL_STATUS,
    TOOLTIP_MAX_LINES,
    CalendarMode,
    EntryLike,
    _agency,
    _Cell,
    _Chip,
    _locale,
    _movable,
    _Press,
    _qdate,
    _time,
    month_grid_start,
    week_start,
)
from medsos_desktop.ui.calendar.painting import GridPainting
from medsos_desktop.ui.post_list import STATUS_COLOURS, tr_status


class CalendarGrid(GridPainting, QWidget):
    """The painted grid. Holds the period shown, the entries and the plan days.

    Rectangles returned by `entry_rect` and `day_rect` are in this widget's coordinates.
    """

    # A post id is an int in an agency's calendar and a revision's path (str) in the
    # coordinator's: no one type, so object.
    entry_activated = Signal(object)  # post_id
    day_activated = Signal(dt.date)
    reschedule_requested = Signal(object, dt.date)  # post_id, the day it was dropped on
    range_changed = Signal(dt.date, dt.date)  # first and last date shown
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
