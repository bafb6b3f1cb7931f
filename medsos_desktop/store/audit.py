"""Appending to and reading the data folder's audit chain (`domain/audit.py`).

Every write path calls `append_event` inside its own transaction, which every service
opens with BEGIN IMMEDIATE (store/db.py): the last link is read and the next one written
by one writer at a time, so two processes on one data folder cannot fork the chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from medsos_desktop.domain.audit import (
    AuditEvent,
    AuditKind,
    content_hash,
    detail_text,
    event_hash,
)
from medsos_desktop.store.models import utcnow

_COLUMNS = "seq, at, kind, post_uuid, revision, actor, detail_json, content_hash, prev_hash, hash"


def _stamp(at: datetime) -> str:
    """SQLAlchemy's own text form of a DateTime, so the ORM reads these rows back."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def append_event(
    session: Session,
    kind: AuditKind,
    *,
    post_uuid: str,
    revision: int,
    actor: str,
    detail: Mapping[str, object] | None = None,
    post_content_hash: str = "",
    at: datetime | None = None,
) -> str:
    """Add the next link; returns its hash."""
    conn = session.connection()
    last = conn.exec_driver_sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
    row = last.first()
    seq, prev_hash = (row[0] + 1, row[1]) if row else (1, "")
    when = (at or utcnow()).replace(microsecond=0)
    detail_json = detail_text(detail or {})
    link = event_hash(
        prev_hash=prev_hash,
        seq=seq,
        at=when,
        kind=kind.value,
        post_uuid=post_uuid,
        revision=revision,
        actor=actor,
        detail_json=detail_json,
        content_hash=post_content_hash,
    )
    conn.exec_driver_sql(
        f"INSERT INTO audit_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            _stamp(when),
            kind.value,
            post_uuid,
            revision,
            actor,
            detail_json,
            post_content_hash,
            prev_hash,
            link,
        ),
    )
    return link


def revision_content_hash(content_json: str) -> str:
    """The hash of an approved revision's stored content (post_revision.content_json)."""
    return content_hash(json.loads(content_json))


def last_kind_of_post(session: Session, post_uuid: str) -> tuple[str, int] | None:
    """The newest event's kind and revision for one post."""
    row = (
        session.connection()
        .exec_driver_sql(
            "SELECT kind, revision FROM audit_event WHERE post_uuid = ? ORDER BY seq DESC LIMIT 1",
            (post_uuid,),
        )
        .first()
    )
    return (str(row[0]), int(row[1])) if row else None


def events_oldest_first(session: Session, batch: int = 2000) -> Iterator[AuditEvent]:
    """The whole chain in order, read in batches (a data folder of years has many events)."""
    conn = session.connection()
    after = 0
    while True:
        rows = conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, batch),
        ).all()
        for row in rows:
            yield _event(tuple(row))
        if len(rows) < batch:
            return
        after = _number(rows[-1][0])


def events_of_post(session: Session, post_uuid: str) -> list[AuditEvent]:
    rows = (
        session.connection()
        .exec_driver_sql(
            f"SELECT {_COLUMNS} FROM audit_event WHERE post_uuid = ? ORDER BY seq", (post_uuid,)
        )
        .all()
    )
    return [_event(tuple(row)) for row in rows]


def _number(value: object) -> int:
    """A stored integer; a value someone changed into something else counts as -1, which
    no link holds, so the chain shows the change instead of the check failing."""
    try:
        return int(str(value))
    except ValueError:
        return -1


def _moment(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min


def _event(row: tuple[object, ...]) -> AuditEvent:
    seq, at, kind, post_uuid, revision, actor, detail_json, chash, prev_hash, link = row
    return AuditEvent(
        seq=_number(seq),
        at=_moment(at),
        kind=str(kind),
        post_uuid=str(post_uuid),
        revision=_number(revision),
        actor=str(actor),
        detail_json=str(detail_json),
        content_hash=str(chash),
        prev_hash=str(prev_hash),
        hash=str(link),
    )
