"""The coordinator's area of the central folder, ``shared/``: writer and reader.

Diskominfo publishes what every agency's app pulls (templates, the city logo and other
brand assets, hashtag sets, calendar entries, announcements, content packs) as signed
item folders next to the agencies' revisions. They travel through the same sync
programs and are as exposed to tampering, so they follow the same rules: each item
revision is a folder built in ``.staging/``, renamed into place without replacing,
listed with sizes and sha256 in a manifest signed by the coordinator's Ed25519 key.
The key comes from ``shared/coordinator.json``, which agencies pin the first time they
see it; a different key later makes nothing in ``shared/`` trusted until a person
confirms it. The manifest bytes, the writer, the checks, the sequence-number rules and
the reporting of a folder's listing are those of agency revisions
(``writer.sign_manifest``, ``writer.place_signed_folder``, ``shared_check.check_shared_item``,
``verify.mark_replays``, ``verify.report_children``); this module only knows the
layout, the coordinator's key and its two JSON files. Specification:
``docs/central-folder.md``.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    ALGORITHM,
    COORDINATOR_FILE,
    COORDINATOR_FORMAT,
    DEFAULT_MAX_JSON_BYTES,
    FORMAT_VERSION,
    ITEM_FILE,
    MAX_SEQUENCE,
    MAX_SMALL_JSON_BYTES,
    MSG_LINK_IN_PATH,
    MSG_UNAVAILABLE,
    REVISION_DIR_RE,
    SHARED_DIR,
    SHARED_KINDS,
    SIGNATURE_BYTES,
    STAGING_DIR,
    CentralUnavailable,
    ProtocolViolation,
    RenameRefused,
    RevisionConflict,
    RevisionPending,
    SigningFailed,
    Status,
    SyncError,
    UnsafeCentral,
    canonical_json,
    display_name,
    is_device_id,
    is_key_id,
    is_kind,
    is_revision,
    is_slug,
    key_id_for,
    load_public_key,
    revision_dir_name,
    shared_relpath,
    signature_ok,
    text_ok,
    unavailable,
    utc_timestamp,
)
from medsos_desktop.sync.messages import (
    MSG_CONFLICT_COPY,
    MSG_JSON_TOO_BIG,
    MSG_LINK,
    MSG_UNEXPECTED,
    MSG_UNREADABLE_NOW,
)
from medsos_desktop.sync.records import (
    CoordinatorRecord,
    FileEntry,
    KeyStatus,
    Notice,
    PinnedCoordinator,
    RevisionCheck,
    SharedEntry,
    SharedItemReport,
    SharedManifest,
    SharedReport,
    parse_coordinator,
    parse_shared_manifest,
)
from medsos_desktop.sync.reread import read_media, read_signed_folder
from medsos_desktop.sync.shared_check import check_shared_item
from medsos_desktop.sync.verify import mark_replays
from medsos_desktop.sync.walk import (
    central_info_or_notice,
    read_central_info,
    report_children,
)
from medsos_desktop.sync.writer import (
    MSG_SIGNING_FAILED,
    MediaFile,
    PublishOutcome,
    SignedFolder,
    Signer,
    existing_outcome,
    file_entries,
    media_files,
    place_signed_folder,
    real_dir,
    sign_manifest,
)

# What init_coordinator signs to check that the signer holds the key it names.
_KEY_CHECK = b"medsos-coordinator key check\n"


_CTX = "Sync"
MSG_COORDINATOR_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder {path} has no coordinator yet (shared/coordinator.json is missing). "
    "Set up this PC as the coordinator first.",
)
MSG_COORDINATOR_EXISTS = QT_TRANSLATE_NOOP(
    "Sync",
    "The central folder already has a coordinator, {name} ({coordinator_id}, key {key_id}); "
    "it was not replaced. A new coordinator key makes every agency distrust everything in "
    "shared/ until each one confirms the new key: replace it only on purpose.",
)
MSG_COORDINATOR_UNUSABLE = QT_TRANSLATE_NOOP(
    "Sync",
    "shared/coordinator.json in the central folder exists but cannot be used ({reason}); it "
    "was not replaced. Replace it only on purpose.",
)
MSG_NOT_THE_COORDINATOR = QT_TRANSLATE_NOOP(
    "Sync",
    "This PC signs as {coordinator_id} with key {key_id}, but shared/coordinator.json names "
    "{registered_id} with key {registered_key_id}; only the coordinator publishes shared items.",
)
MSG_ITEM_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Sync",
    "The shared item is {size} bytes as item.json; at most {limit} bytes can be published.",
)
MSG_SHARED_CONFLICT = QT_TRANSLATE_NOOP(
    "Sync",
    "Revision {revision} of {kind}/{item_id} already exists in the central folder with "
    "different or damaged content; it was not replaced.",
)
MSG_SHARED_PENDING = QT_TRANSLATE_NOOP(
    "Sync",
    "Revision {revision} of {kind}/{item_id} is already in the central folder but not "
    "complete yet; publishing will be retried.",
)
MSG_SHARED_RENAME_REFUSED = QT_TRANSLATE_NOOP(
    "Sync",
    "Another program (often an antivirus or a search indexer) kept a file open in {path}; "
    "revision {revision} of {kind}/{item_id} will be published at the next sync.",
)
MSG_ITEM_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} is not trusted: the coordinator's key in shared/coordinator.json is not the "
    "pinned one.",
)
MSG_ITEM_NO_COORDINATOR = QT_TRANSLATE_NOOP(
    "Sync",
    "{path} cannot be checked: there is no usable shared/coordinator.json to take the "
    "coordinator's key from.",
)
MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Sync", "{path} is not a kind of shared item ({kinds}); it is ignored."
)
MSG_COORDINATOR_FIRST_SEEN = QT_TRANSLATE_NOOP(
    "Sync",
    "The coordinator {name} ({coordinator_id}, key {key_id}) is not pinned yet: shared items "
    "were checked against shared/coordinator.json itself. Pin this key to notice any change.",
)
MSG_COORDINATOR_KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Sync",
    "The coordinator's key has changed: shared/coordinator.json names {coordinator_id} with "
    "key {key_id}, but the pinned coordinator is {pinned_id} with key {pinned_key_id}. "
    "Nothing in shared/ is trusted until you confirm the new key with Diskominfo and pin it.",
)
MSG_NO_COORDINATOR = QT_TRANSLATE_NOOP(
    "Sync",
    "shared/coordinator.json is not in the central folder: the coordinator has not set up "
    "shared items yet, or the file has not arrived.",
)
MSG_COORDINATOR_NOT_FILE = QT_TRANSLATE_NOOP(
    "Sync",
    "shared/coordinator.json is not a plain file (it is a link, a folder or a special file); "
    "it was not read.",
)
MSG_CHECKED_WITH_PIN = QT_TRANSLATE_NOOP(
    "Sync", "Shared items were checked against the pinned coordinator key {pinned_key_id}."
)


class CoordinatorNotSetUp(SyncError):
    """publish_shared_item before init_coordinator: there is no coordinator.json."""


class CoordinatorConflict(SyncError):
    """coordinator.json names another coordinator or key (or cannot be read); not replaced."""


class ItemTooLarge(SyncError):
    """item.json would exceed the limit readers accept."""


# --- names and files ---------------------------------------------------------------------


def _coordinator_json(record: CoordinatorRecord) -> dict[str, object]:
    return {
        "algorithm": ALGORITHM,
        "coordinator_id": record.coordinator_id,
        "created": record.created,
        "format": COORDINATOR_FORMAT,
        "key_id": record.key_id,
        "name": record.name,
        "public_key": base64.b64encode(record.public_key).decode("ascii"),
        "region_name": record.region_name,
        "version": FORMAT_VERSION,
    }


# --- the writer ------------------------------------------------------------------------------


def _coordinator_path(central: Path) -> Path:
    return central / SHARED_DIR / COORDINATOR_FILE


def _violation_text(exc: ProtocolViolation) -> str:
    """An English reason for a parser's finding, for a message that embeds it."""
    params = {"file": COORDINATOR_FILE, "path": SHARED_DIR, **exc.params}
    try:
        return exc.message.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def _existing_coordinator(central: Path) -> tuple[CoordinatorRecord | None, str | None]:
    """(record, None), (None, reason) if the file is unusable, or (None, None) if absent.

    A link (or anything but a plain file) raises UnsafeCentral: never read or replaced.
    """
    try:
        data = fsutil.read_limited(_coordinator_path(central), MAX_SMALL_JSON_BYTES)
    except FileNotFoundError:
        return None, None
    except fsutil.NotRegularFile as exc:
        raise UnsafeCentral(MSG_LINK_IN_PATH, path=f"{SHARED_DIR}/{COORDINATOR_FILE}") from exc
    except fsutil.FileTooLarge as exc:
        return None, f"{exc.size} bytes, at most {exc.limit} are read"
    try:
        return parse_coordinator(data), None
    except ProtocolViolation as exc:
        return None, _violation_text(exc)


