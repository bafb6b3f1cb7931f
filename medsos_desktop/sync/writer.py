"""What an agency writes to the central folder: its set-up, its device file, its revisions.

A writer writes only under its own agency folder and only new paths: each revision is
built in ``.staging/``, synced to disk and renamed into place, so it appears complete
or not at all, and nothing is ever replaced. A target that already exists is judged
by the reader's checks: the same files, complete and valid, count as published.
`place_signed_folder` is the one code path that puts a signed folder in place, for
agency revisions and for the coordinator's items (`shared.py`). Steps and their
order: ``docs/central-folder.md``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal, TypeVar

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    ALGORITHM,
    CENTRAL_FILE,
    CENTRAL_FORMAT,
    DEFAULT_MAX_JSON_BYTES,
    DEVICE_FORMAT,
    DEVICES_DIR,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MAX_SEQUENCE,
    MAX_SMALL_JSON_BYTES,
    MEDIA_DIR,
    MSG_LINK_IN_PATH,
    POST_FILE,
    POSTS_DIR,
    SIGNATURE_FILE,
    STAGING_DIR,
    STALE_STAGING_SECONDS,
    CentralInfo,
    DeviceConflict,
    DeviceNotRegistered,
    DeviceRecord,
    FileEntry,
    PostTooLarge,
    ProtocolViolation,
    RenameRefused,
    RevisionConflict,
    RevisionPending,
    SyncError,
    UnsafeCentral,
    canonical_json,
    is_device_id,
    is_key_id,
    is_post_uuid,
    is_revision,
    is_slug,
    key_id_for,
    load_public_key,
    parse_device,
    revision_dir_name,
    revision_relpath,
    text_ok,
    unavailable,
    utc_timestamp,
)
from medsos_desktop.sync.manifest import (
    Manifest,
    MediaFile,
    Signer,
    file_entries,
    media_files,
    sign_manifest,
)
from medsos_desktop.sync.reader import (
    MSG_DEVICE_UNKNOWN,
    RevisionCheck,
    SignedManifest,
    check_revision,
    read_central_info,
    require_central_dir,
)

_M = TypeVar("_M", bound=SignedManifest)

MSG_REVISION_CONFLICT = QT_TRANSLATE_NOOP(
    "Sync",
    "Revision {revision} of post {post_uuid} already exists in the central folder with "
    "different or damaged content; it was not replaced.",
)
MSG_REVISION_PENDING = QT_TRANSLATE_NOOP(
    "Sync",
    "Revision {revision} of post {post_uuid} is already in the central folder but not "
    "complete yet; publishing will be retried.",
)
MSG_RENAME_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "Another program (often an antivirus or a search indexer) kept a file open in {path}; "
    "revision {revision} of post {post_uuid} will be published at the next sync.",
)
MSG_DEVICE_CONFLICT = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder already registers device {device_id} for {agency} with another "
    "key. This PC needs a new device identity.",
)
MSG_DEVICE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Sync",
    "Device {device_id} is already registered for {other} in the central folder; a PC "
    "publishes for one agency only.",
)
MSG_DEVICE_NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "Sync",
    "This PC (device {device_id}) is not registered for {agency} in the central folder yet.",
)
MSG_DEVICE_KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync",
    "This PC signs with key {key_id}, but the central folder registers key "
    "{registered_key_id} for device {device_id}.",
)
MSG_POST_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Sync",
    "The post is {size} bytes as post.json; at most {limit} bytes can be published.",
)


@dataclass(frozen=True)
class RevisionPackage:
    agency_slug: str
    post_uuid: str
    revision: int
    post: Mapping[str, object]
    media: Sequence[MediaFile] = ()


@dataclass(frozen=True)
class PublishOutcome:
    state: Literal["published", "already_present"]
    path: str  # relative to the central folder, with "/"
    sequence: int  # the sequence number in the manifest now in the folder
    manifest_sha256: str
    rename_attempts: int = 0


@dataclass(frozen=True)
class SignedFolder:
    """The files of one signed folder (an agency revision or a coordinator's item), in memory."""

    payload_file: str  # post.json or item.json
    payload: bytes = field(repr=False)
    media: tuple[tuple[str, bytes], ...] = field(repr=False)
    signature: bytes = field(repr=False)
    manifest_bytes: bytes = field(repr=False)


# --- the central folder and device files -------------------------------------------------


def init_central(
    central: Path, region_name: str, *, created: datetime | None = None, sample: bool = False
) -> CentralInfo:
    """Set up `central` (an existing folder) if needed; return what its medsos-central.json says.

    The file is created atomically and never replaced: when two PCs set up the same
    folder at once, one wins and both return its content. An existing file keeps its
    region name whatever `region_name` says.
    """
    if not text_ok(region_name):
        raise ValueError("region_name must be 1-200 characters without control characters")
    require_central_dir(central)
    target = central / CENTRAL_FILE
    for leftover in central.glob(".medsos-central-*.tmp"):  # from a set-up that was killed
        with contextlib.suppress(OSError):
            if time.time() - leftover.lstat().st_mtime > STALE_STAGING_SECONDS:
                leftover.unlink()
    if not os.path.lexists(target):
        fields: dict[str, object] = {
            "created": utc_timestamp(created),
            "format": CENTRAL_FORMAT,
            "region_name": region_name.strip(),
            "version": FORMAT_VERSION,
        }
        if sample:
            fields["sample"] = True
        data = canonical_json(fields)
        token = f".medsos-central-{secrets.token_hex(8)}"
        try:
            fsutil.create_no_replace(target, data, central, token)
        except FileExistsError:
            pass  # another PC set it up first; its file counts
        except OSError as exc:
            raise unavailable(exc, central) from exc
    info = read_central_info(central)
    try:
        real_dir(central, AGENCIES_DIR)
    except OSError as exc:
        raise unavailable(exc, central) from exc
    return info


def real_dir(central: Path, relative: str) -> Path:
    """Create `central/relative` if missing and make sure no part of it is a link.

    The writer writes only under its own agency folder; a link planted there (or a
    junction on Windows) could send its files anywhere, so it is refused.
    """
    path = central
    for part in relative.split("/"):
        path = path / part
        with contextlib.suppress(FileExistsError):
            path.mkdir()
        st = os.lstat(path)
        if fsutil.is_link_or_special(st) or not os.path.isdir(path):
            raise UnsafeCentral(MSG_LINK_IN_PATH, path=path.relative_to(central).as_posix())
    return path


def _device_path(central: Path, slug: str, device_id: str) -> Path:
    return central / AGENCIES_DIR / slug / DEVICES_DIR / f"{device_id}.json"


def _read_device(central: Path, slug: str, device_id: str) -> DeviceRecord | None:
    """The device file of `device_id` in `slug`'s folder, None if absent; OSError passes."""
    try:
        data = fsutil.read_limited(_device_path(central, slug, device_id), MAX_SMALL_JSON_BYTES)
    except FileNotFoundError:
        return None
    return parse_device(data)


def _other_registrations(central: Path, slug: str, device_id: str) -> list[str]:
    """Agencies other than `slug` whose folder registers `device_id`."""
    try:
        names = sorted(os.listdir(central / AGENCIES_DIR))
    except OSError:
        return []
    return [
        name
        for name in names
        if name != slug
        and is_slug(name)
        and os.path.lexists(_device_path(central, name, device_id))
    ]


def publish_device(
    central: Path,
    slug: str,
    device_id: str,
    device_name: str,
    public_key: bytes,
    *,
    created: datetime | None = None,
) -> DeviceRecord:
    """Register this PC's public key under its agency, once; the file is never replaced.

    Publishing again with the same key does nothing (the name stays as first written);
    another key for the same id, or the same id under another agency, is refused.
    """
    if not is_slug(slug) or not is_device_id(device_id):
        raise ValueError("invalid agency slug or device id")
    if not text_ok(device_name):
        raise ValueError("device_name must be 1-200 characters without control characters")
    load_public_key(public_key)
    read_central_info(central)
    record = DeviceRecord(
        agency=slug,
        device_id=device_id,
        device_name=device_name.strip(),
        public_key=bytes(public_key),
        key_id=key_id_for(public_key),
        created=utc_timestamp(created),
    )
    try:
        others = _other_registrations(central, slug, device_id)
        if others:
            raise DeviceConflict(MSG_DEVICE_ELSEWHERE, device_id=device_id, other=others[0])
        real_dir(central, f"{AGENCIES_DIR}/{slug}/{DEVICES_DIR}")
        staging = real_dir(central, f"{AGENCIES_DIR}/{slug}/{STAGING_DIR}")
        for _ in range(2):
            try:
                existing = _read_device(central, slug, device_id)
            except (ProtocolViolation, fsutil.NotRegularFile, fsutil.FileTooLarge) as exc:
                raise DeviceConflict(MSG_DEVICE_CONFLICT, device_id=device_id, agency=slug) from exc
            if existing is not None:
                if existing.public_key != record.public_key or existing.agency != slug:
                    raise DeviceConflict(MSG_DEVICE_CONFLICT, device_id=device_id, agency=slug)
                return existing
            data = canonical_json(_device_json(record))
            try:
                fsutil.create_no_replace(
                    _device_path(central, slug, device_id), data, staging, secrets.token_hex(8)
                )
            except FileExistsError:
                continue  # another process registered it first: compare with theirs
            return record
    except OSError as exc:
        raise unavailable(exc, central) from exc
    raise DeviceConflict(MSG_DEVICE_CONFLICT, device_id=device_id, agency=slug)


def _device_json(record: DeviceRecord) -> dict[str, object]:
    return {
        "agency": record.agency,
        "algorithm": ALGORITHM,
        "created": record.created,
        "device_id": record.device_id,
        "device_name": record.device_name,
        "format": DEVICE_FORMAT,
        "key_id": record.key_id,
        "public_key": base64.b64encode(record.public_key).decode("ascii"),
        "version": FORMAT_VERSION,
    }


# --- revisions ---------------------------------------------------------------------------


def _package_files(package: RevisionPackage) -> tuple[bytes, list[tuple[str, bytes]]]:
    """post.json bytes and (relative path, bytes) of every media file, checked strictly."""
    if not is_slug(package.agency_slug):
        raise ValueError(f"invalid agency slug {package.agency_slug!r}")
    if not is_post_uuid(package.post_uuid):
        raise ValueError(f"invalid post uuid {package.post_uuid!r} (lowercase canonical form)")
    if not is_revision(package.revision):
        raise ValueError(f"invalid revision {package.revision!r}")
    if not isinstance(package.post, Mapping):
        raise ValueError("post must be a mapping")
    post = canonical_json(dict(package.post))
    if len(post) > DEFAULT_MAX_JSON_BYTES:
        raise PostTooLarge(MSG_POST_TOO_LARGE, size=len(post), limit=DEFAULT_MAX_JSON_BYTES)
    return post, media_files(package.media)


def _own_device_key(central: Path, slug: str) -> Callable[[str, str, str], bytes]:
    """A key lookup for the writer: the device files of its own agency's folder."""

    def resolve(device_id: str, key_id: str, agency: str) -> bytes:
        del key_id
        try:
            record = _read_device(central, slug, device_id) if agency == slug else None
        except (OSError, ProtocolViolation):
            record = None
        if record is None or record.agency != slug:
            raise ProtocolViolation(
                "unknown_device", MSG_DEVICE_UNKNOWN, device_id=device_id, agency=agency
            )
        return record.public_key

    return resolve


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


def _existing_revision(
    central: Path, package: RevisionPackage, expected: tuple[FileEntry, ...], attempts: int
) -> PublishOutcome:
    """Judge a target revision that exists: the same content, complete and valid, is success."""
    names = {"revision": package.revision, "post_uuid": package.post_uuid}
    check = check_revision(
        central,
        package.agency_slug,
        package.post_uuid,
        package.revision,
        _own_device_key(central, package.agency_slug),
    )
    return existing_outcome(
        check,
        expected,
        revision_relpath(package.agency_slug, package.post_uuid, package.revision),
        attempts,
        lambda: RevisionPending(MSG_REVISION_PENDING, **names),
        lambda status: RevisionConflict(MSG_REVISION_CONFLICT, status=status, **names),
    )


def publish_revision(
    central: Path,
    package: RevisionPackage,
    signer: Signer,
    sequence: int,
    *,
    retries: int = 5,
    backoff: float = 0.2,
    created: datetime | None = None,
) -> PublishOutcome:
    """Publish one approved revision: all of it, once, or nothing.

    `sequence` is the device's next number, allocated and stored by the caller before
    the call and reused when the same revision is retried. A revision already in
    the folder, complete, valid and with the same files counts as published
    ("already_present") whatever its sequence number and time; anything else at the
    target raises RevisionConflict (or RevisionPending while it is still arriving) and
    is left alone. See docs/central-folder.md for every step.
    """
    post, media = _package_files(package)
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence must be a positive integer")
    if not is_device_id(signer.device_id) or not is_key_id(signer.key_id):
        raise ValueError("the signer has an invalid device id or key id")
    slug = package.agency_slug
    read_central_info(central)
    try:
        device = _read_device(central, slug, signer.device_id)
    except (ProtocolViolation, fsutil.NotRegularFile, fsutil.FileTooLarge):
        device = None
    except OSError as exc:
        raise unavailable(exc, central) from exc
    if device is None or device.agency != slug:
        raise DeviceNotRegistered(
            MSG_DEVICE_NOT_REGISTERED, device_id=signer.device_id, agency=slug
        )
    if device.key_id != signer.key_id:
        raise DeviceConflict(
            MSG_DEVICE_KEY_MISMATCH,
            key_id=signer.key_id,
            registered_key_id=device.key_id,
            device_id=signer.device_id,
        )

    expected = file_entries(post, media)
    manifest = Manifest(
        agency=slug,
        post_uuid=package.post_uuid,
        revision=package.revision,
        device_id=signer.device_id,
        key_id=signer.key_id,
        sequence=sequence,
        created=utc_timestamp(created),
        files=expected,
    )
    manifest_bytes, signature = sign_manifest(signer, device.public_key, manifest)

    relative = revision_relpath(slug, package.post_uuid, package.revision)
    agency = f"{AGENCIES_DIR}/{slug}"
    return place_signed_folder(
        central,
        SignedFolder(POST_FILE, post, tuple(media), signature, manifest_bytes),
        staging_rel=f"{agency}/{STAGING_DIR}",
        parent_rel=f"{agency}/{POSTS_DIR}/{package.post_uuid}",
        name=revision_dir_name(package.revision),
        sequence=sequence,
        existing=lambda attempts: _existing_revision(central, package, expected, attempts),
        refused=lambda: RenameRefused(
            MSG_RENAME_REFUSED,
            path=relative,
            revision=package.revision,
            post_uuid=package.post_uuid,
        ),
        retries=retries,
        backoff=backoff,
    )


# --- placing a signed folder ---------------------------------------------------------------


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
) -> PublishOutcome:
    """Build `folder` in `staging_rel` and rename it to `parent_rel/name`, never replacing.

    Steps 4 to 10 of publishing (docs/central-folder.md), shared by agency revisions
    and the coordinator's items so both get the same guarantees: a target that exists
    is judged by `existing(attempts)`; a rename refused through the whole back-off
    raises `refused()`; any other file-system error removes the staging folder.
    """
    relative = f"{parent_rel}/{name}"
    target = central / relative
    try:
        # Every folder on the way is checked first (no links), then the target.
        staging_root = real_dir(central, staging_rel)
        parent = real_dir(central, parent_rel)
        if os.path.lexists(target):
            return existing(0)
        fsutil.remove_stale(staging_root, STALE_STAGING_SECONDS)
    except OSError as exc:
        raise unavailable(exc, central) from exc

    staging = staging_root / secrets.token_hex(8)
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
    fsutil.fsync_dir(parent)
    return PublishOutcome(
        "published",
        relative,
        sequence,
        hashlib.sha256(folder.manifest_bytes).hexdigest(),
        attempts,
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
