"""The admin's own caption templates (the built-in ones live in domain/)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import CaptionTemplateRecord


def caption_templates(session: Session) -> Sequence[CaptionTemplateRecord]:
    """The own templates by name."""
    return session.scalars(select(CaptionTemplateRecord).order_by(CaptionTemplateRecord.name)).all()


def caption_template(session: Session, key: str) -> CaptionTemplateRecord | None:
    return session.scalar(select(CaptionTemplateRecord).where(CaptionTemplateRecord.key == key))


def delete_caption_template(session: Session, key: str) -> None:
    session.execute(delete(CaptionTemplateRecord).where(CaptionTemplateRecord.key == key))