def _require_shared_dir(central: Path) -> None:
    """shared/ must be a real folder (not a link) for the writer to read or write in it."""
    try:
        st = os.lstat(central / SHARED_DIR)
    except FileNotFoundError as exc:
        raise CoordinatorNotSetUp(MSG_COORDINATOR_NOT_SET_UP, path=str(central)) from exc
    except OSError as exc:
        raise unavailable(exc, central) from exc
    if fsutil.is_link_or_special(st) or not stat.S_ISDIR(st.st_mode):
        raise UnsafeCentral(MSG_LINK_IN_PATH, path=SHARED_DIR)


def _set_aside(central: Path, old_key_id: str) -> None:
    """Move coordinator.json to a hidden name readers ignore, kept as a record of the old key."""
    shared = central / SHARED_DIR
    target = shared / f".coordinator-{old_key_id}-{secrets.token_hex(4)}.json.old"
    with contextlib.suppress(FileNotFoundError):  # someone else moved it first
        fsutil.rename_with_backoff(shared / COORDINATOR_FILE, target, retries=5, backoff=0.2)


def init_coordinator(
    central: Path,
    signer: Signer,
    public_key: bytes,
    name: str,
    region_name: str,
    *,
    replace_key: bool = False,
    created: datetime | None = None,
) -> CoordinatorRecord:
    """Make this PC the coordinator of `central`: write shared/coordinator.json once.

    The coordinator id is the signer's device id; the signer must hold the private key
    of `public_key`. Run again with the same id and key it returns the file as it is
    (its name and region stay as first written). A file naming another coordinator or
    key, or one that cannot be read, is refused (CoordinatorConflict) unless
    `replace_key` is true: then it is renamed to a hidden
    ``.coordinator-<old key id>-<random>.json.old`` and the new one is created, and every
    agency that pinned the old key sees "key changed" and trusts nothing until it
    confirms the new key.
    """
    if not text_ok(name) or not text_ok(region_name):
        raise ValueError("name and region_name must be 1-200 characters without control characters")
    if not is_device_id(signer.device_id):
        raise ValueError("the signer has an invalid device id")
    load_public_key(public_key)
    if key_id_for(public_key) != signer.key_id:
        raise ValueError("the signer's key id is not the id of public_key")
    proof = _KEY_CHECK + public_key
    signature = signer.sign(proof)
    if len(signature) != SIGNATURE_BYTES or not signature_ok(public_key, signature, proof):
        raise SigningFailed(MSG_SIGNING_FAILED)
    read_central_info(central)
    record = CoordinatorRecord(
        coordinator_id=signer.device_id,
        name=name.strip(),
        region_name=region_name.strip(),
        public_key=bytes(public_key),
        key_id=key_id_for(public_key),
        created=utc_timestamp(created),
    )
    data = canonical_json(_coordinator_json(record))
    set_aside = False
    try:
        real_dir(central, SHARED_DIR)
        staging = real_dir(central, f"{SHARED_DIR}/{STAGING_DIR}")
        for _ in range(3):
            existing, problem = _existing_coordinator(central)
            if existing is not None and existing.pin() == record.pin():
                return existing
            if existing is not None or problem is not None:
                if not replace_key or set_aside:
                    raise _coordinator_conflict(existing, problem)
                _set_aside(central, existing.key_id if existing else "unreadable")
                set_aside = True
            try:
                fsutil.create_no_replace(
                    _coordinator_path(central), data, staging, secrets.token_hex(8)
                )
            except FileExistsError:
                continue  # another PC wrote one first: compare with theirs
            return record
        existing, problem = _existing_coordinator(central)
    except OSError as exc:
        raise unavailable(exc, central) from exc
    raise _coordinator_conflict(existing, problem)


