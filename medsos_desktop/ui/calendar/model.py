"""What the content calendar shows: entries, the two modes, the colours it paints with,
and the small cells and chips its layout is made of (no widget here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import (
    QDate,
    QLocale,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
)

from medsos_desktop.domain.calendar_days import DayKind, PlanDay

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
