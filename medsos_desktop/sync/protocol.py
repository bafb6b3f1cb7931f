"""Central folder protocol version 1: names, files, signatures, and the writer.

Agencies share nothing but a folder (an SMB share, or a folder kept in sync by
Syncthing, Nextcloud or OneDrive), so everything a reader needs to trust a post
travels with it: each approved revision is a folder of files listed, with sizes and
sha256, in a manifest signed by the publishing device's Ed25519 key. The writer
builds a revision in ``.staging/``, syncs it to disk and renames it into place, so a
revision appears complete or not at all; it never replaces anything. The full
specification, for a second implementation, is ``docs/central-folder.md``.

This module holds what reader and writer share (the grammar of names, the parsers
of the JSON files, errors) and the writer. It imports no Qt, store or services.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import math
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.strict_json import StrictJsonError, load_strict_json
from medsos_desktop.sync import fsutil

FORMAT_VERSION = 1
CENTRAL_FILE = "medsos-central.json"
CENTRAL_FORMAT = "medsos-central"
DEVICE_FORMAT = "medsos-device"
MANIFEST_FORMAT = "medsos-revision"
AGENCIES_DIR = "agencies"
DEVICES_DIR = "devices"
POSTS_DIR = "posts"
STAGING_DIR = ".staging"
MEDIA_DIR = "media"
POST_FILE = "post.json"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
ALGORITHM = "ed25519"

DEFAULT_MAX_JSON_BYTES = 1_000_000  # post.json and manifest.json
MAX_SMALL_JSON_BYTES = 64 * 1024  # medsos-central.json and device files
MAX_MEDIA_FILES = 100
MAX_MANIFEST_FILES = MAX_MEDIA_FILES + 1
MAX_MEDIA_BYTES = 512 * 1024 * 1024
MAX_REVISION = 999_999
MAX_SEQUENCE = 2**63 - 1
MAX_TEXT_CHARS = 200  # region and device names
MAX_JSON_DEPTH = 64
SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32
STALE_STAGING_SECONDS = 3600

SLUG_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")
DEVICE_ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
POST_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
REVISION_DIR_RE = re.compile(r"r([1-9][0-9]{0,5})")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
EXT_RE = re.compile(r"[a-z0-9]{1,8}")
KEY_ID_RE = re.compile(r"[0-9a-f]{16}")
MEDIA_PATH_RE = re.compile(r"media/([0-9a-f]{64})\.([a-z0-9]{1,8})")
CREATED_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
# CREATED_RE with its fields as groups, for _created_ok.
_CREATED_PARTS_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z"
)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# Names Windows cannot use for a file or folder, whatever the extension.
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)

Status = Literal[
    "valid",
    "pending",
    "tampered",
    "unknown_device",
    "untrusted",  # with pinned keys: a device or key not (yet) trusted by the coordinator
    "rejected",  # with pinned keys: a device the coordinator rejected or revoked
    "replayed",
    "conflict_copy",
    "unsafe",
    "invalid",
]
STATUSES: tuple[Status, ...] = (
    "valid",
    "pending",
    "tampered",
    "unknown_device",
    "untrusted",
    "rejected",
    "replayed",
    "conflict_copy",
    "unsafe",
    "invalid",
)

_CTX = "Sync"

MSG_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder {path} cannot be reached ({reason}). Check that the share is "
    "connected or that the sync program is running; publishing will be retried.",
)
MSG_NOT_CENTRAL = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is not a Medsos central folder (it has no medsos-central.json). If it is a "
    "network share, check that it is connected; otherwise set up the central folder first.",
)
MSG_CENTRAL_INVALID = QT_TRANSLATE_NOOP(
    "Sync", "medsos-central.json in {path} cannot be used: {reason}."
)
MSG_NEWER_CENTRAL = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder {path} uses format version {found}; this version of Medsos "
    "Desktop works with version {supported}. Install the newer version.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder {path} is full. Nothing was published; free some space and "
    "publishing will be retried.",
)
MSG_LINK_IN_PATH = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} in the central folder is a link or not a folder; Medsos Desktop does not write "
    "through links. Ask IT to remove it.",
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
MSG_SIGNING_FAILED = QT_TRANSLATE_NOOP(
    "Sync",
    "The signing key of this PC did not produce a valid signature; nothing was published.",
)
MSG_POST_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Sync",
    "The post is {size} bytes as post.json; at most {limit} bytes can be published.",
)
MSG_REVISION_UNREADABLE = QT_TRANSLATE_NOOP(
    "Sync", "{path} cannot be read as a verified revision: {reason}."
)

# Messages of the parsers; the reader adds {path} (the folder) and {file} (the file name).
MSG_JSON = QT_TRANSLATE_NOOP("Sync", "{file} in {path} is not valid JSON ({reason}).")
MSG_FIELD = QT_TRANSLATE_NOOP(
    "Sync", '{file} in {path}: the field "{field}" is missing or not valid.'
)
MSG_NOT_FORMAT = QT_TRANSLATE_NOOP("Sync", "{file} in {path} is not a {expected} file.")
MSG_NEWER_FILE = QT_TRANSLATE_NOOP(
    "Sync",
    "{file} in {path} has format version {found}; this version of Medsos Desktop reads "
    "version {supported}.",
)
MSG_ESCAPING_PATH = QT_TRANSLATE_NOOP(
    "Sync", 'The manifest of {path} lists "{name}", which points outside the revision.'
)
MSG_BAD_LISTED_NAME = QT_TRANSLATE_NOOP(
    "Sync", 'The manifest of {path} lists "{name}", which is not a name the protocol allows.'
)
MSG_DUPLICATE_LISTED = QT_TRANSLATE_NOOP(
    "Sync", 'The manifest of {path} lists "{name}" more than once.'
)
MSG_NO_POST_LISTED = QT_TRANSLATE_NOOP("Sync", "The manifest of {path} does not list post.json.")
MSG_MEDIA_NAME_HASH = QT_TRANSLATE_NOOP(
    "Sync", "The manifest of {path} lists {name} with a sha256 other than its name."
)
MSG_TOO_MANY_LISTED = QT_TRANSLATE_NOOP(
    "Sync", "The manifest of {path} lists {count} files; at most {limit} are allowed."
)
MSG_LISTED_TOO_BIG = QT_TRANSLATE_NOOP(
    "Sync", "The manifest of {path} gives {name} {size} bytes; at most {limit} are allowed."
)
MSG_DEVICE_KEY_ID = QT_TRANSLATE_NOOP(
    "Sync", "{file} in {path} gives key id {key_id}, which is not the id of its public key."
)


class SyncError(UserFacingError):
    """A sync failure the user (or the outbox) can act on; the message names what to do."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(_CTX, message, **params)