def _coordinator_conflict(
    existing: CoordinatorRecord | None, problem: str | None
) -> CoordinatorConflict:
    if existing is not None:
        return CoordinatorConflict(
            MSG_COORDINATOR_EXISTS,
            name=existing.name,
            coordinator_id=existing.coordinator_id,
            key_id=existing.key_id,
        )
    return CoordinatorConflict(MSG_COORDINATOR_UNUSABLE, reason=problem or "unknown")


def read_coordinator(central: Path) -> CoordinatorRecord:
    """shared/coordinator.json for the writer: it must be there and usable."""
    _require_shared_dir(central)
    try:
        existing, problem = _existing_coordinator(central)
    except OSError as exc:
        raise unavailable(exc, central) from exc
    if problem is not None:
        raise CoordinatorConflict(MSG_COORDINATOR_UNUSABLE, reason=problem)
    if existing is None:
        raise CoordinatorNotSetUp(MSG_COORDINATOR_NOT_SET_UP, path=str(central))
    return existing


def _item_bytes(item: Mapping[str, object]) -> bytes:
    if not isinstance(item, Mapping):
        raise ValueError("item must be a mapping")
    data = canonical_json(dict(item))
    if len(data) > DEFAULT_MAX_JSON_BYTES:
        raise ItemTooLarge(MSG_ITEM_TOO_LARGE, size=len(data), limit=DEFAULT_MAX_JSON_BYTES)
    return data


