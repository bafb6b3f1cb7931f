"""The verifier: everything a reader decides before it trusts a byte of a central folder.

The coordinator (and `medsos verify`) reads folders that many PCs and sync programs
write to, so every byte is treated as hostile: links are never followed, files are
opened without blocking, sizes are checked before anything is read, and every problem
becomes a verdict, never an exception. A folder is trusted ("valid") only when its
manifest is signed by the key the rules allow and every listed file is there with the
listed size and sha256. docs/central-folder.md lists the checks in the order they run.

Read top to bottom, this file is the whole of it, for agency revisions and the
coordinator's items alike:

1. one signed folder (`check_signed_folder`: its listing, manifest, key, signature and
   files, the first failing check deciding), with the folder rules (`FolderRules`) of
   an agency revision (`check_revision`) and of a shared item (`check_shared_item`);
2. which key a revision is checked against (`DeviceKeys`: device files, pins);
3. the sequence-number rules (`find_replays`, `mark_replays`);
4. re-reading a folder found valid (`read_signed_folder`, `read_media`).

What may lie in the folders above a revision (links, conflict copies, strays) is decided
by `walk.report_children` with the name rules of `format.py`. This file imports the
grammar (`format.py`), the records (`records.py`) and the file primitives, never the
writer or the walk.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import stat
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Generic, NamedTuple, Protocol, TypeVar

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.strict_json import StrictJsonError, load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    _CONFLICT_MARKER_RE,
    DEFAULT_MAX_JSON_BYTES,
    ITEM_FILE,
    MANIFEST_FILE,
    MEDIA_DIR,
    MEDIA_PATH_RE,
    MSG_JSON,
    MSG_REVISION_UNREADABLE,
    POST_FILE,
    SIGNATURE_BYTES,
    SIGNATURE_FILE,
    ProtocolViolation,
    RevisionUnreadable,
    Status,
    display_name,
    is_conflict_copy,
    is_ignored,
    key_id_for,
    revision_relpath,
    shared_relpath,
    signature_ok,
)
from medsos_desktop.sync.records import (
    DeviceRecord,
    FileEntry,
    Manifest,
    PinnedCoordinator,
    RevisionCheck,
    RevisionReport,
    SharedManifest,
    SignedManifest,
    parse_manifest,
    parse_shared_manifest,
)
from medsos_desktop.sync.trust import (
    TrustList,
)

_CTX = "Sync"
_M = TypeVar("_M", bound=SignedManifest)

# A revision holds post.json, two manifest files and at most 100 media files; far more
# entries mean something else is going on, and listing them all costs time.
MAX_REVISION_ENTRIES = 1000
_MAX_SIGNATURE_READ = 4096

MSG_VALID = QT_TRANSLATE_NOOP("Sync", "{path} is valid (device {device_id}, sequence {sequence}).")
MSG_NO_MANIFEST = QT_TRANSLATE_NOOP(
    "Sync", "{path} has no manifest.json yet; its files may still be arriving."
)
MSG_NO_SIGNATURE = QT_TRANSLATE_NOOP(
    "Sync", "{path} has no manifest.sig yet; its files may still be arriving."
)
MSG_FILE_MISSING = QT_TRANSLATE_NOOP("Sync", "{path} is not complete yet: {file} has not arrived.")
MSG_FILE_SHORT = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not complete yet: {file} has {found} of {expected} bytes."
)
MSG_UNREADABLE_NOW = QT_TRANSLATE_NOOP(
    "Sync", "{path} cannot be read right now ({reason}); it will be checked again."
)
MSG_JSON_TOO_BIG = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} is {size} bytes; at most {limit} bytes are read. It was not read."
)
MSG_OTHER_AGENCY_MANIFEST = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is in the folder of {folder_agency}, but its manifest says it belongs to {agency}.",
)
MSG_WRONG_PLACE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} holds the manifest of {claimed}: a signed revision was copied or moved here.",
)
MSG_DEVICE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which is not registered for {agency}.",
)
MSG_DEVICE_NOT_ARRIVED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, whose device file has not arrived in the folder "
    "of {agency} yet; it stays pending until the device file arrives, at most {days} days "
    "after the revision was signed.",
)
MSG_DEVICE_NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} is signed by device {device_id}, which is not among the trusted devices."
)
MSG_KEY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync", "{path} names key {key_id}, but the known key of device {device_id} is {known_key_id}."
)
MSG_DEVICE_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id} of {other}, which may not publish for {agency}.",
)
MSG_DEVICE_SEVERAL = QT_TRANSLATE_NOOP(
    "Sync",
    "Device {device_id} or its key is registered for more than one agency ({agencies}); "
    "nothing it signs is trusted.",
)
MSG_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Sync",
    "The signature of {path} does not match its manifest: the manifest was changed, or "
    "signed with another key.",
)
MSG_SIGNATURE_SIZE = QT_TRANSLATE_NOOP(
    "Sync", "manifest.sig in {path} is {size} bytes; an Ed25519 signature is 64."
)
MSG_SIZE_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} is {found} bytes, but the signed manifest says {expected}."
)
MSG_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} does not match the sha256 in the signed manifest."
)
MSG_UNLISTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} holds {file}, which its signed manifest does not list."
)
MSG_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("Sync", "{path} holds more than {limit} entries.")
MSG_POST_NOT_OBJECT = QT_TRANSLATE_NOOP("Sync", "post.json in {path} is not a JSON object.")
MSG_REPLAY_DUPLICATE = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} reuses sequence number {sequence} of device {device_id}, also used by {other}: "
    "one of them is replayed, or two PCs share a device identity.",
)
MSG_REPLAY_OLDER = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} has sequence number {sequence}, not greater than {earlier_sequence} of the "
    "earlier revision {earlier} from the same device: it is replayed.",
)
MSG_CONFLICT_COPY = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is a conflict copy made by a sync program; it is ignored and never trusted. "
    "Delete it once the original is valid.",
)
MSG_LINK = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is a link or a special file; links are never followed in the central folder.",
)
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not part of the central folder layout; it is ignored."
)
MSG_DEVICE_FILE_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} says it belongs to {agency}, but it is in the folder of "
    "{folder_agency}.",
)
MSG_DEVICE_FILE_NAME = QT_TRANSLATE_NOOP(
    "Sync", "The device file {path} describes device {device_id}, not the one its name says."
)
MSG_DEVICE_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Sync",
    "The key of device {device_id} in {path} is not its pinned key: the device file was "
    "replaced. Its revisions are still checked against the pinned key.",
)

# With pinned keys (a trust file): what is not, or not yet, trusted by the coordinator.
MSG_DEVICE_AWAITING_TRUST = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} registers device {device_id} ({device_name}, key {key_id}) for "
    "{agency}, but the coordinator has not trusted it: nothing it signs is valid until the "
    "coordinator compares its fingerprint with the agency and trusts it.",
)


MSG_REVISION_AWAITING_TRUST = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which the coordinator has not trusted yet; it "
    "is not valid until the device is trusted.",
)
MSG_KEY_NOT_PINNED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed with key {key_id}, which the replaced device file of {device_id} "
    "shows instead of its pinned key {pinned_key_id}; it is not valid unless the "
    "coordinator trusts the new key.",
)
MSG_DEVICE_REJECTED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is signed by device {device_id}, which the coordinator rejected or revoked; it "
    "is not valid.",
)
MSG_DEVICE_PINNED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Sync",
    "The device file {path} registers device {device_id} for {agency}, but the coordinator "
    "pinned it for {pinned_agency}.",
)

# Shared items.
MSG_SHARED_VALID = QT_TRANSLATE_NOOP(
    "Sync", "{path} is valid (coordinator {coordinator_id}, sequence {sequence})."
)


MSG_ITEM_NOT_OBJECT = QT_TRANSLATE_NOOP("Sync", "item.json in {path} is not a JSON object.")
MSG_SHARED_OTHER_SIGNER = QT_TRANSLATE_NOOP(
    "Sync", "{path} is signed by {coordinator_id}, which is not the coordinator ({expected})."
)
MSG_SHARED_KEY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Sync", "{path} names key {key_id}, but the coordinator's key is {known_key_id}."
)


# --- 1. one signed folder ------------------------------------------------------------------


class _Verdict(Exception):
    """Internal: ends the check of a revision with a status."""

    def __init__(self, status: Status, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.status: Status = status
        self.message = message
        self.params = params


def _child(folder: str, relative: str) -> str:
    """`folder`/`relative` (a "/"-separated name inside it) as a plain string: cheaper than
    pathlib in the loops that run for every file of every revision."""
    return folder + os.sep + (relative if os.sep == "/" else relative.replace("/", os.sep))


def _scan_revision(
    folder: Path | str, rel: str, report: Callable[[str], None], payload_file: str = POST_FILE
) -> tuple[dict[str, int], list[str]]:
    """Plain files of a revision (relative name -> size) and unexpected folders.

    Links and special files anywhere make the revision unsafe; conflict copies are
    handed to `report` and otherwise ignored, as are hidden names and OS junk.
    """
    files: dict[str, int] = {}
    folders: list[str] = []
    seen = 0
    pending: list[tuple[str, str]] = [("", os.fspath(folder))]
    while pending:
        prefix, directory = pending.pop()
        entries = fsutil.list_sorted(directory)
        seen += len(entries)
        if seen > MAX_REVISION_ENTRIES:
            raise _Verdict("tampered", MSG_TOO_MANY_ENTRIES, limit=MAX_REVISION_ENTRIES)
        names = [name for name, _ in entries]
        for name, st in entries:
            relative = prefix + name
            if fsutil.is_link_or_special(st):
                raise _Verdict("unsafe", MSG_LINK, path=f"{rel}/{display_name(relative)}")
            if is_ignored(name):
                continue
            if stat.S_ISDIR(st.st_mode):
                if not prefix and name == MEDIA_DIR:
                    pending.append((f"{MEDIA_DIR}/", _child(directory, name)))
                elif is_conflict_copy(name, names if not prefix else ()):
                    report(f"{rel}/{relative}")
                else:
                    folders.append(relative + "/")
                continue
            protocol_name = (
                MEDIA_PATH_RE.fullmatch(relative) is not None
                if prefix
                else name in (payload_file, MANIFEST_FILE, SIGNATURE_FILE)
            )
            if _CONFLICT_MARKER_RE.search(name.lower()) is not None or (
                not protocol_name and is_conflict_copy(name, names)
            ):
                report(f"{rel}/{relative}")
                continue
            files[relative] = st.st_size
    return files, folders


def _read_checked(path: Path | str, limit: int, file: str) -> bytes:
    """A JSON file the listing found plain (`fsutil.open_regular`'s `listed`)."""
    try:
        return fsutil.read_limited(path, limit, listed=True)
    except fsutil.FileTooLarge as exc:
        raise _Verdict("invalid", MSG_JSON_TOO_BIG, file=file, size=exc.size, limit=limit) from exc
    except fsutil.NotRegularFile as exc:
        raise _Verdict("unsafe", MSG_LINK, file=file) from exc


@dataclass(frozen=True)
class FolderRules(Generic[_M]):
    """How one kind of signed folder is checked: the name of its JSON payload, and the
    callbacks that know its manifest. Each callback raises ProtocolViolation to end the
    check with that status."""

    payload_file: str  # post.json, item.json
    payload_not_object: str  # the message when the payload is not a JSON object
    parse: Callable[[bytes], _M]  # the manifest's bytes, checked strictly
    locate: Callable[[_M], None]  # the manifest names the folder it is in
    resolve: Callable[[_M], bytes]  # the public key the signature is checked against
    valid: Callable[[_M], dict[str, object]]  # the parameters of the "valid" message
    valid_message: str = MSG_VALID


def manifest_signature_ok(public_key: bytes, signature: bytes, manifest_bytes: bytes) -> bool:
    """Whether `signature` is a 64-byte Ed25519 signature of exactly `manifest_bytes`."""
    return len(signature) == SIGNATURE_BYTES and signature_ok(public_key, signature, manifest_bytes)


KeyResolver = Callable[[str, str, str], bytes]
"""(device_id, key_id, folder agency) -> raw public key, or raise ProtocolViolation."""

# Sync programs deliver files in any order, so a new device's first revisions may arrive
# before its device file. While no device file registers the device, a revision is
# "pending" for this long after it was signed, then "unknown device" (step 8).
DEVICE_WAIT_SECONDS = 7 * 24 * 3600


# A revision dated further ahead of this computer's clock is not waited for.
_CLOCK_AHEAD_SECONDS = 24 * 3600


class DeviceFileMissing(ProtocolViolation):
    """Raised by a KeyResolver: no device file registers the device for the agency (it may
    still be arriving). Left alone, it is an "unknown device" verdict."""

    def __init__(self, device_id: str, agency: str) -> None:
        super().__init__("unknown_device", MSG_DEVICE_UNKNOWN, device_id=device_id, agency=agency)


def waiting_for_device(created: str, now: float, wait: float) -> bool:
    """Whether a revision whose device file is missing is still waited for: signed less
    than `wait` seconds before `now` by its manifest's `created` (not verified yet: no key
    to check it with), and not dated more than a day ahead."""
    try:
        signed = calendar.timegm(time.strptime(created, "%Y-%m-%dT%H:%M:%SZ"))
    except (ValueError, OverflowError):
        return False
    return -_CLOCK_AHEAD_SECONDS <= now - signed < wait


def check_signed_folder(
    folder: Path | str,
    rel: str,
    rules: FolderRules[_M],
    conflict: Callable[[str], None],
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    keep_payload: bool = False,
) -> RevisionCheck[_M]:
    """Judge one signed folder (steps 1-16 of "Checking one revision"); the first failing
    check decides. Conflict copies inside it go to `conflict` (a path below `rel`).
    With `keep_payload`, a valid verdict carries the parsed payload it checked.

    Never raises for anything found in the folder.
    """
    manifest: _M | None = None
    manifest_sha256: str | None = None
    signed = False
    payload_file = rules.payload_file
    try:
        st = os.lstat(folder)
        if fsutil.is_link_or_special(st):
            raise _Verdict("unsafe", MSG_LINK)
        if not stat.S_ISDIR(st.st_mode):
            raise _Verdict("invalid", MSG_UNEXPECTED)
        files, folders = _scan_revision(folder, rel, conflict, payload_file)
        for name in (MANIFEST_FILE, payload_file):
            size = files.get(name)
            if size is not None and size > max_json_bytes:
                raise _Verdict(
                    "invalid", MSG_JSON_TOO_BIG, file=name, size=size, limit=max_json_bytes
                )
        if MANIFEST_FILE not in files:
            raise _Verdict("pending", MSG_NO_MANIFEST)
        if SIGNATURE_FILE not in files:
            raise _Verdict("pending", MSG_NO_SIGNATURE)
        where = os.fspath(folder)
        manifest_bytes = _read_checked(_child(where, MANIFEST_FILE), max_json_bytes, MANIFEST_FILE)
        try:
            manifest = rules.parse(manifest_bytes)
        except ProtocolViolation as exc:
            raise _Verdict(
                exc.status, exc.message, **{"file": MANIFEST_FILE, **exc.params}
            ) from exc
        try:
            rules.locate(manifest)
            public_key = rules.resolve(manifest)
        except ProtocolViolation as exc:
            raise _Verdict(exc.status, exc.message, **exc.params) from exc
        try:
            signature = fsutil.read_limited(
                _child(where, SIGNATURE_FILE), _MAX_SIGNATURE_READ, listed=True
            )
        except fsutil.FileTooLarge as exc:
            raise _Verdict("tampered", MSG_SIGNATURE_SIZE, size=exc.size) from exc
        except fsutil.NotRegularFile as exc:
            raise _Verdict("unsafe", MSG_LINK) from exc
        if len(signature) != SIGNATURE_BYTES:
            raise _Verdict("tampered", MSG_SIGNATURE_SIZE, size=len(signature))
        if not manifest_signature_ok(public_key, signature, manifest_bytes):
            raise _Verdict("tampered", MSG_BAD_SIGNATURE)
        signed = True
        manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        payload = _check_files(
            where,
            manifest,
            files,
            folders,
            max_json_bytes,
            payload_file,
            rules.payload_not_object,
        )
    except _Verdict as verdict:
        params = {"path": rel, **verdict.params}
        return RevisionCheck(
            verdict.status,
            verdict.message,
            params,
            manifest if signed else None,
            manifest_sha256,
            signed,
        )
    except OSError as exc:
        return RevisionCheck(
            "pending",
            MSG_UNREADABLE_NOW,
            {"path": rel, "reason": exc.strerror or str(exc)},
            manifest if signed else None,
            manifest_sha256,
            signed,
        )
    assert manifest is not None
    params = {"path": rel, **rules.valid(manifest)}
    return RevisionCheck(
        "valid",
        rules.valid_message,
        params,
        manifest,
        manifest_sha256,
        True,
        payload=payload if keep_payload else None,
    )


def check_revision(
    central: Path,
    slug: str,
    post_uuid: str,
    revision: int,
    resolve: KeyResolver,
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    keep_payload: bool = False,
    device_wait: float = DEVICE_WAIT_SECONDS,
    now: float | None = None,
) -> RevisionCheck[Manifest]:
    """Judge `agencies/<slug>/posts/<post_uuid>/r<revision>`; the first failing check decides.
    With `keep_payload`, a valid verdict carries the parsed post.json it checked. A revision
    whose device file has not arrived is pending for `device_wait` seconds after it was
    signed (`now`: this computer's clock, in seconds since the epoch).

    Never raises for anything found in the folder.
    """
    rel = revision_relpath(slug, post_uuid, revision)
    clock = time.time() if now is None else now
    extras: list[RevisionReport] = []

    def conflict(path: str) -> None:
        extras.append(
            RevisionReport(
                slug,
                post_uuid,
                revision,
                display_name(path),
                "conflict_copy",
                MSG_CONFLICT_COPY,
                {"path": display_name(path)},
                kind="entry",
            )
        )

    def locate(manifest: Manifest) -> None:
        if manifest.agency != slug:
            raise ProtocolViolation(
                "unsafe", MSG_OTHER_AGENCY_MANIFEST, folder_agency=slug, agency=manifest.agency
            )
        if (manifest.post_uuid, manifest.revision) != (post_uuid, revision):
            claimed = revision_relpath(manifest.agency, manifest.post_uuid, manifest.revision)
            raise ProtocolViolation("tampered", MSG_WRONG_PLACE, claimed=claimed)

    def key_for(manifest: Manifest) -> bytes:
        try:
            public_key = resolve(manifest.device_id, manifest.key_id, slug)
        except DeviceFileMissing as exc:
            if not waiting_for_device(manifest.created, clock, device_wait):
                raise
            raise ProtocolViolation(
                "pending",
                MSG_DEVICE_NOT_ARRIVED,
                device_id=manifest.device_id,
                agency=slug,
                days=round(device_wait / 86400, 1),
            ) from exc
        known_key_id = key_id_for(public_key)
        if known_key_id != manifest.key_id:
            raise ProtocolViolation(
                "unknown_device",
                MSG_KEY_UNKNOWN,
                key_id=manifest.key_id,
                device_id=manifest.device_id,
                known_key_id=known_key_id,
            )
        return public_key

    rules = FolderRules(
        payload_file=POST_FILE,
        payload_not_object=MSG_POST_NOT_OBJECT,
        parse=lambda data: parse_manifest(data, max_json_bytes),
        locate=locate,
        resolve=key_for,
        valid=lambda manifest: {"device_id": manifest.device_id, "sequence": manifest.sequence},
    )
    check = check_signed_folder(
        _child(os.fspath(central), rel),
        rel,
        rules,
        conflict,
        max_json_bytes=max_json_bytes,
        keep_payload=keep_payload,
    )
    return RevisionCheck(
        check.status,
        check.message,
        check.params,
        check.manifest,
        check.manifest_sha256,
        check.signed,
        tuple(extras),
        check.payload,
    )


def _check_files(
    folder: Path | str,
    manifest: SignedManifest,
    files: Mapping[str, int],
    folders: list[str],
    max_json_bytes: int,
    payload_file: str = POST_FILE,
    payload_not_object: str = MSG_POST_NOT_OBJECT,
) -> dict[str, object] | None:
    """Signed list against the folder: sizes, then unlisted files, then arrivals, then hashes.

    Returns the parsed payload (the manifest lists it: the parsers require it)."""
    result: dict[str, object] | None = None
    for entry in manifest.files:
        size = files.get(entry.path)
        if size is not None and size > entry.size:
            raise _Verdict(
                "tampered", MSG_SIZE_MISMATCH, file=entry.path, found=size, expected=entry.size
            )
    listed = {entry.path for entry in manifest.files} | {MANIFEST_FILE, SIGNATURE_FILE}
    unlisted = sorted(set(files) - listed) + folders
    if unlisted:
        raise _Verdict("tampered", MSG_UNLISTED, file=display_name(unlisted[0]))
    for entry in manifest.files:
        size = files.get(entry.path)
        if size is None:
            raise _Verdict("pending", MSG_FILE_MISSING, file=entry.path)
        if size < entry.size:
            raise _Verdict(
                "pending", MSG_FILE_SHORT, file=entry.path, found=size, expected=entry.size
            )
    where = os.fspath(folder)
    for entry in manifest.files:
        # Every listed file was found plain by the listing (`files`), just above.
        path = _child(where, entry.path)
        try:
            if entry.path == payload_file:
                data = fsutil.read_limited(path, min(entry.size, max_json_bytes), listed=True)
                found_size, digest = len(data), hashlib.sha256(data).hexdigest()
            else:
                found_size, digest = fsutil.hash_file(path, entry.size, listed=True)
        except fsutil.FileTooLarge as exc:
            raise _Verdict(
                "tampered", MSG_SIZE_MISMATCH, file=entry.path, found=exc.size, expected=entry.size
            ) from exc
        except fsutil.NotRegularFile as exc:
            raise _Verdict("unsafe", MSG_LINK, file=entry.path) from exc
        if found_size != entry.size:
            # Changed since it was listed: shorter is still arriving, longer is tampering.
            status: Status = "pending" if found_size < entry.size else "tampered"
            message = MSG_FILE_SHORT if status == "pending" else MSG_SIZE_MISMATCH
            raise _Verdict(status, message, file=entry.path, found=found_size, expected=entry.size)
        if digest != entry.sha256:
            raise _Verdict("tampered", MSG_HASH_MISMATCH, file=entry.path)
        if entry.path == payload_file:
            try:
                payload = load_strict_json(data)
            except StrictJsonError as exc:
                raise _Verdict(
                    "invalid", MSG_JSON, file=payload_file, reason=str(exc)[:200]
                ) from exc
            if not isinstance(payload, dict):
                raise _Verdict("invalid", payload_not_object)
            result = payload
    return result


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


# --- 2. keys ---------------------------------------------------------------------------------


@dataclass
class DeviceKeys:
    """Device files found in the folder, where each id and key is registered, and the
    coordinator's pins (`trusted`): the key each revision is checked against.

    With pins, a device or key the coordinator has not trusted is "untrusted", a rejected
    or revoked one "rejected"; without them the device files are taken at their word.
    """

    trusted: TrustList | None = None
    records: dict[str, dict[str, DeviceRecord]] = field(default_factory=dict)
    id_agencies: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    key_agencies: dict[bytes, set[str]] = field(default_factory=lambda: defaultdict(set))
    # With pinning: device files showing another key than the pinned one, by device id.
    changed_keys: dict[str, DeviceRecord] = field(default_factory=dict)

    def add(self, record: DeviceRecord) -> None:
        self.records.setdefault(record.agency, {})[record.device_id] = record
        self.id_agencies[record.device_id].add(record.agency)
        self.key_agencies[record.public_key].add(record.agency)

    def several(self, device_id: str, key: bytes | None) -> set[str]:
        """Agencies sharing the id or the key, when there is more than one; else empty."""
        agencies = set(self.id_agencies.get(device_id, set()))
        if key is not None:
            agencies |= self.key_agencies.get(key, set())
        return agencies if len(agencies) > 1 else set()

    def admit(
        self, record: DeviceRecord, slug: str, device_id: str
    ) -> tuple[Status, str, dict[str, object]] | None:
        """Judge the device file `agencies/<slug>/devices/<device_id>.json` (parsed): the
        problem to report, or None. It is registered unless refused (a device awaiting
        trust is registered and reported)."""
        if record.device_id != device_id:
            return "invalid", MSG_DEVICE_FILE_NAME, {"device_id": record.device_id}
        if record.agency != slug:
            return (
                "unsafe",
                MSG_DEVICE_FILE_OTHER_AGENCY,
                {"agency": record.agency, "folder_agency": slug},
            )
        problem: tuple[Status, str, dict[str, object]] | None = None
        if self.trusted is not None:
            pin = self.trusted.get(device_id)
            if pin is not None and pin.agency is not None and pin.agency != slug:
                return (
                    "unsafe",
                    MSG_DEVICE_PINNED_ELSEWHERE,
                    {"device_id": device_id, "agency": slug, "pinned_agency": pin.agency},
                )
            if pin is not None and pin.public_key != record.public_key:
                self.changed_keys[device_id] = record
                return "tampered", MSG_DEVICE_KEY_CHANGED, {"device_id": device_id}
            if pin is None or pin.decision == "pending":
                # Registered, but awaiting trust: never valid by itself.
                problem = (
                    "untrusted",
                    MSG_DEVICE_AWAITING_TRUST,
                    {
                        "device_id": device_id,
                        "device_name": record.device_name,
                        "key_id": record.key_id,
                        "agency": slug,
                    },
                )
        self.add(record)
        return problem

    def shared_devices(self) -> list[tuple[DeviceRecord, set[str]]]:
        """Each device file whose id or key is registered for several agencies, with them."""
        found = []
        for records in self.records.values():
            for device_id, record in records.items():
                several = self.several(device_id, record.public_key)
                if several:
                    found.append((record, several))
        return found

    def resolve(self, device_id: str, key_id: str, agency: str) -> bytes:
        """The public key a revision of `agency` signed by `device_id` is checked against."""
        registered = self.id_agencies.get(device_id, set())
        key: bytes | None
        if self.trusted is not None:
            key = self.pinned_key(device_id, key_id, agency)
        else:
            record = self.records.get(agency, {}).get(device_id)
            if record is None and not registered:
                raise DeviceFileMissing(device_id, agency)
            key = record.public_key if record is not None else None
        if registered and agency not in registered:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_OTHER_AGENCY,
                device_id=device_id,
                other=", ".join(sorted(registered)),
                agency=agency,
            )
        several = self.several(device_id, key)
        if several:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_SEVERAL,
                device_id=device_id,
                agencies=", ".join(sorted(several)),
            )
        assert key is not None
        return key

    def pinned_key(self, device_id: str, key_id: str, agency: str) -> bytes:
        """The pinned key a revision is checked against; "untrusted" for a device or a
        changed key the coordinator has not trusted, "rejected" for one it refused."""
        assert self.trusted is not None
        pin = self.trusted.get(device_id)
        if pin is None:
            if device_id in self.records.get(agency, {}):
                raise ProtocolViolation(
                    "untrusted", MSG_REVISION_AWAITING_TRUST, device_id=device_id
                )
            raise ProtocolViolation("unknown_device", MSG_DEVICE_NOT_TRUSTED, device_id=device_id)
        if pin.agency is not None and pin.agency != agency:
            raise ProtocolViolation(
                "unsafe",
                MSG_DEVICE_OTHER_AGENCY,
                device_id=device_id,
                other=pin.agency,
                agency=agency,
            )
        if pin.decision in ("rejected", "revoked"):
            raise ProtocolViolation("rejected", MSG_DEVICE_REJECTED, device_id=device_id)
        if key_id != pin.key_id:
            changed = self.changed_keys.get(device_id)
            if changed is not None and (changed.agency, changed.key_id) == (agency, key_id):
                raise ProtocolViolation(
                    "untrusted",
                    MSG_KEY_NOT_PINNED,
                    key_id=key_id,
                    device_id=device_id,
                    pinned_key_id=pin.key_id,
                )
            raise ProtocolViolation(
                "unknown_device",
                MSG_KEY_UNKNOWN,
                key_id=key_id,
                device_id=device_id,
                known_key_id=pin.key_id,
            )
        if not pin.trusted:
            raise ProtocolViolation("untrusted", MSG_REVISION_AWAITING_TRUST, device_id=device_id)
        return pin.public_key


