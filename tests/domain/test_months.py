"""Month arithmetic, done once for reports, calendars and filters (domain/months.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from medsos_desktop.domain.months import (
    add_months,
    month_bounds,
    month_end,
    month_start,
    next_month,
    previous_month,
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 15), 1, dt.date(2026, 12, 15)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),  # over the year's end
        (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),  # back over it
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),  # clamped to February's end
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2026, 5, 31), 1, dt.date(2026, 6, 30)),
        (dt.date(2026, 6, 10), -18, dt.date(2024, 12, 10)),
        (dt.date(2026, 6, 10), 30, dt.date(2028, 12, 10)),
        (dt.date(2026, 6, 10), 0, dt.date(2026, 6, 10)),
    ],
)
def test_add_months_carries_the_year_and_clamps_the_day(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (dt.date(2026, 11, 17), dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        (dt.date(2026, 12, 31), dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        (dt.date(2028, 2, 29), dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
    ],
)
def test_a_month_starts_on_the_first_and_ends_on_its_last_day(
    day: dt.date, first: dt.date, last: dt.date
) -> None:
    assert month_start(day) == first
    assert month_end(day) == last
    assert month_bounds(day) == (first, last)


def test_every_month_of_a_year_follows_the_one_before_without_a_gap() -> None:
    first = dt.date(2026, 1, 1)
    for _ in range(24):
        following = next_month(first)
        assert month_end(first) + dt.timedelta(days=1) == following
        assert previous_month(following) == first
        first = following
    assert first == dt.date(2028, 1, 1)


def test_bounds_of_a_month_before_or_after() -> None:
    today = dt.date(2026, 1, 20)
    assert month_bounds(today, -1) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert month_bounds(today, 1) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert previous_month(dt.date(2026, 3, 31)) == dt.date(2026, 2, 1)
    assert next_month(dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
