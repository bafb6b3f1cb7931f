"""Days worth planning a post for: holidays, joint leave, commemorations, regional days, themes.

Admins plan greetings ("Ucapan Hari Besar") and themed posts ahead, so the
planner needs one sorted list of the days in a period. Public holidays and joint
leave days (cuti bersama) come from the `holidays` library, which follows the
government's yearly decree (SKB); national commemoration days and the default
weekly themes ship as versioned JSON under resources/calendar so the coordinator
can correct them without a new release; regional days (a city's anniversary, a
one-off event) come from the caller.

Data files are validated strictly: a broken file is refused with a message the
coordinator can act on, rather than quietly dropping days from the plan.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeGuard

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError

TR_CONTEXT = "Calendar"

COMMEMORATIONS_FORMAT = "medsos-commemorations"
WEEKLY_THEMES_FORMAT = "medsos-weekly-themes"
SUPPORTED_VERSION = 1
MAX_JSON_BYTES = 1024 * 1024

SOURCE_HOLIDAYS = "holidays"
SOURCE_NATIONAL = "nasional"
SOURCE_REGIONAL = "daerah"
SOURCE_COORDINATOR = "koordinator"
SOURCE_THEME = "tema"

COMMEMORATIONS_FILE = "commemorations.json"
WEEKLY_THEMES_FILE = "weekly_themes.json"


class DayKind(StrEnum):
    """What a planned day is; the order of the members is the display order on one date."""

    HOLIDAY = "holiday"
    JOINT_LEAVE = "joint_leave"  # cuti bersama
    COMMEMORATION = "commemoration"
    REGIONAL = "regional"
    THEME = "theme"


KIND_PRIORITY: dict[DayKind, int] = {kind: rank for rank, kind in enumerate(DayKind)}


@dataclass(frozen=True)
class PlanDay:
    """One day in the plan.

    `key` names the recurring day across years ("holiday.hari-raya-natal",
    "commemoration.hari-kartini", "theme.0"), so (date, key) identifies one
    occurrence, e.g. to remember that its reminder was dismissed.
    """

    date: dt.date
    name: str  # Indonesian, as shown to the admin
    kind: DayKind
    source: str  # SOURCE_* or whatever the caller gave a regional day
    greeting: bool  # whether an "Ucapan Hari Besar" greeting post fits the day
    key: str | None = None


@dataclass(frozen=True)
class Commemoration:
    """A commemoration day on a fixed date every year, as read from commemorations.json."""

    key: str
    name: str
    month: int
    day: int
    greeting: bool = True
    since: int | None = None  # first year it is observed; None = every year


# --- messages (English source text, extracted by lupdate) ---------------------------------

_MSG_REGIONAL_NAME = QT_TRANSLATE_NOOP("Calendar", "A regional day needs a name.")
_MSG_REGIONAL_DATE = QT_TRANSLATE_NOOP(
    "Calendar",
    "“{name}”: day {day} of month {month} is not a date. Check the day and the month.",
)
_MSG_REGIONAL_DATE_YEAR = QT_TRANSLATE_NOOP(
    "Calendar",
    "“{name}”: {day}-{month}-{year} is not a date. Check the day, the month and the year.",
)
_MSG_FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Calendar", "The calendar file {file} cannot be read: {error}"
)
_MSG_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Calendar",
    "The calendar file {file} is larger than {limit} KB; it is not a calendar file of this app.",
)
_MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "Calendar",
    "The calendar file {file} is not valid JSON (line {line}, column {column}). "
    "Correct it in a text editor or ask the coordinator for a new copy.",
)
_MSG_WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "Calendar",
    "The file {file} is not a calendar file of the expected kind: "
    "its “format” must be “{expected}”.",
)
_MSG_WRONG_VERSION = QT_TRANSLATE_NOOP(
    "Calendar",
    "The calendar file {file} has version {version}, but this app reads version {supported}. "
    "Update the app or ask the coordinator for a file of version {supported}.",
)
_MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Calendar",
    "The calendar file {file} has an unknown field “{field}”. Check its spelling.",
)
_MSG_BAD_FIELD = QT_TRANSLATE_NOOP(
    "Calendar",
    "The calendar file {file} has no valid “{field}”.",
)
_MSG_ENTRY_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file} has an unknown field “{field}”. Check its spelling.",
)
_MSG_ENTRY_BAD_FIELD = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file} has no valid “{field}”.",
)
_MSG_ENTRY_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file} is not a JSON object with named fields.",
)
_MSG_ENTRY_BAD_DATE = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file}: day {day} of month {month} is not a date.",
)
_MSG_ENTRY_DUPLICATE = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file} repeats “{value}”; each must appear only once.",
)
_MSG_ENTRY_BAD_WEEKDAY = QT_TRANSLATE_NOOP(
    "Calendar",
    "Entry {index} of the calendar file {file} names weekday {weekday}; "
    "weekdays are numbered 0 (Monday) to 6 (Sunday).",
)

# --- bundled data ------------------------------------------------------------------------


def calendar_resource_dir() -> Path:
    """resources/calendar of this copy of the app.

    Mirrors `medsos_desktop.paths.bundled("resources")` (frozen bundle, installed
    wheel, source tree), which the domain layer may not import.
    """
    package = Path(__file__).resolve().parent.parent
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots += [package, package.parent]
    for root in roots:
        candidate = root / "resources"
        if candidate.is_dir():
            return candidate / "calendar"
    raise FileNotFoundError("bundled folder 'resources' not found")


@functools.cache
def default_commemorations() -> tuple[Commemoration, ...]:
    """The commemoration days shipped with the app (read once)."""
    return load_commemorations(calendar_resource_dir() / COMMEMORATIONS_FILE)


@functools.cache
def default_weekly_themes() -> Mapping[int, str]:
    """The weekly themes shipped with the app (read once; read-only)."""
    return MappingProxyType(load_weekly_themes(calendar_resource_dir() / WEEKLY_THEMES_FILE))


# --- loading and validating the JSON files ------------------------------------------------


def load_commemorations(path: str | Path) -> tuple[Commemoration, ...]:
    """Read and validate a commemorations.json file; any problem raises UserFacingError."""
    path = Path(path)
    return parse_commemorations(_read(path), str(path))


def load_weekly_themes(path: str | Path) -> dict[int, str]:
    """Read and validate a weekly_themes.json file: weekday (0 = Monday) -> theme name."""
    path = Path(path)
    return parse_weekly_themes(_read(path), str(path))


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise UserFacingError(
                TR_CONTEXT, _MSG_FILE_TOO_LARGE, file=str(path), limit=MAX_JSON_BYTES // 1024
            )
        return path.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            TR_CONTEXT, _MSG_FILE_UNREADABLE, file=str(path), error=exc.strerror or str(exc)
        ) from exc


def parse_commemorations(
    data: bytes | str, file: str = COMMEMORATIONS_FILE
) -> tuple[Commemoration, ...]:
    """Validate the text of a commemorations file (see resources/calendar/commemorations.json)."""
    days = _envelope(data, file, COMMEMORATIONS_FORMAT, "days")
    out: list[Commemoration] = []
    seen_keys: set[str] = set()
    seen_days: set[tuple[int, int, str]] = set()
    allowed = {"key", "name", "month", "day", "greeting", "since"}
    for index, entry in enumerate(days, start=1):
        entry = _entry_object(entry, index, file, allowed)
        name = _entry_text(entry, "name", index, file)
        month = _entry_int(entry, "month", index, file, 1, 12)
        day = _entry_int(entry, "day", index, file, 1, 31)
        if not _valid_month_day(month, day):
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_BAD_DATE, index=index, file=file, day=day, month=month
            )
        key = _entry_text(entry, "key", index, file) if "key" in entry else _slug(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", key):
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_BAD_FIELD, index=index, file=file, field="key"
            )
        greeting = entry.get("greeting", True)
        if not isinstance(greeting, bool):
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_BAD_FIELD, index=index, file=file, field="greeting"
            )
        since = _entry_int(entry, "since", index, file, 1, 9999) if "since" in entry else None
        if key in seen_keys:
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_DUPLICATE, index=index, file=file, value=key
            )
        same_day = (month, day, _normalize_name(name))
        if same_day in seen_days:
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_DUPLICATE, index=index, file=file, value=name
            )
        seen_keys.add(key)
        seen_days.add(same_day)
        out.append(Commemoration(key, name, month, day, greeting, since))
    return tuple(out)


def parse_weekly_themes(data: bytes | str, file: str = WEEKLY_THEMES_FILE) -> dict[int, str]:
    """Validate the text of a weekly themes file (see resources/calendar/weekly_themes.json)."""
    themes = _envelope(data, file, WEEKLY_THEMES_FORMAT, "themes")
    out: dict[int, str] = {}
    for index, entry in enumerate(themes, start=1):
        entry = _entry_object(entry, index, file, {"weekday", "name"})
        weekday = entry.get("weekday")
        if not _is_int(weekday):
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_BAD_FIELD, index=index, file=file, field="weekday"
            )
        if not 0 <= weekday <= 6:
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_BAD_WEEKDAY, index=index, file=file, weekday=weekday
            )
        name = _entry_text(entry, "name", index, file)
        if weekday in out:
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_DUPLICATE, index=index, file=file, value=str(weekday)
            )
        out[weekday] = name
    return dict(sorted(out.items()))


def _envelope(data: bytes | str, file: str, expected_format: str, list_field: str) -> list[Any]:
    """Check the common frame of both files and return the list of entries."""
    if len(data) > MAX_JSON_BYTES:
        raise UserFacingError(
            TR_CONTEXT, _MSG_FILE_TOO_LARGE, file=file, limit=MAX_JSON_BYTES // 1024
        )
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        document = json.loads(text)
    except UnicodeDecodeError as exc:
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_JSON, file=file, line=1, column=1) from exc
    except json.JSONDecodeError as exc:
        raise UserFacingError(
            TR_CONTEXT, _MSG_NOT_JSON, file=file, line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_JSON, file=file, line=1, column=1) from exc
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise UserFacingError(TR_CONTEXT, _MSG_WRONG_FORMAT, file=file, expected=expected_format)
    version = document.get("version")
    if not _is_int(version):
        raise UserFacingError(TR_CONTEXT, _MSG_BAD_FIELD, file=file, field="version")
    if version != SUPPORTED_VERSION:
        raise UserFacingError(
            TR_CONTEXT,
            _MSG_WRONG_VERSION,
            file=file,
            version=version,
            supported=SUPPORTED_VERSION,
        )
    for field in document:
        if field not in {"format", "version", "description", list_field}:
            raise UserFacingError(TR_CONTEXT, _MSG_UNKNOWN_FIELD, file=file, field=field)
    if "description" in document and not isinstance(document["description"], str):
        raise UserFacingError(TR_CONTEXT, _MSG_BAD_FIELD, file=file, field="description")
    entries = document.get(list_field)
    if not isinstance(entries, list):
        raise UserFacingError(TR_CONTEXT, _MSG_BAD_FIELD, file=file, field=list_field)
    return entries


def _entry_object(entry: object, index: int, file: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise UserFacingError(TR_CONTEXT, _MSG_ENTRY_NOT_OBJECT, index=index, file=file)
    for field in entry:
        if field not in allowed:
            raise UserFacingError(
                TR_CONTEXT, _MSG_ENTRY_UNKNOWN_FIELD, index=index, file=file, field=field
            )
    return entry


def _entry_text(entry: Mapping[str, Any], field: str, index: int, file: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise UserFacingError(TR_CONTEXT, _MSG_ENTRY_BAD_FIELD, index=index, file=file, field=field)
    return " ".join(value.split())


def _entry_int(
    entry: Mapping[str, Any], field: str, index: int, file: str, low: int, high: int
) -> int:
    value = entry.get(field)
    if not _is_int(value) or not low <= value <= high:
        raise UserFacingError(TR_CONTEXT, _MSG_ENTRY_BAD_FIELD, index=index, file=file, field=field)
    return value


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_month_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year, so 29 February is allowed
    except ValueError:
        return False
    return True


# --- regional days --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionalDay:
    """A day the admin or the coordinator adds: every year (`year` None) or once.

    A yearly 29 February falls on 28 February in common years, so it is never missed.
    """

    name: str
    month: int
    day: int
    year: int | None = None
    source: str = SOURCE_REGIONAL
    greeting: bool = True
    key: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UserFacingError(TR_CONTEXT, _MSG_REGIONAL_NAME)
        if self.year is None:
            if not _valid_month_day(self.month, self.day):
                raise UserFacingError(
                    TR_CONTEXT, _MSG_REGIONAL_DATE, name=self.name, day=self.day, month=self.month
                )
            return
        try:
            dt.date(self.year, self.month, self.day)
        except (ValueError, OverflowError) as exc:
            raise UserFacingError(
                TR_CONTEXT,
                _MSG_REGIONAL_DATE_YEAR,
                name=self.name,
                day=self.day,
                month=self.month,
                year=self.year,
            ) from exc

    def occurrence(self, year: int) -> dt.date | None:
        """The date in `year`, or None for a one-off day of another year."""
        if self.year is not None:
            return dt.date(self.year, self.month, self.day) if self.year == year else None
        return _fixed_date(year, self.month, self.day)


# --- the plan -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def holidays_for_year(year: int) -> tuple[PlanDay, ...]:
    """Public holidays and joint leave days of one year, as the `holidays` library knows them.

    Years the library does not cover give an empty tuple. Estimated dates of the
    lunar holidays keep the library's "(perkiraan)" in their name.
    """
    import holidays  # slow to import; only the planner needs it

    calendar = holidays.country_holidays(
        "ID", years=year, categories=("public", "government"), language="id"
    )
    out: list[PlanDay] = []
    for day in sorted(calendar):
        for name in calendar.get_list(day):
            joint = name.casefold().startswith("cuti bersama")
            kind = DayKind.JOINT_LEAVE if joint else DayKind.HOLIDAY
            stem = re.sub(r"\s*\(perkiraan\)\s*$", "", name, flags=re.IGNORECASE)
            out.append(
                PlanDay(
                    date=day,
                    name=name,
                    kind=kind,
                    source=SOURCE_HOLIDAYS,
                    greeting=not joint,
                    key=f"{kind.value}.{_slug(stem)}",
                )
            )
    return tuple(out)


def commemorations_in_year(
    year: int, commemorations: Iterable[Commemoration] | None = None
) -> list[PlanDay]:
    """The commemoration days of one year (any year: their dates are fixed)."""
    source = default_commemorations() if commemorations is None else commemorations
    out = []
    for item in source:
        if item.since is not None and year < item.since:
            continue
        out.append(
            PlanDay(
                date=_fixed_date(year, item.month, item.day),
                name=item.name,
                kind=DayKind.COMMEMORATION,
                source=SOURCE_NATIONAL,
                greeting=item.greeting,
                key=f"{DayKind.COMMEMORATION.value}.{item.key}",
            )
        )
    return out


def plan_days(
    start: dt.date,
    end: dt.date,
    regional: Sequence[RegionalDay] = (),
    themes: Mapping[int, str] | None = None,
    include_themes: bool = True,
    *,
    commemorations: Sequence[Commemoration] | None = None,
) -> list[PlanDay]:
    """Every plannable day from `start` to `end` (both included), by date then kind.

    `themes` replaces the bundled weekly themes (weekday 0 = Monday; an empty
    mapping means none); `commemorations` replaces the bundled commemorations.
    A day named twice on one date (same name, or one name continuing the other,
    like "Hari Kemerdekaan" and "Hari Kemerdekaan Republik Indonesia") is shown
    once, as the kind that comes first: a holiday wins over a commemoration.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    if themes is None:
        themes = default_weekly_themes() if include_themes else {}
    _check_themes(themes)
    found: list[PlanDay] = []
    for year in range(start.year, end.year + 1):
        found += holidays_for_year(year)
        found += commemorations_in_year(year, commemorations)
        for regional_day in regional:
            when = regional_day.occurrence(year)
            if when is not None:
                found.append(_regional_plan_day(regional_day, when))
    found = [day for day in found if start <= day.date <= end]
    if include_themes and themes:
        found += _theme_days(start, end, themes)
    found.sort(key=lambda d: (d.date, KIND_PRIORITY[d.kind], d.name.casefold()))
    return _without_repeats(found)


