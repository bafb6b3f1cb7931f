"""What Diskominfo shares with every agency, pulled from the central folder's shared/ area.

The coordinator signs templates, brand assets, hashtag sets, calendar entries,
announcements and content packs with its own key. The first key seen is pinned (or the
fingerprint IT preset in the site configuration is required); from then on a different
key is refused loudly and nothing new is taken until a person confirms the new key with
Diskominfo. Only the current valid revision of each item is kept, with its media in the
blob store, so the app keeps working offline with what it last received.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from medsos_desktop.domain.fingerprint import format_fingerprint
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status, normalize_tags
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store import posts as store
from medsos_desktop.store.blobs import put_blob
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import (
    Blob,
    CoordinatorPin,
    PostInfographic,
    SharedItem,
    SharedMedia,
    utcnow,
)
from medsos_desktop.store.queries import shared_items as queries

if TYPE_CHECKING:
    from medsos_desktop.sync.records import CoordinatorRecord, SharedReport

_CTX = "Shared"
MEDIA_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}

MSG_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Shared",
    "Diskominfo's key in the central folder has changed (was {old}, now {new}). Nothing "
    "new from Diskominfo is accepted until you confirm the new key with them by phone or "
    "in person and accept it in the app.",
)
MSG_PRESET_MISMATCH = QT_TRANSLATE_NOOP(
    "Shared",
    "The coordinator key in the central folder ({new}) is not the one your IT staff set "
    "for this PC ({expected}). Nothing from it is accepted; tell your IT staff.",
)
MSG_NO_CHANGED_KEY = QT_TRANSLATE_NOOP("Shared", "There is no new coordinator key to accept.")
MSG_NO_PACK = QT_TRANSLATE_NOOP(
    "Shared", "This content pack is no longer available. Pull from the central folder again."
)


def _hex(text: str) -> str:
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


@dataclass(frozen=True)
class PullResult:
    key_status: str  # pinned_ok, first_seen (now pinned), changed, missing, invalid
    new: int
    updated: int
    problems: int  # shared revisions that are not valid (pending, tampered, ...)
    error: UserFacingError | None  # a key change or a preset mismatch: shown loudly


@dataclass(frozen=True)
class SharedView:
    kind: str
    item_id: str
    revision: int
    payload: Mapping[str, object]
    received_at: datetime
    seen: bool
    media: tuple[str, ...]  # paths like media/<sha256>.png

    def text(self, name: str, default: str = "") -> str:
        value = self.payload.get(name)
        return value if isinstance(value, str) else default


@dataclass(frozen=True)
class PinInfo:
    name: str
    coordinator_id: str
    fingerprint: str
    changed_fingerprint: str | None


class SharedItemsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the pinned key ----------------------------------------------------------

    def pin_info(self) -> PinInfo | None:
        with self.db.session() as session:
            pin = session.get(CoordinatorPin, 1)
            if pin is None:
                return None
            key, changed_key = pin.public_key, pin.changed_public_key
            changed = format_fingerprint(changed_key) if changed_key else None
            return PinInfo(pin.name, pin.coordinator_id, format_fingerprint(key), changed)

    def accept_changed_key(self) -> None:
        """The admin confirmed the new key with Diskominfo: pin it instead of the old one."""
        with self.db.transaction() as session:
            pin = session.get(CoordinatorPin, 1)
            if pin is None or pin.changed_public_key is None or pin.changed_key_id is None:
                raise UserFacingError(_CTX, MSG_NO_CHANGED_KEY)
            pin.public_key, pin.key_id = pin.changed_public_key, pin.changed_key_id
            pin.coordinator_id = pin.changed_coordinator_id or pin.coordinator_id
            pin.name = pin.changed_name or pin.name
            pin.changed_public_key = pin.changed_key_id = pin.changed_seen_at = None
            pin.changed_coordinator_id = pin.changed_name = None
            pin.pinned_at = utcnow()

    # -- pulling -----------------------------------------------------------------

    def pull(self, central: Path, expected_fingerprint: str = "") -> PullResult:
        """Read shared/, pin or check the coordinator's key, keep what is new and valid."""
        # Loaded here: the window counts unseen items at start-up without the crypto stack.
        from medsos_desktop.sync.records import PinnedCoordinator
        from medsos_desktop.sync.shared import read_shared

        with self.db.session() as session:
            pin = session.get(CoordinatorPin, 1)
            pinned = (
                PinnedCoordinator(pin.coordinator_id, pin.public_key) if pin is not None else None
            )
        report = read_shared(central, pinned)
        coordinator = report.coordinator
        problems = sum(1 for item in report.items if item.status != "valid")
        if report.key_status == "changed" and coordinator is not None:
            self._record_changed_key(coordinator)
            old = format_fingerprint(pinned.public_key) if pinned else ""
            error = UserFacingError(
                _CTX, MSG_KEY_CHANGED, old=old, new=format_fingerprint(coordinator.public_key)
            )
            return PullResult("changed", 0, 0, problems, error)
        if report.key_status == "first_seen" and coordinator is not None:
            expected = _hex(expected_fingerprint)
            actual = hashlib.sha256(coordinator.public_key).hexdigest()
            if expected and not actual.startswith(expected):
                error = UserFacingError(
                    _CTX,
                    MSG_PRESET_MISMATCH,
                    new=format_fingerprint(coordinator.public_key),
                    expected=expected_fingerprint,
                )
                return PullResult("changed", 0, 0, problems, error)
            self._pin(coordinator.coordinator_id, coordinator.name, coordinator)
        if report.key_status not in ("pinned_ok", "first_seen"):
            return PullResult(report.key_status, 0, 0, problems, None)
        new, updated = self._store_current(central, report)
        return PullResult(report.key_status, new, updated, problems, None)

    def _pin(self, coordinator_id: str, name: str, record: CoordinatorRecord) -> None:
        with self.db.transaction() as session:
            if session.get(CoordinatorPin, 1) is None:
                session.add(
                    CoordinatorPin(
                        id=1,
                        coordinator_id=coordinator_id,
                        name=name,
                        key_id=record.key_id,
                        public_key=record.public_key,
                        pinned_at=utcnow(),
                    )
                )

    def _record_changed_key(self, record: CoordinatorRecord) -> None:
        with self.db.transaction() as session:
            pin = session.get(CoordinatorPin, 1)
            if pin is not None and pin.changed_key_id != record.key_id:
                pin.changed_key_id, pin.changed_public_key = record.key_id, record.public_key
                pin.changed_coordinator_id, pin.changed_name = record.coordinator_id, record.name
                pin.changed_seen_at = utcnow()

    def _store_current(self, central: Path, report: SharedReport) -> tuple[int, int]:
        from medsos_desktop.sync.format import RevisionUnreadable
        from medsos_desktop.sync.shared import read_shared_item, read_shared_media

        with self.db.session() as session:
            known = queries.known_manifests(session)
        new = updated = 0
        for key, item in sorted(report.current.items()):
            if item.manifest_sha256 is None or known.get(key) == item.manifest_sha256:
                continue
            folder = central / item.path
            try:
                manifest, payload = read_shared_item(folder, item.manifest_sha256)
                media = [
                    (entry.path, read_shared_media(folder, entry))
                    for entry in manifest.files
                    if entry.path.startswith("media/")
                ]
            except RevisionUnreadable:
                continue  # changed since it was checked: the next pull takes it
            with self.db.transaction() as session:
                row = session.get(SharedItem, key)
                if row is not None and row.revision > item.revision:
                    continue  # never go back to an older revision
                for path, data in media:
                    ext = path.rsplit(".", 1)[-1]
                    digest = put_blob(
                        session, data, MEDIA_MIME.get(ext, "application/octet-stream")
                    )
                    session.merge(
                        SharedMedia(kind=key[0], item_id=key[1], path=path, blob_sha256=digest)
                    )
                fields = {
                    "revision": item.revision,
                    "sequence": item.sequence or 0,
                    "manifest_sha256": item.manifest_sha256,
                    "item_json": json.dumps(payload, ensure_ascii=False),
                    "withdrawn": item.withdrawn,
                    "received_at": utcnow(),
                    "seen": False,
                }
                if row is None:
                    session.add(SharedItem(kind=key[0], item_id=key[1], **fields))
                    new += 1
                else:
                    for name, value in fields.items():
                        setattr(row, name, value)
                    updated += 1
        return new, updated

    # -- what the app shows -------------------------------------------------------

    def items(self, kind: str | None = None, include_withdrawn: bool = False) -> list[SharedView]:
        with self.db.session() as session:
            media = queries.media_paths(session)
            views = []
            for row in queries.shared_items(session, kind):
                if row.withdrawn and not include_withdrawn:
                    continue
                try:
                    payload = json.loads(row.item_json)
                except ValueError:
                    payload = {}
                views.append(
                    SharedView(
                        row.kind,
                        row.item_id,
                        row.revision,
                        payload if isinstance(payload, dict) else {},
                        row.received_at,
                        row.seen,
                        tuple(media.get((row.kind, row.item_id), ())),
                    )
                )
            return views

    def unseen_count(self) -> int:
        return sum(1 for item in self.items() if not item.seen)

    def mark_seen(self) -> None:
        with self.db.transaction() as session:
            for row in queries.unseen_items(session):
                row.seen = True

    def adopt_pack(self, item_id: str, actor: str = "") -> int:
        """A new draft from a content pack, in this agency's own name and brand.

        The master caption, platforms and infographic fields come from the pack; the
        agency's official hashtags are added; the draft goes through the agency's own
        approval like any other, and remembers the pack so Diskominfo sees who adopted it.
        """
        packs = {item.item_id: item for item in self.items("packs")}
        pack = packs.get(item_id)
        if pack is None:
            raise UserFacingError(_CTX, MSG_NO_PACK)
        content, infographic = pack_content(pack, load_profile(self.db).official_hashtags)
        with self.db.transaction() as session:
            post = store.create_post(session, content, actor=actor)
            post.source_pack = f"packs/{pack.item_id}/r{pack.revision}"
            store.record_event(
                session, post, Status.DRAFT, Status.DRAFT, actor=actor, comment=post.source_pack
            )
            if infographic is not None:
                template_key, fields = infographic
                session.add(
                    PostInfographic(
                        post_id=post.id,
                        template_key=template_key,
                        size_key="",
                        fields_json=json.dumps(fields, ensure_ascii=False),
                        updated_at=utcnow(),
                    )
                )
            return post.id

    def media(self, kind: str, item_id: str, path: str) -> bytes | None:
        with self.db.session() as session:
            row = session.get(SharedMedia, (kind, item_id, path))
            if row is None:
                return None
            blob = session.get(Blob, row.blob_sha256)
            return bytes(blob.data) if blob is not None else None


