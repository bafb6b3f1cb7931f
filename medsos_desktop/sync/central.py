"""An agency's side of the central folder, and its verification: thin calls on the layers below.

Writing: `init_central` sets a folder up, `publish_device` registers this PC's key,
`publish_revision` signs and places one approved revision (`writer.py`). Reading:
`verify_central` walks the whole folder (`walk.py`) and checks every device file and
revision (`verify.py`); `read_revision` re-reads one found valid. Specification:
``docs/central-folder.md``.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
    MAX_SEQUENCE,
    MAX_SMALL_JSON_BYTES,
    POST_FILE,
    POSTS_DIR,
    STAGING_DIR,
    STALE_STAGING_SECONDS,
    DeviceConflict,
    DeviceNotRegistered,
    PostTooLarge,
    ProtocolViolation,
    RenameRefused,
    RevisionConflict,
    RevisionPending,
    canonical_json,
    is_device_id,
    is_key_id,
    is_post_uuid,
    is_revision,
    is_slug,
    key_id_for,
    load_public_key,
    revision_dir_name,
    revision_relpath,
    text_ok,
    unavailable,
    utc_timestamp,
)
from medsos_desktop.sync.records import (
    CentralInfo,
    CentralReport,
    DeviceRecord,
    FileEntry,
    Manifest,
    Notice,
    RevisionCheck,
    RevisionReport,
    parse_device,
    parse_manifest,
)
from medsos_desktop.sync.trust import (
    TrustList,
    check_pins,
)
from medsos_desktop.sync.verify import (
    DEVICE_WAIT_SECONDS,
    MSG_DEVICE_UNKNOWN,
    check_revision,
    mark_replays,
    read_signed_folder,
)
from medsos_desktop.sync.walk import (
    AgencyFolders,
    FolderScan,
    PostWalker,
    ScanState,
    central_info_or_notice,
    read_central_info,
    require_central_dir,
)
from medsos_desktop.sync.writer import (
    FolderPlace,
    MediaFile,
    PublishOutcome,
    SignedFolder,
    Signer,
    existing_outcome,
    file_entries,
    media_files,
    place_signed_folder,
    real_child,
    real_dir,
    sign_manifest,
)

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
MSG_TRUST_NOT_PINNED = QT_TRANSLATE_NOOP(
    "Sync",
    "No device keys are pinned: revisions were checked against the device files in the "
    "central folder itself, which anyone who can write to the folder could replace.",
)
MSG_TRUST_OTHER_REGION = QT_TRANSLATE_NOOP(
    "Sync",
    "The pinned keys were exported for {trust_region}, but this central folder is "
    "{region}: its devices are not among them.",
)

# --- the central folder and device files -------------------------------------------------


@dataclass(frozen=True)
class RevisionPackage:
    agency_slug: str
    post_uuid: str
    revision: int
    post: Mapping[str, object]
    media: Sequence[MediaFile] = ()


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
    _check_sequence(sequence)
    publisher = RevisionPublisher(
        central, package.agency_slug, signer, retries=retries, backoff=backoff
    )
    return publisher.publish(package, sequence, created=created, checked=(post, media))


def _check_sequence(sequence: int) -> None:
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence must be a positive integer")


class RevisionPublisher:
    """Publishes many revisions of one agency with one signer: `publish_revision`'s
    steps, with what every revision shares done once.

    The folder's medsos-central.json, this device's registration and the agency's
    staging and posts folders are checked, and stale staging work cleared, when the
    publisher is made (steps 2, 4 and 6); each `publish` does the rest. `publish` may
    run in several threads at once. With `sync_parent=False` a publish leaves its last
    fsyncs to the caller (`PublishOutcome.unsynced`, done by `sync_folders`), so that a
    batch syncs each folder once, after all its renames.
    """

    def __init__(
        self,
        central: Path,
        slug: str,
        signer: Signer,
        *,
        retries: int = 5,
        backoff: float = 0.2,
    ) -> None:
        if not is_slug(slug):
            raise ValueError(f"invalid agency slug {slug!r}")
        if not is_device_id(signer.device_id) or not is_key_id(signer.key_id):
            raise ValueError("the signer has an invalid device id or key id")
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
        self.central = central
        self.slug = slug
        self._signer = signer
        self._public_key = device.public_key
        self._retries = retries
        self._backoff = backoff
        self._folders: tuple[Path, Path] | None = None
        self._folders_lock = threading.Lock()

    def _agency_folders(self) -> tuple[Path, Path]:
        """The agency's staging and posts folders, checked (and stale work cleared) once,
        by the first publish that has signed its manifest: nothing is created before."""
        with self._folders_lock:
            if self._folders is None:
                agency = f"{AGENCIES_DIR}/{self.slug}"
                try:
                    staging_root = real_dir(self.central, f"{agency}/{STAGING_DIR}")
                    posts = real_dir(self.central, f"{agency}/{POSTS_DIR}")
                    fsutil.remove_stale(staging_root, STALE_STAGING_SECONDS)
                except OSError as exc:
                    raise unavailable(exc, self.central) from exc
                self._folders = (staging_root, posts)
            return self._folders

    def publish(
        self,
        package: RevisionPackage,
        sequence: int,
        *,
        created: datetime | None = None,
        sync_parent: bool = True,
        checked: tuple[bytes, list[tuple[str, bytes]]] | None = None,
    ) -> PublishOutcome:
        """Publish one revision of this publisher's agency (see `publish_revision`)."""
        post, media = _package_files(package) if checked is None else checked
        _check_sequence(sequence)
        if package.agency_slug != self.slug:
            raise ValueError(f"this publisher publishes for {self.slug}, not {package.agency_slug}")
        central, signer, slug = self.central, self._signer, self.slug
        expected = file_entries(post, media, media_checked=True)
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
        manifest_bytes, signature = sign_manifest(signer, self._public_key, manifest)

        relative = revision_relpath(slug, package.post_uuid, package.revision)
        parent_rel = f"{AGENCIES_DIR}/{slug}/{POSTS_DIR}/{package.post_uuid}"
        staging_root, posts = self._agency_folders()
        try:
            parent, new_parent = real_child(central, posts, package.post_uuid)
        except OSError as exc:
            raise unavailable(exc, central) from exc
        outcome = place_signed_folder(
            central,
            SignedFolder(POST_FILE, post, tuple(media), signature, manifest_bytes),
            staging_rel=f"{AGENCIES_DIR}/{slug}/{STAGING_DIR}",
            parent_rel=parent_rel,
            name=revision_dir_name(package.revision),
            sequence=sequence,
            existing=lambda attempts: _existing_revision(central, package, expected, attempts),
            refused=lambda: RenameRefused(
                MSG_RENAME_REFUSED,
                path=relative,
                revision=package.revision,
                post_uuid=package.post_uuid,
            ),
            retries=self._retries,
            backoff=self._backoff,
            place=FolderPlace(staging_root, parent, new_parent),
            sync_parent=sync_parent,
        )
        if outcome.state == "already_present":
            # Perhaps renamed by a run killed before its last fsync: made durable now,
            # before this run records it as sent.
            if sync_parent:
                sync_folders((parent, posts))
            else:
                outcome = dataclasses.replace(outcome, unsynced=(parent, posts))
        return outcome


