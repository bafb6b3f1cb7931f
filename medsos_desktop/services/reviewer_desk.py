"""A reviewer's own PC (issue 16): offers itself to an agency, pins the agency PC whose
pairing code matched, receives the requests addressed to it, opens them with its own key,
and signs its decisions over the exact content it was shown. The agency's side is
`remote_review.AgencyReviews`; the folder rules are sync/review_folder.py.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from medsos_desktop.domain.audit import content_hash
from medsos_desktop.domain.fingerprint import pairing_code
from medsos_desktop.fileio import FileTooLarge, read_limited
from medsos_desktop.services.remote_review import (
    MSG_ALREADY_DECIDED,
    MSG_COMMENT_NEEDED,
    MSG_NO_REQUEST,
    MSG_NOT_PAIRED,
    MSG_WITHDRAWN,
    WITHDRAWN,
    PinnedComment,
    RemoteReviewError,
    comments_json,
)
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    InboxRequest,
    PairedAgency,
    utcnow,
)
from medsos_desktop.store.queries import remote_review as queries
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    DEVICES_DIR,
    MAX_SMALL_JSON_BYTES,
    ProtocolViolation,
    created_ok,
    key_id_for,
    utc_timestamp,
)
from medsos_desktop.sync.records import DeviceRecord, parse_device
from medsos_desktop.sync.review_folder import (
    decision_folder,
    list_request_ids,
    list_reviewer_revisions,
    place_review_folder,
    read_review_folder,
    request_folder,
    reviewer_folder,
    withdrawal_folder,
    write_offer,
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
    ReviewerState,
    VerdictValue,
    keys_json,
    parse_decision,
    parse_keys,
    parse_request,
    parse_reviewer,
    parse_withdrawal,
)
from medsos_desktop.sync.sealed import (
    BoxKeyPair,
    SealError,
    box_public_from_signing_public,
    open_sealed,
    seal,
)
from medsos_desktop.sync.writer import Signer


@dataclass(frozen=True)
class InboxItem:
    request_id: str
    agency: str
    title: str
    step: int
    steps: int
    step_title: str
    received_at: datetime
    verdict: str
    content: Mapping[str, Any] = field(repr=False)
    media: Mapping[str, bytes] = field(repr=False)
    decided_at: datetime | None = None
    comments: tuple[PinnedComment, ...] = ()
    # The agency's official hashtags and own contacts, as its caption checks use them.
    agency_checks: Mapping[str, Any] = field(default_factory=dict, repr=False)
    # The steps before this one: (step title, who approved, signed "YYYY-MM-DDTHH:MM:SSZ").
    earlier_steps: tuple[tuple[str, str, str], ...] = ()
    post_uuid: str = ""


class ReviewerDesk:
    def __init__(
        self,
        db: Database,
        signer: Signer,
        public_key: bytes,
        box: BoxKeyPair,
        name: str,
        jabatan: str,
    ) -> None:
        self.db = db
        self.signer = signer
        self.public_key = public_key
        self.box = box
        self.name = name
        self.jabatan = jabatan

    def agency_devices(self, root: Path, agency: str) -> list[DeviceRecord]:
        """The agency's PCs as their device files describe them (unsigned: the pairing code
        is what makes one of them trusted)."""
        folder = root / AGENCIES_DIR / agency / DEVICES_DIR
        found: list[DeviceRecord] = []
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return found
        for name in names:
            if not name.endswith(".json"):
                continue
            try:
                record = parse_device(read_limited(folder / name, MAX_SMALL_JSON_BYTES))
            except (OSError, FileTooLarge, ProtocolViolation):
                continue
            if record.agency == agency and f"{record.device_id}.json" == name:
                found.append(record)
        return found

    def offer(self, root: Path, agency: str) -> None:
        write_offer(
            root,
            ReviewerOffer(
                agency=agency,
                reviewer_id=self.signer.device_id,
                name=self.name,
                jabatan=self.jabatan,
                sign_key=self.public_key,
                box_key=self.box.public,
                created=utc_timestamp(),
            ),
        )

    def pairing_code(self, device: DeviceRecord) -> str:
        return pairing_code(device.public_key, self.public_key, self.box.public)

    def pair(self, root: Path, device: DeviceRecord) -> None:
        """After the reviewer saw the same code on the admin's screen: trust that PC."""
        with self.db.transaction() as session:
            session.merge(
                PairedAgency(
                    device_id=device.device_id,
                    agency=device.agency,
                    device_name=device.device_name,
                    device_key=device.public_key,
                    root=str(root),
                    paired_at=utcnow(),
                )
            )

    def registered(self) -> bool:
        """Whether a paired agency PC has registered this reviewer (active), signed."""
        for paired in self._paired():
            trusted = _paired_key(paired)
            revisions = list_reviewer_revisions(Path(paired.root), paired.agency).get(
                self.signer.device_id, []
            )
            for revision in reversed(revisions):
                read = read_review_folder(
                    Path(paired.root),
                    paired.agency,
                    reviewer_folder(self.signer.device_id, revision),
                    trusted,
                )
                if read.status != "valid":
                    continue
                record = parse_reviewer(read.files[REVIEWER_FILE])
                return record.state is ReviewerState.ACTIVE and record.sign_key == self.public_key
        return False

    def watched_folders(self) -> list[Path]:
        """The folders to watch for new requests: each paired agency's folder (it sees
        reviews/ appear) and its reviews/ (it sees each request renamed in)."""
        folders = []
        for paired in self._paired():
            agency = Path(paired.root) / AGENCIES_DIR / paired.agency
            folders += [p for p in (agency, agency / "reviews") if p.is_dir()]
        return sorted(set(folders))

    def _paired(self) -> list[PairedAgency]:
        with self.db.session() as session:
            rows = list(queries.paired_agencies(session))
            session.expunge_all()
            return rows

    def refresh(self) -> int:
        """Take in the requests addressed to this reviewer; returns how many are new.
        Requests the agency took back (signed by the paired PC) are marked withdrawn."""
        added: list[str] = []
        for paired in self._paired():
            root = Path(paired.root)
            trusted = _paired_key(paired)
            for request_id in list_request_ids(root, paired.agency):
                with self.db.session() as session:
                    if session.get(InboxRequest, request_id) is not None:
                        continue
                read = read_review_folder(root, paired.agency, request_folder(request_id), trusted)
                if read.status != "valid" or read.manifest is None:
                    continue
                try:
                    request = parse_request(read.files[REQUEST_FILE])
                    if self.signer.device_id not in request.recipients:
                        continue
                    sealed_key = parse_keys(read.files[KEYS_FILE])[self.signer.device_id]
                    opened = open_sealed(sealed_key, read.files[PAYLOAD_FILE], self.box)
                    payload = json.loads(opened.decode("utf-8"))
                except (KeyError, ProtocolViolation, SealError, ValueError):
                    continue
                if not isinstance(payload, dict) or not isinstance(payload.get("content"), dict):
                    continue
                if request.agency != paired.agency or request.request_id != request_id:
                    continue
                # What is shown is what is decided on: the content must be the one hashed.
                if content_hash(payload["content"]) != request.content_hash:
                    continue
                with self.db.transaction() as session:
                    if session.get(InboxRequest, request_id) is not None:
                        continue
                    session.add(
                        InboxRequest(
                            request_id=request_id,
                            agency=paired.agency,
                            device_id=read.manifest.signer,
                            post_uuid=request.post_uuid,
                            revision=request.revision,
                            content_hash=request.content_hash,
                            step=request.step,
                            steps=request.steps,
                            step_title=request.step_title,
                            title=request.title,
                            payload_json=json.dumps(payload, ensure_ascii=False),
                            received_at=utcnow(),
                            verdict="",
                            decided_at=None,
                            comments_json="[]",
                        )
                    )
                added.append(request_id)
            # After taking them in: a request first seen already withdrawn is marked too,
            # and is not news.
            self._mark_withdrawn(root, paired.agency, trusted)
        return sum(1 for _rid, verdict in self._verdicts(added) if not verdict)

    def _mark_withdrawn(
        self, root: Path, agency: str, trusted: Callable[[str, str], bytes | None]
    ) -> None:
        with self.db.session() as session:
            waiting = [
                r.request_id for r in queries.inbox(session) if r.agency == agency and not r.verdict
            ]
        for request_id in waiting:
            read = read_review_folder(root, agency, withdrawal_folder(request_id), trusted)
            if read.status != "valid" or WITHDRAWAL_FILE not in read.files:
                continue
            try:
                withdrawal = parse_withdrawal(read.files[WITHDRAWAL_FILE])
            except ProtocolViolation:
                continue
            if (withdrawal.agency, withdrawal.request_id) != (agency, request_id):
                continue
            # Decided here before a kill took the record away: the decision stands.
            own = self._own_decision(root, agency, request_id)
            with self.db.transaction() as session:
                row = session.get(InboxRequest, request_id)
                if row is not None and not row.verdict:
                    row.verdict = own.value if own is not None else WITHDRAWN
                    row.decided_at = utcnow()

    def _own_decision(self, root: Path, agency: str, request_id: str) -> VerdictValue | None:
        """This reviewer's decision on the request as the folder holds it (signed by this
        PC), or None: a kill may have come between placing it and recording it here."""
        placed = read_review_folder(
            root,
            agency,
            decision_folder(request_id, self.signer.device_id),
            lambda signer, key_id: (
                self.public_key
                if (signer, key_id) == (self.signer.device_id, self.signer.key_id)
                else None
            ),
        )
        if placed.status != "valid" or DECISION_FILE not in placed.files:
            return None
        try:
            return parse_decision(placed.files[DECISION_FILE]).verdict
        except ProtocolViolation:
            return None

    def _verdicts(self, request_ids: Sequence[str]) -> list[tuple[str, str]]:
        with self.db.session() as session:
            return [
                (rid, row.verdict)
                for rid in request_ids
                if (row := session.get(InboxRequest, rid)) is not None
            ]

    def inbox(self) -> list[InboxItem]:
        with self.db.session() as session:
            items = []
            for row in queries.inbox(session):
                payload = json.loads(row.payload_json)
                media = {
                    sha: base64.b64decode(text)
                    for sha, text in (payload.get("media") or {}).items()
                    if isinstance(text, str)
                }
                items.append(
                    InboxItem(
                        row.request_id,
                        row.agency,
                        row.title,
                        row.step,
                        row.steps,
                        row.step_title,
                        row.received_at,
                        row.verdict,
                        payload["content"],
                        media,
                        row.decided_at,
                        tuple(
                            PinnedComment.from_dict(c)
                            for c in json.loads(row.comments_json or "[]")
                            if isinstance(c, dict)
                        ),
                        payload.get("agency") if isinstance(payload.get("agency"), dict) else {},
                        _earlier_steps(payload.get("earlier_steps")),
                        row.post_uuid,
                    )
                )
            return items

    def decide(
        self, request_id: str, verdict: VerdictValue, comments: Sequence[PinnedComment] = ()
    ) -> None:
        """Sign the decision over the exact content shown and put it in the folder; the
        comments are sealed to the agency PC that asked."""
        if verdict is VerdictValue.RETURN and not any(c.text.strip() for c in comments):
            raise RemoteReviewError(MSG_COMMENT_NEEDED)
        with self.db.session() as session:
            row = session.get(InboxRequest, request_id)
            if row is None:
                raise RemoteReviewError(MSG_NO_REQUEST)
            if row.verdict == WITHDRAWN:
                raise RemoteReviewError(MSG_WITHDRAWN)
            if row.verdict:
                raise RemoteReviewError(MSG_ALREADY_DECIDED)
            paired = session.get(PairedAgency, row.device_id)
            if paired is None:
                raise RemoteReviewError(MSG_NOT_PAIRED, device=row.device_id)
            agency, root = row.agency, Path(paired.root)
            decision = DecisionRecord(
                agency=agency,
                request_id=request_id,
                post_uuid=row.post_uuid,
                revision=row.revision,
                content_hash=row.content_hash,
                step=row.step,
                reviewer_id=self.signer.device_id,
                key_id=self.signer.key_id,
                verdict=verdict,
                signed=utc_timestamp(),
                has_comments=bool(comments),
            )
            device_box = box_public_from_signing_public(paired.device_key)
            device_id = paired.device_id
        data = decision.to_json()
        files = {DECISION_FILE: data, DECISION_SIGNATURE_FILE: self.signer.sign(data)}
        if comments:
            sealed = seal(
                json.dumps([c.to_dict() for c in comments], ensure_ascii=False).encode("utf-8"),
                {device_id: device_box},
            )
            files[COMMENTS_FILE] = sealed.ciphertext
            files[KEYS_FILE] = keys_json(sealed.keys)
        try:
            place_review_folder(
                root,
                agency,
                decision_folder(request_id, self.signer.device_id),
                files,
                self.signer,
                self.public_key,
            )
        except FileExistsError:
            # Placed before a kill: what the folder holds is the decision, whatever was
            # chosen since.
            verdict = self._own_decision(root, agency, request_id) or verdict
        with self.db.transaction() as session:
            stored = session.get(InboxRequest, request_id)
            if stored is not None:
                stored.verdict = verdict.value
                stored.decided_at = utcnow()
                stored.comments_json = comments_json(comments)


