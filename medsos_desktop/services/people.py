"""Who is at the keyboard: the admin's own person record (name and position), asked at
the first start and changed in the settings. Posts and status changes record it."""

from __future__ import annotations

from dataclasses import dataclass

from medsos_desktop.domain.review import normal_name
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import Person, utcnow
from medsos_desktop.store.people import admin_person
from medsos_desktop.store.queries.people import all_people

MSG_ADMIN_NAME_NEEDED = QT_TRANSLATE_NOOP(
    "People", "Enter your name: posts, the history and approvals show who did what."
)
NAME_MAX = 120


class PeopleError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__("People", message, **params)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    jabatan: str
    nip: str = ""


def person_info(row: Person) -> PersonInfo:
    return PersonInfo(row.id, row.name, row.jabatan, row.nip or "")


class PeopleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def admin(self) -> PersonInfo | None:
        with self.db.session() as session:
            row = admin_person(session)
            return person_info(row) if row is not None else None

    def save_admin(self, name: str, jabatan: str) -> PersonInfo:
        """Set the admin's name and position; the first time, this makes their record.

        A reviewer already recorded under the same name is the same person: that record
        becomes the admin's, so their own reviewer entry can never approve their posts."""
        name, jabatan = " ".join(name.split())[:NAME_MAX], " ".join(jabatan.split())[:NAME_MAX]
        if not name:
            raise PeopleError(MSG_ADMIN_NAME_NEEDED)
        with self.db.transaction() as session:
            row = admin_person(session)
            if row is None:
                row = next(
                    (p for p in all_people(session) if normal_name(p.name) == normal_name(name)),
                    None,
                )
                if row is None:
                    row = Person(name=name, jabatan=jabatan, created_at=utcnow())
                    session.add(row)
                row.is_admin = True
            row.name, row.jabatan, row.updated_at = name, jabatan, utcnow()
            session.flush()
            return person_info(row)

    def adopt_admin_name(self, name: str) -> PersonInfo | None:
        """A data folder from before person records: the name typed in the settings then
        becomes the admin's record, so nobody is asked again. None when there is none."""
        if not name.strip():
            return self.admin()
        existing = self.admin()
        return existing if existing is not None else self.save_admin(name, "")
