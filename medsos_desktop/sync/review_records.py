"""The records of review through a folder (protocol 1.1, issue 16): a reviewer's offer to
pair, the reviewer as the agency registered them, a review request, and a decision.

Like `records.py`, every parser takes bytes from a shared folder, trusts none of them,
and returns a frozen dataclass or raises ProtocolViolation; nothing here touches the disk.
Layout (under `agencies/<agency>/`, which a version 1 reader does not look into):

    reviewers/offers/<reviewer-id>.json          an offer to pair (unsigned, like device files)
    reviewers/<reviewer-id>/r<n>/                the registration, signed by an admin device
        reviewer.json  manifest.json  manifest.sig
    reviews/<request-id>/request/                a request to the reviewers of one step
        request.json  payload.sealed  keys.json  manifest.json  manifest.sig
    reviews/<request-id>/d-<reviewer-id>/        one reviewer's decision, signed by them
        decision.json  decision.sig  [comments.sealed  keys.json]  manifest.json  manifest.sig
    reviews/<request-id>/withdrawn/              the agency took the request back
        withdrawal.json  manifest.json  manifest.sig

Each signed folder's manifest names the folder it belongs in, so it cannot be moved.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync.format import (
    MANIFEST_FILE,
    MAX_REVISION,
    MSG_FIELD,
    PUBLIC_KEY_BYTES,
    SIGNATURE_FILE,
    ProtocolViolation,
    canonical_json,
    check_format,
    created_ok,
    is_device_id,
    is_key_id,
    is_post_uuid,
    is_sha256,
    is_slug,
    json_int,
    json_object,
    json_str,
    key_id_for,
    text_ok,
)
from medsos_desktop.sync.sealed import BOX_KEY_BYTES, SEALED_KEY_BYTES, b64, unb64

OFFER_FORMAT = "medsos-reviewer-offer"
REVIEWER_FORMAT = "medsos-reviewer"
REQUEST_FORMAT = "medsos-review-request"
DECISION_FORMAT = "medsos-review-decision"
WITHDRAWAL_FORMAT = "medsos-review-withdrawal"
KEYS_FORMAT = "medsos-sealed-keys"
REVIEW_MANIFEST_FORMAT = "medsos-review-manifest"

OFFERS_DIR = "offers"
REQUEST_DIR = "request"
DECISION_DIR_PREFIX = "d-"
WITHDRAWN_DIR = "withdrawn"
WITHDRAWAL_FILE = "withdrawal.json"
REVIEWER_FILE = "reviewer.json"
REQUEST_FILE = "request.json"
PAYLOAD_FILE = "payload.sealed"
KEYS_FILE = "keys.json"
DECISION_FILE = "decision.json"
DECISION_SIGNATURE_FILE = "decision.sig"
COMMENTS_FILE = "comments.sealed"
SIGNED_FOLDER_FILES = frozenset(
    {
        REVIEWER_FILE,
        REQUEST_FILE,
        PAYLOAD_FILE,
        KEYS_FILE,
        DECISION_FILE,
        DECISION_SIGNATURE_FILE,
        COMMENTS_FILE,
        WITHDRAWAL_FILE,
    }
)
MAX_RECIPIENTS = 20
MAX_STEPS = 10
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024  # a request carries the post's images and previews
_REQUEST_ID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

MSG_KEY_FIELD = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path}: the key in “{field}” is not a valid public key."
)


class ReviewerState(StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


class VerdictValue(StrEnum):
    APPROVE = "approve"
    RETURN = "return"


def is_request_id(value: object) -> bool:
    return isinstance(value, str) and _REQUEST_ID_RE.fullmatch(value) is not None


def new_request_id() -> str:
    return str(uuid_module.uuid4())


def _key(obj: Mapping[str, object], name: str, size: int) -> bytes:
    value = obj.get(name)
    if not isinstance(value, str):
        raise ProtocolViolation("invalid", MSG_FIELD, field=name)
    try:
        return unb64(value, size)
    except ValueError as exc:
        raise ProtocolViolation("invalid", MSG_KEY_FIELD, field=name) from exc


def _sign_key_and_id(obj: Mapping[str, object]) -> tuple[bytes, str]:
    sign_key = _key(obj, "sign_key", PUBLIC_KEY_BYTES)
    key_id = json_str(obj, "key_id", is_key_id)
    if key_id != key_id_for(sign_key):
        raise ProtocolViolation("invalid", MSG_FIELD, field="key_id")
    return sign_key, key_id


# --- the offer to pair -------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewerOffer:
    """What a reviewer's installation announces: who they say they are and their keys. Not
    signed and not trusted: the admin compares its fingerprint with the reviewer's screen."""

    agency: str
    reviewer_id: str
    name: str
    jabatan: str
    sign_key: bytes
    box_key: bytes
    created: str

    @property
    def key_id(self) -> str:
        return key_id_for(self.sign_key)

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": OFFER_FORMAT,
                "version": 1,
                "agency": self.agency,
                "reviewer_id": self.reviewer_id,
                "name": self.name,
                "jabatan": self.jabatan,
                "sign_key": b64(self.sign_key),
                "box_key": b64(self.box_key),
                "key_id": self.key_id,
                "created": self.created,
            }
        )


