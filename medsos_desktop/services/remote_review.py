"""Approval by heads of office on their own PCs, through a shared folder (issue 16).

Two sides, each on its own data folder:
- the agency's admin PC (`AgencyReviews`): pairs reviewers who offered themselves,
  registers them in the folder (signed by this PC), sends each step of a post's approval
  chain as a request sealed to that step's reviewers, and collects their signed
  decisions, which move the post on (next step, approved, or sent back with comments);
- a reviewer's PC (`reviewer_desk.ReviewerDesk`): offers itself to an agency, pins the
  agency PC whose pairing code matched, receives the requests addressed to it, opens them
  with its own key, and signs its decisions over the exact content it was shown.

No server: the folder (the agency's share or its area of the central folder) is the only
link, with the same atomic rules as the central folder (sync/review_folder.py).
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from medsos_desktop.domain.approval_chain import (
    ApprovalChain,
    ChainSettings,
    Decision,
    Outcome,
    ReviewerRegistration,
    SetAside,
    Verdict,
    approval_expired,
    chain_from_dict,
    chain_to_dict,
    evaluate,
    settings_from_dict,
    settings_to_dict,
)
from medsos_desktop.domain.audit import content_hash
from medsos_desktop.domain.fingerprint import pairing_code
from medsos_desktop.domain.posts import Status, check_transition, content_to_dict, status_term
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store import posts as store
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    ChainConfig,
    Post,
    PostRevision,
    RemoteReviewer,
    ReviewDecisionRecord,
    ReviewRequestRecord,
    utcnow,
)
from medsos_desktop.store.queries import remote_review as queries
from medsos_desktop.sync.approval_proof import registration_entry
from medsos_desktop.sync.format import (
    ProtocolViolation,
    key_id_for,
    signature_ok,
    utc_timestamp,
)
from medsos_desktop.sync.review_folder import (
    decision_folder,
    list_decision_reviewers,
    list_request_ids,
    list_reviewer_revisions,
    place_review_folder,
    read_offers,
    read_review_folder,
    request_folder,
    reviewer_folder,
    withdrawal_folder,
)
from medsos_desktop.sync.review_records import (
    COMMENTS_FILE,
    DECISION_FILE,
    DECISION_SIGNATURE_FILE,
    KEYS_FILE,
    PAYLOAD_FILE,
    REQUEST_FILE,
    REVIEWER_FILE,
    WITHDRAWAL_FILE,
    DecisionRecord,
    ReviewerOffer,
    ReviewerRecord,
    ReviewerState,
    ReviewRequest,
    Withdrawal,
    keys_json,
    new_request_id,
    parse_decision,
    parse_keys,
)
from medsos_desktop.sync.sealed import (
    BoxKeyPair,
    SealError,
    open_sealed,
    seal,
)
from medsos_desktop.sync.writer import Signer

_CTX = "RemoteReview"
MSG_NOT_SUBMITTABLE = QT_TRANSLATE_NOOP(
    "RemoteReview",
    "Only a draft or a post sent back can be sent for review (this one is {status}).",
)
MSG_NO_CHAIN = QT_TRANSLATE_NOOP(
    "RemoteReview",
    "No approval chain is set up yet: add the reviewers' PCs and the steps in Settings, or "
    "approve with a PIN on this PC.",
)
MSG_CHAIN_UNUSABLE = QT_TRANSLATE_NOOP(
    "RemoteReview",
    "The approval chain for this category names a reviewer who is not paired or is no "
    "longer active; fix the chain in Settings.",
)
MSG_NOT_PAIRED = QT_TRANSLATE_NOOP(
    "RemoteReview", "This PC is not paired with the agency PC {device} yet."
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "RemoteReview",
    "Choose the central folder in Settings first: requests to reviewers travel through it.",
)
MSG_NO_REQUEST = QT_TRANSLATE_NOOP("RemoteReview", "That review request is no longer here.")
MSG_ALREADY_DECIDED = QT_TRANSLATE_NOOP("RemoteReview", "You have already decided on this request.")
MSG_COMMENT_NEEDED = QT_TRANSLATE_NOOP(
    "RemoteReview", "Say what must change: a post sent back needs at least one comment."
)

# What a request's payload may hold at most, opened (the sealed form is checked too).
MAX_OPENED_PAYLOAD = 256 * 1024 * 1024


# The comment of a post's history line when a step of its chain is complete (+ its title).
STEP_APPROVED = "step approved: "
# An inbox request's verdict when the agency took it back: nothing to decide.
WITHDRAWN = "withdrawn"
MSG_WITHDRAWN = QT_TRANSLATE_NOOP(
    "RemoteReview",
    "The admin took this request back (the post was changed, withdrawn or already decided "
    "otherwise); there is nothing to decide. A new request comes if it is sent again.",
)


class RemoteReviewError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


@dataclass(frozen=True)
class AgencyDevice:
    """This admin PC as it signs: its key (in the keyring) and what it derives."""

    signer: Signer
    public_key: bytes
    box: BoxKeyPair


@dataclass(frozen=True)
class PairingOffer:
    offer: ReviewerOffer
    code: str  # what the admin compares with the reviewer's screen


@dataclass(frozen=True)
class PinnedComment:
    """A reviewer's comment, pinned to a span of one platform's caption or to a region of
    one image (fractions of its width and height), or to the post as a whole."""

    text: str
    platform: str = ""
    start: int = -1
    end: int = -1
    image: str = ""  # sha256 of the image
    region: tuple[float, float, float, float] | None = None
    # The words as the reviewer selected them: the admin finds them again after editing,
    # or a restart, when the caption no longer has them at `start`.
    quote: str = ""

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"text": self.text}
        if self.platform:
            data.update(platform=self.platform, start=self.start, end=self.end)
            if self.quote:
                data["quote"] = self.quote
        if self.image:
            data.update(image=self.image, region=list(self.region or (0.0, 0.0, 1.0, 1.0)))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PinnedComment:
        region = data.get("region")
        box = None
        if isinstance(region, list) and len(region) == 4:
            values = [float(v) for v in region if isinstance(v, int | float)]
            if len(values) == 4 and all(0.0 <= v <= 1.0 for v in values):
                box = (values[0], values[1], values[2], values[3])
        start, end = data.get("start", -1), data.get("end", -1)
        return cls(
            text=str(data.get("text", ""))[:4000],
            platform=str(data.get("platform", "")),
            start=start if isinstance(start, int) else -1,
            end=end if isinstance(end, int) else -1,
            image=str(data.get("image", "")),
            region=box,
            quote=str(data.get("quote", ""))[:2000],
        )


@dataclass(frozen=True)
class CollectResult:
    new_decisions: int = 0
    approved: tuple[int, ...] = ()
    returned: tuple[int, ...] = ()
    next_steps: tuple[int, ...] = ()
    refused: tuple[str, ...] = ()  # folders read and refused (changed, unknown signer, …)


def comments_json(comments: Sequence[PinnedComment]) -> str:
    return json.dumps([c.to_dict() for c in comments], ensure_ascii=False)


# --- the agency's admin PC -----------------------------------------------------------------


class AgencyReviews:
    def __init__(
        self,
        db: Database,
        root: Path,
        agency: str,
        device: AgencyDevice,
        *,
        load_blob: Callable[[str], bytes | None] | None = None,
    ) -> None:
        self.db = db
        self.root = root
        self.agency = agency
        self.device = device
        self.load_blob = load_blob

    # -- pairing -------------------------------------------------------------------------

    def offers(self) -> list[PairingOffer]:
        """Reviewers who offered themselves and are not registered yet, with the code."""
        offers, _bad = read_offers(self.root, self.agency)
        with self.db.session() as session:
            known = {r.reviewer_id for r in queries.remote_reviewers(session)}
        return [
            PairingOffer(o, pairing_code(self.device.public_key, o.sign_key, o.box_key))
            for o in offers
            if o.reviewer_id not in known
        ]

    def register(self, offer: ReviewerOffer, role: str) -> None:
        """After the admin saw the same code on the reviewer's screen: sign the reviewer's
        registration into the folder and keep them here."""
        now = utcnow().replace(microsecond=0)
        record = ReviewerRecord(
            agency=self.agency,
            reviewer_id=offer.reviewer_id,
            name=offer.name,
            jabatan=offer.jabatan,
            role=role,
            sign_key=offer.sign_key,
            box_key=offer.box_key,
            state=ReviewerState.ACTIVE,
            effective=utc_timestamp(),
            paired_by=self.device.signer.device_id,
        )
        revision, entry = self._place_record(record)
        with self.db.transaction() as session:
            known = session.get(RemoteReviewer, offer.reviewer_id)
            entries = json.loads(known.registrations_json) if known is not None else []
            session.merge(
                RemoteReviewer(
                    reviewer_id=offer.reviewer_id,
                    name=offer.name,
                    jabatan=offer.jabatan,
                    role=role,
                    sign_key=offer.sign_key,
                    box_key=offer.box_key,
                    active=True,
                    registered_at=now,
                    deactivated_at=None,
                    record_revision=revision,
                    registrations_json=json.dumps([*entries, entry]),
                )
            )

    def deactivate(self, reviewer_id: str) -> None:
        """From now on their decisions do not count; the folder says so, signed."""
        with self.db.session() as session:
            row = session.get(RemoteReviewer, reviewer_id)
            if row is None:
                raise RemoteReviewError(MSG_NO_REQUEST)
            record = ReviewerRecord(
                agency=self.agency,
                reviewer_id=row.reviewer_id,
                name=row.name,
                jabatan=row.jabatan,
                role=row.role,
                sign_key=row.sign_key,
                box_key=row.box_key,
                state=ReviewerState.DEACTIVATED,
                effective=utc_timestamp(),
                paired_by=self.device.signer.device_id,
            )
        revision, entry = self._place_record(record)
        with self.db.transaction() as session:
            row = session.get(RemoteReviewer, reviewer_id)
            if row is not None:
                row.active = False
                row.deactivated_at = utcnow().replace(microsecond=0)
                row.record_revision = revision
                row.registrations_json = json.dumps([*json.loads(row.registrations_json), entry])

    def _place_record(self, record: ReviewerRecord) -> tuple[int, dict[str, str]]:
        """Sign the record into the next free registration folder; the revision number and
        the folder as an approval carries it to the central folder."""
        existing = list_reviewer_revisions(self.root, self.agency).get(record.reviewer_id, [])
        revision = (existing[-1] if existing else 0) + 1
        data = record.to_json()
        while True:
            folder = reviewer_folder(record.reviewer_id, revision)
            try:
                placed = place_review_folder(
                    self.root,
                    self.agency,
                    folder,
                    {REVIEWER_FILE: data},
                    self.device.signer,
                    self.device.public_key,
                )
                return revision, registration_entry(
                    folder, placed.manifest_bytes, placed.signature, data
                )
            except FileExistsError:
                revision += 1  # another admin PC wrote one in between

    def reviewers(self) -> list[RemoteReviewer]:
        with self.db.session() as session:
            rows = list(queries.remote_reviewers(session))
            session.expunge_all()
            return rows

    # -- chains ---------------------------------------------------------------------------

    def chain_settings(self) -> ChainSettings | None:
        with self.db.session() as session:
            row = session.get(ChainConfig, 1)
            return settings_from_dict(json.loads(row.settings_json)) if row else None

    def save_chain_settings(self, settings: ChainSettings) -> None:
        with self.db.transaction() as session:
            session.merge(
                ChainConfig(
                    id=1,
                    settings_json=json.dumps(settings_to_dict(settings), ensure_ascii=False),
                    updated_at=utcnow(),
                )
            )

    def withdraw_stale(self) -> int:
        """Take back, signed, the requests whose post no longer waits for them, so their
        reviewers need not decide; how many. A folder away: tried at the next collect."""
        with self.db.session() as session:
            stale = queries.stale_requests(session)
        done = 0
        for request_id, _post_id in stale:
            withdrawal = Withdrawal(self.agency, request_id, utc_timestamp())
            with contextlib.suppress(FileExistsError):  # placed before a kill
                place_review_folder(
                    self.root,
                    self.agency,
                    withdrawal_folder(request_id),
                    {WITHDRAWAL_FILE: withdrawal.to_json()},
                    self.device.signer,
                    self.device.public_key,
                )
            with self.db.transaction() as session:
                row = session.get(ReviewRequestRecord, request_id)
                if row is not None:
                    row.withdrawn_at = utcnow()
            done += 1
        return done

    def expire_approvals(self, now: datetime | None = None) -> tuple[int, ...]:
        """Approvals that lapsed: the post was not published `expiry_days` after its
        planned date (or its approval). Each such post starts a new revision, in draft,
        and must be approved again; its history says why. The ids of those posts."""
        settings = self.chain_settings()
        if settings is None or settings.expiry_days <= 0:
            return ()
        moment = now or utcnow()
        days = settings.expiry_days
        expired = []
        with self.db.transaction() as session:
            cutoff = moment - timedelta(days=days)
            for post_id, approved_at, planned_at in queries.approvals_older_than(session, cutoff):
                if not approval_expired(approved_at, planned_at, False, moment, days):
                    continue
                post = session.get(Post, post_id)
                if post is None:
                    continue
                current = Status(post.status)
                post.revision += 1
                post.status = Status.DRAFT.value
                post.updated_at = utcnow()
                store.record_event(
                    session,
                    post,
                    current,
                    Status.DRAFT,
                    actor="sync",  # the program, by itself (history_dialog words it)
                    comment="approval expired",
                )
                expired.append(post_id)
        return tuple(expired)

    # -- requests -------------------------------------------------------------------------

    def submit(self, post_id: int, actor: str = "") -> str:
        """Send the post's current content to the first step of its category's chain."""
        settings = self.chain_settings()
        if settings is None:
            raise RemoteReviewError(MSG_NO_CHAIN)
        with self.db.transaction() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise RemoteReviewError(MSG_NO_REQUEST)
            current = Status(post.status)
            if current not in (Status.DRAFT, Status.CHANGES_REQUESTED):
                raise RemoteReviewError(MSG_NOT_SUBMITTABLE, status=status_term(current))
            chain = settings.chain_for(post.category)
            active = {r.reviewer_id for r in queries.remote_reviewers(session) if r.active}
            if not chain.steps or any(
                not step.reviewers or set(step.reviewers) - active for step in chain.steps
            ):
                raise RemoteReviewError(MSG_CHAIN_UNUSABLE)
            check_transition(current, Status.SUBMITTED)
            post.status = Status.SUBMITTED.value
            post.updated_at = utcnow()
            store.record_event(session, post, current, Status.SUBMITTED, actor=actor)
            post_uuid, revision = post.uuid, post.revision
            content = content_to_dict(store.content_of(post))
            # In the same transaction as the status: a kill after it leaves a request this
            # PC knows of (placed at the next collect), never a post waiting for nothing.
            request_id = self._record_request(session, post_id, revision, content, chain, 0)
        self._place_request(request_id, post_uuid, revision, content, chain, 0)
        return request_id

    def _send_step(
        self,
        post_id: int,
        post_uuid: str,
        revision: int,
        content: dict[str, object],
        chain: ApprovalChain,
        step: int,
    ) -> str:
        with self.db.transaction() as session:
            request_id = self._record_request(session, post_id, revision, content, chain, step)
        self._place_request(request_id, post_uuid, revision, content, chain, step)
        return request_id

    def _record_request(
        self,
        session: Any,
        post_id: int,
        revision: int,
        content: dict[str, object],
        chain: ApprovalChain,
        step: int,
    ) -> str:
        """Recorded before it is placed: a kill in between leaves a request this PC knows
        of and places at the next collect, never one in the folder it forgot."""
        request_id = new_request_id()
        session.add(
            ReviewRequestRecord(
                request_id=request_id,
                post_id=post_id,
                revision=revision,
                content_hash=content_hash(content),
                step=step,
                chain_json=json.dumps(chain_to_dict(chain), ensure_ascii=False),
                created_at=utcnow(),
            )
        )
        return request_id

    def _place_request(
        self,
        request_id: str,
        post_uuid: str,
        revision: int,
        content: dict[str, object],
        chain: ApprovalChain,
        step: int,
    ) -> None:
        current = chain.steps[step]
        with self.db.session() as session:
            keys = {
                r.reviewer_id: r.box_key
                for r in queries.remote_reviewers(session)
                if r.reviewer_id in current.reviewers
            }
        media: dict[str, str] = {}
        items = content.get("media", [])
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and self.load_blob is not None:
                data = self.load_blob(str(item.get("sha256", "")))
                if data is not None:
                    media[str(item["sha256"])] = base64.b64encode(data).decode("ascii")
        profile = load_profile(self.db)
        # What the caption checks need of the agency besides the post: the reviewer's PC
        # then finds exactly what the admin's editor found (official hashtags, own contacts).
        checks = {
            "name": profile.name,
            "official_hashtags": list(profile.official_hashtags),
            "contacts": list(profile.contacts),
        }
        payload = {
            "content": content,
            "media": media,
            "agency": checks,
            "earlier_steps": self._earlier_steps(post_uuid, revision, chain, step),
        }
        sealed = seal(json.dumps(payload, ensure_ascii=False).encode("utf-8"), keys)
        request = ReviewRequest(
            agency=self.agency,
            request_id=request_id,
            post_uuid=post_uuid,
            revision=revision,
            content_hash=content_hash(content),
            step=step,
            steps=len(chain.steps),
            step_title=current.title,
            rule=current.rule.value,
            recipients=tuple(sorted(keys)),
            title=str(content.get("title", ""))[:500],
            created=utc_timestamp(),
        )
        with contextlib.suppress(FileExistsError):  # placed before a kill
            place_review_folder(
                self.root,
                self.agency,
                request_folder(request_id),
                {
                    REQUEST_FILE: request.to_json(),
                    PAYLOAD_FILE: sealed.ciphertext,
                    KEYS_FILE: keys_json(sealed.keys),
                },
                self.device.signer,
                self.device.public_key,
            )

    def _earlier_steps(
        self, post_uuid: str, revision: int, chain: ApprovalChain, step: int
    ) -> list[dict[str, str]]:
        """The steps before this one, who approved them and when: a Kepala Dinas sees that
        the Kepala Bidang approved first."""
        if step <= 0:
            return []
        with self.db.session() as session:
            post = queries.post_by_uuid(session, post_uuid)
            if post is None:
                return []
            names = {r.reviewer_id: r.name for r in queries.remote_reviewers(session)}
            by_step: dict[int, list[tuple[str, datetime]]] = {}
            for row in queries.decisions_of_post(session, post.id, revision):
                if row.counted and row.verdict == Verdict.APPROVE.value and row.step < step:
                    name = names.get(row.reviewer_id, row.reviewer_id)
                    by_step.setdefault(row.step, []).append((name, row.signed_at))
        earlier = []
        for index in sorted(by_step):
            title = chain.steps[index].title if index < len(chain.steps) else ""
            approvals = by_step[index]
            earlier.append(
                {
                    "step_title": title,
                    "names": ", ".join(name for name, _at in approvals),
                    # The store keeps naive UTC times.
                    "signed": utc_timestamp(max(at for _n, at in approvals).replace(tzinfo=UTC)),
                }
            )
        return earlier

    def _place_missing(self, request_id: str, post_id: int, step: int, chain_json: str) -> None:
        """A request recorded here whose folder is not in the shared folder (a kill in
        between, or a folder cleaned by hand) is placed again, with the same id."""
        if request_id in set(list_request_ids(self.root, self.agency)):
            return
        with self.db.session() as session:
            post = session.get(Post, post_id)
            if post is None or Status(post.status) is not Status.SUBMITTED:
                return
            post_uuid, revision = post.uuid, post.revision
            content = content_to_dict(store.content_of(post))
        chain = chain_from_dict(json.loads(chain_json))
        self._place_request(request_id, post_uuid, revision, content, chain, step)

    # -- decisions ------------------------------------------------------------------------

    def collect(self) -> CollectResult:
        """Read the decisions that arrived for open requests, and move their posts on."""
        with self.db.session() as session:
            requests = [
                (r.request_id, r.post_id, r.revision, r.step, r.content_hash, r.chain_json)
                for r in queries.open_requests(session, [Status.SUBMITTED.value])
            ]
            reviewers = {r.reviewer_id: r for r in queries.remote_reviewers(session)}
            session.expunge_all()
        new, refused = 0, []
        touched: set[int] = set()
        for request_id, post_id, _revision, step, _chash, chain_json in requests:
            self._place_missing(request_id, post_id, step, chain_json)
            for reviewer_id in list_decision_reviewers(self.root, self.agency, request_id):
                if self._known_decision(request_id, reviewer_id):
                    continue
                folder = decision_folder(request_id, reviewer_id)
                read = read_review_folder(self.root, self.agency, folder, _reviewer_key(reviewers))
                if read.status == "pending":
                    continue
                if read.status != "valid" or read.manifest is None:
                    refused.append(folder)
                    continue
                stored = self._store_decision(read.files, read.manifest.signer, post_id)
                if stored is None:
                    refused.append(folder)
                    continue
                new += 1
                touched.add(post_id)
        approved, returned, next_steps = [], [], []
        # Every open post, not only those with new decisions: a kill after a step was
        # complete but before the next request was recorded is finished here.
        touched |= {post_id for _r, post_id, *_rest in requests}
        for post_id in sorted(touched):
            outcome = self._advance(post_id)
            if outcome == "approved":
                approved.append(post_id)
            elif outcome == "returned":
                returned.append(post_id)
            elif outcome == "next":
                next_steps.append(post_id)
        # Requests their posts no longer wait for are taken back, so nobody decides them.
        self.withdraw_stale()
        return CollectResult(
            new, tuple(approved), tuple(returned), tuple(next_steps), tuple(refused)
        )

    def _known_decision(self, request_id: str, reviewer_id: str) -> bool:
        with self.db.session() as session:
            return session.get(ReviewDecisionRecord, (request_id, reviewer_id)) is not None

    def _store_decision(
        self, files: Mapping[str, bytes], signer: str, post_id: int
    ) -> DecisionRecord | None:
        """Keep a decision whose own signature holds and whose fields match its request."""
        data, signature = files.get(DECISION_FILE), files.get(DECISION_SIGNATURE_FILE)
        if data is None or signature is None:
            return None
        try:
            decision = parse_decision(data)
        except ProtocolViolation:
            return None
        with self.db.session() as session:
            request = session.get(ReviewRequestRecord, decision.request_id)
            reviewer = session.get(RemoteReviewer, decision.reviewer_id)
            if request is None or reviewer is None or request.post_id != post_id:
                return None
            if decision.reviewer_id != signer or decision.key_id != key_id_for(reviewer.sign_key):
                return None
            if not signature_ok(reviewer.sign_key, signature, data):
                return None
            if decision.agency != self.agency:
                return None
        comments = "[]"
        if decision.has_comments and COMMENTS_FILE in files and KEYS_FILE in files:
            try:
                sealed_keys = parse_keys(files[KEYS_FILE])
                opened = open_sealed(
                    sealed_keys[self.device.signer.device_id],
                    files[COMMENTS_FILE],
                    self.device.box,
                )
                parsed = json.loads(opened.decode("utf-8"))
                if isinstance(parsed, list):
                    comments = comments_json(
                        [PinnedComment.from_dict(c) for c in parsed if isinstance(c, dict)]
                    )
            except (KeyError, SealError, ValueError, ProtocolViolation):
                comments = "[]"
        signed_at = datetime.strptime(decision.signed, "%Y-%m-%dT%H:%M:%SZ")
        with self.db.transaction() as session:
            if session.get(ReviewDecisionRecord, (decision.request_id, decision.reviewer_id)):
                return decision
            session.add(
                ReviewDecisionRecord(
                    request_id=decision.request_id,
                    reviewer_id=decision.reviewer_id,
                    post_id=post_id,
                    revision=decision.revision,
                    step=decision.step,
                    verdict=decision.verdict.value,
                    signed_at=signed_at,
                    decision_bytes=data,
                    signature=signature,
                    comments_json=comments,
                    counted=False,
                    set_aside="",
                )
            )
        return decision

    def _advance(self, post_id: int) -> str:
        """Evaluate the post's chain with every decision received; apply the outcome."""
        with self.db.transaction() as session:
            post = session.get(Post, post_id)
            if post is None or Status(post.status) is not Status.SUBMITTED:
                return ""
            requests = list(queries.requests_of_post(session, post_id))
            requests = [r for r in requests if r.revision == post.revision]
            if not requests:
                return ""
            # Only this submission's requests: a post sent back and submitted again (the
            # same revision) starts its chain afresh; the earlier round's decisions do not
            # count, and its last step must not stop the new round from going on.
            round_start = max(
                (r.created_at for r in requests if r.step == 0),
                default=min(r.created_at for r in requests),
            )
            requests = [r for r in requests if r.created_at >= round_start]
            chain = chain_from_dict(json.loads(requests[-1].chain_json))
            content = content_to_dict(store.content_of(post))
            chash = content_hash(content)
            rows = list(queries.decisions_of_post(session, post_id, post.revision))
            registry = {
                r.reviewer_id: ReviewerRegistration(
                    r.reviewer_id, r.name, r.jabatan, r.registered_at, r.deactivated_at
                )
                for r in queries.remote_reviewers(session)
            }
            request_ids = {r.request_id: r.step for r in requests}
            decisions = []
            row_of: dict[int, Any] = {}  # id of each Decision -> the row it was read from
            for row in rows:
                if row.request_id not in request_ids:
                    continue
                record = parse_decision(row.decision_bytes)
                decisions.append(
                    Decision(
                        reviewer_id=record.reviewer_id,
                        step=record.step,
                        verdict=Verdict(record.verdict.value),
                        post_uuid=record.post_uuid,
                        revision=record.revision,
                        content_hash=record.content_hash,
                        signed_at=row.signed_at,
                        comment=row.comments_json,
                    )
                )
                row_of[id(decisions[-1])] = row
            state = evaluate(
                chain,
                decisions,
                post_uuid=post.uuid,
                revision=post.revision,
                content_hash=chash,
                reviewers=registry,
            )
            counted = {id(row_of[id(d)]) for d in state.counted}
            aside = {id(row_of[id(d)]): reason.value for d, reason in state.set_aside}
            for row in rows:
                row.counted = id(row) in counted
                # A decision of an earlier round (sent back, then submitted again) is over.
                row.set_aside = aside.get(
                    id(row), "" if row.request_id in request_ids else SetAside.AFTER_OUTCOME.value
                )
            names = {r: registry[r].name for r in registry}
            if state.outcome is Outcome.APPROVED:
                post.status = Status.APPROVED.value
                post.updated_at = utcnow()
                session.add(
                    PostRevision(
                        post_id=post_id,
                        revision=post.revision,
                        content_json=json.dumps(content, ensure_ascii=False),
                        approved_at=utcnow(),
                    )
                )
                signers = ", ".join(names.get(d.reviewer_id, d.reviewer_id) for d in state.counted)
                store.record_event(
                    session, post, Status.SUBMITTED, Status.APPROVED, actor=signers[:120]
                )
                return "approved"
            if state.outcome is Outcome.RETURNED and state.returned_by is not None:
                post.status = Status.CHANGES_REQUESTED.value
                post.updated_at = utcnow()
                by = state.returned_by
                texts = [c.get("text", "") for c in json.loads(by.comment or "[]")]
                store.record_event(
                    session,
                    post,
                    Status.SUBMITTED,
                    Status.CHANGES_REQUESTED,
                    actor=names.get(by.reviewer_id, by.reviewer_id)[:120],
                    comment="\n".join(str(t) for t in texts),
                )
                return "returned"
            last_step = max(r.step for r in requests)
            if state.current_step <= last_step:
                return ""
            # A step complete: its own line in the post's history (who, which step).
            done = state.current_step - 1
            approvers = [
                names.get(d.reviewer_id, d.reviewer_id) for d in state.counted if d.step == done
            ]
            title = chain.steps[done].title if 0 <= done < len(chain.steps) else ""
            store.record_event(
                session,
                post,
                Status.SUBMITTED,
                Status.SUBMITTED,
                actor=", ".join(approvers)[:120],
                comment=f"{STEP_APPROVED}{title}"[:200],
            )
            post_uuid, revision = post.uuid, post.revision
        self._send_step(post_id, post_uuid, revision, content, chain, state.current_step)
        return "next"

    def decisions(self, post_id: int) -> list[tuple[str, str, int, bool, list[PinnedComment]]]:
        """(reviewer name, verdict, step, counted, comments) of the post's current revision."""
        with self.db.session() as session:
            post = session.get(Post, post_id)
            if post is None:
                return []
            names = {r.reviewer_id: r.name for r in queries.remote_reviewers(session)}
            return [
                (
                    names.get(row.reviewer_id, row.reviewer_id),
                    row.verdict,
                    row.step,
                    row.counted,
                    [PinnedComment.from_dict(c) for c in json.loads(row.comments_json)],
                )
                for row in queries.decisions_of_post(session, post_id, post.revision)
            ]