# --- 3. the sequence-number rules --------------------------------------------------------


class SignedRef(NamedTuple):
    """One folder whose signature verified, as the sequence-number rules see it."""

    position: int  # the caller's reference (an index in its list)
    signer: str  # device id (or coordinator id)
    group: Hashable  # the post (or shared item) the folder is a revision of
    revision: int
    sequence: int
    path: str


def find_replays(signed: Sequence[SignedRef]) -> list[tuple[int, str, dict[str, object]]]:
    """The two stateless sequence-number rules, per signer: (index, message, params) of each
    folder to mark replayed, in order; a folder already marked keeps its first reason."""
    found: list[tuple[int, str, dict[str, object]]] = []
    by_signer: dict[str, list[SignedRef]] = defaultdict(list)
    for ref in signed:
        by_signer[ref.signer].append(ref)
    for signer, refs in by_signer.items():
        by_sequence: dict[int, list[SignedRef]] = defaultdict(list)
        by_group: dict[Hashable, list[SignedRef]] = defaultdict(list)
        for ref in refs:
            by_sequence[ref.sequence].append(ref)
            by_group[ref.group].append(ref)
        for sequence, same in by_sequence.items():
            for ref in same if len(same) > 1 else ():
                other = next(o for o in same if o.position != ref.position)
                found.append(
                    (
                        ref.position,
                        MSG_REPLAY_DUPLICATE,
                        {"sequence": sequence, "device_id": signer, "other": other.path},
                    )
                )
        for revisions in by_group.values():
            revisions.sort(key=lambda ref: ref.revision)
            highest: SignedRef | None = None
            for ref in revisions:
                if highest is not None and ref.sequence <= highest.sequence:
                    found.append(
                        (
                            ref.position,
                            MSG_REPLAY_OLDER,
                            {
                                "sequence": ref.sequence,
                                "earlier_sequence": highest.sequence,
                                "earlier": highest.path,
                            },
                        )
                    )
                if highest is None or ref.sequence > highest.sequence:
                    highest = ref
    return found


