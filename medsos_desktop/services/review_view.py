"""What the admin's editor shows of review on reviewers' own PCs (issue 16), read from the
database only (no key, no folder): whether an approval chain is set up, where the open
post is in it, and the comments of the reviewer who sent it back, pinned to a span of a
caption or a region of an image. services/remote_review.py writes what is read here."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from medsos_desktop.domain.approval_chain import chain_from_dict, settings_from_dict
from medsos_desktop.domain.audit import content_hash
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Status, content_to_dict
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import ChainConfig, Post
from medsos_desktop.store.queries import remote_review as queries

RETURN = "return"


@dataclass(frozen=True)
class ReturnedComment:
    """One comment of the reviewer who sent the post back."""

    reviewer: str
    jabatan: str
    text: str
    platform: str = ""  # the caption it is pinned to ("" when not about a caption)
    start: int = -1
    end: int = -1
    quote: str = ""  # the span as the reviewer saw it ("" when the caption changed since)
    image: str = ""  # sha256 of the image it is pinned to
    image_number: int = 0  # the image's place in the post, from 1 (0: no longer in it)
    region: tuple[float, float, float, float] | None = None  # fractions: x0, y0, x1, y1


@dataclass(frozen=True)
class ReviewView:
    chain_set: bool = False  # posts go to the reviewers' own PCs
    sent: bool = False  # this revision was sent to the chain
    step: int = 0  # the step waiting for decisions, from 0
    steps: tuple[str, ...] = ()  # the titles of the chain's steps (the post's own chain)
    awaiting: tuple[str, ...] = ()  # who the current step still waits for
    returned_by: str = ""
    comments: tuple[ReturnedComment, ...] = ()


def chain_steps(db: Database, category: str) -> tuple[str, ...]:
    """The titles of the steps a post of this category goes through; () without a chain."""
    with db.session() as session:
        row = session.get(ChainConfig, 1)
        if row is None:
            return ()
        settings = settings_from_dict(json.loads(row.settings_json))
    if not settings.default.steps:
        return ()
    return tuple(step.title for step in settings.chain_for(category).steps)


def review_view(db: Database, post_id: int) -> ReviewView:
    with db.session() as session:
        post = session.get(Post, post_id)
        if post is None:
            return ReviewView()
        status = Status(post.status)
        category = post.category
        requests = [
            r for r in queries.requests_of_post(session, post_id) if r.revision == post.revision
        ]
        reviewers = {r.reviewer_id: r for r in queries.remote_reviewers(session)}
        rows = list(queries.decisions_of_post(session, post_id, post.revision))
        content = store.content_of(post)
    steps = chain_steps(db, category)
    view = ReviewView(chain_set=bool(steps), steps=steps)
    if not requests or status not in (Status.SUBMITTED, Status.CHANGES_REQUESTED):
        return view
    # The round that is on: the requests since the last first step.
    firsts = [i for i, r in enumerate(requests) if r.step == 0]
    first = firsts[-1] if firsts else 0
    current = requests[first:]
    chain = chain_from_dict(json.loads(current[-1].chain_json))
    step = max(r.step for r in current)
    round_ids = {r.request_id for r in current}
    decided = {row.reviewer_id for row in rows if row.request_id in round_ids and row.step == step}
    awaiting: tuple[str, ...] = ()
    if status is Status.SUBMITTED and 0 <= step < len(chain.steps):
        awaiting = tuple(
            reviewers[r].name if r in reviewers else r
            for r in chain.steps[step].reviewers
            if r not in decided
        )
    view = ReviewView(
        chain_set=bool(steps),
        sent=True,
        step=step,
        steps=tuple(s.title for s in chain.steps),
        awaiting=awaiting,
    )
    if status is not Status.CHANGES_REQUESTED:
        return view
    returning = [
        row for row in rows if row.request_id in round_ids and row.verdict == RETURN and row.counted
    ]
    if not returning:
        return view
    # Only for a post sent back: what reads signed decisions is not loaded for the others.
    from medsos_desktop.services.remote_review import PinnedComment
    from medsos_desktop.sync.format import ProtocolViolation
    from medsos_desktop.sync.review_records import parse_decision

    row = returning[-1]
    person = reviewers.get(row.reviewer_id)
    same_content = False
    with contextlib.suppress(ProtocolViolation):
        same_content = parse_decision(row.decision_bytes).content_hash == content_hash(
            content_to_dict(content)
        )
    images = [m.sha256 for m in content.media]
    comments = []
    for data in json.loads(row.comments_json or "[]"):
        if not isinstance(data, dict):
            continue
        pinned = PinnedComment.from_dict(data)
        quote = pinned.quote  # as the reviewer selected it (sent with the comment)
        if not quote and same_content and pinned.platform:
            try:
                text = content.final_caption(Platform(pinned.platform))
            except ValueError:
                text = ""
            if 0 <= pinned.start < pinned.end <= len(text):
                quote = text[pinned.start : pinned.end]
        comments.append(
            ReturnedComment(
                reviewer=person.name if person else row.reviewer_id,
                jabatan=person.jabatan if person else "",
                text=pinned.text,
                platform=pinned.platform,
                start=pinned.start,
                end=pinned.end,
                quote=quote,
                image=pinned.image,
                image_number=images.index(pinned.image) + 1 if pinned.image in images else 0,
                region=pinned.region,
            )
        )
    name = person.name if person else row.reviewer_id
    return ReviewView(
        chain_set=view.chain_set,
        sent=True,
        step=step,
        steps=view.steps,
        returned_by=name,
        comments=tuple(comments),
    )


def locate(text: str, quote: str, start: int) -> tuple[int, int] | None:
    """Where the quoted span is in the caption now: at its place if it is still there, else
    its nearest copy; None once it was changed."""
    if not quote:
        return None
    if text[start : start + len(quote)] == quote:
        return start, start + len(quote)
    found, at = None, text.find(quote)
    while at >= 0:
        if found is None or abs(at - start) < abs(found - start):
            found = at
        at = text.find(quote, at + 1)
    return None if found is None else (found, found + len(quote))


def this_pc_in_folder(data_dir: Path, db: Database, central_folder: str) -> bool:
    """Whether this PC's device file is in its agency's area of the central folder already
    (reviewers find the agency by it when they pair); read without the private key."""
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.identity import IdentityService
    from medsos_desktop.sync.format import AGENCIES_DIR, DEVICES_DIR

    identity = IdentityService(data_dir).load()
    if identity is None or not central_folder:
        return False
    slug = load_profile(db).slug
    try:
        return Path(
            central_folder, AGENCIES_DIR, slug, DEVICES_DIR, f"{identity.device_id}.json"
        ).is_file()
    except OSError:
        return False