def reminder_date(day: PlanDay, days_ahead: int) -> dt.date:
    """When to remind the admin to prepare the post for `day`."""
    if days_ahead < 0:
        raise ValueError("days_ahead must not be negative")
    return day.date - dt.timedelta(days=days_ahead)


def due_reminders(today: dt.date, days_ahead: int, plan_days: Iterable[PlanDay]) -> list[PlanDay]:
    """Days whose reminder date has come (today or earlier) and that have not passed yet.

    Pass the days worth a reminder, e.g. `plan_days(..., include_themes=False)`;
    the order of the input is kept.
    """
    return [day for day in plan_days if reminder_date(day, days_ahead) <= today <= day.date]


def _regional_plan_day(regional_day: RegionalDay, when: dt.date) -> PlanDay:
    key = regional_day.key or f"{DayKind.REGIONAL.value}.{_slug(regional_day.name)}"
    return PlanDay(
        date=when,
        name=" ".join(regional_day.name.split()),
        kind=DayKind.REGIONAL,
        source=regional_day.source,
        greeting=regional_day.greeting,
        key=key,
    )


def _theme_days(start: dt.date, end: dt.date, themes: Mapping[int, str]) -> list[PlanDay]:
    out = []
    for offset in range((end - start).days + 1):  # no stepping past date.max
        day = start + dt.timedelta(days=offset)
        name = themes.get(day.weekday())
        if name:
            out.append(
                PlanDay(
                    date=day,
                    name=name,
                    kind=DayKind.THEME,
                    source=SOURCE_THEME,
                    greeting=False,
                    key=f"{DayKind.THEME.value}.{day.weekday()}",
                )
            )
    return out


def _check_themes(themes: Mapping[int, str]) -> None:
    for weekday, name in themes.items():
        if not _is_int(weekday) or not 0 <= weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday!r}")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"theme for weekday {weekday} has no name")


def _without_repeats(days: list[PlanDay]) -> list[PlanDay]:
    """Drop a day whose name repeats (or continues) one already kept on the same date."""
    out: list[PlanDay] = []
    kept: dict[dt.date, list[str]] = {}
    for day in days:
        name = _normalize_name(day.name)
        names = kept.setdefault(day.date, [])
        if any(_same_day_name(name, other) for other in names):
            continue
        names.append(name)
        out.append(day)
    return out


def _same_day_name(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _normalize_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "day"


def _fixed_date(year: int, month: int, day: int) -> dt.date:
    """The date in `year`; 29 February moves to the 28th in common years."""
    if month == 2 and day == 29:
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return dt.date(year, month, day)