def _reviewer_key(
    reviewers: Mapping[str, RemoteReviewer],
) -> Callable[[str, str], bytes | None]:
    def key_for(signer: str, key_id: str) -> bytes | None:
        row = reviewers.get(signer)
        if row is None or key_id_for(row.sign_key) != key_id:
            return None
        return row.sign_key

    return key_for


def open_agency_reviews(
    data_dir: Path,
    db: Database,
    central_folder: str,
    passphrase: str | None = None,
    create_file: bool = False,
) -> AgencyReviews:
    """The admin PC's side, on the agency's area of the central folder, with this PC's key
    (NoSecureKeyring and the passphrase errors of services/identity.py reach the caller,
    which asks). This PC's device file is put there first: reviewers compare its key when
    they pair."""
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.identity import IdentityService
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.sync.central import init_central, publish_device

    if not central_folder:
        raise RemoteReviewError(MSG_NO_FOLDER)
    identity, signer = IdentityService(data_dir).obtain_signer(passphrase, create_file)
    root = Path(central_folder)
    profile = load_profile(db)
    slug = profile.slug
    if profile.confirmed:
        # A new, empty shared folder is set up as a central folder, as the first sync would
        # (the sample workspace never sets up a real one).
        init_central(root, profile.parent_government or profile.name)
    publish_device(root, slug, signer.device_id, identity.device_name, signer.public_key)
    device = AgencyDevice(signer, signer.public_key, signer.box_keys())
    return AgencyReviews(db, root, slug, device, load_blob=PostService(db).blob)


def requests_waiting(db: Database) -> int:
    """How many requests this PC sent are still open (their posts wait for decisions)."""
    with db.session() as session:
        return len(queries.open_requests(session, [Status.SUBMITTED.value]))


def chains_configured(db: Database) -> bool:
    """Whether posts go to reviewers' own PCs (else: a PIN on this PC, as before)."""
    with db.session() as session:
        row = session.get(ChainConfig, 1)
        if row is None:
            return False
        settings = settings_from_dict(json.loads(row.settings_json))
        return bool(settings.default.steps)
