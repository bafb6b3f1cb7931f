"""Reviewers, their audit trail, decisions and approved revisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import (
    Person,
    PostRevision,
    RemoteReviewer,
    Review,
    ReviewDecisionRecord,
    Reviewer,
    ReviewerEvent,
)


def reviewer_of_person(
    session: Session, person_id: int, *, other_than: int | None = None
) -> Reviewer | None:
    """The reviewer record of a person (leaving out reviewer `other_than`), if any."""
    query = select(Reviewer).where(Reviewer.person_id == person_id)
    if other_than is not None:
        query = query.where(Reviewer.id != other_than)
    return session.scalar(query)


def people(session: Session, *, except_id: int | None = None) -> Sequence[Person]:
    """Every person record, oldest first (leaving out `except_id`)."""
    query = select(Person)
    if except_id is not None:
        query = query.where(Person.id != except_id)
    return session.scalars(query.order_by(Person.id)).all()


def reviewers(session: Session) -> Sequence[Reviewer]:
    """Every reviewer with a person record."""
    return session.scalars(select(Reviewer).join(Reviewer.person)).all()


def reviewer_events_newest_first(
    session: Session, reviewer_id: int | None = None
) -> list[tuple[ReviewerEvent, str]]:
    """The reviewer audit trail (of one reviewer, or all), each with the reviewer's name."""
    query = select(ReviewerEvent, Person.name).join(
        Reviewer, Reviewer.id == ReviewerEvent.reviewer_id
    )
    query = query.join(Person, Person.id == Reviewer.person_id)
    if reviewer_id is not None:
        query = query.where(ReviewerEvent.reviewer_id == reviewer_id)
    rows = session.execute(query.order_by(ReviewerEvent.id.desc())).all()
    return [(event, name) for event, name in rows]


def reviewer_events_oldest_first(session: Session) -> Sequence[ReviewerEvent]:
    return session.scalars(select(ReviewerEvent).order_by(ReviewerEvent.id)).all()


def last_reviewer_event_hash(session: Session) -> str | None:
    """The hash the next audit row chains to."""
    return session.scalar(select(ReviewerEvent.hash).order_by(ReviewerEvent.id.desc()).limit(1))


def reviews_with_names(session: Session, post_id: int) -> list[tuple[Review, str]]:
    """The post's decisions, oldest first, each with its reviewer's name."""
    rows = session.execute(
        select(Review, Person.name)
        .join(Reviewer, Review.reviewer_id == Reviewer.id)
        .join(Person, Person.id == Reviewer.person_id)
        .where(Review.post_id == post_id)
        .order_by(Review.id)
    ).all()
    return [(review, name) for review, name in rows]


def latest_approved_revision(session: Session, post_id: int) -> int | None:
    return session.scalar(
        select(PostRevision.revision)
        .where(PostRevision.post_id == post_id)
        .order_by(PostRevision.revision.desc())
        .limit(1)
    )


def approved_revision_row(
    session: Session, post_id: int, revision: int | None = None
) -> PostRevision | None:
    """The snapshot of revision `revision` as approved, or of the latest approved one."""
    query = select(PostRevision).where(PostRevision.post_id == post_id)
    if revision is not None:
        query = query.where(PostRevision.revision == revision)
    return session.scalar(query.order_by(PostRevision.revision.desc()).limit(1))


def review_method(session: Session, post_id: int, revision: int) -> str | None:
    """How the latest approval of this revision on this PC was given ("pin", "whatsapp")."""
    return session.scalar(
        select(Review.method)
        .where(
            Review.post_id == post_id,
            Review.revision == revision,
            Review.decision == "approved",
        )
        .order_by(Review.id.desc())
        .limit(1)
    )


def chain_approvers(
    session: Session, post_id: int, revision: int
) -> list[tuple[str, str, datetime]]:
    """(name, jabatan, signed at) of each decision that counted towards this revision's
    approval on the reviewers' own PCs, in chain order."""
    rows = session.execute(
        select(RemoteReviewer.name, RemoteReviewer.jabatan, ReviewDecisionRecord.signed_at)
        .join(RemoteReviewer, RemoteReviewer.reviewer_id == ReviewDecisionRecord.reviewer_id)
        .where(
            ReviewDecisionRecord.post_id == post_id,
            ReviewDecisionRecord.revision == revision,
            ReviewDecisionRecord.counted.is_(True),
            ReviewDecisionRecord.verdict == "approve",
        )
        .order_by(ReviewDecisionRecord.step, ReviewDecisionRecord.signed_at)
    )
    return [(str(name), str(jabatan), at) for name, jabatan, at in rows]
