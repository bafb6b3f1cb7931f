"""The agency profile's one row."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Agency


def agency_row(session: Session) -> Agency | None:
    """The workspace's agency (the first row; there is only ever one)."""
    return session.scalar(select(Agency).order_by(Agency.id).limit(1))
