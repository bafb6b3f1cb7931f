"""Published links, figures and the posts a metrics file may be matched to.

Lists of ids are read in batches of `BATCH`: SQLite limits the parameters of one
statement, and a file of 200,000 rows would otherwise build one enormous IN list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import (
    Blob,
    Media,
    Person,
    Post,
    PostMetric,
    PublishedLink,
    Reviewer,
)

BATCH = 500
_Id = TypeVar("_Id", int, str)


def _batches(ids: Sequence[_Id]) -> Iterable[list[_Id]]:
    for start in range(0, len(ids), BATCH):
        yield list(ids[start : start + BATCH])


def links_of_post(session: Session, post_id: int) -> Sequence[PublishedLink]:
    return session.scalars(select(PublishedLink).where(PublishedLink.post_id == post_id)).all()


def all_links(session: Session) -> Sequence[PublishedLink]:
    return session.scalars(select(PublishedLink)).all()


def links_of_posts(session: Session, post_ids: Sequence[int]) -> list[PublishedLink]:
    links: list[PublishedLink] = []
    for chunk in _batches(post_ids):
        links.extend(session.scalars(select(PublishedLink).where(PublishedLink.post_id.in_(chunk))))
    return links


def metric_by_fingerprint(session: Session, fingerprint: str) -> PostMetric | None:
    return session.scalar(select(PostMetric).where(PostMetric.fingerprint == fingerprint))


def metric_exists(session: Session, fingerprint: str) -> bool:
    found = session.scalar(select(PostMetric.id).where(PostMetric.fingerprint == fingerprint))
    return found is not None


def stored_fingerprints(session: Session, fingerprints: Sequence[str]) -> set[str]:
    """Which of `fingerprints` are already stored (figures imported before)."""
    found: set[str] = set()
    for batch in _batches(fingerprints):
        found.update(
            session.scalars(select(PostMetric.fingerprint).where(PostMetric.fingerprint.in_(batch)))
        )
    return found


def metrics_oldest_first(session: Session, post_ids: Sequence[int]) -> Iterator[PostMetric]:
    """The figures of the posts, each post's oldest first (a later row wins when kept by
    key), read batch by batch."""
    for chunk in _batches(post_ids):
        yield from session.scalars(
            select(PostMetric)
            .where(PostMetric.post_id.in_(chunk))
            .order_by(PostMetric.recorded_at, PostMetric.id)
        ).all()


def post_ids_planned_between(
    session: Session,
    low: dt.datetime,
    high: dt.datetime,
    *,
    statuses: Collection[str] | None = None,
    live_only: bool = False,
) -> list[int]:
    """Posts planned from `low` to `high` (both included), of `statuses` if given, and out
    of the trash if `live_only`."""
    query = select(Post.id).where(Post.planned_at >= low, Post.planned_at <= high)
    if statuses is not None:
        query = query.where(Post.status.in_(statuses))
    if live_only:
        query = query.where(Post.deleted_at.is_(None))
    return list(session.scalars(query))


def post_ids_published_between(session: Session, low: dt.datetime, high: dt.datetime) -> list[int]:
    return list(
        session.scalars(
            select(PublishedLink.post_id).where(PublishedLink.published_at.between(low, high))
        )
    )


def posts_by_id(
    session: Session, post_ids: Sequence[int], *, live_only: bool = False
) -> Iterator[Post]:
    """The posts of `post_ids` (out of the trash only, if `live_only`), read batch by
    batch: a caller that keeps only what it needs of each never holds them all."""
    for chunk in _batches(post_ids):
        query = select(Post).where(Post.id.in_(chunk))
        if live_only:
            query = query.where(Post.deleted_at.is_(None))
        yield from session.scalars(query).all()


def choice_rows(
    session: Session,
    statuses: Collection[str],
    window: tuple[dt.datetime, dt.datetime] | None,
    limit: int,
) -> list[tuple[int, str, dt.datetime | None, str, str]]:
    """(id, title, planned, platforms, status) of live posts of `statuses`, newest planned
    first: within `window` those never scheduled, planned in it or published in it."""
    query = select(Post.id, Post.title, Post.planned_at, Post.platforms, Post.status).where(
        Post.status.in_(statuses), Post.deleted_at.is_(None)
    )
    if window is not None:
        low, high = window
        published_near = select(PublishedLink.post_id).where(
            PublishedLink.published_at >= low, PublishedLink.published_at <= high
        )
        query = query.where(
            or_(
                Post.planned_at.is_(None),
                Post.planned_at.between(low, high),
                Post.id.in_(published_near),
            )
        )
    query = query.order_by(Post.planned_at.desc(), Post.id.desc()).limit(limit)
    return [
        (post_id, title, planned, platforms, status)
        for post_id, title, planned, platforms, status in session.execute(query).all()
    ]


def published_at_of(session: Session, post_ids: Sequence[int]) -> dict[int, dt.datetime]:
    """When each of the posts went live (one of its links, if it has several)."""
    return {
        post_id: when
        for post_id, when in session.execute(
            select(PublishedLink.post_id, PublishedLink.published_at).where(
                PublishedLink.post_id.in_(post_ids)
            )
        ).all()
    }


def media_mimes(session: Session, post_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(post id, MIME type) of each post's media, in the post's order."""
    rows = session.execute(
        select(Media.post_id, Blob.mime)
        .join(Blob, Blob.sha256 == Media.blob_sha256)
        .where(Media.post_id.in_(post_ids))
        .order_by(Media.post_id, Media.position)
    ).all()
    return [(post_id, mime) for post_id, mime in rows]


def image_data(session: Session, post_ids: Sequence[int]) -> list[tuple[int, bytes]]:
    """(post id, bytes) of each post's images, in the post's order."""
    rows = session.execute(
        select(Media.post_id, Blob.data)
        .join(Blob, Blob.sha256 == Media.blob_sha256)
        .where(Media.post_id.in_(post_ids), Blob.mime.like("image/%"))
        .order_by(Media.post_id, Media.position)
    ).all()
    return [(post_id, data) for post_id, data in rows]


def active_reviewer_people(session: Session) -> list[tuple[str, str, str | None]]:
    """(position, name, NIP) of every active reviewer."""
    rows = session.execute(
        select(Person.jabatan, Person.name, Person.nip)
        .join(Reviewer, Reviewer.person_id == Person.id)
        .where(Reviewer.active.is_(True))
    ).all()
    return [(jabatan, name, nip) for jabatan, name, nip in rows]