_Line = TypeVar("_Line", bound="ReportLine")


class ReportLine(Protocol):
    """A line of a report that the sequence-number rules may turn to "replayed"."""

    @property
    def path(self) -> str: ...

    @property
    def status(self) -> Status: ...


def mark_replays(lines: list[_Line], checks: Sequence[tuple[int, RevisionCheck[_M]]]) -> None:
    """Apply the sequence-number rules (`find_replays`) to the folders of one report.

    `checks` pairs the index of a line in `lines` with the check behind it; of those
    whose signature verified, each valid one that breaks a rule becomes "replayed" in
    place, with the first rule's reason. Used for agency revisions and shared items.
    """
    signed = [
        SignedRef(
            index,
            check.manifest.signer_id,
            check.manifest.group,
            check.manifest.revision,
            check.manifest.sequence,
            lines[index].path,
        )
        for index, check in checks
        if check.signed and check.manifest is not None
    ]
    for index, message, params in find_replays(signed):
        line = lines[index]
        if line.status == "valid":
            lines[index] = replace(  # type: ignore[type-var]
                line, status="replayed", message=message, params={"path": line.path, **params}
            )


# --- 4. reading what was verified -----------------------------------------------------------


def _unreadable(path: Path, reason: str) -> RevisionUnreadable:
    return RevisionUnreadable(MSG_REVISION_UNREADABLE, path=str(path), reason=reason)


