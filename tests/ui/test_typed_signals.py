"""Signals declared with a project type (`Signal(Finding)`, `Signal(dt.date)`, ...) deliver the
very object that was emitted, also through a queued connection: PySide6 passes a Python class
as PyObject, never converting a date to a QDate or a dataclass to a QVariant."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.ui.calendar.view import CalendarView
from medsos_desktop.ui.editor.caption_tab import CaptionTab
from medsos_desktop.ui.editor.findings_view import FindingsView

QUEUED = Qt.ConnectionType.QueuedConnection


def test_the_calendar_reports_python_dates_through_a_queued_connection(qtbot: QtBot) -> None:
    view = CalendarView(today=dt.date(2026, 11, 16))
    qtbot.addWidget(view)
    days: list[object] = []
    moves: list[tuple[object, object]] = []
    view.day_activated.connect(days.append, QUEUED)
    view.reschedule_requested.connect(lambda post_id, day: moves.append((post_id, day)), QUEUED)

    view.grid.day_activated.emit(dt.date(2026, 11, 20))
    view.grid.reschedule_requested.emit(7, dt.date(2026, 11, 21))
    view.grid.reschedule_requested.emit("agency/post/rev-2", dt.date(2026, 11, 22))
    QCoreApplication.processEvents()

    assert days == [dt.date(2026, 11, 20)]
    assert type(days[0]) is dt.date
    assert moves == [(7, dt.date(2026, 11, 21)), ("agency/post/rev-2", dt.date(2026, 11, 22))]


def test_a_clicked_finding_reaches_the_caller_as_the_same_finding(qtbot: QtBot) -> None:
    finding = Finding("too_long", Severity.ERROR, 0, 5, "Too long", platform=Platform.INSTAGRAM)
    view = FindingsView({Platform.INSTAGRAM: [finding]})
    qtbot.addWidget(view)
    received: list[object] = []
    view.finding_activated.connect(received.append, QUEUED)

    qtbot.mouseClick(view.rows[0], Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()

    assert len(received) == 1
    assert received[0] is finding


def test_a_caption_tab_names_its_platform_when_asked_to_copy(qtbot: QtBot) -> None:
    tab = CaptionTab(Platform.TIKTOK)
    qtbot.addWidget(tab)
    received: list[object] = []
    tab.copy_requested.connect(received.append, QUEUED)

    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()

    assert received == [Platform.TIKTOK]
    assert received[0] is Platform.TIKTOK
