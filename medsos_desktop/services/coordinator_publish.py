"""The coordinator hands every agency the same material: announcements, hashtag sets,
calendar entries, assets such as the city's logo, templates, and content packs.

Each item is signed with this PC's device key, which becomes the coordinator key the
first time (shared/coordinator.json). Sequence numbers come from the same durable
counter as the device's own revisions: allocated and committed before publishing, so a
retry after a crash reuses its number. A new version of an item is a new revision
folder; nothing is replaced in place. Item payloads are the app's schema, documented in
docs/shared-items.md and read by services/shared_items.py on the agencies' side.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from medsos_desktop.domain.agency import slugify
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import DeviceSequence
from medsos_desktop.sync.format import SHARED_DIR, SHARED_KINDS
from medsos_desktop.sync.shared import (
    CoordinatorNotSetUp,
    init_coordinator,
    publish_shared_item,
    read_coordinator,
    read_shared,
)
from medsos_desktop.sync.writer import MediaFile, PublishOutcome, Signer

_CTX = "Coordinator"
_REVISION_NAME = re.compile(r"r([1-9][0-9]{0,5})")
MSG_NEEDS_TITLE = QT_TRANSLATE_NOOP("Coordinator", "Give the item a title.")
MSG_PACK_NEEDS = QT_TRANSLATE_NOOP(
    "Coordinator", "A content pack needs a master caption and at least one platform."
)
MSG_BAD_IMAGE = QT_TRANSLATE_NOOP(
    "Coordinator", "Only PNG and JPEG images can be shared; {name} is neither."
)

IMAGE_EXT = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg"}


@dataclass(frozen=True)
class Published:
    kind: str
    item_id: str
    revision: int
    outcome: PublishOutcome


def image_media(name: str, data: bytes) -> MediaFile:
    """A PNG or JPEG for an asset item, named by its content as the protocol wants."""
    for magic, ext in IMAGE_EXT.items():
        if data.startswith(magic):
            return MediaFile(hashlib.sha256(data).hexdigest(), ext, data)
    raise UserFacingError(_CTX, MSG_BAD_IMAGE, name=name)


def image_media_file(path: Path) -> MediaFile:
    """`image_media` of a file the coordinator chose, read bounded first (a pipe, a device
    or a file over the image limit is refused before it is read)."""
    from medsos_desktop.render.images import read_image_file

    return image_media(path.name, read_image_file(path))


def pack_payload(
    title: str,
    caption: str,
    platforms: Sequence[Platform],
    *,
    category: Category = Category.LAINNYA,
    hashtags: Sequence[str] = (),
    due: str = "",
    note: str = "",
    infographic: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """item.json of a content pack, as agencies' apps read it (services/shared_items)."""
    if not title.strip():
        raise UserFacingError(_CTX, MSG_NEEDS_TITLE)
    if not caption.strip() or not platforms:
        raise UserFacingError(_CTX, MSG_PACK_NEEDS)
    payload: dict[str, object] = {
        "title": title.strip(),
        "caption": caption.strip(),
        "category": category.value,
        "platforms": [p.value for p in platforms],
        "hashtags": list(hashtags),
    }
    if due:
        payload["due"] = due
    if note.strip():
        payload["note"] = note.strip()
    if infographic:
        payload["infographic"] = dict(infographic)
    return payload


class CoordinatorPublisher:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _next_sequence(self, device_id: str) -> int:
        with self.db.session() as session, session.begin():
            counter = session.get(DeviceSequence, device_id)
            if counter is None:
                counter = DeviceSequence(device_id=device_id, last_sequence=0)
                session.add(counter)
            counter.last_sequence += 1
            return counter.last_sequence

    @staticmethod
    def next_revision(central: Path, kind: str, item_id: str) -> int:
        """One more than any revision folder of the item, complete or not."""
        folder = central / SHARED_DIR / kind / item_id
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return 1
        numbers = [int(m.group(1)) for n in names if (m := _REVISION_NAME.fullmatch(n))]
        return max(numbers, default=0) + 1

    @staticmethod
    def new_item_id(central: Path, kind: str, title: str) -> str:
        """A readable, unused folder name for a new item ("hari-pahlawan-2026", "-2", ...)."""
        base = slugify(title)[:60].strip("-") or kind.rstrip("s")
        candidate, n = base, 1
        while (central / SHARED_DIR / kind / candidate).exists():
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def publish(
        self,
        central: Path,
        signer: Signer,
        public_key: bytes,
        coordinator_name: str,
        region_name: str,
        kind: str,
        item_id: str,
        payload: Mapping[str, object],
        media: Sequence[MediaFile] = (),
    ) -> Published:
        """Sign and publish one item; the first publication sets this PC up as coordinator."""
        if kind not in SHARED_KINDS:
            raise ValueError(f"unknown shared kind {kind!r}")
        try:
            read_coordinator(central)
        except CoordinatorNotSetUp:
            init_coordinator(central, signer, public_key, coordinator_name, region_name)
        revision = self.next_revision(central, kind, item_id)
        sequence = self._next_sequence(signer.device_id)
        outcome = publish_shared_item(
            central, kind, item_id, revision, payload, media, signer, sequence
        )
        return Published(kind, item_id, revision, outcome)

    def withdraw(
        self,
        central: Path,
        signer: Signer,
        public_key: bytes,
        coordinator_name: str,
        region_name: str,
        kind: str,
        item_id: str,
        payload: Mapping[str, object],
    ) -> Published:
        """A new revision saying the item is withdrawn: agencies stop showing it."""
        return self.publish(
            central,
            signer,
            public_key,
            coordinator_name,
            region_name,
            kind,
            item_id,
            {**payload, "withdrawn": True},
        )


def shared_items_with_adoption(
    central: Path, revisions: Sequence[object]
) -> list[tuple[str, str, int]]:
    """Diskominfo's current shared items as (kind, item id, how many agencies adopted it):
    an agency adopted a content pack when one of its verified revisions came from it
    (`source_pack` "packs/<id>/…"). `revisions` are the coordinator's verified rows."""
    report = read_shared(central, None)
    adopted: dict[str, set[str]] = {}
    for row in revisions:
        pack = getattr(row, "source_pack", "") or ""
        if pack.startswith("packs/"):
            adopted.setdefault(pack.split("/")[1], set()).add(getattr(row, "agency", ""))
    return [
        (kind, item_id, len(adopted.get(item_id, ()))) for kind, item_id in sorted(report.current)
    ]
