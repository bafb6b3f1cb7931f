"""The agency's content calendar page: its posts by planned day, the days to plan for,
reminders of greeting days that have no post yet, and rescheduling by dragging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from medsos_desktop.domain.posts import EDITABLE_STATUSES, PostRow, Status
from medsos_desktop.ui.calendar.view import CalendarEntry, CalendarView
from medsos_desktop.ui.common.context import UiContext

if TYPE_CHECKING:
    from medsos_desktop.ui.post_list import PostTableModel

REMINDER_DAYS = 7
_EDITABLE = {s.value for s in EDITABLE_STATUSES}


class CalendarPage(QWidget):
    post_created = Signal(int)
    post_moved = Signal(PostRow)  # the moved post: the list and the editor follow

    def __init__(
        self,
        ctx: UiContext,
        model: PostTableModel,
        select_post: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_page")
        self.ctx = ctx
        self.model = model
        self._select_post = select_post
        self._plan_token = 0
        self._greetings: dict[str, object] = {}
        self.reminders = QLabel(self)
        self.reminders.setObjectName("calendar_reminders")
        self.reminders.setWordWrap(True)
        self.reminders.setVisible(False)
        self.reminders.setStyleSheet("background: #fff4e5; padding: 6px; border-radius: 4px;")
        self.reminders.linkActivated.connect(self._greeting_link)
        self.view = CalendarView(self)
        self.view.entry_activated.connect(self._open)
        self.view.reschedule_requested.connect(self._reschedule)
        self.view.day_activated.connect(self._day_activated)
        self.view.range_changed.connect(lambda _a, _b: self.load_plan_days())
        self.days_button = QPushButton(self.tr("Days of the region…"), self)
        self.days_button.setObjectName("regional_days_button")
        self.days_button.clicked.connect(self.open_regional_days)
        top = QHBoxLayout()
        top.addWidget(self.reminders, 1)
        top.addWidget(self.days_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        # The list model changes one row at a time (autosave, new posts): gather them.
        self._refresh_timer = QTimer(self, singleShot=True, interval=200)
        self._refresh_timer.timeout.connect(self.refresh_entries)
        model = self.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(lambda *_a: self._refresh_timer.start())
        self.refresh_entries()
        self.load_plan_days()
        self.load_reminders()

    def _planning(self) -> object | None:
        from medsos_desktop.services.planning import PlanningService

        workspace = self.ctx.workspace
        if workspace is None:
            return None
        return PlanningService(workspace.db, actor=workspace.settings.actor_name)

    # -- what is shown -------------------------------------------------------------

    def refresh_entries(self) -> None:
        model = self.model
        entries = []
        for i in range(model.rowCount()):
            row = model.row_at(i)
            if row.planned_at is None or row.status == Status.ARCHIVED.value:
                continue
            entries.append(
                CalendarEntry(
                    post_id=row.id,
                    title=row.title,
                    status=row.status,
                    when=row.planned_at,
                    movable=row.status in _EDITABLE,
                )
            )
        self.view.set_entries(entries)

    def load_plan_days(self) -> None:
        planning = self._planning()
        if planning is None:
            return
        start, end = self.view.visible_range()
        self._plan_token += 1
        token = self._plan_token

        def done(days: list) -> None:
            if token == self._plan_token:
                self.view.set_plan_days(days)

        self.ctx.runner.run(
            lambda: planning.plan_days(start, end),  # type: ignore[attr-defined]
            on_done=done,
            on_error=self.ctx.show_error,
        )

    def load_reminders(self) -> None:
        planning = self._planning()
        if planning is None:
            return
        today = date.today()
        days_ahead = getattr(self.ctx.settings, "reminder_days", REMINDER_DAYS)
        self.ctx.runner.run(
            lambda: planning.due_greetings(today, days_ahead),  # type: ignore[attr-defined]
            on_done=self._show_reminders,
            on_error=self.ctx.show_error,
        )

    def _show_reminders(self, days: list) -> None:
        self._greetings = {f"{d.date.isoformat()}|{d.name}": d for d in days}
        if not days:
            self.reminders.setVisible(False)
            return
        make = self.tr("make a greeting draft")
        links = [
            f'{d.name} ({d.date.strftime("%d-%m")}) — <a href="{key}">{make}</a>'
            for key, d in self._greetings.items()
        ]
        self.reminders.setText(
            self.tr("Coming soon, with no greeting post yet:") + "<br>" + "<br>".join(links)
        )
        self.reminders.setVisible(True)

    # -- actions -------------------------------------------------------------------

    def open_regional_days(self) -> None:
        from medsos_desktop.ui.calendar.regional_days_dialog import RegionalDaysDialog

        planning = self._planning()
        if planning is None:
            return
        dialog = RegionalDaysDialog(planning, self.ctx.parent_widget)
        dialog.changed.connect(self.load_plan_days)
        dialog.changed.connect(self.load_reminders)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.ctx.dialog = dialog
        dialog.open()

    def _open(self, post_id: int | str) -> None:
        if isinstance(post_id, int):
            self._select_post(post_id)  # which opens it in the editor

    def _reschedule(self, post_id: int | str, day: date) -> None:
        planning = self._planning()
        if planning is None or not isinstance(post_id, int):
            return

        def done(row: PostRow) -> None:
            self.post_moved.emit(row)
            self.ctx.status(self.tr("Moved to {day}.").format(day=day.strftime("%d-%m-%Y")), 6000)

        # After any pending autosave of that post, so a later save cannot undo the move.
        self.ctx.writer.then(
            lambda: planning.reschedule(post_id, day),  # type: ignore[attr-defined]
            on_done=done,
            on_error=self.ctx.show_error,
        )

    def _day_activated(self, day: date) -> None:
        planning = self._planning()
        if planning is None:
            return
        greeting = next(
            (d for d in self.view.plan_days_on(day) if d.greeting and d.kind not in ("theme",)),
            None,
        )
        if greeting is not None:
            work = lambda: planning.create_greeting(greeting)  # type: ignore[attr-defined]  # noqa: E731
        else:
            work = lambda: planning.new_post_on(day)  # type: ignore[attr-defined]  # noqa: E731
        self.ctx.runner.run(work, on_done=self._created, on_error=self.ctx.show_error)

    def _greeting_link(self, key: str) -> None:
        planning, day = self._planning(), self._greetings.get(key)
        if planning is None or day is None:
            return
        self.ctx.runner.run(
            lambda: planning.create_greeting(day),  # type: ignore[attr-defined]
            on_done=self._created,
            on_error=self.ctx.show_error,
        )

    def _created(self, post_id: int) -> None:
        self.post_created.emit(post_id)
        self.load_reminders()
