"""The brand kit's one row and the fonts the agency added."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import BrandKitRecord, UserFont


def brand_kit_row(session: Session) -> BrandKitRecord | None:
    """The workspace's brand kit (the first row; there is only ever one)."""
    return session.scalar(select(BrandKitRecord).order_by(BrandKitRecord.id).limit(1))


def user_fonts(session: Session) -> Sequence[UserFont]:
    """The fonts the agency added, by family."""
    return session.scalars(select(UserFont).order_by(UserFont.family)).all()


def user_font(session: Session, blob_sha256: str) -> UserFont | None:
    return session.scalar(select(UserFont).where(UserFont.blob_sha256 == blob_sha256))
