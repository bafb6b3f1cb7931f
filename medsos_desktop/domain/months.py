"""Calendar months: the one place that carries a month over a year's end.

Reports, the evaluation page, the coordinator's calendar and the post filters all ask the
same questions (which month is before this one, where does it end); they ask here, so
December + 1 and January − 1 are worked out once.
"""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, the day of the month clamped (31 Jan + 1 = 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month0 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_start(day: dt.date) -> dt.date:
    """The first day of `day`'s month."""
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return add_months(month_start(day), 1) - dt.timedelta(days=1)


def month_bounds(day: dt.date, offset: int = 0) -> tuple[dt.date, dt.date]:
    """(first, last) day of the month `offset` months from `day`'s (-1: the one before)."""
    first = add_months(month_start(day), offset)
    return first, month_end(first)


def previous_month(day: dt.date) -> dt.date:
    """The first day of the month before `day`'s."""
    return add_months(month_start(day), -1)


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after `day`'s."""
    return add_months(month_start(day), 1)