def publish_shared_item(
    central: Path,
    kind: str,
    item_id: str,
    revision: int,
    item: Mapping[str, object],
    media: Sequence[MediaFile],
    signer: Signer,
    sequence: int,
    *,
    retries: int = 5,
    backoff: float = 0.2,
    created: datetime | None = None,
) -> PublishOutcome:
    """Publish one revision of a shared item: all of it, once, or nothing.

    The same guarantees and the same code as `central.publish_revision`: built in
    ``shared/.staging/``, synced, renamed into place without replacing, manifest last.
    `sequence` is the coordinator's next number, stored by the caller before the call
    and reused on retry. The same content already there is "already_present"; other
    content raises RevisionConflict (RevisionPending while it is still arriving).
    """
    if not is_kind(kind):
        raise ValueError(f"invalid kind {kind!r}; one of {', '.join(SHARED_KINDS)}")
    if not is_slug(item_id):
        raise ValueError(f"invalid item id {item_id!r}")
    if not is_revision(revision):
        raise ValueError(f"invalid revision {revision!r}")
    payload = _item_bytes(item)
    media_list = media_files(media)
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence must be a positive integer")
    if not is_device_id(signer.device_id) or not is_key_id(signer.key_id):
        raise ValueError("the signer has an invalid device id or key id")
    read_central_info(central)
    coordinator = read_coordinator(central)
    if (coordinator.coordinator_id, coordinator.key_id) != (signer.device_id, signer.key_id):
        raise CoordinatorConflict(
            MSG_NOT_THE_COORDINATOR,
            coordinator_id=signer.device_id,
            key_id=signer.key_id,
            registered_id=coordinator.coordinator_id,
            registered_key_id=coordinator.key_id,
        )

    expected = file_entries(payload, media_list, ITEM_FILE)
    manifest = SharedManifest(
        kind=kind,
        item_id=item_id,
        revision=revision,
        coordinator_id=signer.device_id,
        key_id=signer.key_id,
        sequence=sequence,
        created=utc_timestamp(created),
        files=expected,
    )
    manifest_bytes, signature = sign_manifest(signer, coordinator.public_key, manifest)

    relative = shared_relpath(kind, item_id, revision)
    names = {"revision": revision, "kind": kind, "item_id": item_id}

    def existing(attempts: int) -> PublishOutcome:
        """The target exists: the same content, complete and valid, counts as published."""
        check = check_shared_item(central, kind, item_id, revision, coordinator.pin())
        return existing_outcome(
            check,
            expected,
            relative,
            attempts,
            lambda: RevisionPending(MSG_SHARED_PENDING, **names),
            lambda status: RevisionConflict(MSG_SHARED_CONFLICT, status=status, **names),
        )

    return place_signed_folder(
        central,
        SignedFolder(ITEM_FILE, payload, tuple(media_list), signature, manifest_bytes),
        staging_rel=f"{SHARED_DIR}/{STAGING_DIR}",
        parent_rel=f"{SHARED_DIR}/{kind}/{item_id}",
        name=revision_dir_name(revision),
        sequence=sequence,
        existing=existing,
        refused=lambda: RenameRefused(MSG_SHARED_RENAME_REFUSED, path=relative, **names),
        retries=retries,
        backoff=backoff,
    )


