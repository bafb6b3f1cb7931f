"""The calendar in the window: posts on their days, a draft dragged to another day is
saved there, a greeting day makes a greeting draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.message_boxes import button, shown_box


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_calendar_shows_moves_and_creates_posts(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    posts = PostService(window.workspace.db)
    today = date.today()
    draft_day = today.replace(day=9)
    draft = posts.create(PostContent(title="Jadwal posyandu", planned_at=_at(draft_day, 8)))
    window.model.upsert(posts.row(draft))

    window.left_tabs.setCurrentIndex(1)
    page = window.calendar_page
    assert page is not None
    view = page.view
    qtbot.waitUntil(lambda: view.entry_rect(draft) is not None, timeout=5000)
    assert [e.post_id for e in view.entries_on(draft_day)] == [draft]

    # Drag the draft from the 9th to the 16th: saved, the time of day kept.
    grid = view.grid
    target = today.replace(day=16)
    start = view.entry_rect(draft).center()
    end = view.day_rect(target).center()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, pos=start + (end - start) / 2)
    qtbot.mouseMove(grid, pos=end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: posts.load(draft).content.planned_at == _at(target, 8), timeout=5000)
    qtbot.waitUntil(lambda: [e.post_id for e in view.entries_on(target)] == [draft], timeout=5000)

    # An approved post cannot be dragged.
    posts.change_status(draft, Status.SUBMITTED)
    window.model.upsert(posts.row(draft))
    qtbot.waitUntil(lambda: not view.entries_on(target)[0].movable, timeout=5000)

    # Double-click on Hari Kemerdekaan (a greeting day): a greeting draft opens.
    view.set_month(today.year, 8)
    kemerdekaan = date(today.year, 8, 17)
    qtbot.waitUntil(lambda: view.plan_days_on(kemerdekaan) != [], timeout=5000)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=view.day_rect(kemerdekaan).center())
    qtbot.waitUntil(
        lambda: window.editor.content.category is Category.UCAPAN_HARI_BESAR, timeout=5000
    )
    assert "Kemerdekaan" in window.editor.title_edit.text()


def test_evaluation_tab_opens_and_loads(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    window.left_tabs.setCurrentIndex(2)
    page = window.evaluation_page
    assert page is not None
    qtbot.waitUntil(lambda: page.evaluation() is not None, timeout=10000)
    assert window.left_tabs.tabText(2) == "Evaluation"


def test_the_agency_adds_its_own_day(
    qtbot: QtBot, ui_context: Callable[[Workspace], UiContext], empty_workspace: Workspace
) -> None:
    """The calendar page alone, as the window's Calendar tab shows it."""
    from PySide6.QtCore import QDate

    from medsos_desktop.ui.calendar.page import CalendarPage
    from medsos_desktop.ui.calendar.regional_days_dialog import RegionalDaysDialog
    from medsos_desktop.ui.post_list import PostTableModel

    ctx = ui_context(empty_workspace)
    page = CalendarPage(ctx, PostTableModel(), lambda _post_id: None, ctx.window)
    ctx.window.setCentralWidget(page)
    ctx.window.show()
    page.days_button.click()
    dialog = ctx.dialog
    assert isinstance(dialog, RegionalDaysDialog)
    today = date.today()
    dialog.add_button.click()  # no name yet: told why, nothing stored
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.days.count() == 0
    dialog.name_edit.setText("Hari Jadi Kota Sukamaju")
    dialog.date_edit.setDate(QDate(today.year, today.month, 12))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.days.count() == 1, timeout=5000)
    day = date(today.year, today.month, 12)
    qtbot.waitUntil(
        lambda: any(d.name == "Hari Jadi Kota Sukamaju" for d in page.view.plan_days_on(day)),
        timeout=5000,
    )
    dialog.days.setCurrentRow(0)
    dialog.remove_button.click()
    assert dialog.days.count() == 1  # asked first
    box = shown_box(dialog)
    assert box is not None
    button(box, "Remove").click()
    qtbot.waitUntil(lambda: dialog.days.count() == 0, timeout=5000)
    dialog.reject()  # a modal dialog left open would block the next tests' mouse
