"""Person records: the admin at this PC, and who wrote a post (for "no self-approval")."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Person, Post, PostEvent

# Events whose actor is a person of this PC and wrote the post: created, edited back to
# draft, submitted. Approvals and sends-back are the reviewers' own.
AUTHOR_STATUSES = ("draft", "submitted")
# Actors that are not people: the sample data and the automatic sync.
NOT_PEOPLE = frozenset({"", "demo", "sync"})


def admin_person(session: Session) -> Person | None:
    """The admin at the keyboard of this PC, if they have given their name."""
    return session.scalar(select(Person).where(Person.is_admin).order_by(Person.id).limit(1))


def admin_actor(session: Session, fallback: str = "") -> tuple[str, int | None]:
    """Who does what the admin does, for the audit trail: their name and person record,
    or the name given by the caller while the admin has not said who they are."""
    admin = admin_person(session)
    return (admin.name, admin.id) if admin is not None else (fallback, None)


def post_authors(session: Session, post_id: int) -> list[tuple[int | None, str, str]]:
    """Everyone who wrote, edited back or submitted the post: (person id, name, NIP).

    Events from before person records existed carry only the name that was typed then."""
    authors: list[tuple[int | None, str, str]] = []
    post = session.get(Post, post_id)
    if post is not None and post.created_by is not None:
        creator = session.get(Person, post.created_by)
        if creator is not None:
            authors.append((creator.id, creator.name, creator.nip or ""))
    rows = session.execute(
        select(PostEvent.person_id, PostEvent.actor, Person.name, Person.nip)
        .outerjoin(Person, Person.id == PostEvent.person_id)
        .where(
            PostEvent.post_id == post_id,
            or_(PostEvent.to_status.in_(AUTHOR_STATUSES), PostEvent.from_status == ""),
        )
    ).all()
    for person_id, actor, name, nip in rows:
        if person_id is not None:
            authors.append((person_id, name or actor, nip or ""))
        elif actor not in NOT_PEOPLE:
            authors.append((None, actor, ""))
    return list(dict.fromkeys(authors))
