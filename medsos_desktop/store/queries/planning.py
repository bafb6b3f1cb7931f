"""Calendar days: the regional days shared or added here, and greeting posts planned."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Post, RegionalDayRecord, SharedItem


def shared_calendar_payloads(session: Session) -> Sequence[str]:
    """The JSON payload of every shared calendar not withdrawn."""
    return session.scalars(
        select(SharedItem.item_json).where(
            SharedItem.kind == "calendar", SharedItem.withdrawn.is_(False)
        )
    ).all()


def regional_days_by_id(session: Session) -> Sequence[RegionalDayRecord]:
    return session.scalars(select(RegionalDayRecord).order_by(RegionalDayRecord.id)).all()


def regional_days_by_month(session: Session) -> Sequence[RegionalDayRecord]:
    return session.scalars(select(RegionalDayRecord).order_by(RegionalDayRecord.month)).all()


def planned_dates(session: Session, category: str) -> set[str]:
    """The days (ISO dates) with a live post of `category` planned on them."""
    return {
        row[0]
        for row in session.execute(
            select(func.date(Post.planned_at)).where(
                Post.category == category,
                Post.planned_at.is_not(None),
                Post.status != "archived",
                Post.deleted_at.is_(None),
            )
        )
    }
