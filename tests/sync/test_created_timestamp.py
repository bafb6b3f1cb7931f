"""`created_ok` accepts exactly the timestamps the former strptime-based check accepted."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from medsos_desktop.sync.format import CREATED_RE, created_ok


def strptime_created_ok(value: object) -> bool:
    """The check as it was before it avoided strptime (the reference)."""
    if not isinstance(value, str) or CREATED_RE.fullmatch(value) is None:
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


EDGES = [
    "2024-02-29T00:00:00Z",  # leap year
    "2023-02-29T00:00:00Z",  # not a leap year
    "2000-02-29T12:00:00Z",  # divisible by 400
    "1900-02-29T12:00:00Z",  # divisible by 100, not by 400
    "2100-02-29T12:00:00Z",
    "2400-02-29T12:00:00Z",
    "0004-02-29T00:00:00Z",
    "2024-02-30T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-12-31T23:59:59Z",
    "2024-12-32T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-00-10T00:00:00Z",
    "2024-01-00T00:00:00Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T23:60:00Z",
    "2024-01-01T23:59:60Z",  # a leap second
    "2016-12-31T23:59:60Z",
    "2024-01-01T23:59:61Z",
    "2024-01-01T23:59:62Z",
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "2024-01-01T00:00:00z",
    "2024-01-01t00:00:00Z",
    "2024-01-01T00:00:00",
    "2024-01-01T00:00:00Z\n",
    " 2024-01-01T00:00:00Z",
    "2024-1-01T00:00:00Z",
    "2024-01-01T0:00:00Z",
    "2024-01-01T00:00:00+00:00",
    "2024-01-01 00:00:00Z",
    "２０２４-01-01T00:00:00Z",  # full-width digits
    "2024-0١-01T00:00:00Z",  # an Arabic-Indic digit
    "",
    "Z",
    None,
    20240101,
    b"2024-01-01T00:00:00Z",
]


@pytest.mark.parametrize("value", EDGES)
def test_edges_agree(value: object) -> None:
    assert created_ok(value) == strptime_created_ok(value)


def test_every_day_of_leap_and_common_years_agrees() -> None:
    for year in (1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9996, 9999):
        for month in range(0, 14):
            for day in range(0, 33):
                value = f"{year:04d}-{month:02d}-{day:02d}T00:00:00Z"
                assert created_ok(value) == strptime_created_ok(value), value


def test_every_time_of_day_agrees() -> None:
    for hour in range(0, 26):
        for minute in (0, 1, 59, 60, 61, 99):
            for second in (0, 30, 59, 60, 61, 62, 99):
                value = f"2024-06-15T{hour:02d}:{minute:02d}:{second:02d}Z"
                assert created_ok(value) == strptime_created_ok(value), value


def test_random_strings_agree() -> None:
    rng = random.Random(20240229)
    for _ in range(20_000):
        value = (
            f"{rng.randint(0, 9999):04d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
            f"T{rng.randint(0, 99):02d}:{rng.randint(0, 99):02d}:{rng.randint(0, 99):02d}Z"
        )
        assert created_ok(value) == strptime_created_ok(value), value
    characters = "0123456789-:TZtz +"
    for _ in range(20_000):
        value = "".join(rng.choice(characters) for _ in range(rng.randint(18, 22)))
        assert created_ok(value) == strptime_created_ok(value), value