def sync_folders(folders: Iterable[Path]) -> None:
    """fsync each folder once, children before parents: the last step of the publishes
    whose outcomes listed them (`PublishOutcome.unsynced`); only then are they durable."""
    for folder in sorted(set(folders), key=lambda path: -len(path.parts)):
        fsutil.fsync_dir(folder)


# --- verifying ---------------------------------------------------------------------------


def _trust_list(trusted: TrustList | Mapping[str, bytes] | None) -> TrustList | None:
    """Pins as a TrustList (a bare {device id: key} mapping pins trusted keys of whichever
    agency registers them); ValueError for anything a trust file could not hold."""
    if trusted is None:
        return None
    if not isinstance(trusted, TrustList):
        for device_id, key in trusted.items():
            if not (is_device_id(device_id) and isinstance(key, bytes)) or len(key) != 32:
                raise ValueError(f"trusted key for {device_id!r} is not a 32-byte Ed25519 key")
        trusted = TrustList.from_keys(trusted)
    check_pins(trusted)
    return trusted


def verify_central(
    central: Path,
    trusted: TrustList | Mapping[str, bytes] | None = None,
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    device_wait: float = DEVICE_WAIT_SECONDS,
    now: float | None = None,
) -> CentralReport:
    """Check every device file and revision of a central folder; never raises for content.

    `trusted` holds the coordinator's pinned keys and decisions (a TrustList, from a
    trust file), or maps device ids to pinned raw Ed25519 public keys. With pins, a
    device or key the coordinator has not trusted is "untrusted", a rejected or revoked
    one "rejected". With None, the device files in the folder are taken at their word,
    and a notice says so. Raises CentralUnavailable when `central` itself is missing or
    cannot be listed, and NewerFormat when medsos-central.json has a newer format version.
    A revision whose device file has not arrived is pending for `device_wait` seconds
    after it was signed, by the clock `now` (seconds since the epoch; default: now).
    """
    trusted = _trust_list(trusted)
    clock = time.time() if now is None else now
    notices: list[Notice] = []
    info = central_info_or_notice(central, notices)
    if trusted is None:
        notices.append(Notice(MSG_TRUST_NOT_PINNED))
    elif info is not None and trusted.region_name and trusted.region_name != info.region_name:
        notices.append(
            Notice(
                MSG_TRUST_OTHER_REGION,
                {"trust_region": trusted.region_name, "region": info.region_name},
            )
        )
    scan = FolderScan(central, trusted)
    walk = scan.walk_agencies(notices)
    while True:
        try:
            next(walk)
        except StopIteration as stop:
            folders: AgencyFolders = stop.value
            break
    # The walk of the coordinator's scan with nothing remembered: every revision is checked.
    posts = PostWalker(scan, folders.parts, ScanState(), full=True)
    lines = list(scan.entries)
    checks: list[tuple[int, RevisionCheck[Manifest]]] = []
    for slug in folders.slugs:
        for _, post_uuid, revision, _ in posts.agency(slug):
            check = check_revision(
                central,
                slug,
                post_uuid,
                revision,
                scan.devices.resolve,
                max_json_bytes=max_json_bytes,
                device_wait=device_wait,
                now=clock,
            )
            manifest = check.manifest if check.signed else None
            checks.append((len(lines), check))
            lines.append(
                RevisionReport(
                    slug,
                    post_uuid,
                    revision,
                    revision_relpath(slug, post_uuid, revision),
                    check.status,
                    check.message,
                    dict(check.params),
                    device_id=manifest.device_id if manifest else None,
                    sequence=manifest.sequence if manifest else None,
                    manifest_sha256=check.manifest_sha256 if manifest else None,
                )
            )
            lines.extend(check.extras)
    lines.extend(posts.all_entries())
    mark_replays(lines, checks)
    entries = tuple(sorted(lines, key=lambda e: (e.path, e.kind)))
    devices = tuple(
        record
        for agency in sorted(scan.devices.records)
        for _, record in sorted(scan.devices.records[agency].items())
        if not scan.devices.several(record.device_id, record.public_key)
    )
    return CentralReport(central, info, trusted is not None, entries, devices, tuple(notices))


def read_revision(
    path: Path,
    manifest_sha256: str | None = None,
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> tuple[Manifest, dict[str, object]]:
    """The manifest and post of a revision that `verify_central` reported valid.

    Pass the report's `manifest_sha256`: the manifest read now must be the one whose
    signature was verified, and post.json must match its listed size and sha256, so a
    file swapped after verification is refused (RevisionUnreadable), never returned.
    """
    return read_signed_folder(
        path,
        manifest_sha256,
        POST_FILE,
        lambda data: parse_manifest(data, max_json_bytes),
        lambda manifest: (
            path.name == f"r{manifest.revision}" and path.parent.name == manifest.post_uuid
        ),
        max_json_bytes=max_json_bytes,
    )