class CentralUnavailable(SyncError):
    """Missing, unmounted, not set up or not writable: the outbox retries later."""


class CentralInvalid(SyncError):
    """medsos-central.json exists but cannot be used."""


class NewerFormat(SyncError):
    """The folder was set up by a newer version; this one neither reads nor writes it."""


class DiskFull(SyncError):
    """No space left (or quota reached); nothing partial was left behind."""


class UnsafeCentral(SyncError):
    """A link where the writer needs a real folder; the writer never writes through it."""


class RevisionConflict(SyncError):
    """The target revision exists with other content; it is never overwritten."""


class RevisionPending(SyncError):
    """The target revision exists but is still arriving; retry later."""


class RenameRefused(SyncError):
    """Another program held a file through the whole back-off; retried at the next sync."""


class DeviceConflict(SyncError):
    """The device id is registered with another key or for another agency."""


class DeviceNotRegistered(SyncError):
    """publish_device has not been run for this device and agency."""


class SigningFailed(SyncError):
    """The signer's output does not verify against the registered public key."""


class PostTooLarge(SyncError):
    """post.json would exceed the limit readers accept."""


class RevisionUnreadable(SyncError):
    """read_revision found the revision changed or damaged since it was verified."""


class ProtocolViolation(Exception):
    """Folder content that breaks the protocol; the reader turns it into a report line."""

    def __init__(self, status: Status, message: str, /, **params: object) -> None:
        super().__init__(message)
        self.status: Status = status
        self.message = message
        self.params = params