# --- the reader ------------------------------------------------------------------------------


class _SharedScan:
    """One pass over shared/, collecting items and entries."""

    def __init__(self, central: Path, max_json_bytes: int) -> None:
        self.central = central
        self.max_json_bytes = max_json_bytes
        self.items: list[SharedItemReport] = []
        self.checks: list[tuple[int, RevisionCheck[SharedManifest]]] = []
        self.entries: list[SharedEntry] = []

    def entry(self, rel: str, status: Status, message: str, /, **params: object) -> None:
        shown = display_name(rel)
        self.entries.append(SharedEntry(shown, status, message, {"path": shown, **params}))

    def children(
        self,
        folder: Path,
        rel: str,
        accept: Callable[[str, os.stat_result], bool],
        siblings_extra: Sequence[str] = (),
        invalid_message: Callable[[str, os.stat_result], tuple[str, dict[str, object]]]
        | None = None,
    ) -> list[str]:
        """Accepted names of a folder; links, conflict copies and strays become entries."""

        def report(path: str, status: Status, message: str, params: dict[str, object]) -> None:
            self.entry(path, status, message, **params)

        found = report_children(
            folder,
            rel,
            accept,
            report,
            siblings_extra=siblings_extra,
            invalid_message=invalid_message,
        )
        return found or []

    def scan_kind(
        self, kind: str, trusted: PinnedCoordinator | None, untrusted_message: str
    ) -> None:
        rel = f"{SHARED_DIR}/{kind}"
        item_ids = self.children(
            self.central / rel, rel, lambda name, st: stat.S_ISDIR(st.st_mode) and is_slug(name)
        )
        for item_id in item_ids:
            item_rel = f"{rel}/{item_id}"
            revisions = self.children(
                self.central / item_rel,
                item_rel,
                lambda name, st: (
                    stat.S_ISDIR(st.st_mode) and REVISION_DIR_RE.fullmatch(name) is not None
                ),
            )
            for name in revisions:
                self.check(kind, item_id, int(name[1:]), trusted, untrusted_message)

    def check(
        self,
        kind: str,
        item_id: str,
        revision: int,
        trusted: PinnedCoordinator | None,
        untrusted_message: str,
    ) -> None:
        rel = shared_relpath(kind, item_id, revision)
        if trusted is None:
            # No key to check against (or the key changed): nothing is opened or trusted.
            self.items.append(
                SharedItemReport(
                    kind, item_id, revision, rel, "unknown_device", untrusted_message, {"path": rel}
                )
            )
            return
        check = check_shared_item(
            self.central,
            kind,
            item_id,
            revision,
            trusted,
            conflict=lambda path: self.entry(path, "conflict_copy", MSG_CONFLICT_COPY),
            max_json_bytes=self.max_json_bytes,
        )
        manifest = check.manifest if check.signed else None
        self.checks.append((len(self.items), check))
        self.items.append(
            SharedItemReport(
                kind,
                item_id,
                revision,
                rel,
                check.status,
                check.message,
                dict(check.params),
                coordinator_id=manifest.coordinator_id if manifest else None,
                sequence=manifest.sequence if manifest else None,
                manifest_sha256=check.manifest_sha256 if manifest else None,
            )
        )

    def mark_replays(self) -> None:
        mark_replays(self.items, self.checks)

    def choose_current(self) -> dict[tuple[str, str], SharedItemReport]:
        """The highest valid revision of each item, re-read to learn whether it is withdrawn."""
        candidates: dict[tuple[str, str], list[int]] = {}
        for index, item in enumerate(self.items):
            if item.status == "valid":
                candidates.setdefault((item.kind, item.item_id), []).append(index)
        current: dict[tuple[str, str], SharedItemReport] = {}
        for key, indexes in candidates.items():
            for index in sorted(indexes, key=lambda i: self.items[i].revision, reverse=True):
                item = self.items[index]
                try:
                    _, payload = read_shared_item(
                        self.central / item.path,
                        item.manifest_sha256,
                        max_json_bytes=self.max_json_bytes,
                    )
                except SyncError as exc:
                    # Changed between the check and now: not usable until checked again.
                    reason = str(exc.params.get("reason", ""))
                    self.items[index] = replace(
                        item,
                        status="pending",
                        message=MSG_UNREADABLE_NOW,
                        params={"path": item.path, "reason": reason},
                    )
                    continue
                item = replace(item, withdrawn=payload.get("withdrawn") is True)
                self.items[index] = item
                current[key] = item
                break
        return current


