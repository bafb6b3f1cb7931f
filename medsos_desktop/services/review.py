"""Review: reviewers with PINs, approving with the checklist, sending back with comments,
and the approved revisions that editing later compares against."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from medsos_desktop.domain.checks import Severity
from medsos_desktop.domain.posts import (
    PostContent,
    Status,
    check_transition,
    content_from_dict,
    content_to_dict,
)
from medsos_desktop.domain.review import (
    MSG_COMMENT_NEEDED,
    MSG_PIN_FORMAT,
    BlockingFinding,
    ReviewerRole,
    approval_problems,
    valid_pin,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.checks import check_post
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import Post, PostEvent, PostRevision, Review, Reviewer, utcnow

MSG_WRONG_PIN = QT_TRANSLATE_NOOP("Review", "The PIN for {name} is not right.")
MSG_NO_REVIEWER = QT_TRANSLATE_NOOP("Review", "That reviewer no longer exists.")
MSG_NOT_SUBMITTED = QT_TRANSLATE_NOOP(
    "Review", "Only a post awaiting review can be approved or sent back (this one is {status})."
)
MSG_NAME_NEEDED = QT_TRANSLATE_NOOP("Review", "The reviewer needs a name.")

SHEET_LABELS = {
    "captions": QT_TRANSLATE_NOOP("ApprovalSheet", "Caption per platform"),
    "checklist": QT_TRANSLATE_NOOP("ApprovalSheet", "Checklist (tick each item)"),
    "decision": QT_TRANSLATE_NOOP("ApprovalSheet", "Decision"),
    "approve": QT_TRANSLATE_NOOP("ApprovalSheet", "Approved for publication"),
    "back": QT_TRANSLATE_NOOP("ApprovalSheet", "Send back for changes (write the reason)"),
    "signature": QT_TRANSLATE_NOOP("ApprovalSheet", "Name and signature of the reviewer"),
    "date": QT_TRANSLATE_NOOP("ApprovalSheet", "Date"),
    "footer": QT_TRANSLATE_NOOP(
        "ApprovalSheet",
        "Enter the decision in Medsos Desktop with the reviewer's PIN (Review, head of office).",
    ),
}
MSG_SUBTITLE = QT_TRANSLATE_NOOP(
    "ApprovalSheet", "{category} · {platforms} · {planned} · revision {revision}"
)
MSG_UNSCHEDULED = QT_TRANSLATE_NOOP("ApprovalSheet", "not scheduled")

# scrypt: memory-hard, in the standard library; ~50 ms per check here.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


class ReviewError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__("Review", message, **params)


@dataclass(frozen=True)
class ReviewerInfo:
    id: int
    name: str
    role: ReviewerRole


@dataclass(frozen=True)
class ReviewRecord:
    revision: int
    reviewer: str
    decision: str
    comment: str
    at: datetime


def _hash_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, **SCRYPT)


def blocking_findings(content: PostContent, profile: object) -> list[BlockingFinding]:
    """Error-level caption findings: each needs a fix or a reviewer's written reason."""
    found = check_post(content, profile)  # type: ignore[arg-type]
    return [
        BlockingFinding(f"{platform.value}:{f.code}:{f.start}", platform.value, f.render())
        for platform, findings in found.items()
        for f in findings
        if f.severity is Severity.ERROR
    ]


class ReviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reviewers ---------------------------------------------------------------------

    def add_reviewer(self, name: str, role: ReviewerRole, pin: str) -> ReviewerInfo:
        if not name.strip():
            raise ReviewError(MSG_NAME_NEEDED)
        if not valid_pin(pin):
            raise ReviewError(MSG_PIN_FORMAT)
        salt = secrets.token_bytes(16)
        with self.db.session() as session, session.begin():
            row = Reviewer(
                name=name.strip(),
                role=role.value,
                pin_salt=salt,
                pin_hash=_hash_pin(pin, salt),
                active=True,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return ReviewerInfo(row.id, row.name, role)

    def reviewers(self) -> list[ReviewerInfo]:
        with self.db.session() as session:
            rows = session.scalars(
                select(Reviewer).where(Reviewer.active).order_by(Reviewer.name)
            ).all()
            return [ReviewerInfo(r.id, r.name, ReviewerRole(r.role)) for r in rows]

    def _check_pin(self, session: object, reviewer_id: int, pin: str) -> Reviewer:
        row = session.get(Reviewer, reviewer_id)  # type: ignore[attr-defined]
        if row is None or not row.active:
            raise ReviewError(MSG_NO_REVIEWER)
        if not hmac.compare_digest(_hash_pin(pin, row.pin_salt), row.pin_hash):
            raise ReviewError(MSG_WRONG_PIN, name=row.name)
        return row

    # -- decisions ---------------------------------------------------------------------

    def blocking(self, post_id: int) -> list[BlockingFinding]:
        with self.db.session() as session:
            post = session.get(Post, post_id)
            content = store.content_of(post) if post else PostContent()
        return blocking_findings(content, load_profile(self.db))

    def _author(self, session: object, post_id: int) -> str:
        event = session.scalar(  # type: ignore[attr-defined]
            select(PostEvent).where(PostEvent.post_id == post_id).order_by(PostEvent.id).limit(1)
        )
        return event.actor if event else ""

    def approve(
        self,
        post_id: int,
        reviewer_id: int,
        pin: str,
        checklist: Mapping[str, bool],
        overrides: Mapping[str, str],
        comment: str = "",
    ) -> None:
        """Approve the current revision: PIN, checklist and every blocking finding checked
        in one transaction; the approved content is kept for diffs and for sync."""
        blocking = self.blocking(post_id)
        with self.db.session() as session, session.begin():
            reviewer = self._check_pin(session, reviewer_id, pin)
            post = session.get(Post, post_id)
            if post is None or Status(post.status) is not Status.SUBMITTED:
                raise ReviewError(MSG_NOT_SUBMITTED, status=post.status if post else "-")
            problems = approval_problems(
                checklist, blocking, overrides, reviewer.name, self._author(session, post_id)
            )
            if problems:
                raise ReviewError(problems[0].message, **problems[0].params)
            check_transition(Status.SUBMITTED, Status.APPROVED)
            post.status = Status.APPROVED.value
            post.updated_at = utcnow()
            content = store.content_of(post)
            session.add(
                PostRevision(
                    post_id=post_id,
                    revision=post.revision,
                    content_json=json.dumps(content_to_dict(content), ensure_ascii=False),
                    approved_at=utcnow(),
                )
            )
            session.add(
                Review(
                    post_id=post_id,
                    revision=post.revision,
                    reviewer_id=reviewer.id,
                    decision="approved",
                    comment=comment.strip(),
                    checklist_json=json.dumps(dict(checklist)),
                    overrides_json=json.dumps(dict(overrides), ensure_ascii=False),
                    at=utcnow(),
                )
            )
            store.record_event(
                session,
                post,
                Status.SUBMITTED,
                Status.APPROVED,
                actor=reviewer.name,
                comment=comment.strip(),
            )

    def request_changes(self, post_id: int, reviewer_id: int, pin: str, comment: str) -> None:
        if not comment.strip():
            raise ReviewError(MSG_COMMENT_NEEDED)
        with self.db.session() as session, session.begin():
            reviewer = self._check_pin(session, reviewer_id, pin)
            post = session.get(Post, post_id)
            if post is None or Status(post.status) is not Status.SUBMITTED:
                raise ReviewError(MSG_NOT_SUBMITTED, status=post.status if post else "-")
            post.status = Status.CHANGES_REQUESTED.value
            post.updated_at = utcnow()
            session.add(
                Review(
                    post_id=post_id,
                    revision=post.revision,
                    reviewer_id=reviewer.id,
                    decision="changes_requested",
                    comment=comment.strip(),
                    checklist_json="{}",
                    overrides_json="{}",
                    at=utcnow(),
                )
            )
            store.record_event(
                session,
                post,
                Status.SUBMITTED,
                Status.CHANGES_REQUESTED,
                actor=reviewer.name,
                comment=comment.strip(),
            )

    # -- history -----------------------------------------------------------------------

    def history(self, post_id: int) -> list[ReviewRecord]:
        with self.db.session() as session:
            rows = session.execute(
                select(Review, Reviewer.name)
                .join(Reviewer, Review.reviewer_id == Reviewer.id)
                .where(Review.post_id == post_id)
                .order_by(Review.id)
            ).all()
            return [ReviewRecord(r.revision, name, r.decision, r.comment, r.at) for r, name in rows]

    def approval_sheet(
        self, post_id: int, translate: Callable[[str, str], str]
    ) -> tuple[bytes, bytes]:
        """The post as it will be published, on one page: (PNG, PDF)."""
        from medsos_desktop.domain.platforms import RULES
        from medsos_desktop.domain.posts import CATEGORY_LABELS
        from medsos_desktop.domain.review import CHECKLIST
        from medsos_desktop.render.approval_sheet import SheetContent, render_sheet, sheet_files
        from medsos_desktop.services.brand import BrandService
        from medsos_desktop.store.blobs import get_blob

        with self.db.session() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise ReviewError(MSG_NO_REVIEWER)
            content, revision = store.content_of(post), post.revision
        brand = BrandService(self.db).load()

        def load_blob(sha256: str) -> bytes | None:
            with self.db.session() as session:
                return get_blob(session, sha256)

        planned = (
            content.planned_at.strftime("%d-%m-%Y %H:%M")
            if content.planned_at
            else translate("ApprovalSheet", MSG_UNSCHEDULED)
        )
        subtitle = translate("ApprovalSheet", MSG_SUBTITLE).format(
            category=translate("Category", CATEGORY_LABELS[content.category]),
            platforms=", ".join(RULES[p].label for p in content.platforms) or "—",
            planned=planned,
            revision=revision,
        )
        sheet = SheetContent(
            agency=brand.agency_name,
            government=brand.parent_government,
            title=content.title or "—",
            subtitle=subtitle,
            captions=[(RULES[p].label, content.final_caption(p)) for p in content.platforms],
            checklist=[translate("Review", label) for _key, label in CHECKLIST],
            labels={k: translate("ApprovalSheet", v) for k, v in SHEET_LABELS.items()},
            media=[m.sha256 for m in content.media],
        )
        return sheet_files(render_sheet(sheet, brand, load_blob))

    def approved_revision(self, post_id: int) -> int | None:
        with self.db.session() as session:
            return session.scalar(
                select(PostRevision.revision)
                .where(PostRevision.post_id == post_id)
                .order_by(PostRevision.revision.desc())
                .limit(1)
            )

    def approved_content(self, post_id: int, revision: int | None = None) -> PostContent | None:
        """The content as approved (the latest approved revision by default)."""
        with self.db.session() as session:
            query = select(PostRevision).where(PostRevision.post_id == post_id)
            if revision is not None:
                query = query.where(PostRevision.revision == revision)
            row = session.scalar(query.order_by(PostRevision.revision.desc()).limit(1))
            if row is None:
                return None
            return content_from_dict(json.loads(row.content_json))
