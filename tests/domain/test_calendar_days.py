"""Days to plan for: holidays and cuti bersama on their decreed dates, every commemoration on
its date in any year, regional days and weekly themes, reminders, and refused data files."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.domain import calendar_days
from medsos_desktop.domain.calendar_days import (
    Commemoration,
    DayKind,
    PlanDay,
    RegionalDay,
    calendar_resource_dir,
    default_commemorations,
    default_weekly_themes,
    due_reminders,
    holidays_for_year,
    load_commemorations,
    load_weekly_themes,
    plan_days,
    reminder_date,
)
from medsos_desktop.domain.text import UserFacingError

D = dt.date

# The commemorations the planner must know, with their dates (month, day).
COMMEMORATIONS = {
    "Hari Gizi Nasional": (1, 25),
    "Hari Pers Nasional": (2, 9),
    "Hari Peduli Sampah Nasional": (2, 21),
    "Hari Kartini": (4, 21),
    "Hari Bumi": (4, 22),
    "Hari Otonomi Daerah": (4, 25),
    "Hari Pendidikan Nasional": (5, 2),
    "Hari Kebangkitan Nasional": (5, 20),
    "Hari Lingkungan Hidup Sedunia": (6, 5),
    "Hari Keluarga Nasional": (6, 29),
    "Hari Bhayangkara": (7, 1),
    "Hari Anak Nasional": (7, 23),
    "Hari Pramuka": (8, 14),
    "Hari Olahraga Nasional": (9, 9),
    "Hari Perhubungan Nasional": (9, 17),
    "Hari Tani Nasional": (9, 24),
    "Hari Kesaktian Pancasila": (10, 1),
    "Hari Batik Nasional": (10, 2),
    "Hari TNI": (10, 5),
    "Hari Santri": (10, 22),
    "Hari Sumpah Pemuda": (10, 28),
    "Hari Pahlawan": (11, 10),
    "Hari Kesehatan Nasional": (11, 12),
    "Hari Guru Nasional": (11, 25),
    "Hari Korpri": (11, 29),
    "Hari Disabilitas Internasional": (12, 3),
    "Hari Antikorupsi Sedunia": (12, 9),
    "Hari Ibu": (12, 22),
}
# Also public holidays: shipped as commemorations (for years without the holiday) but shown once.
ALSO_HOLIDAYS = {"Hari Lahir Pancasila": (6, 1), "Hari Kemerdekaan Republik Indonesia": (8, 17)}


def year_days(year: int, **kwargs: object) -> list[PlanDay]:
    return plan_days(D(year, 1, 1), D(year, 12, 31), include_themes=False, **kwargs)  # type: ignore[arg-type]


def on(days: list[PlanDay], when: dt.date) -> list[PlanDay]:
    return [d for d in days if d.date == when]


def names_on(days: list[PlanDay], when: dt.date, kind: DayKind | None = None) -> list[str]:
    return [d.name for d in on(days, when) if kind is None or d.kind == kind]


# --- holidays and cuti bersama ----------------------------------------------------------------


def test_2026_holidays_and_joint_leave_on_decreed_dates() -> None:
    days = year_days(2026)
    holiday, joint = DayKind.HOLIDAY, DayKind.JOINT_LEAVE
    assert names_on(days, D(2026, 3, 21), holiday) == ["Hari Raya Idul Fitri"]
    assert names_on(days, D(2026, 3, 22), holiday) == ["Hari kedua dari Hari Raya Idul Fitri"]
    for day in (20, 23, 24):
        assert names_on(days, D(2026, 3, day), joint) == ["Cuti Bersama Hari Raya Idul Fitri"]
    assert names_on(days, D(2026, 3, 19), holiday) == ["Hari Suci Nyepi"]
    assert names_on(days, D(2026, 5, 31), holiday) == ["Hari Raya Waisak"]
    assert names_on(days, D(2026, 12, 25), holiday) == ["Hari Raya Natal"]
    assert names_on(days, D(2026, 12, 24), joint) == ["Cuti Bersama Hari Raya Natal"]
    assert names_on(days, D(2026, 8, 17), holiday) == ["Hari Kemerdekaan Republik Indonesia"]
    assert names_on(days, D(2026, 1, 1), holiday) == ["Tahun Baru Masehi"]


def test_2027_fixed_holidays_and_idul_fitri_as_the_library_says() -> None:
    days = year_days(2027)
    for month, day, name in (
        (1, 1, "Tahun Baru Masehi"),
        (5, 1, "Hari Buruh Internasional"),
        (6, 1, "Hari Lahir Pancasila"),
        (8, 17, "Hari Kemerdekaan Republik Indonesia"),
        (12, 25, "Hari Raya Natal"),
    ):
        assert names_on(days, D(2027, month, day), DayKind.HOLIDAY) == [name]
    idul_fitri = [
        d for d in days if d.kind == DayKind.HOLIDAY and d.name.startswith("Hari Raya Idul Fitri")
    ]
    assert [d.date for d in idul_fitri] in ([D(2027, 3, 10)], [D(2027, 3, 11)])
    assert idul_fitri[0].key == "holiday.hari-raya-idul-fitri"  # same key with "(perkiraan)"


def test_holiday_fields() -> None:
    natal = next(d for d in holidays_for_year(2026) if d.date == D(2026, 12, 25))
    assert natal == PlanDay(
        date=D(2026, 12, 25),
        name="Hari Raya Natal",
        kind=DayKind.HOLIDAY,
        source="holidays",
        greeting=True,
        key="holiday.hari-raya-natal",
    )
    cuti = next(d for d in holidays_for_year(2026) if d.date == D(2026, 12, 24))
    assert (cuti.kind, cuti.greeting, cuti.key) == (
        DayKind.JOINT_LEAVE,
        False,
        "joint_leave.cuti-bersama-hari-raya-natal",
    )
    assert DayKind.JOINT_LEAVE == "joint_leave"  # plain strings work too


def test_holidays_are_cached_per_year() -> None:
    assert holidays_for_year(2026) is holidays_for_year(2026)


def test_year_outside_the_library_still_has_commemorations() -> None:
    days = year_days(2150)
    assert not [d for d in days if d.source == "holidays"]
    assert names_on(days, D(2150, 4, 21)) == ["Hari Kartini"]
    assert names_on(days, D(2150, 8, 17)) == ["Hari Kemerdekaan Republik Indonesia"]


def test_last_representable_days() -> None:
    days = plan_days(D(9999, 12, 25), D(9999, 12, 31))
    assert days[-1].date == D(9999, 12, 31)


def test_holidays_library_is_imported_only_when_needed() -> None:
    code = (
        "import sys, medsos_desktop.domain.calendar_days as c; "
        "print('holidays' in sys.modules); c.holidays_for_year(2026); "
        "print('holidays' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


# --- commemorations -------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2026, 2027])
def test_every_commemoration_lands_on_its_date(year: int) -> None:
    days = year_days(year)
    for name, (month, day) in COMMEMORATIONS.items():
        found = [d for d in on(days, D(year, month, day)) if d.name == name]
        assert len(found) == 1, (name, year)
        assert found[0].kind == DayKind.COMMEMORATION
        assert found[0].source == "nasional"
    assert len([d for d in days if d.kind == DayKind.COMMEMORATION]) == len(
        default_commemorations()
    ) - len(ALSO_HOLIDAYS)


@pytest.mark.parametrize("year", [2026, 2027])
def test_commemoration_that_is_also_a_holiday_is_shown_once_as_holiday(year: int) -> None:
    days = year_days(year)
    for name, (month, day) in ALSO_HOLIDAYS.items():
        same = [d for d in on(days, D(year, month, day)) if d.name == name]
        assert [d.kind for d in same] == [DayKind.HOLIDAY], name


def test_commemoration_named_shorter_than_the_holiday_is_still_one_day() -> None:
    short = (Commemoration("kemerdekaan", "Hari Kemerdekaan", 8, 17),)
    days = plan_days(D(2026, 8, 17), D(2026, 8, 17), include_themes=False, commemorations=short)
    assert [d.name for d in days] == ["Hari Kemerdekaan Republik Indonesia"]


def test_commemoration_fields_and_greeting_flag() -> None:
    days = year_days(2026)
    kartini = next(d for d in days if d.name == "Hari Kartini")
    assert kartini.key == "commemoration.hari-kartini" and kartini.greeting is True
    aids = next(d for d in days if d.name == "Hari AIDS Sedunia")
    assert aids.greeting is False


def test_commemoration_since_year() -> None:
    santri = (Commemoration("hari-santri", "Hari Santri", 10, 22, since=2015),)
    before = plan_days(D(2014, 1, 1), D(2014, 12, 31), (), {}, commemorations=santri)
    after = plan_days(D(2015, 1, 1), D(2015, 12, 31), (), {}, commemorations=santri)
    assert [d.name for d in before if d.kind == DayKind.COMMEMORATION] == []
    assert [d.date for d in after if d.kind == DayKind.COMMEMORATION] == [D(2015, 10, 22)]


# --- regional days --------------------------------------------------------------------------


def test_regional_yearly_and_one_off_days() -> None:
    regional = [
        RegionalDay("Hari Jadi Kota Sukamaju", 3, 12),
        RegionalDay("Festival Budaya Sukamaju", 7, 4, year=2026, source="koordinator"),
    ]
    days_2026 = plan_days(D(2026, 1, 1), D(2026, 12, 31), regional, include_themes=False)
    days_2027 = plan_days(D(2027, 1, 1), D(2027, 12, 31), regional, include_themes=False)
    jadi = [d for d in days_2026 if d.kind == DayKind.REGIONAL]
    assert jadi == [
        PlanDay(
            D(2026, 3, 12),
            "Hari Jadi Kota Sukamaju",
            DayKind.REGIONAL,
            "daerah",
            True,
            "regional.hari-jadi-kota-sukamaju",
        ),
        PlanDay(
            D(2026, 7, 4),
            "Festival Budaya Sukamaju",
            DayKind.REGIONAL,
            "koordinator",
            True,
            "regional.festival-budaya-sukamaju",
        ),
    ]
    assert [(d.date, d.name) for d in days_2027 if d.kind == DayKind.REGIONAL] == [
        (D(2027, 3, 12), "Hari Jadi Kota Sukamaju")
    ]


def test_regional_days_across_a_year_boundary() -> None:
    regional = [RegionalDay("Hari Jadi Kabupaten", 1, 2, key="daerah.hari-jadi")]
    days = plan_days(D(2026, 12, 30), D(2027, 1, 5), regional, include_themes=False)
    found = [d for d in days if d.kind == DayKind.REGIONAL]
    assert [(d.date, d.key) for d in found] == [(D(2027, 1, 2), "daerah.hari-jadi")]


def test_regional_29_february_in_common_years() -> None:
    leap = RegionalDay("Hari Jadi Desa", 2, 29)
    assert leap.occurrence(2028) == D(2028, 2, 29)
    assert leap.occurrence(2027) == D(2027, 2, 28)


def test_same_regional_day_from_admin_and_coordinator_is_shown_once() -> None:
    regional = [
        RegionalDay("Hari Jadi Kota Sukamaju", 3, 12),
        RegionalDay("Hari  Jadi Kota Sukamaju", 3, 12, source="koordinator"),
    ]
    days = plan_days(D(2026, 3, 12), D(2026, 3, 12), regional, include_themes=False)
    assert [(d.name, d.source) for d in days] == [("Hari Jadi Kota Sukamaju", "daerah")]


def test_regional_day_on_a_holiday_comes_after_it() -> None:
    regional = [RegionalDay("Hari Jadi Kota Sukamaju", 12, 25)]
    days = plan_days(D(2026, 12, 25), D(2026, 12, 25), regional, include_themes=False)
    assert [d.kind for d in days] == [DayKind.HOLIDAY, DayKind.REGIONAL]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": " ", "month": 3, "day": 12}, "A regional day needs a name."),
        ({"name": "Hari Jadi", "month": 2, "day": 30}, "day 30 of month 2 is not a date"),
        ({"name": "Hari Jadi", "month": 13, "day": 1}, "day 1 of month 13 is not a date"),
        ({"name": "Festival", "month": 2, "day": 29, "year": 2027}, "29-2-2027 is not a date"),
    ],
)
def test_invalid_regional_days_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UserFacingError) as caught:
        RegionalDay(**kwargs)  # type: ignore[arg-type]
    assert caught.value.context == "Calendar"
    assert message in caught.value.render()


# --- weekly themes --------------------------------------------------------------------------


def test_default_themes_on_their_weekdays() -> None:
    assert dict(default_weekly_themes()) == {0: "Informasi Publik", 2: "Pariwisata", 4: "Kesehatan"}
    days = plan_days(D(2026, 4, 6), D(2026, 4, 12))  # Monday to Sunday
    themes = [(d.date, d.name) for d in days if d.kind == DayKind.THEME]
    assert themes == [
        (D(2026, 4, 6), "Informasi Publik"),
        (D(2026, 4, 8), "Pariwisata"),
        (D(2026, 4, 10), "Kesehatan"),
    ]
    assert all(d.source == "tema" and not d.greeting for d in days if d.kind == DayKind.THEME)


def test_themes_can_be_replaced_or_left_out() -> None:
    custom = {1: "Layanan Publik", 5: "Wisata Akhir Pekan"}
    days = plan_days(D(2026, 4, 6), D(2026, 4, 12), themes=custom)
    assert [(d.date.weekday(), d.name, d.key) for d in days if d.kind == DayKind.THEME] == [
        (1, "Layanan Publik", "theme.1"),
        (5, "Wisata Akhir Pekan", "theme.5"),
    ]
    assert not [d for d in plan_days(D(2026, 4, 6), D(2026, 4, 12), themes={}) if d.kind == "theme"]
    left_out = plan_days(D(2026, 4, 6), D(2026, 4, 12), themes=custom, include_themes=False)
    assert not [d for d in left_out if d.kind == DayKind.THEME]


def test_theme_on_a_holiday_comes_last_that_day() -> None:
    days = plan_days(D(2026, 6, 1), D(2026, 6, 1))  # Monday, Hari Lahir Pancasila
    assert [(d.kind, d.name) for d in days] == [
        (DayKind.HOLIDAY, "Hari Lahir Pancasila"),
        (DayKind.THEME, "Informasi Publik"),
    ]


@pytest.mark.parametrize("themes", [{7: "Minggu"}, {-1: "X"}, {0: "  "}])
def test_bad_theme_mapping_is_a_programming_error(themes: dict[int, str]) -> None:
    with pytest.raises(ValueError):
        plan_days(D(2026, 1, 1), D(2026, 1, 7), themes=themes)


# --- ordering and range ---------------------------------------------------------------------


def test_sorted_by_date_then_kind_and_within_range() -> None:
    regional = [RegionalDay("Hari Jadi Kota Sukamaju", 3, 22)]
    days = plan_days(D(2026, 3, 18), D(2026, 3, 24), regional)
    assert days[0].date == D(2026, 3, 18) and days[-1].date == D(2026, 3, 24)
    keys = [(d.date, calendar_days.KIND_PRIORITY[d.kind]) for d in days]
    assert keys == sorted(keys)
    assert [(d.kind, d.name) for d in on(days, D(2026, 3, 22))] == [
        (DayKind.HOLIDAY, "Hari kedua dari Hari Raya Idul Fitri"),
        (DayKind.COMMEMORATION, "Hari Air Sedunia"),
        (DayKind.REGIONAL, "Hari Jadi Kota Sukamaju"),
    ]


def test_range_is_inclusive_and_end_before_start_is_refused() -> None:
    assert names_on(plan_days(D(2026, 4, 21), D(2026, 4, 21)), D(2026, 4, 21)) == ["Hari Kartini"]
    with pytest.raises(ValueError):
        plan_days(D(2026, 4, 22), D(2026, 4, 21))


# --- reminders ------------------------------------------------------------------------------


def test_reminder_date() -> None:
    kartini = PlanDay(D(2026, 4, 21), "Hari Kartini", DayKind.COMMEMORATION, "nasional", True)
    assert reminder_date(kartini, 7) == D(2026, 4, 14)
    assert reminder_date(kartini, 0) == D(2026, 4, 21)
    with pytest.raises(ValueError):
        reminder_date(kartini, -1)


def test_due_reminders() -> None:
    days = plan_days(D(2026, 4, 1), D(2026, 5, 31), include_themes=False)
    due = due_reminders(D(2026, 4, 16), 7, days)
    assert [(d.date, d.name) for d in due] == [
        (D(2026, 4, 21), "Hari Kartini"),
        (D(2026, 4, 22), "Hari Bumi"),
    ]
    # On the day itself the reminder still shows; the day after it is gone.
    assert "Hari Kartini" in [d.name for d in due_reminders(D(2026, 4, 21), 7, days)]
    assert "Hari Kartini" not in [d.name for d in due_reminders(D(2026, 4, 22), 7, days)]
    assert due_reminders(D(2026, 4, 16), 0, days) == []


# --- data files -----------------------------------------------------------------------------


def test_bundled_files_are_where_the_app_looks_for_resources() -> None:
    from medsos_desktop.paths import resource_path

    assert calendar_resource_dir() == resource_path("calendar")
    assert len(load_commemorations(resource_path("calendar", "commemorations.json"))) >= 30
    assert load_weekly_themes(resource_path("calendar", "weekly_themes.json"))[2] == "Pariwisata"


def test_bundled_commemorations_have_unique_keys_and_valid_dates() -> None:
    items = default_commemorations()
    assert len({c.key for c in items}) == len(items)
    for c in items:
        D(2026, c.month, c.day)


def _write(tmp_path: Path, document: object, name: str = "file.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return path


def _commemorations(*days: dict[str, object], **top: object) -> dict[str, object]:
    return {"format": "medsos-commemorations", "version": 1, "days": list(days), **top}


GOOD_DAY = {"month": 4, "day": 21, "name": "Hari Kartini", "greeting": True}


def test_valid_custom_commemorations_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        _commemorations(GOOD_DAY, {"month": 3, "day": 12, "name": "Hari Jadi", "since": 1950}),
    )
    assert load_commemorations(path) == (
        Commemoration("hari-kartini", "Hari Kartini", 4, 21, True, None),
        Commemoration("hari-jadi", "Hari Jadi", 3, 12, True, 1950),
    )


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("{not json", "is not valid JSON (line 1, column 2)"),
        ([1, 2], "its “format” must be “medsos-commemorations”"),
        ({"format": "medsos-weekly-themes", "version": 1, "days": []}, "must be “medsos-comm"),
        (_commemorations(GOOD_DAY, version=2), "has version 2, but this app reads version 1"),
        (_commemorations(GOOD_DAY, version="1"), "has no valid “version”"),
        (_commemorations(GOOD_DAY, extra=True), "has an unknown field “extra”"),
        ({"format": "medsos-commemorations", "version": 1}, "has no valid “days”"),
        (_commemorations("Hari Kartini"), "Entry 1 of the calendar file"),
        (_commemorations({**GOOD_DAY, "month": 13}), "Entry 1 of the calendar file"),
        (_commemorations(GOOD_DAY, {**GOOD_DAY, "day": 31, "month": 4}), "Entry 2"),
        (_commemorations({**GOOD_DAY, "day": "21"}), "has no valid “day”"),
        (_commemorations({**GOOD_DAY, "month": True}), "has no valid “month”"),
        (_commemorations({**GOOD_DAY, "name": ""}), "has no valid “name”"),
        (_commemorations({**GOOD_DAY, "greeting": "ya"}), "has no valid “greeting”"),
        (_commemorations({**GOOD_DAY, "key": "Bad Key"}), "has no valid “key”"),
        (_commemorations({**GOOD_DAY, "tanggal": 21}), "has an unknown field “tanggal”"),
        (_commemorations(GOOD_DAY, GOOD_DAY), "Entry 2 of the calendar file"),
    ],
)
def test_bad_commemorations_files_are_refused(
    tmp_path: Path, document: object, expected: str
) -> None:
    path = _write(tmp_path, document)
    with pytest.raises(UserFacingError) as caught:
        load_commemorations(path)
    assert caught.value.context == "Calendar"
    message = caught.value.render()
    assert expected in message
    assert str(path) in message


def test_impossible_date_message(tmp_path: Path) -> None:
    path = _write(tmp_path, _commemorations({**GOOD_DAY, "month": 2, "day": 30}))
    with pytest.raises(UserFacingError) as caught:
        load_commemorations(path)
    assert caught.value.render() == (
        f"Entry 1 of the calendar file {path}: day 30 of month 2 is not a date."
    )


def test_missing_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as caught:
        load_commemorations(tmp_path / "absent.json")
    assert "cannot be read" in caught.value.render()
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (calendar_days.MAX_JSON_BYTES + 1))
    with pytest.raises(UserFacingError) as caught:
        load_weekly_themes(big)
    assert "is larger than 1024 KB" in caught.value.render()


def _themes(*themes: object) -> dict[str, object]:
    return {"format": "medsos-weekly-themes", "version": 1, "themes": list(themes)}


def test_valid_weekly_themes_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        _themes({"weekday": 4, "name": "Jumat Sehat"}, {"weekday": 0, "name": "Senin Info"}),
    )
    assert load_weekly_themes(path) == {0: "Senin Info", 4: "Jumat Sehat"}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (_themes({"weekday": 7, "name": "Minggu"}), "names weekday 7; weekdays are numbered 0"),
        (_themes({"weekday": "0", "name": "Senin"}), "has no valid “weekday”"),
        (_themes({"weekday": 0}), "has no valid “name”"),
        (
            _themes({"weekday": 0, "name": "A"}, {"weekday": 0, "name": "B"}),
            "Entry 2 of the calendar file",
        ),
        (_commemorations(GOOD_DAY), "must be “medsos-weekly-themes”"),
        (_themes(["Senin"]), "is not a JSON object with named fields"),
    ],
)
def test_bad_weekly_themes_files_are_refused(
    tmp_path: Path, document: object, expected: str
) -> None:
    with pytest.raises(UserFacingError) as caught:
        load_weekly_themes(_write(tmp_path, document))
    assert caught.value.context == "Calendar"
    assert expected in caught.value.render()


def test_translated_message_is_used(tmp_path: Path) -> None:
    path = _write(tmp_path, "[")
    with pytest.raises(UserFacingError) as caught:
        load_commemorations(path)

    def translate(context: str, text: str) -> str:
        assert context == "Calendar"
        return "Berkas kalender {file} rusak (baris {line}, kolom {column})."

    assert caught.value.render(translate) == f"Berkas kalender {path} rusak (baris 1, kolom 2)."
