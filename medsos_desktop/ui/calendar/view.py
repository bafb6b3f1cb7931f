"""A content calendar: posts by planned date, a month or a week at a glance.

The grid is one painted widget (no widget per post), so a month of 500 posts stays
smooth. It only shows data and reports what the user asked for (open, reschedule,
start a post on a day); the caller loads and saves. The coordinator reuses it for
the posts of many agencies, so entries are plain data with an optional agency and
statuses the widget does not know get a neutral colour.

The view (header, grid, legend) is here; the grid and its parts are in the modules
next to it, and every name stays importable from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QEvent,
    QRect,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.calendar_days import PlanDay
from medsos_desktop.ui.calendar.grid import CalendarGrid
from medsos_desktop.ui.calendar.legend import _Legend
from medsos_desktop.ui.calendar.model import (
    ACCENT,
    DEFAULT_MAX_PER_DAY,
    GAP_HATCH,
    HOLIDAY_RED,
    NEUTRAL_STATUS,
    OVERLOAD_MARK,
    OVERLOAD_TINT,
    THEME_GREY,
    TOOLTIP_MAX_LINES,
    CalendarEntry,
    CalendarMode,
    EntryLike,
    _locale,
    _qdate,
    month_grid_start,
    week_start,
)

# Every name callers import from here; the grid and its parts live in the modules next to it.
__all__ = [
    "ACCENT",
    "DEFAULT_MAX_PER_DAY",
    "GAP_HATCH",
    "HOLIDAY_RED",
    "NEUTRAL_STATUS",
    "OVERLOAD_MARK",
    "OVERLOAD_TINT",
    "THEME_GREY",
    "TOOLTIP_MAX_LINES",
    "CalendarEntry",
    "CalendarGrid",
    "CalendarMode",
    "CalendarView",
    "EntryLike",
    "month_grid_start",
    "week_start",
]


class CalendarView(QWidget):
    """The content calendar: header (‹ › Today, title, Month/Week), the grid, a legend.

    Signals carry plain Python values: `entry_activated(post_id)`,
    `day_activated(date)`, `reschedule_requested(post_id, date)` (the caller keeps the
    time of day and saves) and `range_changed(first, last)` (load data for the range).
    """

    entry_activated = Signal(object)  # post_id: int or str (see CalendarGrid)
    day_activated = Signal(dt.date)
    reschedule_requested = Signal(object, dt.date)  # post_id, the day it was dropped on
    range_changed = Signal(dt.date, dt.date)  # first and last date shown

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