def parse_offer(data: bytes) -> ReviewerOffer:
    obj = json_object(data, OFFER_FORMAT)
    check_format(obj, OFFER_FORMAT)
    sign_key, _key_id = _sign_key_and_id(obj)
    return ReviewerOffer(
        agency=json_str(obj, "agency", is_slug),
        reviewer_id=json_str(obj, "reviewer_id", is_device_id),
        name=json_str(obj, "name", text_ok),
        jabatan=json_str(obj, "jabatan", text_ok),
        sign_key=sign_key,
        box_key=_key(obj, "box_key", BOX_KEY_BYTES),
        created=json_str(obj, "created", created_ok),
    )


# --- the registration --------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewerRecord:
    """A reviewer as the agency registered them after comparing fingerprints; a later
    revision of the record deactivates them (from `effective` on)."""

    agency: str
    reviewer_id: str
    name: str
    jabatan: str
    role: str
    sign_key: bytes
    box_key: bytes
    state: ReviewerState
    effective: str  # since when `state` holds
    paired_by: str  # the admin device that compared the fingerprint

    @property
    def key_id(self) -> str:
        return key_id_for(self.sign_key)

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": REVIEWER_FORMAT,
                "version": 1,
                "agency": self.agency,
                "reviewer_id": self.reviewer_id,
                "name": self.name,
                "jabatan": self.jabatan,
                "role": self.role,
                "sign_key": b64(self.sign_key),
                "box_key": b64(self.box_key),
                "key_id": self.key_id,
                "state": self.state.value,
                "effective": self.effective,
                "paired_by": self.paired_by,
            }
        )


def parse_reviewer(data: bytes) -> ReviewerRecord:
    obj = json_object(data, REVIEWER_FORMAT)
    check_format(obj, REVIEWER_FORMAT)
    sign_key, _key_id = _sign_key_and_id(obj)
    state = json_str(obj, "state", lambda v: v in {s.value for s in ReviewerState})
    return ReviewerRecord(
        agency=json_str(obj, "agency", is_slug),
        reviewer_id=json_str(obj, "reviewer_id", is_device_id),
        name=json_str(obj, "name", text_ok),
        jabatan=json_str(obj, "jabatan", text_ok),
        role=json_str(obj, "role", text_ok),
        sign_key=sign_key,
        box_key=_key(obj, "box_key", BOX_KEY_BYTES),
        state=ReviewerState(state),
        effective=json_str(obj, "effective", created_ok),
        paired_by=json_str(obj, "paired_by", is_device_id),
    )


# --- the request ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRequest:
    """A request to the reviewers of one step to decide on one revision's exact content.
    The content itself is in payload.sealed, readable only by `recipients`."""

    agency: str
    request_id: str
    post_uuid: str
    revision: int
    content_hash: str
    step: int  # 0-based position in the chain
    steps: int  # how many steps the chain has
    step_title: str
    rule: str  # "any" or "all"
    recipients: tuple[str, ...]  # reviewer ids
    title: str  # the post's title, shown in the queue before opening
    created: str

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": REQUEST_FORMAT,
                "version": 1,
                "agency": self.agency,
                "request_id": self.request_id,
                "post_uuid": self.post_uuid,
                "revision": self.revision,
                "content_hash": self.content_hash,
                "step": self.step,
                "steps": self.steps,
                "step_title": self.step_title,
                "rule": self.rule,
                "recipients": list(self.recipients),
                "title": self.title,
                "created": self.created,
            }
        )


