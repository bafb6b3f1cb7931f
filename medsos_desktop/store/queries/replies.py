"""Reply templates: the bundled ones as stored, and the admin's own."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import ReplyTemplateRecord


def builtin_replies(session: Session) -> Sequence[ReplyTemplateRecord]:
    return session.scalars(
        select(ReplyTemplateRecord).where(ReplyTemplateRecord.builtin.is_(True))
    ).all()


def all_replies(session: Session) -> Sequence[ReplyTemplateRecord]:
    return session.scalars(select(ReplyTemplateRecord)).all()


def keys_starting(session: Session, prefix: str) -> Sequence[str]:
    """The keys that start with `prefix` (e.g. 'own-'; SQL LIKE, so no '%' or '_' in it)."""
    return session.scalars(
        select(ReplyTemplateRecord.key).where(ReplyTemplateRecord.key.like(f"{prefix}%"))
    ).all()


def reply(session: Session, key: str) -> ReplyTemplateRecord | None:
    return session.scalar(select(ReplyTemplateRecord).where(ReplyTemplateRecord.key == key))


def delete_reply(session: Session, key: str) -> None:
    session.execute(delete(ReplyTemplateRecord).where(ReplyTemplateRecord.key == key))
