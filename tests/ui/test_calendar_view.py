"""The content calendar as an admin uses it: see the month, spot gaps, drag a post, open it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.calendar_days import DayKind, plan_days
from medsos_desktop.domain.posts import Status
from medsos_desktop.ui.calendar.view import (
    NEUTRAL_STATUS,
    CalendarEntry,
    CalendarMode,
    CalendarView,
)
from medsos_desktop.ui.common.translation import install_language

TODAY = dt.date(2026, 11, 16)  # a Monday


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute)


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[CalendarView]:
    install_language("en")
    widget = CalendarView(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_month(2026, 11)
    yield widget
    install_language("en")


def centre(rect: object) -> QPoint:
    assert rect is not None
    return rect.center()  # type: ignore[attr-defined, no-any-return]


def drag(qtbot: QtBot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    """Press, move in steps (past the drag distance), release: as a hand would."""
    grid = view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(grid, start + QPoint(6, 6))
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


# -- placement ---------------------------------------------------------------------------------


def test_entries_land_in_their_day_cell_sorted_by_time(view: CalendarView) -> None:
    view.set_entries(
        [
            CalendarEntry(1, "Senam sehat", Status.DRAFT, at(10, 15, 30)),
            CalendarEntry(2, "Imunisasi campak", Status.SUBMITTED, at(10, 8)),
            CalendarEntry(3, "Cegah DBD", Status.APPROVED, at(19, 10), movable=False),
        ]
    )
    assert [e.post_id for e in view.entries_on(dt.date(2026, 11, 10))] == [2, 1]
    assert view.entries_on(dt.date(2026, 11, 11)) == []

    for mode in (CalendarMode.MONTH, CalendarMode.WEEK):
        view.set_mode(mode)
        view.grid.go_to(dt.date(2026, 11, 10))
        cell = view.day_rect(dt.date(2026, 11, 10))
        first, second = view.entry_rect(2), view.entry_rect(1)
        assert cell is not None and first is not None and second is not None
        assert cell.contains(first) and cell.contains(second)
        assert first.top() < second.top()  # the earlier post is drawn first
        if mode == CalendarMode.WEEK:
            assert view.entry_rect(3) is None  # the 19th is in another week
        else:
            other = view.day_rect(dt.date(2026, 11, 19))
            entry = view.entry_rect(3)
            assert other is not None and entry is not None and other.contains(entry)


def test_days_of_neighbouring_months_are_shown_in_the_month_grid(view: CalendarView) -> None:
    view.set_entries([CalendarEntry(1, "Hari Guru", Status.DRAFT, at(30, month=10))])
    first, last = view.visible_range()
    assert (first, last) == (dt.date(2026, 10, 26), dt.date(2026, 12, 6))
    rect = view.entry_rect(1)
    cell = view.day_rect(dt.date(2026, 10, 30))
    assert rect is not None and cell is not None and cell.contains(rect)
    assert view.day_rect(dt.date(2026, 12, 7)) is None


# -- navigation --------------------------------------------------------------------------------


def test_month_navigation_crosses_the_year(qtbot: QtBot, view: CalendarView) -> None:
    view.set_month(2026, 12)
    assert view.title() == "December 2026"
    with qtbot.waitSignal(view.range_changed) as changed:
        view.next_page()
    assert view.grid.shown_month() == (2027, 1)
    assert view.title() == "January 2027"
    assert changed.args == list(view.visible_range())
    first, last = view.visible_range()
    assert first == dt.date(2026, 12, 28) and first.weekday() == 0
    assert (last - first).days == 41
    view.previous_page()
    view.previous_page()
    assert view.grid.shown_month() == (2026, 11)
    view.next_button.click()
    view.next_button.click()
    assert view.grid.shown_month() == (2027, 1)
    view.today_button.click()
    assert view.grid.shown_month() == (2026, 11)
    assert view.grid.selected_date() == TODAY


def test_weeks_start_on_monday(view: CalendarView) -> None:
    for year, month in [(2026, 2), (2026, 3), (2026, 11), (2027, 8)]:
        view.set_month(year, month)
        first, _last = view.visible_range()
        assert first.weekday() == 0
        assert first <= dt.date(year, month, 1) < first + dt.timedelta(days=7)
    assert view.grid.day_names()[0] == "Mon" and view.grid.day_names()[6] == "Sun"

    view.set_month(2026, 12)
    view.set_mode("week")  # the selected day (the 1st) keeps its week
    assert view.visible_range() == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert view.title() == "30 November – 6 December 2026"
    view.next_page()
    view.next_page()
    view.next_page()
    view.next_page()
    assert view.visible_range() == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert "2026" in view.title() and "2027" in view.title()
    view.week_button.click()
    view.month_button.click()
    assert view.mode() == CalendarMode.MONTH
    assert view.grid.shown_month() == (2026, 12)  # the month of the selected day


# -- overload and gaps -------------------------------------------------------------------------


def test_overloaded_days_and_gaps_are_flagged(view: CalendarView) -> None:
    busy = [CalendarEntry(i, f"Unggahan {i}", Status.DRAFT, at(10, 8 + i)) for i in range(4)]
    three = [CalendarEntry(10 + i, "Info", Status.DRAFT, at(11, 8 + i)) for i in range(3)]
    view.set_entries(busy + three)
    assert view.is_overloaded(dt.date(2026, 11, 10))
    assert not view.is_overloaded(dt.date(2026, 11, 11))  # three is the limit, not over it
    view.set_max_per_day(2)
    assert view.is_overloaded(dt.date(2026, 11, 11))
    assert "Too many posts on one day" in view.grid.day_tooltip(dt.date(2026, 11, 11))

    assert view.is_gap(dt.date(2026, 11, 12))  # a Thursday without a post
    assert not view.is_gap(dt.date(2026, 11, 10))  # has posts
    assert not view.is_gap(dt.date(2026, 11, 14))  # Saturday
    assert not view.is_gap(dt.date(2026, 11, 15))  # Sunday
    assert not view.is_gap(dt.date(2026, 10, 27))  # shown, but not in the month
    legend = [text for _kind, _colour, text in view.legend.items()]
    assert any("more than 2" in text for text in legend)
    assert "Weekday without a post" in legend


# -- mouse -------------------------------------------------------------------------------------


def test_drag_an_entry_to_another_day_requests_a_reschedule(
    qtbot: QtBot, view: CalendarView
) -> None:
    view.set_entries([CalendarEntry(7, "Cegah DBD", Status.DRAFT, at(10, 9, 30))])
    start = centre(view.entry_rect(7))
    target = centre(view.day_rect(dt.date(2026, 11, 20)))
    grid = view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, start + QPoint(10, 10))
    qtbot.mouseMove(grid, target)
    assert grid.is_dragging()
    assert grid.drop_day() == dt.date(2026, 11, 20)  # highlighted
    assert grid.cursor().shape() == Qt.CursorShape.ClosedHandCursor
    grid.grab()  # paints the drop highlight and the dragged entry
    with (
        qtbot.waitSignal(view.reschedule_requested) as moved,
        qtbot.assertNotEmitted(view.entry_activated),
    ):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert moved.args == [7, dt.date(2026, 11, 20)]
    assert not grid.is_dragging() and grid.drop_day() is None


def test_drag_in_the_week_view_and_with_string_keys(qtbot: QtBot, view: CalendarView) -> None:
    view.set_mode("week")  # 16-22 November
    view.set_entries([CalendarEntry("dinkes:12", "Donor darah", "valid", at(17, 10), "Dinkes")])
    with qtbot.waitSignal(view.reschedule_requested) as moved:
        drag(qtbot, view, centre(view.entry_rect("dinkes:12")), centre(view.day_rect(TODAY)))
    assert moved.args == ["dinkes:12", TODAY]


def test_drop_on_the_same_day_or_outside_the_grid_does_nothing(
    qtbot: QtBot, view: CalendarView
) -> None:
    view.set_entries([CalendarEntry(7, "Cegah DBD", Status.DRAFT, at(10, 9, 30))])
    start = centre(view.entry_rect(7))
    cell = view.day_rect(dt.date(2026, 11, 10))
    assert cell is not None
    with qtbot.assertNotEmitted(view.reschedule_requested):
        drag(qtbot, view, start, cell.bottomRight() - QPoint(4, 4))
        drag(qtbot, view, start, QPoint(view.grid.width() + 40, -30))
    assert not view.grid.is_dragging()


def test_non_movable_entries_cannot_be_dragged(qtbot: QtBot, view: CalendarView) -> None:
    view.set_entries([CalendarEntry(8, "Sudah disetujui", Status.APPROVED, at(12), movable=False)])
    start = centre(view.entry_rect(8))
    target = centre(view.day_rect(dt.date(2026, 11, 13)))
    grid = view.grid
    # Qt drops a move to where the pointer already is (an earlier test may have left it
    # exactly there): come from elsewhere.
    qtbot.mouseMove(grid, QPoint(1, 1))
    qtbot.mouseMove(grid, start)
    assert grid.cursor().shape() == Qt.CursorShape.PointingHandCursor  # clickable, not movable
    with (
        qtbot.assertNotEmitted(view.reschedule_requested),
        qtbot.assertNotEmitted(view.entry_activated),
    ):
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(grid, start + QPoint(10, 10))
        qtbot.mouseMove(grid, target)
        assert not grid.is_dragging() and grid.drop_day() is None
        assert grid.cursor().shape() == Qt.CursorShape.ForbiddenCursor
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)


def test_click_opens_an_entry_and_double_click_starts_on_an_empty_day(
    qtbot: QtBot, view: CalendarView
) -> None:
    view.set_entries([CalendarEntry(5, "Imunisasi", Status.SUBMITTED, at(18))])
    grid = view.grid
    qtbot.mouseMove(grid, QPoint(1, 1))  # from elsewhere: a move to the same spot is dropped
    qtbot.mouseMove(grid, centre(view.entry_rect(5)))
    assert grid.cursor().shape() == Qt.CursorShape.OpenHandCursor
    with qtbot.waitSignal(view.entry_activated) as opened:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre(view.entry_rect(5)))
    assert opened.args == [5]
    empty = centre(view.day_rect(dt.date(2026, 11, 24)))
    with qtbot.waitSignal(view.day_activated) as started:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=empty)
    assert started.args == [dt.date(2026, 11, 24)]
    assert grid.selected_date() == dt.date(2026, 11, 24)


def test_more_link_lists_all_and_opens_the_week(qtbot: QtBot, view: CalendarView) -> None:
    day = dt.date(2026, 11, 25)
    view.set_entries(
        [CalendarEntry(i, f"Unggahan {i:02}", Status.DRAFT, at(25, 7, i)) for i in range(12)]
    )
    hidden = view.grid.hidden_count(day)
    shown = [i for i in range(12) if view.entry_rect(i) is not None]
    assert hidden > 0 and len(shown) + hidden == 12
    link = view.grid.overflow_rect(day)
    assert link is not None
    tooltip = view.grid.tooltip_at(link.center())
    assert all(f"Unggahan {i:02}" in tooltip for i in range(12))
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=link.center())
    assert view.mode() == CalendarMode.WEEK
    assert view.visible_range() == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


# -- keyboard ----------------------------------------------------------------------------------


def test_keyboard_moves_the_day_and_opens_the_first_entry(qtbot: QtBot, view: CalendarView) -> None:
    view.set_entries(
        [
            CalendarEntry(2, "Kedua", Status.DRAFT, at(24, 15)),
            CalendarEntry(1, "Pertama", Status.DRAFT, at(24, 8)),
        ]
    )
    grid = view.grid
    grid.setFocus()
    assert grid.selected_date() == TODAY
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_date() == dt.date(2026, 11, 24)
    assert "Posts planned: 2" in grid.accessibleDescription()  # for screen readers
    with qtbot.waitSignal(view.entry_activated) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [1]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    with qtbot.waitSignal(view.day_activated) as started:
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert started.args == [dt.date(2026, 11, 23)]
    for _ in range(2):
        qtbot.keyClick(grid, Qt.Key.Key_Down)  # into December: the page turns
    assert grid.shown_month() == (2026, 12)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.shown_month() == (2027, 1)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid.shown_month() == (2026, 11)


# -- plan days, statuses, language -------------------------------------------------------------


def test_holidays_and_joint_leave_appear(view: CalendarView) -> None:
    view.set_plan_days(plan_days(dt.date(2026, 3, 1), dt.date(2026, 8, 31)))
    view.set_month(2026, 8)
    independence = view.plan_days_on(dt.date(2026, 8, 17))
    assert any(d.kind == DayKind.HOLIDAY and "Kemerdekaan" in d.name for d in independence)
    assert "Kemerdekaan" in view.grid.day_tooltip(dt.date(2026, 8, 17))
    view.set_month(2026, 3)
    leave = view.plan_days_on(dt.date(2026, 3, 20))
    assert any(d.kind == DayKind.JOINT_LEAVE and "Cuti Bersama" in d.name for d in leave)
    assert "joint leave" in view.grid.day_tooltip(dt.date(2026, 3, 20))
    view.grab()


def test_statuses_colour_entries_and_unknown_ones_are_neutral(view: CalendarView) -> None:
    grid = view.grid
    assert grid.status_colour(Status.APPROVED).name() == "#2e9e5b"
    assert grid.status_colour("tampered").name() == NEUTRAL_STATUS
    view.set_status_colours({"tampered": "#c62828"}, {"tampered": "Changed after sending"})
    assert grid.status_colour("tampered").name() == "#c62828"
    entry = CalendarEntry("a:1", "Rapat", "tampered", at(3), agency="Bappeda", movable=False)
    view.set_entries([entry, CalendarEntry(2, "Info", Status.SUBMITTED, at(3))])
    tooltip = grid.entry_tooltip(entry)
    assert "Changed after sending" in tooltip and "Bappeda" in tooltip and "03-11-2026" in tooltip
    assert "Drag" not in tooltip
    assert grid.statuses_shown() == ["submitted", "tampered"]
    info = next(e for e in view.entries_on(dt.date(2026, 11, 3)) if e.post_id == 2)
    assert "Awaiting review" in grid.entry_tooltip(info)


def test_indonesian_names_come_from_the_locale(qtbot: QtBot) -> None:
    install_language("id")
    try:
        view = CalendarView(today=TODAY)
        qtbot.addWidget(view)
        view.set_month(2026, 8)
        assert view.grid.day_names() == ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
        assert view.grid.day_names(long=True)[0] == "Senin"
        assert view.title() == "Agustus 2026"
        view.set_mode("week")
        view.grid.go_to(dt.date(2026, 8, 17))
        assert view.title() == "17–23 Agustus 2026"
        assert view.grid.day_tooltip(dt.date(2026, 8, 17)).startswith("Senin, 17 Agustus 2026")
        view.grab()
    finally:
        install_language("en")


def test_language_switch_retitles_the_open_calendar(qtbot: QtBot, view: CalendarView) -> None:
    view.set_month(2026, 12)
    assert view.title() == "December 2026"
    install_language("id")
    qtbot.waitUntil(lambda: view.title() == "Desember 2026")
    assert view.grid.day_names()[0] == "Sen"


# -- many posts --------------------------------------------------------------------------------


def test_five_hundred_entries_in_a_month_render(view: CalendarView) -> None:
    statuses = [s.value for s in Status] + ["valid"]
    entries = [
        CalendarEntry(
            i,
            f"Unggahan nomor {i} tentang layanan kesehatan masyarakat",
            statuses[i % len(statuses)],
            at(1 + i % 30, 6 + i % 14, i % 60),
            agency="Dinas Kesehatan" if i % 2 else "",
            movable=i % 3 != 0,
        )
        for i in range(500)
    ]
    view.set_entries(entries)
    for mode in (CalendarMode.MONTH, CalendarMode.WEEK):
        view.set_mode(mode)
        assert not view.grab().isNull()
    view.set_mode("month")
    first, last = view.visible_range()
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    drawn = sum(1 for e in entries if view.entry_rect(e.post_id) is not None)
    assert drawn + sum(view.grid.hidden_count(day) for day in days) == 500
    assert all(view.is_overloaded(dt.date(2026, 11, d)) for d in range(1, 31))
