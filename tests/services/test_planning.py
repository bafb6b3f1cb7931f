"""Planning: days to plan for (with Diskominfo's regional days), rescheduling drafts,
greeting drafts and their reminders."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.services.planning import PlanningService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.store.models import SharedItem, utcnow


def test_reschedule_keeps_the_time_and_refuses_locked_posts(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    post_id = posts.create(PostContent(title="Senam", planned_at=datetime(2026, 11, 3, 15, 30)))
    planning = PlanningService(workspace.db)
    row = planning.reschedule(post_id, date(2026, 11, 5))
    assert row.planned_at == datetime(2026, 11, 5, 15, 30)
    assert posts.load(post_id).content.planned_at == datetime(2026, 11, 5, 15, 30)

    posts.change_status(post_id, Status.SUBMITTED)
    with pytest.raises(UserFacingError):
        planning.reschedule(post_id, date(2026, 11, 6))
    assert posts.load(post_id).content.planned_at == datetime(2026, 11, 5, 15, 30)


def test_regional_days_from_the_coordinator_join_the_plan(workspace: Workspace) -> None:
    with workspace.db.session() as session, session.begin():
        session.add(
            SharedItem(
                kind="calendar",
                item_id="hari-jadi",
                revision=1,
                sequence=1,
                manifest_sha256="0" * 64,
                item_json=json.dumps(
                    {
                        "days": [
                            {"name": "Hari Jadi Kota Sukamaju", "month": 3, "day": 12},
                            {"name": "rusak", "month": "3"},
                        ]
                    }
                ),
                withdrawn=False,
                received_at=utcnow(),
                seen=False,
            )
        )
    days = PlanningService(workspace.db).plan_days(date(2027, 3, 1), date(2027, 3, 31))
    names = {(d.date, d.name) for d in days}
    assert (date(2027, 3, 12), "Hari Jadi Kota Sukamaju") in names


def test_greeting_drafts_and_reminders(workspace: Workspace) -> None:
    planning = PlanningService(workspace.db, actor="Admin")
    today = date(2026, 11, 20)
    due = planning.due_greetings(today, days_ahead=7)
    guru = next(d for d in due if d.name == "Hari Guru Nasional")
    assert guru.date == date(2026, 11, 25)

    post_id = planning.create_greeting(guru)
    snapshot = PostService(workspace.db).load(post_id)
    content = snapshot.content
    assert content.category is Category.UCAPAN_HARI_BESAR
    assert content.planned_at == datetime(2026, 11, 25, 7, 0)
    assert "Hari Guru Nasional 2026" in content.base_caption
    assert "{" not in content.base_caption  # every placeholder filled
    assert "Hari Guru Nasional" not in {d.name for d in planning.due_greetings(today, 7)}