def _paired_key(paired: PairedAgency) -> Callable[[str, str], bytes | None]:
    def key_for(signer: str, key_id: str) -> bytes | None:
        if signer == paired.device_id and key_id == key_id_for(paired.device_key):
            return paired.device_key
        return None

    return key_for


def _earlier_steps(raw: object) -> tuple[tuple[str, str, str], ...]:
    """The earlier steps a request names, kept only when well formed (it is the agency's
    word, sealed and signed, but shown as text: nothing else is read from it)."""
    steps = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        title, names, signed = entry.get("step_title"), entry.get("names"), entry.get("signed")
        if all(isinstance(v, str) for v in (title, names, signed)) and created_ok(signed):
            steps.append((str(title)[:200], str(names)[:500], str(signed)))
    return tuple(steps[:10])


def open_reviewer_desk(
    data_dir: Path,
    db: Database,
    name: str,
    jabatan: str,
    passphrase: str | None = None,
    create_file: bool = False,
) -> ReviewerDesk:
    """This reviewer PC's desk: its identity made the first time (in the password store, or
    a key file under `passphrase`; NoSecureKeyring and the passphrase errors of
    services/identity.py reach the caller, which asks)."""
    from medsos_desktop.services.identity import IdentityService

    identity, signer = IdentityService(data_dir).obtain_signer(passphrase, create_file)
    return ReviewerDesk(db, signer, identity.public_key, signer.box_keys(), name, jabatan)


def agencies_in(root: Path) -> list[str]:
    """The agency folders of a shared folder, for the reviewer to choose theirs."""
    from medsos_desktop.sync.format import is_slug

    try:
        names = sorted(os.listdir(root / AGENCIES_DIR))
    except OSError:
        return []
    return [n for n in names if is_slug(n) and (root / AGENCIES_DIR / n).is_dir()]


# What the reviewer's window names from here (it does not reach into sync/).
__all__ = [
    "InboxItem",
    "PinnedComment",
    "ReviewerDesk",
    "VerdictValue",
    "agencies_in",
    "open_reviewer_desk",
]
