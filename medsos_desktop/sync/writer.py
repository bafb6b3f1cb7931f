"""Putting a signed folder in place: signing its manifest and placing it, all or nothing.

A writer writes only new paths: each folder is built in ``.staging/``, synced to disk and
renamed into place, so it appears complete or not at all, and nothing is ever
replaced. `sign_manifest` is the one place a manifest is signed (and the signature
checked against the key the folder registers), `place_signed_folder` the one code path
that puts a signed folder in place, for agency revisions (`central.py`) and for the
coordinator's items (`shared.py`). Steps and their order: ``docs/central-folder.md``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    MANIFEST_FILE,
    MAX_MEDIA_BYTES,
    MAX_MEDIA_FILES,
    MEDIA_DIR,
    MSG_LINK_IN_PATH,
    POST_FILE,
    SIGNATURE_FILE,
    STALE_STAGING_SECONDS,
    SigningFailed,
    SyncError,
    UnsafeCentral,
    is_media_ext,
    is_sha256,
    key_id_for,
    unavailable,
)
from medsos_desktop.sync.records import (
    AnyManifest,
    FileEntry,
    RevisionCheck,
    SignedManifest,
    manifest_json,
)
from medsos_desktop.sync.verify import (
    manifest_signature_ok,
)

_M = TypeVar("_M", bound=SignedManifest)
MSG_SIGNING_FAILED = QT_TRANSLATE_NOOP(
    "Sync",
    "The signing key of this PC did not produce a valid signature; nothing was published.",
)


class Signer(Protocol):
    """Signs manifests for one device; the private key may live in the OS keyring."""

    @property
    def device_id(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


class Ed25519Signer:
    """A signer holding its private key in memory (tests, and keys loaded from a keyring)."""

    def __init__(self, device_id: str, private_key: Ed25519PrivateKey) -> None:
        self.device_id = device_id
        self._private_key = private_key
        self.public_key_bytes = private_key.public_key().public_bytes(
            Encoding.Raw, PublicFormat.Raw
        )
        self.key_id = key_id_for(self.public_key_bytes)

    @classmethod
    def generate(cls, device_id: str) -> Ed25519Signer:
        return cls(device_id, Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, device_id: str, raw: bytes) -> Ed25519Signer:
        return cls(device_id, Ed25519PrivateKey.from_private_bytes(raw))

    def sign(self, data: bytes) -> bytes:
        return self._private_key.sign(data)


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    ext: str
    data: bytes = field(repr=False)


def media_files(items: Sequence[MediaFile]) -> list[tuple[str, bytes]]:
    """(relative path, bytes) of each media file, sorted, checked against its name; once each."""
    media: dict[str, bytes] = {}
    for item in items:
        if not is_sha256(item.sha256) or not is_media_ext(item.ext):
            raise ValueError(f"invalid media name {item.sha256!r}.{item.ext!r}")
        if len(item.data) > MAX_MEDIA_BYTES:
            raise ValueError(f"media {item.sha256} is over {MAX_MEDIA_BYTES} bytes")
        if hashlib.sha256(item.data).hexdigest() != item.sha256:
            raise ValueError(f"media {item.sha256} does not match its data")
        prefix = f"{MEDIA_DIR}/{item.sha256}."
        for other in media:
            if other.startswith(prefix) and other != f"{prefix}{item.ext}":
                raise ValueError(f"media {item.sha256} is given two extensions")
        media[f"{MEDIA_DIR}/{item.sha256}.{item.ext}"] = item.data
    if len(media) > MAX_MEDIA_FILES:
        raise ValueError(f"at most {MAX_MEDIA_FILES} media files per revision")
    return sorted(media.items())


def file_entries(
    payload: bytes,
    media: list[tuple[str, bytes]],
    payload_file: str = POST_FILE,
    *,
    media_checked: bool = False,
) -> tuple[FileEntry, ...]:
    """The manifest's "files": the payload file and every media file, sorted by path.

    With `media_checked` the media come from `media_files`, which hashed each one
    against the sha256 in its name: that name is used instead of hashing 250 kB again.
    """
    entries = [FileEntry(payload_file, len(payload), hashlib.sha256(payload).hexdigest())]
    for path, data in media:
        if media_checked:
            digest = path[len(MEDIA_DIR) + 1 :].partition(".")[0]
        else:
            digest = hashlib.sha256(data).hexdigest()
        entries.append(FileEntry(path, len(data), digest))
    return tuple(sorted(entries, key=lambda entry: entry.path))


def sign_manifest(signer: Signer, public_key: bytes, manifest: AnyManifest) -> tuple[bytes, bytes]:
    """(manifest bytes, signature), the signature checked against `public_key`, the key the
    folder registers for the signer: a keyring handing back the wrong key fails here
    (SigningFailed), before anything is written."""
    manifest_bytes = manifest_json(manifest)
    signature = signer.sign(manifest_bytes)
    if not manifest_signature_ok(public_key, signature, manifest_bytes):
        raise SigningFailed(MSG_SIGNING_FAILED)
    return manifest_bytes, signature


@dataclass(frozen=True)
class PublishOutcome:
    state: Literal["published", "already_present"]
    path: str  # relative to the central folder, with "/"
    sequence: int  # the sequence number in the manifest now in the folder
    manifest_sha256: str
    rename_attempts: int = 0
    # Folders whose fsync was left to the caller (`place_signed_folder(sync_parent=False)`):
    # the revision is in place for readers, and durable once these are synced.
    unsynced: tuple[Path, ...] = ()


@dataclass(frozen=True)
class SignedFolder:
    """The files of one signed folder (an agency revision or a coordinator's item), in memory."""

    payload_file: str  # post.json or item.json
    payload: bytes = field(repr=False)
    media: tuple[tuple[str, bytes], ...] = field(repr=False)
    signature: bytes = field(repr=False)
    manifest_bytes: bytes = field(repr=False)


def real_dir(central: Path, relative: str) -> Path:
    """Create `central/relative` if missing and make sure no part of it is a link.

    The writer writes only under its own agency folder; a link planted there (or a
    junction on Windows) could send its files anywhere, so it is refused. A folder
    created here has its name synced into its parent: what is published inside it must
    not vanish with it at a power cut.
    """
    path = central
    for part in relative.split("/"):
        path, created = real_child(central, path, part)
        if created:
            fsutil.fsync_dir(path.parent)
    return path


def real_child(central: Path, parent: Path, name: str) -> tuple[Path, bool]:
    """`parent/name` as a real folder (created if missing: then True), never a link.

    The caller syncs `parent` when the folder was created (`real_dir` at once; a batch
    of revisions once for all the post folders it created)."""
    path = parent / name
    try:
        path.mkdir()
        created = True
    except FileExistsError:
        created = False
    st = os.lstat(path)
    if fsutil.is_link_or_special(st) or not stat.S_ISDIR(st.st_mode):
        raise UnsafeCentral(MSG_LINK_IN_PATH, path=path.relative_to(central).as_posix())
    return path, created


@dataclass(frozen=True)
class FolderPlace:
    """A staging area and a parent folder checked once (`prepare_place`) for many placings."""

    staging_root: Path
    parent: Path
    # The parent was created by this placing: its name in its own folder needs a sync too.
    new_parent: bool = False


def prepare_place(
    central: Path, staging_rel: str, parent_rel: str, *, clear_stale: bool = True
) -> FolderPlace:
    """Steps 4 and 6 of publishing: the staging area and the parent, real folders, and
    stale work of killed publishes cleared from the staging area. OSError passes."""
    staging_root = real_dir(central, staging_rel)
    parent = real_dir(central, parent_rel)
    if clear_stale:
        fsutil.remove_stale(staging_root, STALE_STAGING_SECONDS)
    return FolderPlace(staging_root, parent)


def existing_outcome(
    check: RevisionCheck[_M],
    expected: tuple[FileEntry, ...],
    relative: str,
    attempts: int,
    pending: Callable[[], SyncError],
    conflict: Callable[[str], SyncError],
) -> PublishOutcome:
    """Judge a target folder that exists, as the reader's `check` found it: the same files,
    complete and valid, count as published ("already_present") whatever their sequence
    number and time; a folder still arriving raises `pending()`; anything else
    `conflict(status)`, and the folder is left alone."""
    if check.status == "valid" and check.manifest is not None:
        if set(check.manifest.files) == set(expected):
            return PublishOutcome(
                "already_present",
                relative,
                check.manifest.sequence,
                check.manifest_sha256 or "",
                attempts,
            )
    elif check.status == "pending":
        raise pending()
    raise conflict(check.status)


def place_signed_folder(
    central: Path,
    folder: SignedFolder,
    *,
    staging_rel: str,
    parent_rel: str,
    name: str,
    sequence: int,
    existing: Callable[[int], PublishOutcome],
    refused: Callable[[], SyncError],
    retries: int,
    backoff: float,
    place: FolderPlace | None = None,
    sync_parent: bool = True,
) -> PublishOutcome:
    """Build `folder` in `staging_rel` and rename it to `parent_rel/name`, never replacing.

    Steps 4 to 10 of publishing (docs/central-folder.md), shared by agency revisions
    and the coordinator's items so both get the same guarantees: a target that exists
    is judged by `existing(attempts)`; a rename refused through the whole back-off
    raises `refused()`; any other file-system error removes the staging folder.

    `place`, when given, is the staging area and parent already checked by
    `prepare_place` (a batch checks them once). With `sync_parent` False the last step
    (syncing the parent, and its own folder when the parent is new) is left to the
    caller, who batches it: the outcome lists those folders in `unsynced`, and the
    revision must not be recorded as sent before they are synced. The folder itself
    is complete and synced before its rename either way, so a reader never sees part
    of it, even after a power cut.
    """
    relative = f"{parent_rel}/{name}"
    target = central / relative
    try:
        # Every folder on the way is checked first (no links), then the target.
        if place is None:
            place = prepare_place(central, staging_rel, parent_rel)
        if os.path.lexists(target):
            return existing(0)
    except OSError as exc:
        raise unavailable(exc, central) from exc

    staging = place.staging_root / secrets.token_hex(8)
    try:
        _build(staging, folder)
    except OSError as exc:
        fsutil.remove_tree(staging)
        raise unavailable(exc, central) from exc
    except BaseException:
        fsutil.remove_tree(staging)
        raise
    try:
        attempts = fsutil.rename_with_backoff(staging, target, retries=retries, backoff=backoff)
    except FileExistsError:
        fsutil.remove_tree(staging)
        return existing(1)
    except OSError as exc:
        fsutil.remove_tree(staging)
        if fsutil.is_held(exc):
            # Still held after the back-off. Nothing is at the target; the staging copy
            # is gone (or, if held too, cleared as stale later); the next sync retries.
            raise refused() from exc
        raise unavailable(exc, central) from exc
    except BaseException:
        fsutil.remove_tree(staging)
        raise
    unsynced: tuple[Path, ...] = (
        (place.parent, place.parent.parent) if place.new_parent else (place.parent,)
    )
    if sync_parent:
        for path in unsynced:
            fsutil.fsync_dir(path)
        unsynced = ()
    return PublishOutcome(
        "published",
        relative,
        sequence,
        hashlib.sha256(folder.manifest_bytes).hexdigest(),
        attempts,
        unsynced,
    )


def _build(staging: Path, folder: SignedFolder) -> None:
    """Write the folder into its own new staging folder, manifest last, all synced.

    Nothing in the staging folder is visible to readers (it is hidden, and the folder
    only appears under its real name by the rename that follows), so the files are
    written first and flushed together.
    """
    staging.mkdir()
    files = [(staging / relative, data) for relative, data in folder.media]
    if folder.media:
        (staging / MEDIA_DIR).mkdir()
    files += [
        (staging / folder.payload_file, folder.payload),
        (staging / SIGNATURE_FILE, folder.signature),
        (staging / MANIFEST_FILE, folder.manifest_bytes),
    ]
    fsutil.write_all_durable(files)
    if folder.media:
        fsutil.fsync_dir(staging / MEDIA_DIR)
    fsutil.fsync_dir(staging)
