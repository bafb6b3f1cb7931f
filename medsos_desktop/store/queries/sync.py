"""The outbox of the central folder (services/sync.py): what is queued, the approved
snapshot a revision is sent as, sequence numbers, and the marks a run leaves.

Set-based and batched on purpose: a sync with ten thousand posts already sent must not
load them, and one commit per revision would cost more than the revision's own files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, bindparam, insert, literal, select, update
from sqlalchemy.orm import Session

from medsos_desktop.domain.audit import AuditKind
from medsos_desktop.domain.posts import Status
from medsos_desktop.store import audit
from medsos_desktop.store.models import DeviceSequence, Post, PostRevision, SyncOutbox, utcnow

_OUTBOX_COLUMNS = [
    "post_id",
    "revision",
    "state",
    "attempts",
    "last_error",
    "published_path",
    "updated_at",
]


def enqueue_approved(session: Session, *, include_demo: bool) -> int:
    """Queue every approved (or later) revision not yet queued, in one statement; how many.

    Without `include_demo` the sample workspace's posts are left out (a real agency
    never sends them)."""
    statuses = [Status.APPROVED.value, Status.SYNCED.value, Status.PUBLISHED.value]
    queued = select(SyncOutbox.post_id).where(
        SyncOutbox.post_id == PostRevision.post_id,
        SyncOutbox.revision == PostRevision.revision,
    )
    source = (
        select(
            PostRevision.post_id,
            PostRevision.revision,
            literal("pending"),
            literal(0),
            literal(""),
            literal(""),
            literal(utcnow()),
        )
        .join(Post, Post.id == PostRevision.post_id)
        .where(Post.status.in_(statuses), Post.deleted_at.is_(None), ~queued.exists())
    )
    if not include_demo:
        source = source.where(Post.is_demo.is_(False))
    # The session's connection (same transaction): its result is typed with a rowcount.
    result = session.connection().execute(insert(SyncOutbox).from_select(_OUTBOX_COLUMNS, source))
    return result.rowcount or 0


def pending_revisions(session: Session) -> list[tuple[int, int]]:
    """(post id, revision) of every queued revision, in order."""
    return [
        (o.post_id, o.revision)
        for o in session.scalars(
            select(SyncOutbox)
            .where(SyncOutbox.state == "pending")
            .order_by(SyncOutbox.post_id, SyncOutbox.revision)
        )
    ]


@dataclass(frozen=True)
class ApprovedSnapshot:
    """What a revision is sent as: the approved content and its approval."""

    post_uuid: str
    content_json: str
    approved_at: object  # SQLite's text form (or a datetime)
    source_pack: str | None
    is_sample: bool
    # (at, checklist_json, overrides_json, comment, reviewer name, role, method,
    # evidence_sha256, evidence_at) of an approval on this PC
    review: tuple[object, ...] | None
    chain: ChainProof | None = None  # of an approval by reviewers on their own PCs


@dataclass(frozen=True)
class ChainProof:
    """What a revision approved through a chain carries: the chain it was evaluated with,
    the decisions that counted (bytes and signatures as received), and the registrations
    of those reviewers as this PC signed them."""

    chain_json: str
    decisions: tuple[tuple[bytes, bytes, str], ...]  # (decision bytes, signature, reviewer id)
    reviewers: dict[str, tuple[str, str, str]]  # id -> (registrations_json, name, jabatan)


def approved_snapshot(conn: Connection, post_id: int, revision: int) -> ApprovedSnapshot | None:
    """The stored snapshot of one approved revision; None if it is not stored.

    Plain SQL on a connection: the ORM's Post (with its eagerly loaded variants and media)
    is not needed to send the approved snapshot, and costs milliseconds a revision, more
    than writing its files.
    """
    row = conn.exec_driver_sql(
        "SELECT post.uuid, post_revision.content_json, post_revision.approved_at, "
        "post.source_pack, post.is_demo "
        "FROM post JOIN post_revision ON post_revision.post_id = post.id "
        "WHERE post.id = ? AND post_revision.revision = ?",
        (post_id, revision),
    ).first()
    if row is None:
        return None
    review = conn.exec_driver_sql(
        "SELECT review.at, review.checklist_json, review.overrides_json, "
        "review.comment, person.name, reviewer.role, review.method, "
        "review.evidence_sha256, review.evidence_at FROM review "
        "JOIN reviewer ON review.reviewer_id = reviewer.id "
        "JOIN person ON person.id = reviewer.person_id "
        "WHERE review.post_id = ? AND review.revision = ? "
        "AND review.decision = 'approved' ORDER BY review.id DESC LIMIT 1",
        (post_id, revision),
    ).first()
    return ApprovedSnapshot(
        post_uuid=row[0],
        content_json=row[1],
        approved_at=row[2],
        source_pack=row[3],
        is_sample=bool(row[4]),
        review=None if review is None else tuple(review),
        chain=None if review is not None else _chain_proof(conn, post_id, revision),
    )


def _chain_proof(conn: Connection, post_id: int, revision: int) -> ChainProof | None:
    decisions = conn.exec_driver_sql(
        "SELECT decision_bytes, signature, reviewer_id FROM review_decision "
        "WHERE post_id = ? AND revision = ? AND counted = 1 AND verdict = 'approve' "
        "ORDER BY step, signed_at, reviewer_id",
        (post_id, revision),
    ).all()
    if not decisions:
        return None
    chain = conn.exec_driver_sql(
        "SELECT chain_json FROM review_request WHERE post_id = ? AND revision = ? "
        "ORDER BY created_at DESC, step DESC LIMIT 1",  # the latest submission's chain
        (post_id, revision),
    ).first()
    if chain is None:
        return None
    ids = sorted({str(row[2]) for row in decisions})
    marks = ",".join("?" for _ in ids)
    reviewers = {
        str(row[0]): (str(row[1]), str(row[2]), str(row[3]))
        for row in conn.exec_driver_sql(
            "SELECT reviewer_id, registrations_json, name, jabatan FROM remote_reviewer "
            f"WHERE reviewer_id IN ({marks})",
            tuple(ids),
        )
    }
    return ChainProof(
        chain_json=str(chain[0]),
        decisions=tuple((bytes(row[0]), bytes(row[1]), str(row[2])) for row in decisions),
        reviewers=reviewers,
    )


def stored_blob(conn: Connection, sha256: str) -> tuple[str, bytes] | None:
    """(mime, bytes) of a stored image; None if the blob store does not hold it."""
    blob = conn.exec_driver_sql("SELECT mime, data FROM blob WHERE sha256 = ?", (sha256,)).first()
    return None if blob is None else (str(blob[0]), bytes(blob[1]))


def allocate_sequences(
    session: Session, todo: Sequence[tuple[int, int]], device_id: str
) -> dict[tuple[int, int], int]:
    """A sequence number for every queued revision of `todo` (a retry keeps the one it was
    given); the caller commits them before anything is published."""
    counter = session.get(DeviceSequence, device_id)
    if counter is None:
        counter = DeviceSequence(device_id=device_id, last_sequence=0)
        session.add(counter)
    rows = {
        (o.post_id, o.revision): o
        for o in session.scalars(select(SyncOutbox).where(SyncOutbox.state == "pending"))
    }
    sequences: dict[tuple[int, int], int] = {}
    for key in todo:
        row = rows.get(key)
        if row is None:
            continue
        if row.sequence is None:
            counter.last_sequence += 1
            row.sequence = counter.last_sequence
        sequences[key] = row.sequence
    return sequences


def mark_outbox(
    session: Session, keys: Sequence[tuple[int, int]], state: str, last_error: str
) -> None:
    """Queued revisions that did not arrive: their state, one more attempt, the reason."""
    for post_id, revision in keys:
        row = session.get(SyncOutbox, (post_id, revision))
        if row is not None:
            row.state = state
            row.attempts += 1
            row.last_error = last_error
            row.updated_at = utcnow()


def mark_published(
    session: Session, arrived: Sequence[tuple[int, int, str]], now: datetime
) -> None:
    """(post id, revision, path) of revisions that reached the folder: published in the
    outbox, and each post still approved at that revision becomes synced (with its event)."""
    outbox = SyncOutbox.__table__
    assert isinstance(outbox, Table)
    conn = session.connection()
    conn.execute(
        update(outbox)
        .where(outbox.c.post_id == bindparam("pid"), outbox.c.revision == bindparam("rev"))
        .values(state="published", published_path=bindparam("path"), last_error=""),
        [{"pid": pid, "rev": rev, "path": path} for pid, rev, path in arrived],
    )
    # SQLAlchemy's own text form of a DateTime, so the ORM reads these back.
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.exec_driver_sql(
        "INSERT INTO post_event "
        "(post_id, at, actor, from_status, to_status, revision, comment) "
        "SELECT id, ?, 'sync', 'approved', 'synced', revision, ? FROM post "
        "WHERE id = ? AND revision = ? AND status = 'approved'",
        [(stamp, path, pid, rev) for pid, rev, path in arrived],
    )
    conn.exec_driver_sql(
        "UPDATE post SET status = 'synced', updated_at = ? "
        "WHERE id = ? AND revision = ? AND status = 'approved'",
        [(stamp, pid, rev) for pid, rev, _path in arrived],
    )
    _chain_sent(session, arrived, now)


def _chain_sent(session: Session, arrived: Sequence[tuple[int, int, str]], now: datetime) -> None:
    """One audit event per revision that reached the folder, with the hash of the approved
    content it was sent as (batched reads: a first sync sends thousands)."""
    conn = session.connection()
    found: dict[tuple[int, int], tuple[str, str]] = {}
    ids = sorted({pid for pid, _rev, _path in arrived})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for pid, rev, uuid, content_json in conn.exec_driver_sql(
            "SELECT r.post_id, r.revision, p.uuid, r.content_json FROM post_revision r "
            f"JOIN post p ON p.id = r.post_id WHERE r.post_id IN ({marks})",
            tuple(chunk),
        ):
            found[(pid, rev)] = (uuid, content_json)
    for pid, rev, path in arrived:
        if (pid, rev) not in found:
            continue
        uuid, content_json = found[(pid, rev)]
        audit.append_event(
            session,
            AuditKind.SENT,
            post_uuid=uuid,
            revision=rev,
            actor="sync",
            detail={"path": path},
            post_content_hash=audit.revision_content_hash(content_json),
            at=now,
        )
