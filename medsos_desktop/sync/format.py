"""Central folder protocol version 1: the names, limits and errors reader and writer share.

Agencies share nothing but a folder (an SMB share, or a folder kept in sync by
Syncthing, Nextcloud or OneDrive), so everything a reader needs to trust a post
travels with it. This module is the grammar of that folder: the names a path may use,
the limits a reader enforces before reading, the byte form every JSON file is written
in (`canonical_json`), the strict helpers of every JSON parser and the errors. The
records and their parsers are `records.py`, the verifier `verify.py`, the writer
`writer.py`, the walk over a folder `walk.py`.
The full specification, for a second implementation, is ``docs/central-folder.md``.
It imports no Qt, store or services.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

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
# Version 1.1: review on the reviewers' own PCs (review_records.py, review_folder.py).
REVIEWERS_DIR = "reviewers"
REVIEWS_DIR = "reviews"
MEDIA_DIR = "media"
POST_FILE = "post.json"
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
ALGORITHM = "ed25519"

# The coordinator's area, shared/ (written by the coordinator only).
SHARED_DIR = "shared"
COORDINATOR_FILE = "coordinator.json"
COORDINATOR_FORMAT = "medsos-coordinator"
SHARED_MANIFEST_FORMAT = "medsos-shared"
ITEM_FILE = "item.json"
SHARED_KINDS: tuple[str, ...] = (
    "announcements",
    "assets",
    "calendar",
    "hashtags",
    "packs",
    "templates",
)
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
# CREATED_RE with its fields as groups, for created_ok.
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


def is_key_id(value: object) -> bool:
    return _name_ok(KEY_ID_RE, value)


def is_media_ext(value: object) -> bool:
    return _name_ok(EXT_RE, value)


def is_kind(value: object) -> bool:
    return isinstance(value, str) and value in SHARED_KINDS


def revision_dir_name(revision: int) -> str:
    return f"r{revision}"


def revision_relpath(slug: str, post_uuid: str, revision: int) -> str:
    return f"{AGENCIES_DIR}/{slug}/{POSTS_DIR}/{post_uuid}/{revision_dir_name(revision)}"


def shared_relpath(kind: str, item_id: str, revision: int) -> str:
    return f"{SHARED_DIR}/{kind}/{item_id}/{revision_dir_name(revision)}"


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


def json_object(data: bytes, expected: str) -> dict[str, object]:
    try:
        value = load_strict_json(data)
    except StrictJsonError as exc:
        raise ProtocolViolation("invalid", MSG_JSON, reason=str(exc)[:200]) from exc
    if not isinstance(value, dict):
        raise ProtocolViolation("invalid", MSG_NOT_FORMAT, expected=expected)
    return value


def json_str(obj: Mapping[str, object], name: str, check: Callable[[object], bool]) -> str:
    # The type test inline, no closure: these run for every field of every manifest.
    value = obj.get(name)
    if not (isinstance(value, str) and check(value)):
        raise ProtocolViolation("invalid", MSG_FIELD, field=name)
    return value


def json_int(obj: Mapping[str, object], name: str, low: int, high: int) -> int:
    value = obj.get(name)
    if not (type(value) is int and low <= value <= high):
        raise ProtocolViolation("invalid", MSG_FIELD, field=name)
    return value


def text_ok(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value.strip()) <= MAX_TEXT_CHARS
        and not _CONTROL_RE.search(value)
    )


def created_ok(value: object) -> bool:
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


def check_format(obj: Mapping[str, object], expected: str) -> int:
    if obj.get("format") != expected:
        raise ProtocolViolation("invalid", MSG_NOT_FORMAT, expected=expected)
    version = obj.get("version")
    if type(version) is not int or version < 1:
        raise ProtocolViolation("invalid", MSG_FIELD, field="version")
    if version > FORMAT_VERSION:
        raise ProtocolViolation("invalid", MSG_NEWER_FILE, found=version, supported=FORMAT_VERSION)
    return version


# --- names never read, and copies -----------------------------------------------------------

_CONFLICT_MARKERS = (
    ".sync-conflict-",  # Syncthing
    "conflicted copy",  # Nextcloud, ownCloud, Dropbox
    "conflict copy",
    "(case clash",  # Nextcloud on case-insensitive disks
)


_CONFLICT_MARKER_RE = re.compile("|".join(re.escape(marker) for marker in _CONFLICT_MARKERS))


# What OneDrive (-PCNAME), Explorer (" - Copy", " - Salinan") and browsers (" (1)") put
# between the name of a file and its extension when they duplicate it.
_DUPLICATE_INFIX = re.compile(r"-[^\s/\\]{1,64}| - [^/\\]{1,64}| \([0-9]{1,4}\)")


# Left behind by operating systems; never part of the protocol, never read.
_JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})


def is_ignored(name: str) -> bool:
    """Hidden names (sync programs' temporary files, .staging) and OS junk: never read."""
    return name.startswith((".", "~")) or name.lower() in _JUNK_NAMES


def is_conflict_marked(name: str) -> bool:
    """Whether a sync program marked `name` as a conflict copy (whatever its siblings)."""
    return _CONFLICT_MARKER_RE.search(name.lower()) is not None


def is_conflict_copy(name: str, siblings: Iterable[str]) -> bool:
    """Whether `name` looks like a sync program's or a user's duplicate of a sibling."""
    lowered = name.lower()
    if any(marker in lowered for marker in _CONFLICT_MARKERS):
        return True
    for original in siblings:
        if original == name:
            continue
        stem, dot, ext = original.rpartition(".")
        if not dot:
            stem, ext = original, ""
        suffix = dot + ext
        if len(name) > len(original) and name.startswith(stem) and name.endswith(suffix):
            infix = name[len(stem) : len(name) - len(suffix)]
            if _DUPLICATE_INFIX.fullmatch(infix):
                return True
    return False


# --- names shown and errors -----------------------------------------------------------------


def display_name(name: str) -> str:
    """A name safe to print and encode: lone surrogates and control characters made visible."""
    text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def unavailable(exc: OSError, central: Path) -> SyncError:
    if fsutil.is_disk_full(exc):
        return DiskFull(MSG_DISK_FULL, path=str(central))
    reason = exc.strerror or type(exc).__name__
    return CentralUnavailable(MSG_UNAVAILABLE, path=str(central), reason=reason)
