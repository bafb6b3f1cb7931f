"""Verifying a central folder: what may be trusted, what is still arriving, what is wrong.

The coordinator (and `medsos verify`) reads folders that many PCs and sync programs
write to, so every byte is treated as hostile: links are never followed, files are
opened without blocking, sizes are checked before anything is read, and every
problem becomes a line in the report, never an exception. A revision is trusted
("valid") only when its manifest is signed by a known device of the same agency and
every listed file is there with the listed size and sha256. docs/central-folder.md
lists the checks in the order they run.

Everything a reader decides lives here, for agency revisions and the coordinator's
items alike: reading medsos-central.json, listing a folder and reporting what does not
belong (`report_children`), the checks of one signed folder (`check_signed_folder`),
the sequence-number rules (`find_replays`, `mark_replays`) and re-reading a folder
found valid (`read_signed_folder`). It imports the grammar (`format.py`) and the
manifest parsers (`manifest.py`), never the writer.
"""

from __future__ import annotations

import calendar
import hashlib
import operator
import os
import re
import stat
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Generic, NamedTuple, Protocol, TypeVar

from medsos_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Translate,
    render_message,
)
from medsos_desktop.strict_json import StrictJsonError, load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    CENTRAL_FILE,
    DEFAULT_MAX_JSON_BYTES,
    DEVICES_DIR,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MAX_SMALL_JSON_BYTES,
    MEDIA_DIR,
    MEDIA_PATH_RE,
    MSG_CENTRAL_INVALID,
    MSG_JSON,
    MSG_NEWER_CENTRAL,
    MSG_NEWER_FILE,
    MSG_NOT_CENTRAL,
    MSG_REVISION_UNREADABLE,
    MSG_UNAVAILABLE,
    POST_FILE,
    POSTS_DIR,
    REVISION_DIR_RE,
    SIGNATURE_BYTES,
    SIGNATURE_FILE,
    CentralInfo,
    CentralInvalid,
    CentralUnavailable,
    DeviceRecord,
    FileEntry,
    NewerFormat,
    ProtocolViolation,
    RevisionUnreadable,
    Status,
    display_name,
    is_device_id,
    is_post_uuid,
    is_slug,
    key_id_for,
    parse_central,
    parse_device,
    revision_relpath,
    unavailable,
)
from medsos_desktop.sync.manifest import Manifest, manifest_signature_ok, parse_manifest
from medsos_desktop.sync.trust import TrustList, check_pins

