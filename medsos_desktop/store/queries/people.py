"""Person records beyond the admin's (store/people.py): lists for matching names."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Person


def all_people(session: Session) -> Sequence[Person]:
    """Every person record, oldest first."""
    return session.scalars(select(Person).order_by(Person.id)).all()
