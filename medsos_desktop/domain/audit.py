"""The audit trail of a data folder as one hash chain: each event's hash covers the previous
event's hash and the event's own fields, so an event changed, removed or put in another
order afterwards shows as the first link that no longer holds (issue 16, item 6).

What a chain cannot show on its own: the newest events removed from the end (the chain
that is left still holds). Anchoring the head outside the data folder, in the signed
packages of protocol 1.1, is what closes that gap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP


class AuditKind(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    SUBMITTED = "submitted"
    DECIDED = "decided"
    VOIDED = "voided"
    SENT = "sent"
    STATUS = "status"  # any other status change (published, archived, back to draft)
    TRASHED = "trashed"
    RESTORED = "restored"
    PURGED = "purged"


AUDIT_KIND_LABELS: dict[AuditKind, str] = {
    AuditKind.CREATED: QT_TRANSLATE_NOOP("AuditKind", "created"),
    AuditKind.EDITED: QT_TRANSLATE_NOOP("AuditKind", "edited"),
    AuditKind.SUBMITTED: QT_TRANSLATE_NOOP("AuditKind", "submitted for review"),
    AuditKind.DECIDED: QT_TRANSLATE_NOOP("AuditKind", "decided"),
    AuditKind.VOIDED: QT_TRANSLATE_NOOP("AuditKind", "approval voided by an edit"),
    AuditKind.SENT: QT_TRANSLATE_NOOP("AuditKind", "sent to the central folder"),
    AuditKind.STATUS: QT_TRANSLATE_NOOP("AuditKind", "status changed"),
    AuditKind.TRASHED: QT_TRANSLATE_NOOP("AuditKind", "moved to the trash"),
    AuditKind.RESTORED: QT_TRANSLATE_NOOP("AuditKind", "restored from the trash"),
    AuditKind.PURGED: QT_TRANSLATE_NOOP("AuditKind", "deleted for good"),
}


@dataclass(frozen=True)
class AuditEvent:
    """One link of the chain, as stored. `seq` is the event's place in the chain (1, 2, …)."""

    seq: int
    at: datetime
    kind: str
    post_uuid: str
    revision: int
    actor: str
    detail_json: str = "{}"  # exactly as stored: the hash covers these characters
    content_hash: str = ""
    prev_hash: str = ""
    hash: str = ""

    @property
    def detail(self) -> dict[str, object]:
        """The details, or an empty dict where the stored text is not a JSON object."""
        try:
            value = json.loads(self.detail_json)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def detail_text(detail: Mapping[str, object]) -> str:
    """The stored form of an event's details: canonical, so its hash is stable."""
    return json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(
    *,
    prev_hash: str,
    seq: int,
    at: datetime,
    kind: str,
    post_uuid: str,
    revision: int,
    actor: str,
    detail_json: str,
    content_hash: str,
) -> str:
    """sha256 (hex) of a JSON array of the previous hash and the event's fields, in this
    order; `at` to the second, without time zone (the store keeps naive UTC)."""
    fields = [
        prev_hash,
        seq,
        at.replace(microsecond=0, tzinfo=None).isoformat(),
        kind,
        post_uuid,
        revision,
        actor,
        detail_json,
        content_hash,
    ]
    encoded = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def hash_of(event: AuditEvent) -> str:
    """What `event.hash` must be, given its fields and `prev_hash`."""
    return event_hash(
        prev_hash=event.prev_hash,
        seq=event.seq,
        at=event.at,
        kind=event.kind,
        post_uuid=event.post_uuid,
        revision=event.revision,
        actor=event.actor,
        detail_json=event.detail_json,
        content_hash=event.content_hash,
    )


def content_hash(content: Mapping[str, object]) -> str:
    """sha256 of a post's content (its dictionary form) in canonical JSON: what an event
    says the post held at that moment."""
    encoded = json.dumps(
        dict(content), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


class BreakReason(StrEnum):
    ALTERED = "altered"  # the event's fields no longer give its hash
    LINK = "link"  # its previous hash is not the hash of the event before it
    MISSING = "missing"  # a sequence number is skipped: events were removed
    ORDER = "order"  # sequence numbers out of order or repeated


BREAK_REASON_TEXTS: dict[BreakReason, str] = {
    BreakReason.ALTERED: QT_TRANSLATE_NOOP("Audit", "event {seq} was changed after it was written"),
    BreakReason.LINK: QT_TRANSLATE_NOOP(
        "Audit", "event {seq} does not follow the event before it (an event was replaced)"
    ),
    BreakReason.MISSING: QT_TRANSLATE_NOOP(
        "Audit", "events before event {seq} were removed (expected number {expected})"
    ),
    BreakReason.ORDER: QT_TRANSLATE_NOOP(
        "Audit", "event {seq} is out of order (expected number {expected})"
    ),
}


@dataclass(frozen=True)
class BrokenLink:
    seq: int
    expected_seq: int
    reason: BreakReason
    event: AuditEvent


def first_broken_link(events: Iterable[AuditEvent]) -> BrokenLink | None:
    """The first event, oldest first, at which the chain stops holding; None when whole."""
    previous_hash = ""
    expected = 1
    for event in events:
        if event.seq != expected:
            reason = BreakReason.MISSING if event.seq > expected else BreakReason.ORDER
            return BrokenLink(event.seq, expected, reason, event)
        if event.prev_hash != previous_hash:
            return BrokenLink(event.seq, expected, BreakReason.LINK, event)
        if event.hash != hash_of(event):
            return BrokenLink(event.seq, expected, BreakReason.ALTERED, event)
        previous_hash = event.hash
        expected += 1
    return None


def kind_of_status_change(from_status: str, to_status: str, comment: str) -> AuditKind:
    """The audit kind of a post_event row: the status words of `domain.posts.Status`."""
    if comment in ("created", "trashed", "restored"):
        return AuditKind(comment)
    if from_status == "submitted" and to_status == "submitted":
        return AuditKind.DECIDED  # a step of an approval chain complete
    if to_status == "submitted":
        return AuditKind.SUBMITTED
    if from_status == "submitted" and to_status in ("approved", "changes_requested"):
        return AuditKind.DECIDED
    if from_status in ("approved", "synced", "published") and to_status == "draft":
        return AuditKind.VOIDED
    if to_status == "synced":
        return AuditKind.SENT
    return AuditKind.STATUS