@dataclass(frozen=True)
class CentralInfo:
    version: int
    region_name: str
    created: str
    sample: bool = False  # a practice folder for the sample workspace, not a region's


@dataclass(frozen=True)
class DeviceRecord:
    agency: str
    device_id: str
    device_name: str
    public_key: bytes
    key_id: str
    created: str


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    agency: str
    post_uuid: str
    revision: int
    device_id: str
    key_id: str
    sequence: int
    created: str
    files: tuple[FileEntry, ...]
    version: int = FORMAT_VERSION

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)


class Signer(Protocol):
    """Signs manifests for one device; the private key may live in the OS keyring."""

    @property
    def device_id(self) -> str: ...

    @property
    def key_id(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    ext: str
    data: bytes = field(repr=False)


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


# --- names, keys, canonical JSON ------------------------------------------------------


def _name_ok(pattern: re.Pattern[str], value: object) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def is_slug(value: object) -> bool:
    return _name_ok(SLUG_RE, value) and value not in _WINDOWS_RESERVED


def is_device_id(value: object) -> bool:
    return _name_ok(DEVICE_ID_RE, value) and value not in _WINDOWS_RESERVED


def is_post_uuid(value: object) -> bool:
    return _name_ok(POST_UUID_RE, value)


def is_sha256(value: object) -> bool:
    return _name_ok(SHA256_RE, value)


def is_revision(value: object) -> bool:
    return type(value) is int and 1 <= value <= MAX_REVISION


def revision_dir_name(revision: int) -> str:
    return f"r{revision}"


def revision_relpath(slug: str, post_uuid: str, revision: int) -> str:
    return f"{AGENCIES_DIR}/{slug}/{POSTS_DIR}/{post_uuid}/{revision_dir_name(revision)}"


def key_id_for(public_key: bytes) -> str:
    """First 16 hex digits of sha256 of the raw 32-byte public key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def load_public_key(raw: bytes) -> Ed25519PublicKey:
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def signature_ok(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        load_public_key(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def utc_timestamp(moment: datetime | None = None) -> str:
    moment = datetime.now(UTC) if moment is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_json_value(value: object, depth: int = 0) -> None:
    if depth > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("NaN and infinite numbers cannot be written")
        return
    if isinstance(value, str):
        value.encode("utf-8")  # lone surrogates raise UnicodeEncodeError, a ValueError
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_json_value(item, depth + 1)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            key.encode("utf-8")
            _check_json_value(item, depth + 1)
        return
    raise ValueError(f"{type(value).__name__} is not JSON")


def canonical_json(value: object) -> bytes:
    """The one byte form this protocol writes: sorted keys, UTF-8, two-space indent, newline.

    Readers never re-serialise (signatures cover the bytes as found), so the form only
    has to be stable for one writer; it is also readable in Notepad.
    """
    _check_json_value(value)
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _json_object(data: bytes, expected: str) -> dict[str, object]:
    try:
        value = load_strict_json(data)
    except StrictJsonError as exc:
        raise ProtocolViolation("invalid", MSG_JSON, reason=str(exc)[:200]) from exc
    if not isinstance(value, dict):
        raise ProtocolViolation("invalid", MSG_NOT_FORMAT, expected=expected)
    return value


def _str(obj: Mapping[str, object], name: str, check: Callable[[object], bool]) -> str:
    # The type test inline, no closure: these run for every field of every manifest.
    value = obj.get(name)
    if not (isinstance(value, str) and check(value)):
        raise ProtocolViolation("invalid", MSG_FIELD, field=name)
    return value


def _int(obj: Mapping[str, object], name: str, low: int, high: int) -> int:
    value = obj.get(name)
    if not (type(value) is int and low <= value <= high):
        raise ProtocolViolation("invalid", MSG_FIELD, field=name)
    return value


def _text_ok(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value.strip()) <= MAX_TEXT_CHARS
        and not _CONTROL_RE.search(value)
    )


def _created_ok(value: object) -> bool:
    """A UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" naming a real moment (no leap seconds).

    Accepts exactly what datetime.strptime with that format accepts after CREATED_RE
    (years 0001-9999, real calendar days, 00:00:00-23:59:59), without its cost: this
    runs for every manifest of a scan.
    """
    if not isinstance(value, str):
        return False
    match = _CREATED_PARTS_RE.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = map(int, match.groups())
    if year < 1 or not 1 <= month <= 12 or hour > 23 or minute > 59 or second > 59:
        return False
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 1 <= day <= 29
    return 1 <= day <= _DAYS_IN_MONTH[month]


def _check_format(obj: Mapping[str, object], expected: str) -> int:
    if obj.get("format") != expected:
        raise ProtocolViolation("invalid", MSG_NOT_FORMAT, expected=expected)
    version = obj.get("version")
    if type(version) is not int or version < 1:
        raise ProtocolViolation("invalid", MSG_FIELD, field="version")
    if version > FORMAT_VERSION:
        raise ProtocolViolation("invalid", MSG_NEWER_FILE, found=version, supported=FORMAT_VERSION)
    return version


# --- parsers (bytes -> records), shared by reader and writer -----------------------------


def parse_central(data: bytes) -> CentralInfo:
    obj = _json_object(data, CENTRAL_FORMAT)
    version = _check_format(obj, CENTRAL_FORMAT)
    region = _str(obj, "region_name", _text_ok)
    created = _str(obj, "created", _created_ok)
    sample = obj.get("sample", False)
    if not isinstance(sample, bool):
        raise ProtocolViolation("invalid", MSG_FIELD, field="sample")
    return CentralInfo(version=version, region_name=region, created=created, sample=sample)


def _public_key_field(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        load_public_key(base64.b64decode(value, validate=True))
    except ValueError:
        return False
    return True


def parse_device(data: bytes) -> DeviceRecord:
    obj = _json_object(data, DEVICE_FORMAT)
    _check_format(obj, DEVICE_FORMAT)
    if obj.get("algorithm") != ALGORITHM:
        raise ProtocolViolation("invalid", MSG_FIELD, field="algorithm")
    agency = _str(obj, "agency", is_slug)
    device_id = _str(obj, "device_id", is_device_id)
    name = _str(obj, "device_name", _text_ok)
    encoded = _str(obj, "public_key", _public_key_field)
    key_id = _str(obj, "key_id", lambda v: _name_ok(KEY_ID_RE, v))
    created = _str(obj, "created", _created_ok)
    public_key = base64.b64decode(encoded, validate=True)
    if key_id_for(public_key) != key_id:
        raise ProtocolViolation("invalid", MSG_DEVICE_KEY_ID, key_id=key_id)
    return DeviceRecord(
        agency=agency,
        device_id=device_id,
        device_name=name,
        public_key=public_key,
        key_id=key_id,
        created=created,
    )


def display_name(name: str) -> str:
    """A name safe to print and encode: lone surrogates and control characters made visible."""
    text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _escapes(name: str) -> bool:
    """Whether a listed path could reach outside its revision folder on any platform."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"[A-Za-z]:", name):  # a Windows drive
        return True
    return any(part in ("..", ".") or part.strip() == "" for part in name.split("/"))


def parse_manifest(data: bytes, max_json_bytes: int = DEFAULT_MAX_JSON_BYTES) -> Manifest:
    """Check a manifest's form. Escaping paths are "unsafe"; every other fault is "invalid"."""
    obj = _json_object(data, MANIFEST_FORMAT)
    version = _check_format(obj, MANIFEST_FORMAT)
    agency = _str(obj, "agency", is_slug)
    post_uuid = _str(obj, "post_uuid", is_post_uuid)
    revision = _int(obj, "revision", 1, MAX_REVISION)
    device_id = _str(obj, "device_id", is_device_id)
    key_id = _str(obj, "key_id", lambda v: _name_ok(KEY_ID_RE, v))
    sequence = _int(obj, "sequence", 1, MAX_SEQUENCE)
    created = _str(obj, "created", _created_ok)
    files = parse_file_list(obj, POST_FILE, max_json_bytes, MSG_NO_POST_LISTED)
    return Manifest(
        agency=agency,
        post_uuid=post_uuid,
        revision=revision,
        device_id=device_id,
        key_id=key_id,
        sequence=sequence,
        created=created,
        files=files,
        version=version,
    )


def parse_file_list(
    obj: Mapping[str, object], payload_file: str, max_json_bytes: int, missing_message: str
) -> tuple[FileEntry, ...]:
    """The "files" list of a signed manifest: `payload_file` exactly once, plus media files.

    Shared by agency revisions (post.json) and the coordinator's items (item.json).
    Escaping paths are "unsafe"; every other fault is "invalid".
    """
    listed = obj.get("files")
    if not isinstance(listed, list):
        raise ProtocolViolation("invalid", MSG_FIELD, field="files")
    if len(listed) > MAX_MANIFEST_FILES:
        raise ProtocolViolation(
            "invalid", MSG_TOO_MANY_LISTED, count=len(listed), limit=MAX_MANIFEST_FILES
        )
    files: list[FileEntry] = []
    seen: set[str] = set()
    for item in listed:
        if not isinstance(item, dict):
            raise ProtocolViolation("invalid", MSG_FIELD, field="files")
        name = _str(item, "path", lambda v: 0 < len(str(v)) <= 300)
        size = _int(item, "size", 0, 2**63 - 1)
        digest = _str(item, "sha256", is_sha256)
        if _escapes(name):
            raise ProtocolViolation("unsafe", MSG_ESCAPING_PATH, name=display_name(name))
        media = MEDIA_PATH_RE.fullmatch(name)
        if name != payload_file and media is None:
            raise ProtocolViolation("invalid", MSG_BAD_LISTED_NAME, name=display_name(name))
        if name in seen:
            raise ProtocolViolation("invalid", MSG_DUPLICATE_LISTED, name=name)
        seen.add(name)
        if media is not None and media.group(1) != digest:
            raise ProtocolViolation("invalid", MSG_MEDIA_NAME_HASH, name=name)
        limit = max_json_bytes if name == payload_file else MAX_MEDIA_BYTES
        if size > limit:
            raise ProtocolViolation(
                "invalid", MSG_LISTED_TOO_BIG, name=name, size=size, limit=limit
            )
        files.append(FileEntry(path=name, size=size, sha256=digest))
    if payload_file not in seen:
        raise ProtocolViolation("invalid", missing_message)
    return tuple(files)


# Public names for the parsers' building blocks: shared.py parses the coordinator's files
# with the same rules.
json_object = _json_object
json_str = _str
json_int = _int
check_format = _check_format
text_ok = _text_ok
created_ok = _created_ok
public_key_field = _public_key_field


def is_key_id(value: object) -> bool:
    return _name_ok(KEY_ID_RE, value)


def is_media_ext(value: object) -> bool:
    return _name_ok(EXT_RE, value)


# --- the writer --------------------------------------------------------------------------


def _unavailable(exc: OSError, central: Path) -> SyncError:
    if fsutil.is_disk_full(exc):
        return DiskFull(MSG_DISK_FULL, path=str(central))
    reason = exc.strerror or type(exc).__name__
    return CentralUnavailable(MSG_UNAVAILABLE, path=str(central), reason=reason)


def _require_central_dir(central: Path) -> None:
    try:
        st = central.stat()  # the configured folder itself may be a link (a mount point)
    except OSError as exc:
        raise _unavailable(exc, central) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise CentralUnavailable(MSG_UNAVAILABLE, path=str(central), reason="not a folder")


def read_central_info(central: Path) -> CentralInfo:
    """medsos-central.json, checked; a folder without it (say, an unmounted share) is refused.

    The writer reads it before every publish: an empty mount point is exactly where a
    disconnected share would otherwise receive files on the local disk.
    """
    _require_central_dir(central)
    try:
        data = fsutil.read_limited(central / CENTRAL_FILE, MAX_SMALL_JSON_BYTES)
    except FileNotFoundError as exc:
        raise CentralUnavailable(MSG_NOT_CENTRAL, path=str(central)) from exc
    except fsutil.FileTooLarge as exc:
        raise CentralInvalid(MSG_CENTRAL_INVALID, path=str(central), reason="too large") from exc
    except fsutil.NotRegularFile as exc:
        raise CentralInvalid(MSG_CENTRAL_INVALID, path=str(central), reason="not a file") from exc
    except OSError as exc:
        raise _unavailable(exc, central) from exc
    try:
        return parse_central(data)
    except ProtocolViolation as exc:
        if exc.message == MSG_NEWER_FILE:
            raise NewerFormat(
                MSG_NEWER_CENTRAL,
                path=str(central),
                found=exc.params["found"],
                supported=FORMAT_VERSION,
            ) from exc
        reason = exc.message.format(**{"file": CENTRAL_FILE, "path": str(central), **exc.params})
        raise CentralInvalid(MSG_CENTRAL_INVALID, path=str(central), reason=reason) from exc


def init_central(
    central: Path, region_name: str, *, created: datetime | None = None, sample: bool = False
) -> CentralInfo:
    """Set up `central` (an existing folder) if needed; return what its medsos-central.json says.

    The file is created atomically and never replaced: when two PCs set up the same
    folder at once, one wins and both return its content. An existing file keeps its
    region name whatever `region_name` says.
    """
    if not _text_ok(region_name):
        raise ValueError("region_name must be 1-200 characters without control characters")
    _require_central_dir(central)
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
            raise _unavailable(exc, central) from exc
    info = read_central_info(central)
    try:
        _real_dir(central, AGENCIES_DIR)
    except OSError as exc:
        raise _unavailable(exc, central) from exc
    return info


def _real_dir(central: Path, relative: str) -> Path:
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


# Public names for shared.py, which writes the coordinator's area with the same rules.
unavailable = _unavailable
real_dir = _real_dir


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
    if not _text_ok(device_name):
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
        _real_dir(central, f"{AGENCIES_DIR}/{slug}/{DEVICES_DIR}")
        staging = _real_dir(central, f"{AGENCIES_DIR}/{slug}/{STAGING_DIR}")
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
        raise _unavailable(exc, central) from exc
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


def media_files(items: Sequence[MediaFile]) -> list[tuple[str, bytes]]:
    """(relative path, bytes) of each media file, sorted, checked against its name; once each."""
    media: dict[str, bytes] = {}
    for item in items:
        if not is_sha256(item.sha256) or not _name_ok(EXT_RE, item.ext):
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
    payload: bytes, media: list[tuple[str, bytes]], payload_file: str = POST_FILE
) -> tuple[FileEntry, ...]:
    """The manifest's "files": the payload file and every media file, sorted by path."""
    files = [*media, (payload_file, payload)]
    return tuple(
        sorted(
            (FileEntry(path, len(data), hashlib.sha256(data).hexdigest()) for path, data in files),
            key=lambda entry: entry.path,
        )
    )