def _check_pin(pinned: PinnedCoordinator | None) -> PinnedCoordinator | None:
    if pinned is None:
        return None
    coordinator_id, public_key = pinned
    if not is_device_id(coordinator_id) or not isinstance(public_key, bytes):
        raise ValueError("pinned must be (coordinator id, 32-byte Ed25519 public key)")
    load_public_key(public_key)
    return PinnedCoordinator(coordinator_id, public_key)


def _read_coordinator_file(
    central: Path, notices: list[Notice]
) -> tuple[CoordinatorRecord | None, bool]:
    """(record, present): the record if usable; `present` when a file (usable or not) is there."""
    rel = f"{SHARED_DIR}/{COORDINATOR_FILE}"
    try:
        data = fsutil.read_limited(central / rel, MAX_SMALL_JSON_BYTES)
    except FileNotFoundError:
        notices.append(Notice(MSG_NO_COORDINATOR))
        return None, False
    except fsutil.FileTooLarge as exc:
        params = {"path": SHARED_DIR, "file": COORDINATOR_FILE, "size": exc.size}
        notices.append(Notice(MSG_JSON_TOO_BIG, {**params, "limit": exc.limit}))
        return None, True
    except fsutil.NotRegularFile:
        notices.append(Notice(MSG_COORDINATOR_NOT_FILE))
        return None, True
    except OSError as exc:
        notices.append(
            Notice(MSG_UNREADABLE_NOW, {"path": rel, "reason": exc.strerror or str(exc)})
        )
        return None, True
    try:
        return parse_coordinator(data), True
    except ProtocolViolation as exc:
        notices.append(
            Notice(exc.message, {"file": COORDINATOR_FILE, "path": SHARED_DIR, **exc.params})
        )
        return None, True