def pack_content(
    pack: SharedView, official_hashtags: tuple[str, ...]
) -> tuple[PostContent, tuple[str, dict[str, object]] | None]:
    """The draft a pack becomes: anything malformed in the payload is left out, not fatal."""
    data = pack.payload

    def strings(name: str) -> tuple[str, ...]:
        value = data.get(name)
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    platforms = tuple(Platform(p) for p in strings("platforms") if p in Platform._value2member_map_)
    try:
        category = Category(pack.text("category", Category.LAINNYA.value))
    except ValueError:
        category = Category.LAINNYA
    planned = None
    due = pack.text("due")
    if due:
        try:
            planned = datetime.fromisoformat(due).replace(hour=9, minute=0, second=0)
        except ValueError:
            planned = None
    hashtags = normalize_tags((*strings("hashtags"), *official_hashtags), "#")
    content = PostContent(
        title=pack.text("title")[:200],
        category=category,
        platforms=platforms or (Platform.INSTAGRAM, Platform.FACEBOOK),
        base_caption=pack.text("caption")[:20000],
        hashtags=hashtags,
        planned_at=planned,
    )
    infographic = data.get("infographic")
    if isinstance(infographic, dict) and isinstance(infographic.get("template"), str):
        fields = infographic.get("fields")
        clean = {
            str(k): v
            for k, v in (fields.items() if isinstance(fields, dict) else ())
            if isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        }
        return content, (str(infographic["template"]), clean)
    return content, None