def _manifest_json(manifest: Manifest) -> bytes:
    return canonical_json(
        {
            "agency": manifest.agency,
            "created": manifest.created,
            "device_id": manifest.device_id,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in manifest.files],
            "format": MANIFEST_FORMAT,
            "key_id": manifest.key_id,
            "post_uuid": manifest.post_uuid,
            "revision": manifest.revision,
            "sequence": manifest.sequence,
            "version": FORMAT_VERSION,
        }
    )


def _own_device_key(central: Path, slug: str) -> Callable[[str, str, str], bytes]:
    """A key lookup for the writer: the device files of its own agency's folder."""
    from medsos_desktop.sync.reader import MSG_DEVICE_UNKNOWN

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


def _existing_outcome(
    central: Path, package: RevisionPackage, expected: tuple[FileEntry, ...], attempts: int
) -> PublishOutcome:
    """Judge a target revision that exists: the same content, complete and valid, is success."""
    # Imported here: the reader imports this module for the shared definitions.
    from medsos_desktop.sync.reader import check_revision

    result = check_revision(
        central,
        package.agency_slug,
        package.post_uuid,
        package.revision,
        _own_device_key(central, package.agency_slug),
    )
    relative = revision_relpath(package.agency_slug, package.post_uuid, package.revision)
    if result.status == "valid" and result.manifest is not None:
        if set(result.manifest.files) == set(expected):
            return PublishOutcome(
                "already_present",
                relative,
                result.manifest.sequence,
                result.manifest_sha256 or "",
                attempts,
            )
        status = "valid"  # complete and signed, but not these files
    else:
        status = result.status
    if result.status == "pending":
        raise RevisionPending(
            MSG_REVISION_PENDING, revision=package.revision, post_uuid=package.post_uuid
        )
    raise RevisionConflict(
        MSG_REVISION_CONFLICT,
        revision=package.revision,
        post_uuid=package.post_uuid,
        status=status,
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
    if not is_device_id(signer.device_id) or not _name_ok(KEY_ID_RE, signer.key_id):
        raise ValueError("the signer has an invalid device id or key id")
    slug = package.agency_slug
    read_central_info(central)
    try:
        device = _read_device(central, slug, signer.device_id)
    except (ProtocolViolation, fsutil.NotRegularFile, fsutil.FileTooLarge):
        device = None
    except OSError as exc:
        raise _unavailable(exc, central) from exc
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
    manifest_bytes = _manifest_json(manifest)
    signature = signer.sign(manifest_bytes)
    if len(signature) != SIGNATURE_BYTES or not signature_ok(
        device.public_key, signature, manifest_bytes
    ):
        raise SigningFailed(MSG_SIGNING_FAILED)

    relative = revision_relpath(slug, package.post_uuid, package.revision)
    agency = f"{AGENCIES_DIR}/{slug}"
    return place_signed_folder(
        central,
        SignedFolder(POST_FILE, post, tuple(media), signature, manifest_bytes),
        staging_rel=f"{agency}/{STAGING_DIR}",
        parent_rel=f"{agency}/{POSTS_DIR}/{package.post_uuid}",
        name=revision_dir_name(package.revision),
        sequence=sequence,
        existing=lambda attempts: _existing_outcome(central, package, expected, attempts),
        refused=lambda: RenameRefused(
            MSG_RENAME_REFUSED,
            path=relative,
            revision=package.revision,
            post_uuid=package.post_uuid,
        ),
        retries=retries,
        backoff=backoff,
    )


@dataclass(frozen=True)
class SignedFolder:
    """The files of one signed folder (an agency revision or a coordinator's item), in memory."""

    payload_file: str  # post.json or item.json
    payload: bytes = field(repr=False)
    media: tuple[tuple[str, bytes], ...] = field(repr=False)
    signature: bytes = field(repr=False)
    manifest_bytes: bytes = field(repr=False)


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
        staging_root = _real_dir(central, staging_rel)
        parent = _real_dir(central, parent_rel)
        if os.path.lexists(target):
            return existing(0)
        fsutil.remove_stale(staging_root, STALE_STAGING_SECONDS)
    except OSError as exc:
        raise _unavailable(exc, central) from exc

    staging = staging_root / secrets.token_hex(8)
    try:
        _build(staging, folder)
    except OSError as exc:
        fsutil.remove_tree(staging)
        raise _unavailable(exc, central) from exc
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
        raise _unavailable(exc, central) from exc
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