def read_shared(
    central: Path,
    pinned: PinnedCoordinator | None,
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> SharedReport:
    """Check everything under shared/; never raises for content.

    `pinned` is the coordinator the caller recorded before. Without it the key in
    coordinator.json is used and `key_status` is "first_seen" (the caller should pin
    it). When coordinator.json names another id or key than the pin, `key_status` is
    "changed" and nothing is trusted: every item is "unknown_device". Raises
    CentralUnavailable when `central` itself cannot be reached, and NewerFormat when
    medsos-central.json has a newer format version.
    """
    trusted_pin = _check_pin(pinned)
    notices: list[Notice] = []
    central_info_or_notice(central, notices)
    scan = _SharedScan(central, max_json_bytes)
    shared = central / SHARED_DIR
    try:
        st: os.stat_result | None = os.lstat(shared)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise CentralUnavailable(
            MSG_UNAVAILABLE, path=str(central), reason=exc.strerror or str(exc)
        ) from exc

    record: CoordinatorRecord | None = None
    present = False
    kinds: list[str] = []
    if st is None:
        notices.append(Notice(MSG_NO_COORDINATOR))
    elif fsutil.is_link_or_special(st):
        scan.entry(SHARED_DIR, "unsafe", MSG_LINK)
        present = True
    elif not stat.S_ISDIR(st.st_mode):
        scan.entry(SHARED_DIR, "invalid", MSG_UNEXPECTED)
        present = True
    else:

        def invalid(name: str, st: os.stat_result) -> tuple[str, dict[str, object]]:
            if stat.S_ISDIR(st.st_mode) and name != COORDINATOR_FILE:
                return MSG_UNKNOWN_KIND, {"kinds": ", ".join(SHARED_KINDS)}
            return MSG_UNEXPECTED, {}

        accepted = scan.children(
            shared,
            SHARED_DIR,
            lambda name, st: (
                (name == COORDINATOR_FILE and stat.S_ISREG(st.st_mode))
                or (name in SHARED_KINDS and stat.S_ISDIR(st.st_mode))
            ),
            (COORDINATOR_FILE, *SHARED_KINDS),
            invalid,
        )
        kinds = [name for name in accepted if name in SHARED_KINDS]
        record, present = _read_coordinator_file(central, notices)

    key_status: KeyStatus
    trusted: PinnedCoordinator | None
    untrusted = MSG_ITEM_NO_COORDINATOR
    if record is not None and trusted_pin is None:
        key_status, trusted = "first_seen", record.pin()
        notices.append(
            Notice(
                MSG_COORDINATOR_FIRST_SEEN,
                {
                    "name": record.name,
                    "coordinator_id": record.coordinator_id,
                    "key_id": record.key_id,
                },
            )
        )
    elif record is not None and trusted_pin is not None:
        if record.pin() == trusted_pin:
            key_status, trusted = "pinned_ok", trusted_pin
        else:
            key_status, trusted, untrusted = "changed", None, MSG_ITEM_KEY_CHANGED
            notices.append(
                Notice(
                    MSG_COORDINATOR_KEY_CHANGED,
                    {
                        "coordinator_id": record.coordinator_id,
                        "key_id": record.key_id,
                        "pinned_id": trusted_pin.coordinator_id,
                        "pinned_key_id": key_id_for(trusted_pin.public_key),
                    },
                )
            )
    else:
        # No usable coordinator.json: a pinned key still proves what it signed.
        key_status, trusted = ("invalid" if present else "missing"), trusted_pin
        if trusted_pin is not None:
            pinned_key_id = key_id_for(trusted_pin.public_key)
            notices.append(Notice(MSG_CHECKED_WITH_PIN, {"pinned_key_id": pinned_key_id}))

    for kind in kinds:
        scan.scan_kind(kind, trusted, untrusted)
    scan.mark_replays()
    current = scan.choose_current() if trusted is not None else {}
    return SharedReport(
        central=central,
        coordinator=record,
        key_status=key_status,
        items=tuple(sorted(scan.items, key=lambda i: (i.kind, i.item_id, i.revision))),
        current=dict(sorted(current.items())),
        entries=tuple(sorted(scan.entries, key=lambda e: e.path)),
        notices=tuple(notices),
    )


def read_shared_item(
    path: Path,
    manifest_sha256: str | None = None,
    *,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
) -> tuple[SharedManifest, dict[str, object]]:
    """The manifest and item.json of an item `read_shared` reported valid, re-checked now.

    Pass the report's `manifest_sha256`: a manifest or item.json swapped after the
    check is refused (RevisionUnreadable), never returned.
    """
    return read_signed_folder(
        path,
        manifest_sha256,
        ITEM_FILE,
        lambda data: parse_shared_manifest(data, max_json_bytes),
        lambda m: (
            (path.parent.parent.name, path.parent.name, path.name)
            == (m.kind, m.item_id, f"r{m.revision}")
        ),
        max_json_bytes=max_json_bytes,
    )


def read_shared_media(path: Path, entry: FileEntry) -> bytes:
    """One listed media file of a valid item, checked against its size and sha256."""
    return read_media(path, entry)
