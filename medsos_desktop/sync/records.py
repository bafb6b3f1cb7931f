"""The records of the central folder: what each file holds, parsed strictly, and the
report lines a verification gives.

Every parser here takes bytes read from a folder that many PCs and sync programs write
to and returns a frozen dataclass, or raises ProtocolViolation with the status the
finding deserves ("unsafe" for a path that could escape its folder, "invalid" for
anything else). Nothing here touches the disk. The grammar the parsers apply (names,
limits, canonical JSON) is `format.py`; the checks that use them are `verify.py`.
"""

from __future__ import annotations

import base64
import re
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Generic, Literal, NamedTuple, Protocol, TypeVar

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, render_message

if TYPE_CHECKING:
    from medsos_desktop.sync.approval_proof import ApprovalCheck
from medsos_desktop.sync.format import (
    ALGORITHM,
    CENTRAL_FORMAT,
    COORDINATOR_FORMAT,
    DEFAULT_MAX_JSON_BYTES,
    DEVICE_FORMAT,
    FORMAT_VERSION,
    ITEM_FILE,
    MANIFEST_FORMAT,
    MAX_MANIFEST_FILES,
    MAX_MEDIA_BYTES,
    MAX_REVISION,
    MAX_SEQUENCE,
    MEDIA_PATH_RE,
    MSG_BAD_LISTED_NAME,
    MSG_DEVICE_KEY_ID,
    MSG_DUPLICATE_LISTED,
    MSG_ESCAPING_PATH,
    MSG_FIELD,
    MSG_LISTED_TOO_BIG,
    MSG_MEDIA_NAME_HASH,
    MSG_TOO_MANY_LISTED,
    POST_FILE,
    SHARED_MANIFEST_FORMAT,
    ProtocolViolation,
    Status,
    canonical_json,
    check_format,
    created_ok,
    display_name,
    is_device_id,
    is_key_id,
    is_kind,
    is_post_uuid,
    is_sha256,
    is_slug,
    json_int,
    json_object,
    json_str,
    key_id_for,
    load_public_key,
    text_ok,
)

_CTX = "Sync"
KeyStatus = Literal["pinned_ok", "first_seen", "changed", "missing", "invalid"]


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


def parse_central(data: bytes) -> CentralInfo:
    obj = json_object(data, CENTRAL_FORMAT)
    version = check_format(obj, CENTRAL_FORMAT)
    region = json_str(obj, "region_name", text_ok)
    created = json_str(obj, "created", created_ok)
    sample = obj.get("sample", False)
    if not isinstance(sample, bool):
        raise ProtocolViolation("invalid", MSG_FIELD, field="sample")
    return CentralInfo(version=version, region_name=region, created=created, sample=sample)


def public_key_field(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        load_public_key(base64.b64decode(value, validate=True))
    except ValueError:
        return False
    return True


def parse_device(data: bytes) -> DeviceRecord:
    obj = json_object(data, DEVICE_FORMAT)
    check_format(obj, DEVICE_FORMAT)
    if obj.get("algorithm") != ALGORITHM:
        raise ProtocolViolation("invalid", MSG_FIELD, field="algorithm")
    agency = json_str(obj, "agency", is_slug)
    device_id = json_str(obj, "device_id", is_device_id)
    name = json_str(obj, "device_name", text_ok)
    encoded = json_str(obj, "public_key", public_key_field)
    key_id = json_str(obj, "key_id", is_key_id)
    created = json_str(obj, "created", created_ok)
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


def _escapes(name: str) -> bool:
    """Whether a listed path could reach outside its revision folder on any platform."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"[A-Za-z]:", name):  # a Windows drive
        return True
    return any(part in ("..", ".") or part.strip() == "" for part in name.split("/"))


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
        name = json_str(item, "path", lambda v: 0 < len(str(v)) <= 300)
        size = json_int(item, "size", 0, 2**63 - 1)
        digest = json_str(item, "sha256", is_sha256)
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


MSG_NO_POST_LISTED = QT_TRANSLATE_NOOP("Sync", "The manifest of {path} does not list post.json.")
MSG_NO_ITEM_LISTED = QT_TRANSLATE_NOOP("Sync", "The manifest of {path} does not list item.json.")


@dataclass(frozen=True)
class Manifest:
    """The signed manifest of an agency's revision of a post."""

    FORMAT: ClassVar[str] = MANIFEST_FORMAT

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

    @property
    def signer_id(self) -> str:
        return self.device_id

    @property
    def group(self) -> tuple[str, str]:
        """What the folder is a revision of, for the sequence-number rules."""
        return (self.agency, self.post_uuid)

    def identity(self) -> dict[str, object]:
        """The fields that name the signer and the folder, as written in the manifest."""
        return {"agency": self.agency, "device_id": self.device_id, "post_uuid": self.post_uuid}


@dataclass(frozen=True)
class SharedManifest:
    """The signed manifest of a revision of one of the coordinator's shared items."""

    FORMAT: ClassVar[str] = SHARED_MANIFEST_FORMAT

    kind: str
    item_id: str
    revision: int
    coordinator_id: str
    key_id: str
    sequence: int
    created: str
    files: tuple[FileEntry, ...]
    version: int = FORMAT_VERSION

    def entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    @property
    def signer_id(self) -> str:
        return self.coordinator_id

    @property
    def group(self) -> tuple[str, str]:
        return (self.kind, self.item_id)

    def identity(self) -> dict[str, object]:
        return {"coordinator_id": self.coordinator_id, "item_id": self.item_id, "kind": self.kind}


AnyManifest = Manifest | SharedManifest


def manifest_json(manifest: AnyManifest) -> bytes:
    """The exact bytes that are signed: the manifest in canonical JSON.

    Both kinds share every field but the three that name the signer and the folder
    (`identity`); readers never re-serialise, they verify the bytes as found.
    """
    return canonical_json(
        {
            **manifest.identity(),
            "created": manifest.created,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in manifest.files],
            "format": manifest.FORMAT,
            "key_id": manifest.key_id,
            "revision": manifest.revision,
            "sequence": manifest.sequence,
            "version": FORMAT_VERSION,
        }
    )


