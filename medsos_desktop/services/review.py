"""Review: reviewers with PINs, approving with the checklist, sending back with comments,
and the approved revisions that editing later compares against."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from medsos_desktop.domain.checks import Severity
from medsos_desktop.domain.posts import (
    PostContent,
    Status,
    check_transition,
    content_from_dict,
    content_to_dict,
    status_term,
)
from medsos_desktop.domain.review import (
    MSG_COMMENT_NEEDED,
    MSG_NIP_FORMAT,
    MSG_OWN_POST,
    MSG_PIN_FORMAT,
    BlockingFinding,
    Identity,
    ReviewerRole,
    approval_problems,
    normal_name,
    normalize_nip,
    same_person,
    valid_pin,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.checks import check_post
from medsos_desktop.store import posts as store
from medsos_desktop.store.blobs import put_blob
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    Person,
    Post,
    PostRevision,
    Review,
    Reviewer,
    ReviewerEvent,
    utcnow,
)
from medsos_desktop.store.people import admin_person, post_authors
from medsos_desktop.store.queries import Session
from medsos_desktop.store.queries import review as queries

if TYPE_CHECKING:
    from medsos_desktop.render.approval_sheet import SheetFiles

MSG_WRONG_PIN = QT_TRANSLATE_NOOP("Review", "The PIN for {name} is not right.")
MSG_NO_REVIEWER = QT_TRANSLATE_NOOP("Review", "That reviewer no longer exists.")
MSG_INACTIVE = QT_TRANSLATE_NOOP(
    "Review",
    "{name} is no longer an active reviewer. The admin can activate them again in Settings, "
    "Reviewers.",
)
MSG_NOT_SUBMITTED = QT_TRANSLATE_NOOP(
    "Review", "Only a post awaiting review can be approved or sent back (this one is {status})."
)
MSG_NAME_NEEDED = QT_TRANSLATE_NOOP("Review", "The reviewer needs a name.")
MSG_ALREADY_REVIEWER = QT_TRANSLATE_NOOP(
    "Review", "{name} is already a reviewer. Change that entry instead of adding a second one."
)
MSG_ALREADY_INACTIVE = QT_TRANSLATE_NOOP(
    "Review",
    "{name} is already recorded as a reviewer but deactivated: select them and choose "
    "“Activate again”.",
)
MSG_NIP_TAKEN = QT_TRANSLATE_NOOP(
    "Review", "The NIP {nip} already belongs to {name}: one NIP is one person."
)
MSG_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Review", "{name} is already recorded with another NIP; check the name or the NIP."
)
MSG_NAME_EXISTS = QT_TRANSLATE_NOOP(
    "Review",
    "{name} is already recorded on this PC as someone else. If it is the admin, tick “This "
    "is me”; otherwise tell the two apart (e.g. with a title or the NIP).",
)
MSG_NO_ADMIN = QT_TRANSLATE_NOOP(
    "Review",
    "Enter your own name in Settings first: a reset without the old PIN is recorded in the "
    "admin's name.",
)
MSG_RESET_REASON = QT_TRANSLATE_NOOP(
    "Review",
    "Write why the PIN is reset without the old one (at least {min} characters), e.g. "
    "“forgot the PIN, identity checked in person”.",
)
MSG_RESET_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Review",
    "Without the old PIN, the admin must confirm that they checked who is setting the new one.",
)
MSG_SAME_PIN = QT_TRANSLATE_NOOP("Review", "The new PIN must differ from the old one.")
MSG_REPLY_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Review", "The WhatsApp reply cannot have been received later than now ({now})."
)
MIN_RESET_REASON = 10

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
    jabatan: str = ""
    nip: str = ""
    active: bool = True
    person_id: int | None = None
    is_admin: bool = False  # the admin of this PC: never approves the posts they write
    is_author: bool = False  # wrote or submitted the post asked about (cannot approve it)


class ReviewerAction(StrEnum):
    """What happened to a reviewer record, in the audit trail."""

    ADDED = "added"
    EDITED = "edited"
    LINKED = "linked_to_admin"
    PIN_CHANGED = "pin_changed"  # with the old PIN
    PIN_RESET = "pin_reset_by_admin"  # without it: the admin confirmed, with a reason
    DEACTIVATED = "deactivated"
    ACTIVATED = "activated"


@dataclass(frozen=True)
class ReviewerEventInfo:
    reviewer_id: int
    reviewer: str
    at: datetime
    action: ReviewerAction
    by: str  # the admin's name at the time, "" when unknown
    detail: Mapping[str, object]


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
        BlockingFinding(f.key, platform.value, f.render())
        for platform, findings in found.items()
        for f in findings
        if f.severity is Severity.ERROR
    ]


def _clean(text: str) -> str:
    return " ".join(text.split())[:120]


def _pin_matches(row: Reviewer, pin: str) -> bool:
    return hmac.compare_digest(_hash_pin(pin, row.pin_salt), row.pin_hash)


def _identity(row: Reviewer) -> Identity:
    return Identity(row.person_id, row.person.name, row.person.nip or "")


def _info(row: Reviewer, admin: Person | None, authors: Sequence[Identity] = ()) -> ReviewerInfo:
    person = row.person
    return ReviewerInfo(
        row.id,
        person.name,
        ReviewerRole(row.role),
        person.jabatan,
        person.nip or "",
        row.active,
        person.id,
        admin is not None and admin.id == person.id,
        any(same_person(_identity(row), a) for a in authors),
    )


def _describe(row: Reviewer) -> dict[str, str]:
    person = row.person
    return {
        "name": person.name,
        "jabatan": person.jabatan,
        "nip": person.nip or "",
        "role": row.role,
    }


def _event_hash(event: ReviewerEvent) -> str:
    """sha256 over the previous row's hash and this row's fields, in a fixed form."""
    fields = [
        event.prev_hash,
        event.reviewer_id,
        event.at.isoformat(),
        event.action,
        event.by_person_id,
        event.by_name,
        event.detail_json,
    ]
    return hashlib.sha256(
        json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()
    ).hexdigest()


class ReviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reviewers ---------------------------------------------------------------------

    def add_reviewer(
        self,
        name: str,
        role: ReviewerRole,
        pin: str,
        *,
        jabatan: str = "",
        nip: str = "",
        is_admin: bool = False,
    ) -> ReviewerInfo:
        """A reviewer with their own PIN. `is_admin`: the admin at this PC adds themselves,
        on their own person record (name and position are theirs, and stay theirs).

        The same NIP, or the same name, is the same person: the new reviewer joins that
        record, so an admin who types their own name gets their own record, not a twin."""
        if not valid_pin(pin):
            raise ReviewError(MSG_PIN_FORMAT)
        salt = secrets.token_bytes(16)
        with self.db.transaction() as session:
            admin = admin_person(session)
            if is_admin:
                if admin is None:
                    raise ReviewError(MSG_NO_ADMIN)
                person = admin
            else:
                person = self._person_for(session, name, jabatan, nip)
            taken = queries.reviewer_of_person(session, person.id)
            if taken is not None:
                raise ReviewError(
                    MSG_ALREADY_REVIEWER if taken.active else MSG_ALREADY_INACTIVE,
                    name=person.name,
                )
            row = Reviewer(
                person=person,
                role=role.value,
                pin_salt=salt,
                pin_hash=_hash_pin(pin, salt),
                active=True,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            self._log(session, row, ReviewerAction.ADDED, admin, _describe(row))
            return _info(row, admin)

    def _person_for(self, session: Session, name: str, jabatan: str, nip: str) -> Person:
        """The person record of a new reviewer: an existing one with this NIP or name, or
        a new one."""
        name, jabatan = _clean(name), _clean(jabatan)
        if not name:
            raise ReviewError(MSG_NAME_NEEDED)
        nip_digits = normalize_nip(nip)
        if nip_digits is None:
            raise ReviewError(MSG_NIP_FORMAT)
        people = queries.people(session)
        by_nip = next((p for p in people if nip_digits and p.nip == nip_digits), None)
        by_name = next((p for p in people if normal_name(p.name) == normal_name(name)), None)
        if by_nip is not None and (by_name is None or by_name.id == by_nip.id):
            if normal_name(by_nip.name) != normal_name(name):
                raise ReviewError(MSG_NIP_TAKEN, nip=nip_digits, name=by_nip.name)
            person = by_nip
        elif by_nip is not None:
            raise ReviewError(MSG_NIP_TAKEN, nip=nip_digits, name=by_nip.name)
        elif by_name is not None:
            if nip_digits and by_name.nip and by_name.nip != nip_digits:
                raise ReviewError(MSG_NAME_TAKEN, name=by_name.name)
            person = by_name
        else:
            person = Person(name=name, jabatan="", is_admin=False, created_at=utcnow())
            session.add(person)
        # The admin's own name and position are changed in their settings, not here.
        if not person.is_admin:
            person.name, person.jabatan = name, jabatan or person.jabatan
            person.nip = nip_digits or person.nip
            person.updated_at = utcnow()
        return person

    def update_reviewer(
        self,
        reviewer_id: int,
        *,
        name: str,
        jabatan: str,
        nip: str,
        role: ReviewerRole,
        is_admin: bool = False,
    ) -> ReviewerInfo:
        """Rename, change position, NIP or level. `is_admin` links the entry to the admin
        at this PC for good (there is no unlinking: it would reopen self-approval)."""
        name, jabatan = _clean(name), _clean(jabatan)
        if not name:
            raise ReviewError(MSG_NAME_NEEDED)
        nip_digits = normalize_nip(nip)
        if nip_digits is None:
            raise ReviewError(MSG_NIP_FORMAT)
        with self.db.transaction() as session:
            row = self._get(session, reviewer_id)
            admin = admin_person(session)
            before = _describe(row)
            if is_admin and not row.person.is_admin:
                if admin is None:
                    raise ReviewError(MSG_NO_ADMIN)
                clash = queries.reviewer_of_person(session, admin.id, other_than=row.id)
                if clash is not None:
                    raise ReviewError(MSG_ALREADY_REVIEWER, name=admin.name)
                row.person = admin
                self._log(session, row, ReviewerAction.LINKED, admin, {"before": before})
                before = _describe(row)
            person = row.person
            if not person.is_admin:
                others = queries.people(session, except_id=person.id)
                for other in others:
                    if nip_digits and other.nip == nip_digits:
                        raise ReviewError(MSG_NIP_TAKEN, nip=nip_digits, name=other.name)
                    if normal_name(other.name) == normal_name(name):
                        # A second record for someone already known would dodge the rule.
                        raise ReviewError(MSG_NAME_EXISTS, name=other.name)
                person.name, person.jabatan, person.nip = name, jabatan, nip_digits or None
                person.updated_at = utcnow()
            row.role = role.value
            session.flush()
            after = _describe(row)
            if after != before:
                self._log(
                    session, row, ReviewerAction.EDITED, admin, {"before": before, "after": after}
                )
            return _info(row, admin)

    def reset_pin(
        self,
        reviewer_id: int,
        new_pin: str,
        *,
        old_pin: str | None = None,
        admin_confirmed: bool = False,
        reason: str = "",
    ) -> None:
        """A new PIN: with the old one, or, when it is forgotten, on the admin's word that
        they checked who is setting it, with the reason; both ways go in the audit trail."""
        if not valid_pin(new_pin):
            raise ReviewError(MSG_PIN_FORMAT)
        with self.db.transaction() as session:
            row = self._get(session, reviewer_id)
            admin = admin_person(session)
            if old_pin is not None:
                if not _pin_matches(row, old_pin):
                    raise ReviewError(MSG_WRONG_PIN, name=row.person.name)
                if old_pin == new_pin:
                    raise ReviewError(MSG_SAME_PIN)
                action, detail = ReviewerAction.PIN_CHANGED, {}
            else:
                if admin is None:
                    raise ReviewError(MSG_NO_ADMIN)
                if not admin_confirmed:
                    raise ReviewError(MSG_RESET_UNCONFIRMED)
                if len(reason.strip()) < MIN_RESET_REASON:
                    raise ReviewError(MSG_RESET_REASON, min=MIN_RESET_REASON)
                action = ReviewerAction.PIN_RESET
                detail = {"reason": reason.strip(), "confirmed_by": admin.name}
            row.pin_salt = secrets.token_bytes(16)
            row.pin_hash = _hash_pin(new_pin, row.pin_salt)
            self._log(session, row, action, admin, detail)

    def set_active(self, reviewer_id: int, active: bool) -> None:
        """Deactivated reviewers keep their name on past decisions and can approve nothing."""
        with self.db.transaction() as session:
            row = self._get(session, reviewer_id)
            if row.active == active:
                return
            row.active = active
            action = ReviewerAction.ACTIVATED if active else ReviewerAction.DEACTIVATED
            self._log(session, row, action, admin_person(session), {})

    def reviewers(self, post_id: int | None = None) -> list[ReviewerInfo]:
        """The active reviewers, by name. With `post_id`, each says whether they wrote or
        submitted that post (`is_author`): the review window shows them as unable to approve."""
        return [r for r in self.all_reviewers(post_id) if r.active]

    def all_reviewers(self, post_id: int | None = None) -> list[ReviewerInfo]:
        """Every reviewer, the deactivated ones included (for the settings)."""
        with self.db.session() as session:
            admin = admin_person(session)
            authors = self._authors(session, post_id) if post_id is not None else []
            rows = queries.reviewers(session)
            infos = [_info(r, admin, authors) for r in rows]
        return sorted(infos, key=lambda r: (not r.active, r.name.casefold()))

    def author_problem(self, post_id: int, reviewer_id: int) -> ReviewError | None:
        """Why this reviewer may not approve this post (they wrote or submitted it), or None."""
        with self.db.session() as session:
            row = session.get(Reviewer, reviewer_id)
            if row is None:
                return ReviewError(MSG_NO_REVIEWER)
            if any(same_person(_identity(row), a) for a in self._authors(session, post_id)):
                return ReviewError(MSG_OWN_POST, reviewer=row.person.name)
            return None

    def reviewer_log(self, reviewer_id: int | None = None) -> list[ReviewerEventInfo]:
        """The audit trail of reviewer records, newest first."""
        with self.db.session() as session:
            rows = queries.reviewer_events_newest_first(session, reviewer_id)
            return [
                ReviewerEventInfo(
                    e.reviewer_id,
                    name,
                    e.at,
                    ReviewerAction(e.action),
                    e.by_name,
                    json.loads(e.detail_json or "{}"),
                )
                for e, name in rows
            ]

    def reviewer_log_intact(self) -> bool:
        """Every row of the audit trail as it was written, none removed in between."""
        with self.db.session() as session:
            previous = ""
            for row in queries.reviewer_events_oldest_first(session):
                if row.prev_hash != previous or row.hash != _event_hash(row):
                    return False
                previous = row.hash
            return True

    def _get(self, session: Session, reviewer_id: int) -> Reviewer:
        row = session.get(Reviewer, reviewer_id)
        if row is None:
            raise ReviewError(MSG_NO_REVIEWER)
        return row

    def _log(
        self,
        session: Session,
        row: Reviewer,
        action: ReviewerAction,
        admin: Person | None,
        detail: Mapping[str, object],
    ) -> None:
        previous = queries.last_reviewer_event_hash(session)
        event = ReviewerEvent(
            reviewer_id=row.id,
            at=utcnow().replace(microsecond=0),
            action=action.value,
            by_person_id=admin.id if admin else None,
            by_name=admin.name if admin else "",
            detail_json=json.dumps(detail, ensure_ascii=False, sort_keys=True),
            prev_hash=previous or "",
        )
        event.hash = _event_hash(event)
        session.add(event)

    def _authors(self, session: Session, post_id: int) -> list[Identity]:
        return [Identity(pid, name, nip) for pid, name, nip in post_authors(session, post_id)]

    def _check_pin(self, session: Session, reviewer_id: int, pin: str) -> Reviewer:
        row = session.get(Reviewer, reviewer_id)
        if row is None:
            raise ReviewError(MSG_NO_REVIEWER)
        if not row.active:
            raise ReviewError(MSG_INACTIVE, name=row.person.name)
        if not _pin_matches(row, pin):
            raise ReviewError(MSG_WRONG_PIN, name=row.person.name)
        return row

    # -- decisions ---------------------------------------------------------------------

    def blocking(self, post_id: int) -> list[BlockingFinding]:
        with self.db.session() as session:
            post = session.get(Post, post_id)
            content = store.content_of(post) if post else PostContent()
        return blocking_findings(content, load_profile(self.db))

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
        with self.db.transaction() as session:
            reviewer = self._check_pin(session, reviewer_id, pin)
            self._approve(session, reviewer, post_id, blocking, checklist, overrides, comment)

    def approve_by_whatsapp(
        self,
        post_id: int,
        reviewer_id: int,
        screenshot: bytes,
        screenshot_name: str,
        received_at: datetime,
        checklist: Mapping[str, bool],
        overrides: Mapping[str, str],
        comment: str = "",
    ) -> None:
        """Record a reviewer's approval that arrived as a WhatsApp reply, with its screenshot:
        for offices where the head is away and has no PC of their own paired. The same
        checklist and findings as with a PIN; the post carries it to Diskominfo as the
        weakest proof ("bukti WhatsApp"), screenshot included. `received_at`: naive UTC."""
        from medsos_desktop.render.images import import_image

        now = utcnow()
        if received_at > now + timedelta(minutes=5):
            raise ReviewError(MSG_REPLY_IN_FUTURE, now=now.strftime("%Y-%m-%d %H:%M UTC"))
        image = import_image(screenshot, screenshot_name)  # a clear message if it is not one
        blocking = self.blocking(post_id)
        with self.db.transaction() as session:
            reviewer = session.get(Reviewer, reviewer_id)
            if reviewer is None:
                raise ReviewError(MSG_NO_REVIEWER)
            if not reviewer.active:
                raise ReviewError(MSG_INACTIVE, name=reviewer.person.name)
            digest = put_blob(session, image.data, image.mime)
            self._approve(
                session,
                reviewer,
                post_id,
                blocking,
                checklist,
                overrides,
                comment,
                method="whatsapp",
                evidence=(digest, received_at.replace(microsecond=0)),
            )

    def _approve(
        self,
        session: Session,
        reviewer: Reviewer,
        post_id: int,
        blocking: Sequence[BlockingFinding],
        checklist: Mapping[str, bool],
        overrides: Mapping[str, str],
        comment: str,
        *,
        method: str = "pin",
        evidence: tuple[str, datetime] | None = None,
    ) -> None:
        post = session.get(Post, post_id)
        if post is None or Status(post.status) is not Status.SUBMITTED:
            raise ReviewError(MSG_NOT_SUBMITTED, status=status_term(post.status if post else ""))
        problems = approval_problems(
            checklist,
            blocking,
            overrides,
            _identity(reviewer),
            self._authors(session, post_id),
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
                method=method,
                evidence_sha256=evidence[0] if evidence else "",
                evidence_at=evidence[1] if evidence else None,
            )
        )
        store.record_event(
            session,
            post,
            Status.SUBMITTED,
            Status.APPROVED,
            actor=reviewer.person.name,
            person_id=reviewer.person_id,
            comment=comment.strip(),
        )

    def request_changes(self, post_id: int, reviewer_id: int, pin: str, comment: str) -> None:
        if not comment.strip():
            raise ReviewError(MSG_COMMENT_NEEDED)
        with self.db.transaction() as session:
            reviewer = self._check_pin(session, reviewer_id, pin)
            post = session.get(Post, post_id)
            if post is None or Status(post.status) is not Status.SUBMITTED:
                raise ReviewError(
                    MSG_NOT_SUBMITTED, status=status_term(post.status if post else "")
                )
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
                actor=reviewer.person.name,
                person_id=reviewer.person_id,
                comment=comment.strip(),
            )

    # -- history -----------------------------------------------------------------------

    def history(self, post_id: int) -> list[ReviewRecord]:
        with self.db.session() as session:
            rows = queries.reviews_with_names(session, post_id)
            return [ReviewRecord(r.revision, name, r.decision, r.comment, r.at) for r, name in rows]

    def approval_sheet(
        self,
        post_id: int,
        translate: Callable[[str, str], str],
        signer_id: int | None = None,
    ) -> tuple[tuple[bytes, ...], bytes]:
        """The document a head of office signs: (a PNG of every page for WhatsApp, the
        whole sheet as a PDF with real text for printing)."""
        files = self.approval_sheet_files(post_id, translate, signer_id)
        return files.page_pngs, files.pdf

    def sheet_signers(self, post_id: int) -> tuple[list[ReviewerInfo], int | None]:
        """Who may sign the post's approval sheet (active reviewers who did not write it),
        and the one the sheet names unless told otherwise: the only head of office."""
        eligible = [r for r in self.reviewers(post_id) if not r.is_author]
        approvals = [r for r in self.history(post_id) if r.decision == "approved"]
        if approvals:  # the one who approved it signs what they approved
            approver = next((r for r in eligible if r.name == approvals[-1].reviewer), None)
            if approver is not None:
                return eligible, approver.id
        heads = [r for r in eligible if r.role is ReviewerRole.KEPALA_DINAS]
        return eligible, heads[0].id if len(heads) == 1 else None

    def approval_sheet_files(
        self,
        post_id: int,
        translate: Callable[[str, str], str],
        signer_id: int | None = None,
    ) -> SheetFiles:
        """Gather what the sheet shows — the post, its findings, the drafter, the head of
        office who signs (`signer_id`, else the only head of office, else a blank block to
        fill by hand) — and render it (see render/approval_sheet.py)."""
        from medsos_desktop.domain.platforms import RULES
        from medsos_desktop.domain.posts import CATEGORY_LABELS
        from medsos_desktop.domain.review import CHECKLIST, ROLE_LABELS
        from medsos_desktop.render.approval_sheet import (
            LABELS,
            SheetCaption,
            SheetContent,
            SheetFinding,
            SheetImage,
            Signer,
            caption_changes,
            render_sheet,
            sheet_number,
        )
        from medsos_desktop.services.brand import BrandService
        from medsos_desktop.services.metrics import MONTH_NAMES
        from medsos_desktop.store.blobs import get_blob

        with self.db.session() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise ReviewError(MSG_NO_REVIEWER)
            content, revision, created = store.content_of(post), post.revision, post.created_at
            # Not (or no longer) submitted: the sheet says it is a draft, not for signing.
            draft = post.status in (Status.DRAFT.value, Status.CHANGES_REQUESTED.value)
            approved_status = post.status in (
                Status.APPROVED.value,
                Status.SYNCED.value,
                Status.PUBLISHED.value,
            )
            creator = session.get(Person, post.created_by) if post.created_by else None
            drafter_row = creator or admin_person(session)
            drafter = (
                Signer(drafter_row.jabatan or "", drafter_row.name, drafter_row.nip or "")
                if drafter_row is not None
                else Signer()
            )
        brand = BrandService(self.db).load()
        profile = load_profile(self.db)
        eligible, default_id = self.sheet_signers(post_id)
        chosen = next(
            (r for r in eligible if r.id == (signer_id if signer_id is not None else default_id)),
            None,
        )
        signer = (
            Signer(
                chosen.jabatan or translate("Review", ROLE_LABELS[chosen.role]),
                chosen.name,
                chosen.nip,
            )
            if chosen is not None
            else Signer()
        )

        def load_blob(sha256: str) -> bytes | None:
            with self.db.session() as session:
                return get_blob(session, sha256)

        def tr(text: str) -> str:
            return translate("ApprovalSheet", text)

        def long_date(day: datetime, with_time: bool = False) -> str:
            text = f"{day.day} {translate('Report', MONTH_NAMES[day.month - 1])} {day.year}"
            return f"{text}, {day:%H.%M}" if with_time else text

        labels = {key: tr(value) for key, value in LABELS.items()}
        platform_names = [RULES[p].label for p in content.platforms]
        planned = long_date(content.planned_at, True) if content.planned_at else tr(MSG_UNSCHEDULED)
        drafter_text = drafter.name or "—"
        if drafter.name and drafter.jabatan:
            drafter_text = f"{drafter.name} ({drafter.jabatan})"

        # Each distinct text once, with every platform that publishes exactly it.
        groups: dict[str, list[str]] = {}
        for platform in content.platforms:
            groups.setdefault(content.final_caption(platform), []).append(RULES[platform].label)
        standard = content.standard_caption()
        if not groups:
            groups[standard] = [labels["no_platforms"]]
        order = sorted(groups, key=lambda text: text != standard)
        captions = []
        for index, text in enumerate(order):
            changes = caption_changes(order[0], text) if index else None
            added, removed = changes or ([], [])
            captions.append(SheetCaption(", ".join(groups[text]), text, index == 0, added, removed))

        found: dict[tuple[str, str], list[str]] = {}
        for platform, findings in check_post(content, profile).items():
            for finding in findings:
                key = (finding.severity.value, finding.render(translate))
                found.setdefault(key, []).append(RULES[platform].label)
        rank = {Severity.ERROR.value: 0, Severity.WARNING.value: 1, Severity.INFO.value: 2}
        sheet_findings = [
            SheetFinding(severity, ", ".join(names), message)
            for (severity, message), names in sorted(found.items(), key=lambda i: rank[i[0][0]])
        ]

        decision = next(
            (
                r
                for r in reversed(self.history(post_id))
                if r.revision == revision and r.decision == "approved"
            ),
            None,
        )
        approved = (
            (decision.reviewer, long_date(decision.at, True))
            if approved_status and decision is not None
            else None
        )
        approved_by = "pin"
        if decision is not None:
            with self.db.session() as session:
                approved_by = queries.review_method(session, post_id, revision) or "pin"
        elif approved_status:
            # Approved on the reviewers' own PCs: every counted signature, the last step's
            # reviewer signs the sheet unless the admin chose someone else.
            with self.db.session() as session:
                chain = queries.chain_approvers(session, post_id, revision)
            if chain:
                names = ", ".join(name for name, _jabatan, _at in chain)
                approved = (names, long_date(chain[-1][2], True))
                approved_by = "signed"
                if signer_id is None:
                    signer = Signer(chain[-1][1], chain[-1][0], "")
        sheet = SheetContent(
            agency=brand.agency_name or profile.name,
            government=brand.parent_government or profile.parent_government,
            address=brand.footer_address,
            number=sheet_number(post_id, revision, profile.short_name or profile.name, created),
            facts=[
                ("fact_title", content.title or "—"),
                ("fact_category", translate("Category", CATEGORY_LABELS[content.category])),
                ("fact_platforms", ", ".join(platform_names) or labels["no_platforms"]),
                ("fact_planned", planned),
                ("fact_revision", str(revision)),
                ("fact_drafter", drafter_text),
                ("fact_date", long_date(datetime.now())),
            ],
            captions=captions,
            findings=sheet_findings,
            checklist=[translate("Review", label) for _key, label in CHECKLIST],
            labels=labels,
            images=[SheetImage(m.sha256, m.alt_text) for m in content.media],
            drafter=drafter,
            signer=signer,
            created_at=created,
            draft=draft,
            approved=approved,
            approved_by=approved_by,
        )
        return render_sheet(sheet, brand, load_blob)

    def approved_revision(self, post_id: int) -> int | None:
        with self.db.session() as session:
            return queries.latest_approved_revision(session, post_id)

    def approved_content(self, post_id: int, revision: int | None = None) -> PostContent | None:
        """The content as approved (the latest approved revision by default)."""
        with self.db.session() as session:
            row = queries.approved_revision_row(session, post_id, revision)
            if row is None:
                return None
            return content_from_dict(json.loads(row.content_json))
