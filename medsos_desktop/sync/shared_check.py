"""The check of one item of the coordinator's shared area (`shared/<kind>/<id>/r<n>`).

The very checks of an agency revision (`verify.check_signed_folder`), with item.json for
post.json and the pinned coordinator for the device: only the folder rules differ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medsos_desktop.sync.format import (
    DEFAULT_MAX_JSON_BYTES,
    ITEM_FILE,
    ProtocolViolation,
    key_id_for,
    shared_relpath,
)
from medsos_desktop.sync.messages import (
    MSG_ITEM_NOT_OBJECT,
    MSG_SHARED_KEY_UNKNOWN,
    MSG_SHARED_OTHER_SIGNER,
    MSG_SHARED_VALID,
    MSG_WRONG_PLACE,
)
from medsos_desktop.sync.records import (
    PinnedCoordinator,
    RevisionCheck,
    SharedManifest,
    parse_shared_manifest,
)
from medsos_desktop.sync.verify import FolderRules, check_signed_folder


def check_shared_item(
    central: Path,
    kind: str,
    item_id: str,
    revision: int,
    trusted: PinnedCoordinator,
    *,
    conflict: Callable[[str], None] | None = None,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> RevisionCheck[SharedManifest]:
    """Judge `shared/<kind>/<item_id>/r<revision>` against the coordinator `trusted`.

    The checks of an agency revision, with item.json for post.json and the coordinator
    for the device. Never raises for anything found in the folder.
    """
    rel = shared_relpath(kind, item_id, revision)
    known_key_id = key_id_for(trusted.public_key)

    def locate(manifest: SharedManifest) -> None:
        if (manifest.kind, manifest.item_id, manifest.revision) != (kind, item_id, revision):
            claimed = shared_relpath(manifest.kind, manifest.item_id, manifest.revision)
            raise ProtocolViolation("tampered", MSG_WRONG_PLACE, claimed=claimed)

    def resolve(manifest: SharedManifest) -> bytes:
        if manifest.coordinator_id != trusted.coordinator_id:
            raise ProtocolViolation(
                "unknown_device",
                MSG_SHARED_OTHER_SIGNER,
                coordinator_id=manifest.coordinator_id,
                expected=trusted.coordinator_id,
            )
        if manifest.key_id != known_key_id:
            raise ProtocolViolation(
                "unknown_device",
                MSG_SHARED_KEY_UNKNOWN,
                key_id=manifest.key_id,
                known_key_id=known_key_id,
            )
        return trusted.public_key

    rules = FolderRules(
        payload_file=ITEM_FILE,
        payload_not_object=MSG_ITEM_NOT_OBJECT,
        parse=lambda data: parse_shared_manifest(data, max_json_bytes),
        locate=locate,
        resolve=resolve,
        valid=lambda m: {"coordinator_id": m.coordinator_id, "sequence": m.sequence},
        valid_message=MSG_SHARED_VALID,
    )
    return check_signed_folder(
        central / rel,
        rel,
        rules,
        conflict or (lambda path: None),
        max_json_bytes=max_json_bytes,
    )
