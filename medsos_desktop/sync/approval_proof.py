"""The proof of approval a revision carries to the central folder (protocol 1.1, issue 16),
and how a reader judges it.

post.json's `approval` says how the post was approved, with its `assurance`:

- "signed": every step of the agency's chain approved by reviewers on their own PCs.
  The approval carries the chain, each counted decision with the reviewer's Ed25519
  signature over its exact bytes, and each of those reviewers' registrations as the
  agency's device signed them into its folder (manifest and signature). A reader checks
  each registration against the agency's device keys, each decision against the
  registered key, each decision's content hash against the revision's own content, and
  evaluates the chain with the same rules as the admin's app (domain.approval_chain).
- "pin": a reviewer typed their PIN on the admin's PC (version 1; an approval without
  `assurance` but with a reviewer is read as this). Only the admin's device asserts it.
- "whatsapp": the admin recorded a reply received by WhatsApp; the screenshot is one of
  the revision's media files, named by `evidence.sha256`. The weakest, shown as such.

Nothing here touches the disk; the caller passes the key resolver of its scan.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from medsos_desktop.domain.approval_chain import (
    Assurance,
    Decision,
    Outcome,
    ReviewerRegistration,
    Verdict,
    chain_from_dict,
    evaluate,
)
from medsos_desktop.domain.audit import content_hash
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync.format import ProtocolViolation, signature_ok
from medsos_desktop.sync.review_records import (
    REVIEWER_FILE,
    ReviewerRecord,
    ReviewerState,
    ReviewManifest,
    VerdictValue,
    parse_decision,
    parse_review_manifest,
    parse_reviewer,
)

MAX_ENTRIES = 40  # decisions or registrations one approval may carry
MAX_ENTRY_BYTES = 16 * 1024

# Each a whole finding of `medsos verify` and the coordinator, about one revision.
REASON_SHAPE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: its proof is incomplete or malformed.",
)
REASON_REGISTRATION = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "a reviewer's registration is not signed by a known device of the agency.",
)
REASON_DECISION = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "a decision is not signed by the key the agency registered for its reviewer.",
)
REASON_CONTENT = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "a decision was made on other content (another post, version or text).",
)
REASON_CHAIN = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "the decisions do not complete every step of the agency's approval chain.",
)
REASON_EVIDENCE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "the WhatsApp screenshot it names is not among the revision's files.",
)
REASON_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync",
    "{path}: the approval it carries cannot be trusted: "
    "it names a kind of approval this version does not know.",
)

# (device_id, key_id, agency) -> public key, or raise ProtocolViolation (verify.KeyResolver)
Resolve = Callable[[str, str, str], bytes]


@dataclass(frozen=True)
class ApprovalCheck:
    """What a reader concluded of a revision's approval. `approvers`: "Name (Jabatan)" per
    counted decision in chain order, or the one reviewer named by a PIN or WhatsApp
    approval. `reason` (English source, Sync context) when the assurance is UNPROVEN."""

    assurance: Assurance
    approvers: tuple[str, ...] = ()
    reason: str = ""
    evidence_sha256: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


class _Unproven(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _b64(value: object) -> bytes:
    if not isinstance(value, str) or len(value) > MAX_ENTRY_BYTES * 2:
        raise _Unproven(REASON_SHAPE)
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise _Unproven(REASON_SHAPE) from exc


def _entries(approval: Mapping[str, object], name: str) -> list[Mapping[str, object]]:
    raw = approval.get(name)
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_ENTRIES:
        raise _Unproven(REASON_SHAPE)
    if not all(isinstance(entry, dict) for entry in raw):
        raise _Unproven(REASON_SHAPE)
    return raw


def _moment(stamp: str) -> datetime:
    """A protocol timestamp (already checked by `created_ok`) as a naive UTC datetime."""
    return datetime.fromisoformat(stamp[:-1])


# --- writing (the agency's side) ----------------------------------------------------------


def registration_entry(
    folder: str, manifest: bytes, signature: bytes, record: bytes
) -> dict[str, str]:
    """One signed registration folder, as an approval carries it."""
    return {
        "folder": folder,
        "manifest": base64.b64encode(manifest).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
        "reviewer": base64.b64encode(record).decode("ascii"),
    }


def decision_entry(decision: bytes, signature: bytes) -> dict[str, str]:
    return {
        "decision": base64.b64encode(decision).decode("ascii"),
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def signed_approval(
    chain: Mapping[str, object],
    registrations: Sequence[Mapping[str, object]],
    decisions: Sequence[Mapping[str, object]],
    approvers: Sequence[str],
    at: str,
) -> dict[str, object]:
    """post.json's `approval` for a chain approved by reviewers' signatures. `reviewer`
    names them for readers of version 1, which know only that field."""
    return {
        "assurance": Assurance.SIGNED.value,
        "reviewer": ", ".join(approvers),
        "role": "",
        "at": at,
        "chain": dict(chain),
        "registrations": [dict(r) for r in registrations],
        "decisions": [dict(d) for d in decisions],
    }


# --- reading (the coordinator's side, `medsos verify`) -------------------------------------


def check_approval(
    post: Mapping[str, object],
    agency: str,
    post_uuid: str,
    revision: int,
    resolve: Resolve,
    media_hashes: Collection[str] = (),
) -> ApprovalCheck:
    """Judge the approval of a revision whose own signature already holds. `media_hashes`:
    the sha256 of the media files its manifest lists. Never raises for what it reads."""
    approval = post.get("approval")
    if not isinstance(approval, dict):
        return ApprovalCheck(Assurance.NONE)
    reviewer = approval.get("reviewer")
    named = (reviewer[:200],) if isinstance(reviewer, str) and reviewer else ()
    kind = approval.get("assurance")
    if kind is None:
        # Version 1: only the PIN flow existed.
        return ApprovalCheck(Assurance.PIN if named else Assurance.NONE, named)
    try:
        if kind == Assurance.PIN.value:
            return ApprovalCheck(Assurance.PIN, named)
        if kind == Assurance.WHATSAPP.value:
            evidence = approval.get("evidence")
            digest = evidence.get("sha256") if isinstance(evidence, dict) else None
            if not isinstance(digest, str) or digest not in media_hashes:
                raise _Unproven(REASON_EVIDENCE)
            return ApprovalCheck(Assurance.WHATSAPP, named, evidence_sha256=digest)
        if kind == Assurance.SIGNED.value:
            content = post.get("content")
            if not isinstance(content, dict):
                raise _Unproven(REASON_SHAPE)
            approvers = _check_signed(approval, agency, post_uuid, revision, content, resolve)
            return ApprovalCheck(Assurance.SIGNED, approvers)
        raise _Unproven(REASON_UNKNOWN)
    except _Unproven as exc:
        return ApprovalCheck(Assurance.UNPROVEN, named, exc.reason)


def _check_signed(
    approval: Mapping[str, object],
    agency: str,
    post_uuid: str,
    revision: int,
    content: Mapping[str, object],
    resolve: Resolve,
) -> tuple[str, ...]:
    records = _registrations(_entries(approval, "registrations"), agency, resolve)
    chain_raw = approval.get("chain")
    if not isinstance(chain_raw, dict):
        raise _Unproven(REASON_SHAPE)
    try:
        chain = chain_from_dict(chain_raw)
    except (ValueError, TypeError, KeyError) as exc:
        raise _Unproven(REASON_SHAPE) from exc
    if not chain.steps:
        raise _Unproven(REASON_CHAIN)
    registry = {rid: _registration(history) for rid, history in records.items()}
    chash = content_hash(content)
    decisions: list[Decision] = []
    for entry in _entries(approval, "decisions"):
        data, signature = _b64(entry.get("decision")), _b64(entry.get("signature"))
        try:
            record = parse_decision(data)
        except ProtocolViolation as exc:
            raise _Unproven(REASON_SHAPE) from exc
        history = records.get(record.reviewer_id)
        if record.agency != agency or not history:
            raise _Unproven(REASON_DECISION)
        sign_key = history[-1].sign_key
        if record.key_id != history[-1].key_id or not signature_ok(sign_key, signature, data):
            raise _Unproven(REASON_DECISION)
        if (record.post_uuid, record.revision, record.content_hash) != (
            post_uuid,
            revision,
            chash,
        ):
            raise _Unproven(REASON_CONTENT)
        if record.verdict is not VerdictValue.APPROVE:
            raise _Unproven(REASON_CHAIN)
        decisions.append(
            Decision(
                reviewer_id=record.reviewer_id,
                step=record.step,
                verdict=Verdict.APPROVE,
                post_uuid=record.post_uuid,
                revision=record.revision,
                content_hash=record.content_hash,
                signed_at=_moment(record.signed),
            )
        )
    state = evaluate(
        chain,
        decisions,
        post_uuid=post_uuid,
        revision=revision,
        content_hash=chash,
        reviewers=registry,
    )
    if state.outcome is not Outcome.APPROVED:
        raise _Unproven(REASON_CHAIN)
    return tuple(
        f"{registry[d.reviewer_id].name} ({registry[d.reviewer_id].jabatan})" for d in state.counted
    )


def _registrations(
    entries: Sequence[Mapping[str, object]], agency: str, resolve: Resolve
) -> dict[str, list[ReviewerRecord]]:
    """reviewer id → their registration records, in folder order, each signed by a device
    of the agency the reader knows."""
    found: dict[str, list[tuple[int, ReviewerRecord]]] = {}
    for entry in entries:
        folder = entry.get("folder")
        manifest_text, signature_text = entry.get("manifest"), entry.get("signature")
        record_text = entry.get("reviewer")
        if not all(
            isinstance(v, str) for v in (folder, manifest_text, signature_text, record_text)
        ):
            raise _Unproven(REASON_SHAPE)
        # Every revision of an agency carries the same few registrations: each is parsed
        # and its signature checked once per scan process, not once per revision.
        parsed = _parsed_registration(
            agency, str(folder), str(manifest_text), str(signature_text), str(record_text)
        )
        if isinstance(parsed, str):
            raise _Unproven(parsed)
        manifest, record, number, manifest_bytes, signature = parsed
        try:
            device_key = resolve(manifest.signer, manifest.key_id, agency)
        except ProtocolViolation as exc:
            raise _Unproven(REASON_REGISTRATION) from exc
        if not _signature_holds(device_key, signature, manifest_bytes):
            raise _Unproven(REASON_REGISTRATION)
        found.setdefault(record.reviewer_id, []).append((number, record))
    result: dict[str, list[ReviewerRecord]] = {}
    for reviewer_id, numbered in found.items():
        history = [record for _n, record in sorted(numbered, key=lambda item: item[0])]
        if len({(r.sign_key, r.box_key) for r in history}) != 1:
            raise _Unproven(REASON_REGISTRATION)  # a registration's keys never change
        result[reviewer_id] = history
    return result


@lru_cache(maxsize=4096)
def _parsed_registration(
    agency: str, folder: str, manifest_text: str, signature_text: str, record_text: str
) -> tuple[ReviewManifest, ReviewerRecord, int, bytes, bytes] | str:
    """A registration entry parsed and matched to its place, or the reason it is not."""
    try:
        manifest_bytes = _b64(manifest_text)
        signature = _b64(signature_text)
        record_bytes = _b64(record_text)
        manifest = parse_review_manifest(manifest_bytes)
        record = parse_reviewer(record_bytes)
    except (ProtocolViolation, _Unproven):
        return REASON_SHAPE
    prefix = f"reviewers/{record.reviewer_id}/r"
    if (
        manifest.agency != agency
        or record.agency != agency
        or folder != manifest.folder
        or not manifest.folder.startswith(prefix)
        or manifest.files
        != ((REVIEWER_FILE, len(record_bytes), hashlib.sha256(record_bytes).hexdigest()),)
    ):
        return REASON_REGISTRATION
    return manifest, record, int(manifest.folder[len(prefix) :]), manifest_bytes, signature


@lru_cache(maxsize=4096)
def _signature_holds(public_key: bytes, signature: bytes, data: bytes) -> bool:
    return signature_ok(public_key, signature, data)


def _registration(history: Sequence[ReviewerRecord]) -> ReviewerRegistration:
    """Active from the first active record on, until the first deactivation after it."""
    registered: datetime | None = None
    deactivated: datetime | None = None
    for record in history:
        moment = _moment(record.effective)
        if record.state is ReviewerState.ACTIVE and registered is None:
            registered = moment
        elif record.state is ReviewerState.DEACTIVATED and registered is not None:
            deactivated = deactivated or moment
    last = history[-1]
    return ReviewerRegistration(
        reviewer_id=last.reviewer_id,
        name=last.name,
        jabatan=last.jabatan,
        registered_at=registered or datetime.max.replace(tzinfo=None),
        deactivated_at=deactivated,
    )