def parse_manifest(data: bytes, max_json_bytes: int = DEFAULT_MAX_JSON_BYTES) -> Manifest:
    """Check a manifest's form. Escaping paths are "unsafe"; every other fault is "invalid"."""
    obj = json_object(data, MANIFEST_FORMAT)
    version = check_format(obj, MANIFEST_FORMAT)
    agency = json_str(obj, "agency", is_slug)
    post_uuid = json_str(obj, "post_uuid", is_post_uuid)
    revision = json_int(obj, "revision", 1, MAX_REVISION)
    device_id = json_str(obj, "device_id", is_device_id)
    key_id = json_str(obj, "key_id", is_key_id)
    sequence = json_int(obj, "sequence", 1, MAX_SEQUENCE)
    created = json_str(obj, "created", created_ok)
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


def parse_shared_manifest(
    data: bytes, max_json_bytes: int = DEFAULT_MAX_JSON_BYTES
) -> SharedManifest:
    """An item's manifest.json. Escaping paths are "unsafe"; every other fault is "invalid"."""
    obj = json_object(data, SHARED_MANIFEST_FORMAT)
    version = check_format(obj, SHARED_MANIFEST_FORMAT)
    kind = json_str(obj, "kind", is_kind)
    item_id = json_str(obj, "item_id", is_slug)
    revision = json_int(obj, "revision", 1, MAX_REVISION)
    coordinator_id = json_str(obj, "coordinator_id", is_device_id)
    key_id = json_str(obj, "key_id", is_key_id)
    sequence = json_int(obj, "sequence", 1, MAX_SEQUENCE)
    created = json_str(obj, "created", created_ok)
    files = parse_file_list(obj, ITEM_FILE, max_json_bytes, MSG_NO_ITEM_LISTED)
    return SharedManifest(
        kind=kind,
        item_id=item_id,
        revision=revision,
        coordinator_id=coordinator_id,
        key_id=key_id,
        sequence=sequence,
        created=created,
        files=files,
        version=version,
    )


class PinnedCoordinator(NamedTuple):
    """The coordinator an agency's app trusts: recorded the first time it was seen."""

    coordinator_id: str
    public_key: bytes


@dataclass(frozen=True)
class CoordinatorRecord:
    coordinator_id: str
    name: str
    region_name: str
    public_key: bytes
    key_id: str
    created: str
    version: int = FORMAT_VERSION

    def pin(self) -> PinnedCoordinator:
        return PinnedCoordinator(self.coordinator_id, self.public_key)


def parse_coordinator(data: bytes) -> CoordinatorRecord:
    """coordinator.json, checked strictly; ProtocolViolation ("invalid") otherwise."""
    obj = json_object(data, COORDINATOR_FORMAT)
    version = check_format(obj, COORDINATOR_FORMAT)
    if obj.get("algorithm") != ALGORITHM:
        raise ProtocolViolation("invalid", MSG_FIELD, field="algorithm")
    region = json_str(obj, "region_name", text_ok)
    coordinator_id = json_str(obj, "coordinator_id", is_device_id)
    name = json_str(obj, "name", text_ok)
    encoded = json_str(obj, "public_key", public_key_field)
    key_id = json_str(obj, "key_id", is_key_id)
    created = json_str(obj, "created", created_ok)
    public_key = base64.b64decode(encoded, validate=True)
    if key_id_for(public_key) != key_id:
        raise ProtocolViolation("invalid", MSG_FIELD, field="key_id")
    return CoordinatorRecord(
        coordinator_id=coordinator_id,
        name=name,
        region_name=region,
        public_key=public_key,
        key_id=key_id,
        created=created,
        version=version,
    )


@dataclass(frozen=True)
class RevisionReport:
    """One finding: a revision with its status, or another entry that needs attention.

    `kind` is "revision" for `agencies/<slug>/posts/<uuid>/r<n>` folders, "device" for
    device files and "entry" for anything else (conflict copies, stray names). `path` is
    relative to the central folder, with "/". `device_id`, `sequence` and
    `manifest_sha256` are set once the manifest's signature has been verified.
    """

    agency: str
    post_uuid: str
    revision: int | None
    path: str
    status: Status
    message: str
    params: Mapping[str, object] = field(default_factory=dict)
    kind: str = "revision"
    device_id: str | None = None
    sequence: int | None = None
    manifest_sha256: str | None = None

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), _CTX, translate)