def read_signed_folder(
    path: Path,
    manifest_sha256: str | None,
    payload_file: str,
    parse: Callable[[bytes], _M],
    belongs: Callable[[_M], bool],
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> tuple[_M, dict[str, object]]:
    """The manifest and JSON payload of a folder reported valid, re-checked as it is now.

    The manifest must still be the one verified (`manifest_sha256`) and name this
    folder (`belongs`), and the payload must match its entry; RevisionUnreadable if not.
    """
    try:
        manifest_bytes = fsutil.read_limited(path / MANIFEST_FILE, max_json_bytes)
        if manifest_sha256 is not None and (
            hashlib.sha256(manifest_bytes).hexdigest() != manifest_sha256
        ):
            raise _unreadable(path, "the manifest changed since it was verified")
        manifest = parse(manifest_bytes)
        if not belongs(manifest):
            raise _unreadable(path, "the manifest belongs to another revision")
        entry = next((f for f in manifest.files if f.path == payload_file), None)
        assert entry is not None  # the parsers require it
        data = fsutil.read_limited(path / payload_file, min(entry.size, max_json_bytes))
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise _unreadable(path, f"{payload_file} does not match the manifest")
        payload = load_strict_json(data)
    except ProtocolViolation as exc:
        raise _unreadable(path, "the manifest is not valid") from exc
    except (OSError, ValueError) as exc:
        raise _unreadable(path, getattr(exc, "strerror", None) or str(exc)[:200]) from exc
    if not isinstance(payload, dict):
        raise _unreadable(path, f"{payload_file} is not a JSON object")
    return manifest, payload


def read_media(path: Path, entry: FileEntry) -> bytes:
    """The bytes of one listed media file of a verified revision, checked against its entry."""
    if MEDIA_PATH_RE.fullmatch(entry.path) is None:
        raise _unreadable(path, "not a media file of the manifest")
    try:
        data = fsutil.read_limited(path / entry.path, entry.size)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise _unreadable(path, f"{entry.path} does not match the manifest")
    return data
