"""Review on reviewers' own PCs: paired reviewers, requests and decisions on the admin's
side; the inbox and paired agency PCs on a reviewer's (services/remote_review.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from medsos_desktop.store.models import (
    InboxRequest,
    PairedAgency,
    Post,
    PostRevision,
    RemoteReviewer,
    ReviewDecisionRecord,
    ReviewRequestRecord,
)


def remote_reviewers(session: Session) -> Sequence[RemoteReviewer]:
    return session.scalars(select(RemoteReviewer).order_by(RemoteReviewer.name)).all()


def requests_of_post(session: Session, post_id: int) -> Sequence[ReviewRequestRecord]:
    """Oldest first."""
    return session.scalars(
        select(ReviewRequestRecord)
        .where(ReviewRequestRecord.post_id == post_id)
        .order_by(ReviewRequestRecord.created_at, ReviewRequestRecord.step)
    ).all()


def open_requests(session: Session, statuses: Sequence[str]) -> Sequence[ReviewRequestRecord]:
    """Requests of posts whose status is one of `statuses` (awaiting review), at the
    post's current revision."""
    return session.scalars(
        select(ReviewRequestRecord)
        .join(Post, Post.id == ReviewRequestRecord.post_id)
        .where(Post.status.in_(statuses), Post.revision == ReviewRequestRecord.revision)
        .order_by(ReviewRequestRecord.created_at)
    ).all()


def decisions_of_post(
    session: Session, post_id: int, revision: int
) -> Sequence[ReviewDecisionRecord]:
    return session.scalars(
        select(ReviewDecisionRecord)
        .where(ReviewDecisionRecord.post_id == post_id, ReviewDecisionRecord.revision == revision)
        .order_by(ReviewDecisionRecord.signed_at, ReviewDecisionRecord.reviewer_id)
    ).all()


def inbox(session: Session) -> Sequence[InboxRequest]:
    """Undecided first, newest first within each."""
    return session.scalars(
        select(InboxRequest).order_by(InboxRequest.verdict != "", InboxRequest.received_at.desc())
    ).all()


def paired_agencies(session: Session) -> Sequence[PairedAgency]:
    return session.scalars(select(PairedAgency).order_by(PairedAgency.paired_at)).all()


def post_by_uuid(session: Session, post_uuid: str) -> Post | None:
    return session.scalar(select(Post).where(Post.uuid == post_uuid))


def stale_requests(session: Session) -> list[tuple[str, int]]:
    """(request id, post id) of each request not withdrawn yet whose post is no longer
    waiting for it: taken back or sent back, edited into a new revision, approved (by the
    chain, or by a PIN or WhatsApp reply on the admin's PC), or moved to the trash. The
    reviewers who decided keep their decision; the others need not decide."""
    newer = aliased(ReviewRequestRecord)
    superseded = (
        select(newer.request_id)
        .where(
            newer.post_id == ReviewRequestRecord.post_id,
            newer.step == 0,
            newer.created_at > ReviewRequestRecord.created_at,
        )
        .exists()
    )
    rows = session.execute(
        select(ReviewRequestRecord.request_id, ReviewRequestRecord.post_id)
        .join(Post, Post.id == ReviewRequestRecord.post_id)
        .where(
            ReviewRequestRecord.withdrawn_at.is_(None),
            (Post.revision != ReviewRequestRecord.revision)
            | (Post.status != "submitted")
            | Post.deleted_at.is_not(None)
            | superseded,  # the post was sent back and submitted again since
        )
    )
    return [(str(request_id), int(post_id)) for request_id, post_id in rows]


def approvals_older_than(
    session: Session, cutoff: datetime
) -> list[tuple[int, datetime, datetime | None]]:
    """(post id, approved at, planned at) of each approved or sent post, not published,
    approved and planned before `cutoff`: the candidates for an expired approval."""
    rows = session.execute(
        select(Post.id, PostRevision.approved_at, Post.planned_at)
        .join(
            PostRevision,
            (PostRevision.post_id == Post.id) & (PostRevision.revision == Post.revision),
        )
        .where(
            Post.status.in_(["approved", "synced"]),
            Post.deleted_at.is_(None),
            Post.is_demo.is_(False),
            PostRevision.approved_at <= cutoff,
            (Post.planned_at.is_(None)) | (Post.planned_at <= cutoff),
        )
    )
    return [(int(pid), approved, planned) for pid, approved, planned in rows]