_CTX = "Sync"
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
MSG_TRUST_NOT_PINNED = QT_TRANSLATE_NOOP(
    "Sync",
    "No device keys are pinned: revisions were checked against the device files in the "
    "central folder itself, which anyone who can write to the folder could replace.",
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
MSG_TRUST_OTHER_REGION = QT_TRANSLATE_NOOP(
    "Sync",
    "The pinned keys were exported for {trust_region}, but this central folder is "
    "{region}: its devices are not among them.",
)
MSG_NO_AGENCIES = QT_TRANSLATE_NOOP("Sync", "{path} holds no agency folders yet.")

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

# The message of each status list_children gives.
_CHILD_MESSAGES: dict[Status, str] = {
    "unsafe": MSG_LINK,
    "conflict_copy": MSG_CONFLICT_COPY,
    "invalid": MSG_UNEXPECTED,
}

KeyResolver = Callable[[str, str, str], bytes]
"""(device_id, key_id, folder agency) -> raw public key, or raise ProtocolViolation."""

# Sync programs deliver files in any order, so a new device's first revisions may arrive
# before its device file. While no device file registers the device, a revision is
# "pending" for this long after it was signed, then "unknown device" (step 8).
DEVICE_WAIT_SECONDS = 7 * 24 * 3600
# A revision dated further ahead of this computer's clock is not waited for.
_CLOCK_AHEAD_SECONDS = 24 * 3600


# --- medsos-central.json -------------------------------------------------------------------


def require_central_dir(central: Path) -> None:
    """`central` must be a folder (it may itself be a link: a mount point); else the folder is
    unavailable, and the outbox retries later."""
    try:
        st = central.stat()  # the configured folder itself may be a link (a mount point)
    except OSError as exc:
        raise unavailable(exc, central) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise CentralUnavailable(MSG_UNAVAILABLE, path=str(central), reason="not a folder")


def read_central_info(central: Path) -> CentralInfo:
    """medsos-central.json, checked; a folder without it (say, an unmounted share) is refused.

    The writer reads it before every publish: an empty mount point is exactly where a
    disconnected share would otherwise receive files on the local disk.
    """
    require_central_dir(central)
    try:
        data = fsutil.read_limited(central / CENTRAL_FILE, MAX_SMALL_JSON_BYTES)
    except FileNotFoundError as exc:
        raise CentralUnavailable(MSG_NOT_CENTRAL, path=str(central)) from exc
    except fsutil.FileTooLarge as exc:
        raise CentralInvalid(MSG_CENTRAL_INVALID, path=str(central), reason="too large") from exc
    except fsutil.NotRegularFile as exc:
        raise CentralInvalid(MSG_CENTRAL_INVALID, path=str(central), reason="not a file") from exc
    except OSError as exc:
        raise unavailable(exc, central) from exc
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


def is_ignored(name: str) -> bool:
    """Hidden names (sync programs' temporary files, .staging) and OS junk: never read."""
    return name.startswith((".", "~")) or name.lower() in _JUNK_NAMES


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


_by_name = operator.itemgetter(0)


def _list(folder: Path | str) -> list[tuple[str, os.stat_result]]:
    """Sorted (name, lstat) of a folder's entries; raises OSError if it cannot be listed."""
    result = []
    with os.scandir(folder) as entries:
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue  # removed while listing
            result.append((entry.name, st))
    result.sort(key=_by_name)
    return result


def list_children(
    folder: Path | str,
    accept: Callable[[str, os.stat_result], bool],
    siblings_extra: Iterable[str] = (),
) -> tuple[list[str], list[tuple[str, os.stat_result, Status]]]:
    """Sort a folder's entries: the names `accept` takes, and the others with a status.

    Links and special files are "unsafe" (whatever their name), conflict copies of an
    accepted name (or of `siblings_extra`) "conflict_copy", anything else "invalid";
    hidden names and OS junk are left out. Raises OSError if the folder cannot be listed.
    """
    entries = _list(folder)
    accepted = {name for name, st in entries if not is_ignored(name) and accept(name, st)}
    siblings = sorted({*accepted, *siblings_extra})
    names: list[str] = []
    others: list[tuple[str, os.stat_result, Status]] = []
    for name, st in entries:
        if fsutil.is_link_or_special(st):
            others.append((name, st, "unsafe"))
        elif is_ignored(name):
            continue
        elif name in accepted:
            names.append(name)
        elif is_conflict_copy(name, siblings):
            others.append((name, st, "conflict_copy"))
        else:
            others.append((name, st, "invalid"))
    return names, others


Report = Callable[[str, Status, str, dict[str, object]], None]
"""(path below the central folder, status, message, params): one line for a report."""


def report_children(
    folder: Path | str,
    rel: str,
    accept: Callable[[str, os.stat_result], bool],
    report: Report,
    *,
    siblings_extra: Iterable[str] = (),
    invalid_message: Callable[[str, os.stat_result], tuple[str, dict[str, object]]] | None = None,
) -> list[str] | None:
    """`list_children` with every finding reported: the names `accept` takes, in order.

    The one place where a folder of the central folder is listed for a report: a link or
    special file is "unsafe", a conflict copy "conflict_copy", any other name "invalid"
    (with `invalid_message`'s words when given), and a folder that cannot be listed is
    reported "pending" (it is checked again next time) and gives None.
    """
    try:
        names, others = list_children(folder, accept, siblings_extra)
    except OSError as exc:
        report(rel, "pending", MSG_UNREADABLE_NOW, {"reason": exc.strerror or str(exc)})
        return None
    for name, st, status in others:
        if status == "invalid" and invalid_message is not None:
            message, params = invalid_message(name, st)
        else:
            message, params = _CHILD_MESSAGES[status], {}
        report(f"{rel}/{name}", status, message, params)
    return names


# --- one revision ------------------------------------------------------------------------


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
        entries = _list(directory)
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


# --- the whole folder --------------------------------------------------------------------


@dataclass
class _Devices:
    """Device files found in the folder, and where each id and key is registered."""

    records: dict[str, dict[str, DeviceRecord]] = field(default_factory=dict)
    id_agencies: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    key_agencies: dict[bytes, set[str]] = field(default_factory=lambda: defaultdict(set))

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


def is_post_dir(name: str, st: os.stat_result) -> bool:
    return stat.S_ISDIR(st.st_mode) and is_post_uuid(name)


def is_revision_dir(name: str, st: os.stat_result) -> bool:
    return stat.S_ISDIR(st.st_mode) and REVISION_DIR_RE.fullmatch(name) is not None


@dataclass(frozen=True)
class AgencyFolders:
    """What `FolderScan.walk_agencies` found above the posts."""

    slugs: list[str]
    parts: dict[str, list[str] | None]  # the layout folders of each agency; None: unreadable
    listed: bool  # agencies/ was read (or is absent, a link, a file): nothing unknown below


def central_info_or_notice(central: Path, notices: list[Notice]) -> CentralInfo | None:
    """medsos-central.json for a reader: a missing or unusable file becomes a notice (the
    folder is still read), but a folder that is not there, or a newer format, raises."""
    try:
        return read_central_info(central)
    except (CentralUnavailable, CentralInvalid) as exc:
        if not central.is_dir():
            raise
        notices.append(Notice(exc.message, exc.params))
        return None


class FolderScan:
    """One pass over a central folder, collecting reports."""

    def __init__(
        self,
        central: Path,
        trusted: TrustList | None,
        max_json_bytes: int,
        *,
        device_wait: float = DEVICE_WAIT_SECONDS,
        now: float | None = None,
    ) -> None:
        self.central = central
        self.trusted = trusted
        self.max_json_bytes = max_json_bytes
        self.device_wait = device_wait
        self.now = time.time() if now is None else now
        self.entries: list[RevisionReport] = []
        self.devices = _Devices()
        # With pinning: device files showing another key than the pinned one, by device id.
        self.changed_keys: dict[str, DeviceRecord] = {}
        self.checks: list[tuple[int, RevisionCheck[Manifest]]] = []

    def entry(
        self,
        rel: str,
        status: Status,
        message: str,
        params: Mapping[str, object] | None = None,
        *,
        kind: str = "entry",
        agency: str = "",
        post_uuid: str = "",
    ) -> None:
        self.entries.append(
            entry_report(
                rel, status, message, params, kind=kind, agency=agency, post_uuid=post_uuid
            )
        )

    def children(
        self,
        folder: Path,
        rel: str,
        accept: Callable[[str, os.stat_result], bool],
        *,
        agency: str = "",
        post_uuid: str = "",
        siblings_extra: Iterable[str] = (),
    ) -> list[str] | None:
        """Names in `folder` that `accept` takes; the rest are reported (links, copies, strays)."""

        def report(path: str, status: Status, message: str, params: dict[str, object]) -> None:
            self.entry(path, status, message, params, agency=agency, post_uuid=post_uuid)

        return report_children(folder, rel, accept, report, siblings_extra=siblings_extra)

    # -- the walk, shared by verify_central and the coordinator's scan (scan.py)

    def listing(
        self,
        rel: str,
        accept: Callable[[str, os.stat_result], bool],
        *,
        agency: str = "",
        post_uuid: str = "",
        into: list[RevisionReport] | None = None,
    ) -> dict[str, int] | None:
        """The names in `rel` that `accept` takes -> their folder's mtime_ns, in name order;
        everything else is reported (into `into`, else this scan's entries). None if the
        folder cannot be listed (reported pending)."""
        mtimes: dict[str, int] = {}
        lines = self.entries if into is None else into

        def take(name: str, st: os.stat_result) -> bool:
            if accept(name, st):
                mtimes[name] = st.st_mtime_ns
                return True
            return False

        def report(path: str, status: Status, message: str, params: dict[str, object]) -> None:
            lines.append(
                entry_report(path, status, message, params, agency=agency, post_uuid=post_uuid)
            )

        names = report_children(self.central / rel, rel, take, report)
        return None if names is None else {name: mtimes[name] for name in names}

    def walk_agencies(
        self, notices: list[Notice]
    ) -> Generator[tuple[int, int], None, AgencyFolders]:
        """List agencies/, each agency's folder and its device files; yields (agencies done,
        agencies found) after each, returns what was found. Raises CentralUnavailable when
        agencies/ cannot be examined at all."""
        agencies_dir = self.central / AGENCIES_DIR
        listed = False
        try:
            st: os.stat_result | None = os.lstat(agencies_dir)
        except FileNotFoundError:
            notices.append(Notice(MSG_NO_AGENCIES, {"path": str(self.central)}))
            st = None
            listed = True  # nothing there: everything remembered is gone
        except OSError as exc:
            raise CentralUnavailable(
                MSG_UNAVAILABLE, path=str(self.central), reason=exc.strerror or str(exc)
            ) from exc
        slugs: list[str] = []
        if st is not None:
            if fsutil.is_link_or_special(st):
                self.entry(AGENCIES_DIR, "unsafe", MSG_LINK)
                listed = True
            elif not stat.S_ISDIR(st.st_mode):
                self.entry(AGENCIES_DIR, "invalid", MSG_UNEXPECTED)
                listed = True
            else:
                found = self.children(
                    agencies_dir,
                    AGENCIES_DIR,
                    lambda name, st: stat.S_ISDIR(st.st_mode) and is_slug(name),
                )
                listed = found is not None
                slugs = found or []
        layout = {DEVICES_DIR, POSTS_DIR}
        parts: dict[str, list[str] | None] = {}
        for number, slug in enumerate(slugs, start=1):
            rel = f"{AGENCIES_DIR}/{slug}"
            parts[slug] = self.children(
                self.central / rel,
                rel,
                lambda name, st: stat.S_ISDIR(st.st_mode) and name in layout,
                agency=slug,
                siblings_extra=sorted(layout),
            )
            if DEVICES_DIR in (parts[slug] or ()):
                self.scan_devices(slug)
            yield number, len(slugs)
        self.report_shared_devices()
        return AgencyFolders(slugs, parts, listed)

    # -- devices

    def scan_devices(self, slug: str) -> None:
        rel = f"{AGENCIES_DIR}/{slug}/{DEVICES_DIR}"
        folder = self.central / rel
        if not os.path.lexists(folder):
            return
        names = self.children(
            folder,
            rel,
            lambda name, st: (
                stat.S_ISREG(st.st_mode)
                and name.endswith(".json")
                and is_device_id(name[: -len(".json")])
                and not any(marker in name.lower() for marker in _CONFLICT_MARKERS)
            ),
            agency=slug,
        )
        for name in names or ():
            self.read_device(slug, f"{rel}/{name}", name[: -len(".json")])

    def read_device(self, slug: str, rel: str, device_id: str) -> None:
        def problem(status: Status, message: str, /, **params: object) -> None:
            self.entry(rel, status, message, params, kind="device", agency=slug)

        try:
            record = parse_device(fsutil.read_limited(self.central / rel, MAX_SMALL_JSON_BYTES))
        except fsutil.FileTooLarge as exc:
            problem("invalid", MSG_JSON_TOO_BIG, file=rel, size=exc.size, limit=exc.limit)
            return
        except fsutil.NotRegularFile:
            problem("unsafe", MSG_LINK)
            return
        except OSError as exc:
            problem("pending", MSG_UNREADABLE_NOW, reason=exc.strerror or str(exc))
            return
        except ProtocolViolation as exc:
            problem(exc.status, exc.message, **{"file": device_id + ".json", **exc.params})
            return
        if record.device_id != device_id:
            problem("invalid", MSG_DEVICE_FILE_NAME, device_id=record.device_id)
            return
        if record.agency != slug:
            problem(
                "unsafe", MSG_DEVICE_FILE_OTHER_AGENCY, agency=record.agency, folder_agency=slug
            )
            return
        if self.trusted is not None:
            pin = self.trusted.get(device_id)
            if pin is not None and pin.agency is not None and pin.agency != slug:
                problem(
                    "unsafe",
                    MSG_DEVICE_PINNED_ELSEWHERE,
                    device_id=device_id,
                    agency=slug,
                    pinned_agency=pin.agency,
                )
                return
            if pin is not None and pin.public_key != record.public_key:
                problem("tampered", MSG_DEVICE_KEY_CHANGED, device_id=device_id)
                self.changed_keys[device_id] = record
                return
            if pin is None or pin.decision == "pending":
                # Registered, but awaiting trust: never valid by itself.
                problem(
                    "untrusted",
                    MSG_DEVICE_AWAITING_TRUST,
                    device_id=device_id,
                    device_name=record.device_name,
                    key_id=record.key_id,
                    agency=slug,
                )
        self.devices.add(record)

    def report_shared_devices(self) -> None:
        for agency, records in self.devices.records.items():
            for device_id, record in records.items():
                several = self.devices.several(device_id, record.public_key)
                if several:
                    self.entry(
                        f"{AGENCIES_DIR}/{agency}/{DEVICES_DIR}/{device_id}.json",
                        "unsafe",
                        MSG_DEVICE_SEVERAL,
                        {"device_id": device_id, "agencies": ", ".join(sorted(several))},
                        kind="device",
                        agency=agency,
                    )

    def resolve(self, device_id: str, key_id: str, agency: str) -> bytes:
        """The public key a revision of `agency` signed by `device_id` is checked against."""
        registered = self.devices.id_agencies.get(device_id, set())
        key: bytes | None
        if self.trusted is not None:
            key = self.pinned_key(device_id, key_id, agency)
        else:
            record = self.devices.records.get(agency, {}).get(device_id)
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
        several = self.devices.several(device_id, key)
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
            if device_id in self.devices.records.get(agency, {}):
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

    # -- posts

    def scan_posts(self, slug: str) -> None:
        rel = f"{AGENCIES_DIR}/{slug}/{POSTS_DIR}"
        if not os.path.lexists(self.central / rel):
            return
        for post_uuid in self.listing(rel, is_post_dir, agency=slug) or ():
            post_rel = f"{rel}/{post_uuid}"
            revisions = self.listing(post_rel, is_revision_dir, agency=slug, post_uuid=post_uuid)
            for name in revisions or ():
                revision = int(name[1:])
                check = check_revision(
                    self.central,
                    slug,
                    post_uuid,
                    revision,
                    self.resolve,
                    max_json_bytes=self.max_json_bytes,
                    device_wait=self.device_wait,
                    now=self.now,
                )
                self.add_check(slug, post_uuid, revision, check)

    def add_check(
        self, slug: str, post_uuid: str, revision: int, check: RevisionCheck[Manifest]
    ) -> None:
        manifest = check.manifest if check.signed else None
        self.checks.append((len(self.entries), check))
        self.entries.append(
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
        self.entries.extend(check.extras)

    def mark_replays(self) -> None:
        """Sequence rules over every revision whose signature verified (see the docs)."""
        mark_replays(self.entries, self.checks)


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
    scan = FolderScan(central, trusted, max_json_bytes, device_wait=device_wait, now=now)
    walk = scan.walk_agencies(notices)
    while True:
        try:
            next(walk)
        except StopIteration as stop:
            folders: AgencyFolders = stop.value
            break
    for slug in folders.slugs:
        if POSTS_DIR in (folders.parts[slug] or ()):
            scan.scan_posts(slug)
    scan.mark_replays()
    entries = tuple(sorted(scan.entries, key=lambda e: (e.path, e.kind)))
    devices = tuple(
        record
        for agency in sorted(scan.devices.records)
        for _, record in sorted(scan.devices.records[agency].items())
        if not scan.devices.several(record.device_id, record.public_key)
    )
    return CentralReport(central, info, trusted is not None, entries, devices, tuple(notices))


# --- reading what was verified -----------------------------------------------------------


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
