"""Reading a post's delivery and audit trail (writing whole snapshots is store/posts.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Person, PostEvent, SyncOutbox


def latest_outbox(session: Session, post_id: int) -> SyncOutbox | None:
    """The sync job of the post's newest queued revision, if any."""
    return session.scalars(
        select(SyncOutbox)
        .where(SyncOutbox.post_id == post_id)
        .order_by(SyncOutbox.revision.desc())
        .limit(1)
    ).first()


def events_with_jabatan(session: Session, post_id: int) -> list[tuple[PostEvent, str | None]]:
    """The post's events, oldest first, each with its actor's position as it is now."""
    rows = session.execute(
        select(PostEvent, Person.jabatan)
        .outerjoin(Person, Person.id == PostEvent.person_id)
        .where(PostEvent.post_id == post_id)
        .order_by(PostEvent.id)
    ).all()
    return [(event, jabatan) for event, jabatan in rows]
