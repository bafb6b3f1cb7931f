"""The agency profile: who this workspace speaks for."""

from __future__ import annotations

import json

from medsos_desktop.domain.agency import AgencyProfile, slugify
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import normalize_tags
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import Agency, utcnow
from medsos_desktop.store.queries import Session
from medsos_desktop.store.queries.agency import agency_row

__all__ = ["AgencyProfile", "load_profile", "save_profile", "slugify"]


def _to_profile(row: Agency) -> AgencyProfile:
    try:
        raw = json.loads(row.handles_json or "{}")
    except ValueError:
        raw = {}
    handles = {}
    for key, value in raw.items() if isinstance(raw, dict) else ():
        try:
            handles[Platform(key)] = str(value)
        except ValueError:
            continue
    return AgencyProfile(
        name=row.name,
        short_name=row.short_name,
        parent_government=row.parent_government,
        handles=handles,
        official_hashtags=tuple(row.official_hashtags.split()),
        contacts=tuple(c for c in row.contacts.split("\n") if c.strip()),
        confirmed=row.profile_confirmed,
    )


def load_profile(db: Database) -> AgencyProfile:
    with db.session() as session:
        row = agency_row(session)
        return _to_profile(row) if row else AgencyProfile()


def save_profile(db: Database, profile: AgencyProfile) -> None:
    with db.transaction() as session:
        write_profile(session, profile)


def write_profile(session: Session, profile: AgencyProfile) -> None:
    """The profile into the caller's transaction (see services/demo.py leave_sample)."""
    row = agency_row(session) or Agency(name="")
    session.add(row)
    row.name = profile.name.strip()
    row.short_name = profile.short_name.strip()
    row.slug = profile.slug
    row.parent_government = profile.parent_government.strip()
    row.handles_json = json.dumps(
        {p.value: h.strip() for p, h in profile.handles.items() if h.strip()}
    )
    row.official_hashtags = " ".join(normalize_tags(profile.official_hashtags, "#"))
    row.contacts = "\n".join(c.strip() for c in profile.contacts if c.strip())
    row.profile_confirmed = profile.confirmed
    row.updated_at = utcnow()