@dataclass(frozen=True)
class Notice:
    """Something about the whole folder (trust not pinned, no medsos-central.json)."""

    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), _CTX, translate)


@dataclass(frozen=True)
class CentralReport:
    central: Path
    info: CentralInfo | None
    trust_pinned: bool
    entries: tuple[RevisionReport, ...]
    devices: tuple[DeviceRecord, ...]
    notices: tuple[Notice, ...]

    @property
    def revisions(self) -> tuple[RevisionReport, ...]:
        return tuple(e for e in self.entries if e.kind == "revision")

    @property
    def valid(self) -> tuple[RevisionReport, ...]:
        return tuple(e for e in self.entries if e.status == "valid")

    @property
    def problems(self) -> tuple[RevisionReport, ...]:
        return tuple(e for e in self.entries if e.status != "valid")

    @property
    def all_valid(self) -> bool:
        """A readable medsos-central.json and nothing but valid lines (conflict copies and
        stray names count against it: the folder is not clean until they are removed)."""
        return self.info is not None and not self.problems

    @property
    def revisions_valid(self) -> bool:
        """Every revision line is valid, whatever else lies around in the folder."""
        return all(e.status == "valid" for e in self.revisions)

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = defaultdict(int)
        for entry in self.entries:
            result[entry.status] += 1
        return dict(result)


class SignedManifest(Protocol):
    """What the checks of a signed folder and the sequence-number rules need from its
    parsed manifest (a Manifest or a SharedManifest)."""

    @property
    def files(self) -> tuple[FileEntry, ...]: ...

    @property
    def revision(self) -> int: ...

    @property
    def sequence(self) -> int: ...

    @property
    def signer_id(self) -> str: ...

    @property
    def group(self) -> Hashable: ...


_M = TypeVar("_M", bound=SignedManifest)


@dataclass(frozen=True)
class RevisionCheck(Generic[_M]):
    """The verdict on one signed folder; `signed` once its signature has verified.

    `manifest` is a Manifest for agency revisions (a SharedManifest for the
    coordinator's items). `payload` is the parsed JSON payload (post.json) of a valid
    folder, exactly the bytes hashed and checked, when the caller asked to keep it.
    """

    status: Status
    message: str
    params: Mapping[str, object]
    manifest: _M | None = None
    manifest_sha256: str | None = None
    signed: bool = False
    extras: tuple[RevisionReport, ...] = ()
    payload: dict[str, object] | None = field(default=None, compare=False, repr=False)
    approval: ApprovalCheck | None = None  # of a valid agency revision (approval_proof)


def entry_report(
    rel: str,
    status: Status,
    message: str,
    params: Mapping[str, object] | None = None,
    *,
    kind: str = "entry",
    agency: str = "",
    post_uuid: str = "",
) -> RevisionReport:
    """A report line for something in the folder that is not a revision (its path made safe
    to print)."""
    shown = display_name(rel)
    return RevisionReport(
        agency,
        post_uuid,
        None,
        shown,
        status,
        message,
        {"path": shown, **(params or {})},
        kind=kind,
    )


@dataclass(frozen=True)
class SharedItemReport:
    """One revision folder of one shared item and its status.

    `path` is relative to the central folder, with "/". `coordinator_id`, `sequence`
    and `manifest_sha256` are set once the manifest's signature has verified (the
    caller may keep the highest sequence it accepted, as for agency devices).
    `withdrawn` is set only on the items of `SharedReport.current`.
    """

    kind: str
    item_id: str
    revision: int
    path: str
    status: Status
    message: str
    params: Mapping[str, object] = field(default_factory=dict)
    coordinator_id: str | None = None
    sequence: int | None = None
    manifest_sha256: str | None = None
    withdrawn: bool = False

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), _CTX, translate)


@dataclass(frozen=True)
class SharedEntry:
    """Anything else under shared/ that needs attention: conflict copies, links, strays."""

    path: str
    status: Status
    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), _CTX, translate)


@dataclass(frozen=True)
class SharedReport:
    """What `read_shared` found. Only `current` (or other `valid` items) may be used."""

    central: Path
    coordinator: CoordinatorRecord | None
    key_status: KeyStatus
    items: tuple[SharedItemReport, ...]
    current: Mapping[tuple[str, str], SharedItemReport]
    entries: tuple[SharedEntry, ...]
    notices: tuple[Notice, ...]

    @property
    def valid(self) -> tuple[SharedItemReport, ...]:
        return tuple(item for item in self.items if item.status == "valid")

    @property
    def all_valid(self) -> bool:
        """A trusted key, every item valid and nothing else lying around."""
        return (
            self.key_status in ("pinned_ok", "first_seen")
            and all(item.status == "valid" for item in self.items)
            and not self.entries
        )
