"""The agency's own infographic templates and the ones Diskominfo shared."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import InfographicTemplateRecord, SharedItem


def own_templates(session: Session) -> Sequence[InfographicTemplateRecord]:
    """The agency's own templates by name."""
    return session.scalars(
        select(InfographicTemplateRecord).order_by(InfographicTemplateRecord.name)
    ).all()


def own_template(session: Session, key: str) -> InfographicTemplateRecord | None:
    return session.scalar(
        select(InfographicTemplateRecord).where(InfographicTemplateRecord.key == key)
    )


def delete_own_template(session: Session, key: str) -> None:
    session.execute(delete(InfographicTemplateRecord).where(InfographicTemplateRecord.key == key))


def shared_template_payloads(session: Session) -> list[tuple[str, str]]:
    """(item id, JSON payload) of every shared template not withdrawn."""
    rows = session.execute(
        select(SharedItem.item_id, SharedItem.item_json).where(
            SharedItem.kind == "templates", SharedItem.withdrawn.is_(False)
        )
    ).all()
    return [(item_id, raw) for item_id, raw in rows]
