"""What the agency's app keeps of the coordinator's shared items (services/shared_items.py)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import SharedItem, SharedMedia


def known_manifests(session: Session) -> dict[tuple[str, str], str]:
    """(kind, item id) -> sha256 of the manifest kept of each item."""
    return {
        (row.kind, row.item_id): row.manifest_sha256 for row in session.scalars(select(SharedItem))
    }


def shared_items(session: Session, kind: str | None = None) -> Sequence[SharedItem]:
    """The items kept (of one kind, or all), the most recently received first."""
    query = select(SharedItem).order_by(SharedItem.received_at.desc())
    if kind is not None:
        query = query.where(SharedItem.kind == kind)
    return session.scalars(query).all()


def media_paths(session: Session) -> dict[tuple[str, str], list[str]]:
    """(kind, item id) -> the paths of its media files kept, in path order."""
    media: dict[tuple[str, str], list[str]] = {}
    for row in session.scalars(select(SharedMedia).order_by(SharedMedia.path)):
        media.setdefault((row.kind, row.item_id), []).append(row.path)
    return media


def unseen_items(session: Session) -> Sequence[SharedItem]:
    """The items received since the admin last looked."""
    return session.scalars(select(SharedItem).where(SharedItem.seen.is_(False))).all()
