"""The verifier: everything a reader decides before it trusts a byte of a central folder.

The coordinator (and `medsos verify`) reads folders that many PCs and sync programs
write to, so every byte is treated as hostile: links are never followed, files are
opened without blocking, sizes are checked before anything is read, and every problem
becomes a verdict, never an exception. A folder is trusted ("valid") only when its
manifest is signed by the key the rules allow and every listed file is there with the
listed size and sha256. docs/central-folder.md lists the checks in the order they run.

Read top to bottom, this file is what a security review reads, for agency revisions and
the coordinator's items alike:

1. one signed folder (`check_signed_folder`: its listing, manifest, key, signature and
   files, the first failing check deciding), with the folder rules (`FolderRules`) of
   an agency revision (`check_revision`);
2. the sequence-number rules (`find_replays`, `mark_replays`).

Beside it, and built on it: `keys.py` decides which key a revision is checked against
(`DeviceKeys`: device files, the coordinator's pins; a `KeyResolver` defined here),
`shared_check.py` holds the folder rules of a shared item (`check_shared_item`),
`reread.py` re-reads a folder found valid when it is opened (`read_signed_folder`,
`read_media`), and `messages.py` holds the words of every verdict. What may lie in the
folders above a revision (links, conflict copies, strays) is decided by
`walk.report_children` with the name rules of `format.py`. This file imports the grammar
(`format.py`), the records (`records.py`), the messages and the file primitives, never
the writer, the walk or the key rules.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import stat
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, NamedTuple, Protocol, TypeVar

from medsos_desktop.domain.approval_chain import Assurance
from medsos_desktop.strict_json import StrictJsonError, load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.approval_proof import ApprovalCheck, check_approval
from medsos_desktop.sync.format import (
    _CONFLICT_MARKER_RE,
    DEFAULT_MAX_JSON_BYTES,
    MANIFEST_FILE,
    MEDIA_DIR,
    MEDIA_PATH_RE,
    MSG_JSON,
    POST_FILE,
    SIGNATURE_BYTES,
    SIGNATURE_FILE,
    ProtocolViolation,
    Status,
    display_name,
    is_conflict_copy,
    is_ignored,
    key_id_for,
    revision_relpath,
    signature_ok,
)
from medsos_desktop.sync.messages import (
    MSG_BAD_SIGNATURE,
    MSG_CONFLICT_COPY,
    MSG_DEVICE_NOT_ARRIVED,
    MSG_FILE_MISSING,
    MSG_FILE_SHORT,
    MSG_HASH_MISMATCH,
    MSG_JSON_TOO_BIG,
    MSG_KEY_UNKNOWN,
    MSG_LINK,
    MSG_NO_MANIFEST,
    MSG_NO_SIGNATURE,
    MSG_OTHER_AGENCY_MANIFEST,
    MSG_POST_NOT_OBJECT,
    MSG_REPLAY_DUPLICATE,
    MSG_REPLAY_OLDER,
    MSG_SIGNATURE_SIZE,
    MSG_SIZE_MISMATCH,
    MSG_TOO_MANY_ENTRIES,
    MSG_UNEXPECTED,
    MSG_UNLISTED,
    MSG_UNREADABLE_NOW,
    MSG_VALID,
    MSG_WRONG_PLACE,
)
from medsos_desktop.sync.messages import (
    MSG_DEVICE_UNKNOWN as MSG_DEVICE_UNKNOWN,  # also read from here by central.py
)
from medsos_desktop.sync.records import (
    Manifest,
    RevisionCheck,
    RevisionReport,
    SignedManifest,
    parse_manifest,
)
from medsos_desktop.sync.reread import (
    read_signed_folder as read_signed_folder,  # also read from here by central.py
)

_M = TypeVar("_M", bound=SignedManifest)

# A revision holds post.json, two manifest files and at most 100 media files; far more
# entries mean something else is going on, and listing them all costs time.
MAX_REVISION_ENTRIES = 1000
_MAX_SIGNATURE_READ = 4096


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
    folder: Path | str,
    rel: str,
    report: Callable[[str], None],
    payload_file: str = POST_FILE,
    listing: dict[str, os.stat_result] | None = None,
) -> tuple[dict[str, int], list[str]]:
    """Plain files of a revision (relative name -> size) and unexpected folders; their
    lstat goes to `listing` when given.

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
            if listing is not None:
                listing[relative] = st
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
    listing: dict[str, os.stat_result] | None = None,
) -> RevisionCheck[_M]:
    """Judge one signed folder (steps 1-16 of "Checking one revision"); the first failing
    check decides. Conflict copies inside it go to `conflict` (a path below `rel`).
    With `keep_payload`, a valid verdict carries the parsed payload it checked; `listing`
    receives the lstat of each plain file as the folder was listed, before anything in it
    is read (the coordinator's scan compares them with later ones).

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
        files, folders = _scan_revision(folder, rel, conflict, payload_file, listing)
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
    listing: dict[str, os.stat_result] | None = None,
) -> RevisionCheck[Manifest]:
    """Judge `agencies/<slug>/posts/<post_uuid>/r<revision>`; the first failing check decides.
    With `keep_payload`, a valid verdict carries the parsed post.json it checked; `listing`
    as for `check_signed_folder`. A revision
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
        keep_payload=True,
        listing=listing,
    )
    approval = None
    if check.status == "valid" and check.payload is not None and check.manifest is not None:
        approval = _approval_of(check.payload, check.manifest, slug, post_uuid, revision, resolve)
        if approval.assurance is Assurance.UNPROVEN:
            # The revision is the agency's, signed; the approval it claims is not proven.
            extras.append(
                RevisionReport(
                    slug,
                    post_uuid,
                    revision,
                    rel,
                    "invalid",
                    approval.reason,
                    {"path": rel},
                    kind="approval",
                )
            )
    return RevisionCheck(
        check.status,
        check.message,
        check.params,
        check.manifest,
        check.manifest_sha256,
        check.signed,
        tuple(extras),
        check.payload if keep_payload else None,
        approval,
    )


def _approval_of(
    post: Mapping[str, object],
    manifest: Manifest,
    slug: str,
    post_uuid: str,
    revision: int,
    resolve: KeyResolver,
) -> ApprovalCheck:
    media = {entry.path[6:70] for entry in manifest.files if MEDIA_PATH_RE.fullmatch(entry.path)}
    return check_approval(post, slug, post_uuid, revision, resolve, media)


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


# --- 2. the sequence-number rules --------------------------------------------------------


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
