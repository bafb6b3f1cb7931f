"""Planning with the calendar: the days to plan for, rescheduling, greeting drafts and
their reminders.

Days come from the holidays library and the bundled commemoration days (domain), the
regional days the coordinator shares (calendar items from Diskominfo) and the agency's
own. A greeting draft starts from the "Ucapan Hari Besar" caption and infographic
templates, so an admin who is reminded a week ahead has a ready draft to adapt.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time, timedelta

from medsos_desktop.domain.calendar_days import PlanDay, RegionalDay, due_reminders, plan_days
from medsos_desktop.domain.caption_templates import builtin_template, fill
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import EDITABLE_STATUSES, Category, PostContent
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import Post, PostInfographic, RegionalDayRecord, utcnow
from medsos_desktop.store.queries import planning as queries

_CTX = "Planning"
GREETING_TEMPLATE = "builtin.ucapan_hari_besar"
GREETING_INFOGRAPHIC = "ucapan-hari-besar"
GREETING_HOUR = time(7, 0)
NEW_POST_HOUR = time(9, 0)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Planning",
    "This post is approved or waiting for review; open it and edit it as a new revision "
    "to change its date.",
)
MSG_MISSING = QT_TRANSLATE_NOOP("Planning", "This post no longer exists.")


def regional_days_from(payloads: list[dict[str, object]]) -> list[RegionalDay]:
    """Calendar items shared by the coordinator; malformed days are left out."""
    days: list[RegionalDay] = []
    for payload in payloads:
        entries = payload.get("days")
        for entry in entries if isinstance(entries, list) else ():
            if not isinstance(entry, dict):
                continue
            name, month, day = entry.get("name"), entry.get("month"), entry.get("day")
            year = entry.get("year")
            if not (isinstance(name, str) and type(month) is int and type(day) is int):
                continue
            try:
                days.append(
                    RegionalDay(
                        name=name[:120],
                        month=month,
                        day=day,
                        year=year if type(year) is int else None,
                        source="koordinator",
                        greeting=entry.get("greeting") is not False,
                    )
                )
            except UserFacingError:
                continue
    return days


def greeting_content(day: PlanDay, agency_name: str, hashtags: tuple[str, ...]) -> PostContent:
    template = builtin_template(GREETING_TEMPLATE)
    body = template.body if template is not None else "Selamat {hari_besar} {tahun}"
    caption = fill(
        body,
        {"hari_besar": day.name, "tahun": str(day.date.year), "instansi": agency_name},
    )
    return PostContent(
        title=f"Ucapan {day.name} {day.date.year}",
        category=Category.UCAPAN_HARI_BESAR,
        platforms=(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X),
        base_caption=caption,
        hashtags=hashtags,
        planned_at=datetime.combine(day.date, GREETING_HOUR),
    )


class PlanningService:
    def __init__(self, db: Database, actor: str = "") -> None:
        self.db = db
        self.actor = actor

    def regional_days(self) -> list[RegionalDay]:
        with self.db.session() as session:
            rows = queries.shared_calendar_payloads(session)
        payloads = []
        for raw in rows:
            try:
                value = json.loads(raw)
            except ValueError:
                continue
            if isinstance(value, dict):
                payloads.append(value)
        days = regional_days_from(payloads)
        with self.db.session() as session:
            for row in queries.regional_days_by_id(session):
                try:
                    days.append(
                        RegionalDay(
                            name=row.name,
                            month=row.month,
                            day=row.day,
                            year=row.year,
                            source=row.source or "daerah",
                            greeting=row.greeting,
                        )
                    )
                except UserFacingError:
                    continue  # a stored day that is no longer a date: left out
        return days

    def own_days(self) -> list[tuple[int, RegionalDay]]:
        """The days this agency added itself, with their ids (to remove them)."""
        with self.db.session() as session:
            rows = queries.regional_days_by_month(session)
            return [
                (r.id, RegionalDay(r.name, r.month, r.day, r.year, r.source, r.greeting))
                for r in rows
            ]

    def add_day(self, name: str, day: date, every_year: bool, greeting: bool = True) -> int:
        """A day of the city or the agency (anniversary, local commemoration)."""
        checked = RegionalDay(  # raises a UserFacingError for a missing name
            name=name.strip(),
            month=day.month,
            day=day.day,
            year=None if every_year else day.year,
            source="daerah",
            greeting=greeting,
        )
        with self.db.transaction() as session:
            row = RegionalDayRecord(
                name=checked.name[:200],
                month=checked.month,
                day=checked.day,
                year=checked.year,
                source="daerah",
                greeting=greeting,
            )
            session.add(row)
            session.flush()
            return row.id

    def remove_day(self, day_id: int) -> None:
        with self.db.transaction() as session:
            row = session.get(RegionalDayRecord, day_id)
            if row is not None:
                session.delete(row)

    def plan_days(self, start: date, end: date) -> list[PlanDay]:
        return plan_days(start, end, regional=self.regional_days())

    def reschedule(self, post_id: int, day: date) -> store.PostRow:
        """Move a draft to another day, keeping its time of day."""
        with self.db.transaction() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise UserFacingError(_CTX, MSG_MISSING)
            if post.status not in {s.value for s in EDITABLE_STATUSES}:
                raise UserFacingError(_CTX, MSG_LOCKED)
            content = store.content_of(post)
            when = content.planned_at.time() if content.planned_at else NEW_POST_HOUR
            store.apply_content(
                session,
                post,
                dataclasses.replace(content, planned_at=datetime.combine(day, when)),
            )
            post_id = post.id
        with self.db.session() as session:
            row = store.get_row(session, post_id)
            assert row is not None
            return row

    def new_post_on(self, day: date) -> int:
        content = PostContent(planned_at=datetime.combine(day, NEW_POST_HOUR))
        with self.db.transaction() as session:
            return store.create_post(session, content, actor=self.actor).id

    def create_greeting(self, day: PlanDay) -> int:
        profile = load_profile(self.db)
        content = greeting_content(day, profile.name, profile.official_hashtags)
        with self.db.transaction() as session:
            post = store.create_post(session, content, actor=self.actor)
            session.add(
                PostInfographic(
                    post_id=post.id,
                    template_key=GREETING_INFOGRAPHIC,
                    size_key="",
                    fields_json=json.dumps(
                        {"greeting": f"Selamat {day.name}", "date": day.date.strftime("%d-%m-%Y")},
                        ensure_ascii=False,
                    ),
                    updated_at=utcnow(),
                )
            )
            return post.id

    def due_greetings(self, today: date, days_ahead: int = 7) -> list[PlanDay]:
        """Greeting days coming within `days_ahead` days that have no greeting post yet."""
        days = [
            d
            for d in self.plan_days(today, today + timedelta(days=days_ahead))
            if d.greeting and d.kind != "theme"
        ]
        due = due_reminders(today, days_ahead, days)
        with self.db.session() as session:
            planned = queries.planned_dates(session, Category.UCAPAN_HARI_BESAR.value)
        return [d for d in due if d.date.isoformat() not in planned]
