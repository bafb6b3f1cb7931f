"""What the sample workspace needs to know: is the database new, which posts are the sample's."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Agency, Post


def agency_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Agency)) or 0


def post_count(session: Session, *, demo_only: bool = False) -> int:
    """Every post (trashed ones too), or only the sample's."""
    query = select(func.count()).select_from(Post)
    if demo_only:
        query = query.where(Post.is_demo.is_(True))
    return session.scalar(query) or 0


def demo_post_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Post.id).where(Post.is_demo.is_(True))))