def parse_request(data: bytes) -> ReviewRequest:
    obj = json_object(data, REQUEST_FORMAT)
    check_format(obj, REQUEST_FORMAT)
    recipients = obj.get("recipients")
    if (
        not isinstance(recipients, list)
        or not 1 <= len(recipients) <= MAX_RECIPIENTS
        or not all(is_device_id(r) for r in recipients)
        or len(set(recipients)) != len(recipients)
    ):
        raise ProtocolViolation("invalid", MSG_FIELD, field="recipients")
    steps = json_int(obj, "steps", 1, MAX_STEPS)
    title = obj.get("title")
    if not isinstance(title, str) or len(title) > 500:
        raise ProtocolViolation("invalid", MSG_FIELD, field="title")
    return ReviewRequest(
        agency=json_str(obj, "agency", is_slug),
        request_id=json_str(obj, "request_id", is_request_id),
        post_uuid=json_str(obj, "post_uuid", is_post_uuid),
        revision=json_int(obj, "revision", 1, MAX_REVISION),
        content_hash=json_str(obj, "content_hash", is_sha256),
        step=json_int(obj, "step", 0, steps - 1),
        steps=steps,
        step_title=json_str(obj, "step_title", text_ok),
        rule=json_str(obj, "rule", lambda v: v in ("any", "all")),
        recipients=tuple(str(r) for r in recipients),
        title=title,
        created=json_str(obj, "created", created_ok),
    )


# --- sealed keys ---------------------------------------------------------------------------


def keys_json(keys: Mapping[str, bytes]) -> bytes:
    return canonical_json(
        {
            "format": KEYS_FORMAT,
            "version": 1,
            "keys": {rid: b64(sealed) for rid, sealed in sorted(keys.items())},
        }
    )


def parse_keys(data: bytes) -> dict[str, bytes]:
    obj = json_object(data, KEYS_FORMAT)
    check_format(obj, KEYS_FORMAT)
    keys = obj.get("keys")
    if not isinstance(keys, dict) or not 1 <= len(keys) <= MAX_RECIPIENTS:
        raise ProtocolViolation("invalid", MSG_FIELD, field="keys")
    result: dict[str, bytes] = {}
    for rid, value in keys.items():
        if not is_device_id(rid) or not isinstance(value, str):
            raise ProtocolViolation("invalid", MSG_FIELD, field="keys")
        try:
            result[rid] = unb64(value, SEALED_KEY_BYTES)
        except ValueError as exc:
            raise ProtocolViolation("invalid", MSG_FIELD, field="keys") from exc
    return result


# --- the decision --------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRecord:
    """A reviewer's decision on the exact content of one request; decision.sig is their
    Ed25519 signature over these bytes, so the decision is proof on its own, wherever it is
    copied (the revision sent to the central folder carries it)."""

    agency: str
    request_id: str
    post_uuid: str
    revision: int
    content_hash: str
    step: int
    reviewer_id: str
    key_id: str
    verdict: VerdictValue
    signed: str
    has_comments: bool

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": DECISION_FORMAT,
                "version": 1,
                "agency": self.agency,
                "request_id": self.request_id,
                "post_uuid": self.post_uuid,
                "revision": self.revision,
                "content_hash": self.content_hash,
                "step": self.step,
                "reviewer_id": self.reviewer_id,
                "key_id": self.key_id,
                "verdict": self.verdict.value,
                "signed": self.signed,
                "has_comments": self.has_comments,
            }
        )


def parse_decision(data: bytes) -> DecisionRecord:
    obj = json_object(data, DECISION_FORMAT)
    check_format(obj, DECISION_FORMAT)
    verdict = json_str(obj, "verdict", lambda v: v in {x.value for x in VerdictValue})
    has_comments = obj.get("has_comments")
    if not isinstance(has_comments, bool):
        raise ProtocolViolation("invalid", MSG_FIELD, field="has_comments")
    return DecisionRecord(
        agency=json_str(obj, "agency", is_slug),
        request_id=json_str(obj, "request_id", is_request_id),
        post_uuid=json_str(obj, "post_uuid", is_post_uuid),
        revision=json_int(obj, "revision", 1, MAX_REVISION),
        content_hash=json_str(obj, "content_hash", is_sha256),
        step=json_int(obj, "step", 0, MAX_STEPS - 1),
        reviewer_id=json_str(obj, "reviewer_id", is_device_id),
        key_id=json_str(obj, "key_id", is_key_id),
        verdict=VerdictValue(verdict),
        signed=json_str(obj, "signed", created_ok),
        has_comments=has_comments,
    )


# --- a withdrawal --------------------------------------------------------------------------


@dataclass(frozen=True)
class Withdrawal:
    """The agency took a request back (the post was changed, taken back or sent back
    meanwhile): its reviewers need not decide it. Signed by the agency PC that asked."""

    agency: str
    request_id: str
    withdrawn: str

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": WITHDRAWAL_FORMAT,
                "version": 1,
                "agency": self.agency,
                "request_id": self.request_id,
                "withdrawn": self.withdrawn,
            }
        )


def parse_withdrawal(data: bytes) -> Withdrawal:
    obj = json_object(data, WITHDRAWAL_FORMAT)
    check_format(obj, WITHDRAWAL_FORMAT)
    return Withdrawal(
        agency=json_str(obj, "agency", is_slug),
        request_id=json_str(obj, "request_id", is_request_id),
        withdrawn=json_str(obj, "withdrawn", created_ok),
    )


# --- the manifest of a signed review folder ---------------------------------------------


@dataclass(frozen=True)
class ReviewManifest:
    """What a signed review folder holds and where it belongs; signed by `signer` (an
    agency device for registrations and requests, a reviewer for decisions)."""

    agency: str
    folder: str  # the folder's path under agencies/<agency>/, with "/"
    signer: str  # device id or reviewer id
    key_id: str
    created: str
    files: tuple[tuple[str, int, str], ...]  # (name, size, sha256), sorted by name

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": REVIEW_MANIFEST_FORMAT,
                "version": 1,
                "agency": self.agency,
                "folder": self.folder,
                "signer": self.signer,
                "key_id": self.key_id,
                "created": self.created,
                "files": [
                    {"path": name, "size": size, "sha256": digest}
                    for name, size, digest in self.files
                ],
            }
        )


_FOLDER_RE = re.compile(
    r"reviewers/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/r[1-9][0-9]{0,5}"
    r"|reviews/[0-9a-f-]{36}/(?:request|withdrawn|d-[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)"
)


def parse_review_manifest(data: bytes) -> ReviewManifest:
    obj = json_object(data, REVIEW_MANIFEST_FORMAT)
    check_format(obj, REVIEW_MANIFEST_FORMAT)
    folder = json_str(
        obj, "folder", lambda v: isinstance(v, str) and _FOLDER_RE.fullmatch(v) is not None
    )
    raw_files = obj.get("files")
    if not isinstance(raw_files, list) or not 1 <= len(raw_files) <= len(SIGNED_FOLDER_FILES):
        raise ProtocolViolation("invalid", MSG_FIELD, field="files")
    files: list[tuple[str, int, str]] = []
    for entry in raw_files:
        if not isinstance(entry, dict):
            raise ProtocolViolation("invalid", MSG_FIELD, field="files")
        name = json_str(entry, "path", lambda v: v in SIGNED_FOLDER_FILES)
        size = json_int(entry, "size", 0, MAX_PAYLOAD_BYTES)
        files.append((name, size, json_str(entry, "sha256", is_sha256)))
    names = [name for name, _size, _digest in files]
    if names != sorted(set(names)):
        raise ProtocolViolation("invalid", MSG_FIELD, field="files")
    return ReviewManifest(
        agency=json_str(obj, "agency", is_slug),
        folder=folder,
        signer=json_str(obj, "signer", is_device_id),
        key_id=json_str(obj, "key_id", is_key_id),
        created=json_str(obj, "created", created_ok),
        files=tuple(files),
    )


def folder_files(names: Sequence[str]) -> frozenset[str]:
    """Every name a complete signed review folder holds: its files, manifest and signature."""
    return frozenset([*names, MANIFEST_FILE, SIGNATURE_FILE])
