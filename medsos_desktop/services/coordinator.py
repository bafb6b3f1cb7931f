"""Coordinator mode: every agency's posts in one central folder, indexed, searchable, trusted.

Diskominfo opens the shared central folder and sees what each agency (OPD) published.
With 500 agencies and 100,000 revisions, reading everything at every start would take
minutes, so `CoordinatorService` keeps an index in its own database (in the local data
folder, never on the share) and each scan re-reads only what changed
(`medsos_desktop.sync.scan`). Opening a revision re-checks its files
(`open_revision`), since an incremental scan does not re-hash valid revisions.

Trust: every device key is pinned the first time it is seen and awaits the
coordinator's decision; only revisions of trusted devices, signed with the trusted key,
count as valid. A device file that later shows another key is flagged and its new key
must be decided explicitly. A revision that appears after a higher sequence number of
its device was accepted is replayed (docs/central-folder.md, "Sequence numbers").
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from medsos_desktop.domain.calendar_days import PlanDay, plan_days
from medsos_desktop.domain.fingerprint import format_fingerprint
from medsos_desktop.domain.months import month_bounds
from medsos_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Translate,
    UserFacingError,
    render_message,
)
from medsos_desktop.services.settings import atomic_write_bytes
from medsos_desktop.store.coordinator.db import CoordinatorDB
from medsos_desktop.store.coordinator.rows import (
    DeviceTrust,
    EntryWrite,
    Filters,
    RevisionRecord,
    RevisionWrite,
)
from medsos_desktop.sync.central import read_revision
from medsos_desktop.sync.format import (
    DEFAULT_MAX_JSON_BYTES,
    MEDIA_PATH_RE,
    MSG_REVISION_UNREADABLE,
    RevisionUnreadable,
    SyncError,
)
from medsos_desktop.sync.records import FileEntry, Manifest, Notice, RevisionReport
from medsos_desktop.sync.reread import read_media
from medsos_desktop.sync.scan import (
    IndexedSigned,
    PinnedDevice,
    ScannedRevision,
    ScanProgress,
    ScanResult,
    replay_marks,
    scan_central,
)
from medsos_desktop.sync.trust import PinnedKey, TrustList, trust_file_bytes
from medsos_desktop.sync.verify import DEVICE_WAIT_SECONDS
from medsos_desktop.sync.walk import ScanState, read_central_info

__all__ = [
    "EFFECTIVE_STATUSES",
    "AgencyRow",
    "CalendarItem",
    "CoordinatorError",
    "CoordinatorService",
    "DeviceRow",
    "EntryRow",
    "Filters",
    "HeldBackPost",
    "HeldBackRevision",
    "PostCounts",
    "Progress",
    "RevisionRow",
    "ScanProgress",
    "ScanSummary",
    "database_path",
    "format_fingerprint",
]

_CTX = "Coordinator"
Progress = Callable[[int, int], None]
# What `RevisionRow.status` can be: the folder's statuses plus the coordinator's own.
EFFECTIVE_STATUSES = (
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
_WRITE_BATCH = 2000
# The valid revisions an incremental scan compares the files of (one lstat each): about
# 0.2 s on a local disk; 100,000 revisions are all compared within five scans.
FINGERPRINTS_PER_SCAN = 20_000
_FOLDERS_FILE = "folders.json"

MSG_THIS_REVISION = QT_TRANSLATE_NOOP("Coordinator", "Revision {revision}")
MSG_UNTRUSTED = QT_TRANSLATE_NOOP(
    "Coordinator",
    "{path} is signed by device {device_id} of {agency}, which has not been trusted yet. "
    "Compare its key fingerprint with the agency, then trust or reject it.",
)
MSG_REJECTED = QT_TRANSLATE_NOOP(
    "Coordinator",
    "{path} is signed by device {device_id}, which was rejected or revoked; it is not "
    "counted as valid.",
)
MSG_OTHER_KEY = QT_TRANSLATE_NOOP(
    "Coordinator",
    "{path} is signed with key {key_id}, not with the trusted key {trusted_key_id} of "
    "device {device_id}. Decide about the device's changed key first.",
)
MSG_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "Coordinator", "{path} is signed by device {device_id}, which has not been recorded yet."
)
MSG_REMEMBERED_REPLAY = QT_TRANSLATE_NOOP(
    "Coordinator",
    "{path} appeared after a revision with a higher sequence number ({highest}) of device "
    "{device_id} had been accepted; its sequence number is {sequence}. It is replayed "
    "(a deleted revision copied back?).",
)
MSG_DB_ON_SHARE = QT_TRANSLATE_NOOP(
    "Coordinator",
    "The coordinator's database would be inside the central folder {path}. Choose a data "
    "folder outside the shared folder.",
)


class CoordinatorError(UserFacingError):
    """A coordinator problem the user can act on."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(_CTX, message, **params)


# --- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    agency: str
    device_name: str
    key_id: str
    fingerprint: str  # full: 16 groups of 4 hex digits
    short_fingerprint: str  # the first 4 groups, "8396 855f 9267 e824 …"
    decision: str  # pending, trusted, rejected, revoked
    first_seen: str
    decided_at: str | None
    note: str
    revisions: int
    changed_key_id: str | None = None
    changed_fingerprint: str | None = None
    changed_agency: str | None = None
    changed_device_name: str | None = None
    changed_seen_at: str | None = None
    changed_awaiting: bool = False  # a changed key nobody has decided about yet
    agency_name: str = ""  # the agency's name as its posts give it ("" before any post)

    @property
    def awaiting_decision(self) -> bool:
        return self.decision == "pending" or self.changed_awaiting


@dataclass(frozen=True)
class RevisionRow:
    """One revision with its effective status and the message explaining it."""

    path: str
    agency: str
    agency_name: str
    post_uuid: str
    revision: int
    status: str  # effective: valid only when the folder and the coordinator both agree
    folder_status: str  # the folder's own verdict (reader.Status)
    message: str
    params: Mapping[str, object]
    message_context: str
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    title: str
    category: str
    platforms: tuple[str, ...]
    planned_at: str
    approved_at: str
    reviewer: str
    media_count: int
    first_media: str
    checked_at: str
    source_pack: str = ""  # "packs/<item>/r<n>" when adopted from a coordinator's pack
    assurance: str = ""  # approval_chain.Assurance of its approval, as the scan verified it
    device_name: str = ""  # the signing device's name in its device file ("" when unknown)

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), self.message_context, translate)

    def describe(self, translate: Translate | None = None) -> str:
        """The message as the coordinator's list says it: the revision by its number and
        the agency by its name, not by their places in the central folder (`render` keeps
        the path for `medsos verify` and the logs)."""
        params = dict(self.params)
        if "path" in params:
            params["path"] = self.describe_revision(translate)
        if self.agency_name and params.get("agency") == self.agency:
            params["agency"] = self.agency_name
        # The device by the name its agency gave it ("PC Humas Dinkes"), not its hex id;
        # the id and key fingerprint stay in the Devices tab, where they are compared.
        if self.device_name and self.device_id and params.get("device_id") == self.device_id:
            params["device_id"] = self.device_name
        return render_message(self.message, params, self.message_context, translate)

    def describe_revision(self, translate: Translate | None = None) -> str:
        """The revision as words ("Revisi 2"), not as its folder name (`r2`)."""
        return render_message(
            MSG_THIS_REVISION, {"revision": self.revision}, "Coordinator", translate
        )


@dataclass(frozen=True)
class EntryRow:
    """A line that is not a revision: conflict copies, stray names, links, device files."""

    path: str
    kind: str
    agency: str
    status: str
    message: str
    params: Mapping[str, object]

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), "Sync", translate)


@dataclass(frozen=True)
class CalendarItem:
    agency: str
    agency_name: str
    title: str
    status: str
    path: str
    planned_at: str = ""  # as post.json says: "2026-11-22T09:00:00"


@dataclass(frozen=True)
class AgencyRow:
    slug: str
    name: str  # from the agency's posts ("agency" in post.json); "" until one is read
    last_seen: str
    revisions: int
    valid: int


@dataclass(frozen=True)
class HeldBackRevision:
    """A revision newer than the one a post is counted by, and why it is not valid."""

    revision: int
    status: str  # effective, never "valid"
    path: str


@dataclass(frozen=True)
class HeldBackPost:
    """A post whose newest revision is not valid (still arriving, tampered, not trusted…):
    counted by its newest valid revision (`counted_revision`), or not at all (None)."""

    agency: str
    agency_name: str
    post_uuid: str
    title: str  # of the counted revision, else of the newest revision that gives one
    planned_at: str  # of the counted revision ("" when none is valid)
    planned_days: tuple[str, ...]  # every planned day its revisions give (YYYY-MM-DD)
    counted_revision: int | None
    newer: tuple[HeldBackRevision, ...]  # after the counted one, oldest first

    @property
    def status(self) -> str:
        """The newest revision's status: the reason the post is listed."""
        return self.newer[-1].status

    def planned_in(self, first_day: str, last_day: str) -> bool:
        """Planned (by any revision) between the two days, or its month is not known."""
        return not self.planned_days or any(first_day <= d <= last_day for d in self.planned_days)


@dataclass(frozen=True)
class PostCounts:
    """Posts (not revisions): how many, how many count, and why others are held back."""

    posts: int
    counted: int  # with a valid revision
    held_back: dict[str, int]  # posts whose newest revision is not valid, by its status

    @property
    def not_counted(self) -> int:
        return self.posts - self.counted


@dataclass(frozen=True)
class ScanSummary:
    full: bool
    checked: int  # revisions checked (hashed) in this scan
    listed_post_dirs: int
    removed: int
    counts: dict[str, int]  # revisions by effective status
    entry_counts: dict[str, int]  # other lines by status
    new_devices: tuple[DeviceRow, ...]  # seen for the first time in this scan
    awaiting: tuple[DeviceRow, ...]  # every device (or changed key) awaiting a decision
    changed_keys: tuple[DeviceRow, ...]  # changed keys not decided yet
    notices: tuple[Notice, ...]
    seconds: float
    rebuilt: bool = False  # the index was rebuilt (new version); decisions were kept


# --- where the database lives --------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def database_path(central: Path, data_dir: Path) -> Path:
    """`<data_dir>/coordinator/<16 hex>.sqlite3`, named after the folder's identity.

    The identity is medsos-central.json's `created` and `region_name`, so the same
    folder mounted elsewhere (another drive letter) keeps its decisions; while the file
    cannot be read, the last identity recorded for this path is used, else the path.
    """
    folder = data_dir / "coordinator"
    location = str(_real(central))
    known_file = folder / _FOLDERS_FILE
    try:
        known = json.loads(known_file.read_text(encoding="utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    try:
        info = read_central_info(central)
    except SyncError:
        name = known.get(location)
        if not isinstance(name, str):
            name = hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    else:
        identity = f"{info.created}\n{info.region_name}".encode()
        name = hashlib.sha256(identity).hexdigest()[:16]
        if known.get(location) != name:
            known[location] = name
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
                temporary = folder / f".{_FOLDERS_FILE}.tmp"
                temporary.write_text(json.dumps(known, indent=2, sort_keys=True), "utf-8")
                os.replace(temporary, known_file)
    return folder / f"{name}.sqlite3"


# --- the service ---------------------------------------------------------------------------------


def _entry_write(report: RevisionReport) -> EntryWrite:
    return EntryWrite(
        report.path,
        report.kind,
        report.agency,
        report.post_uuid,
        report.status,
        report.message,
        dict(report.params),
    )


def _revision_write(scanned: ScannedRevision) -> RevisionWrite:
    summary = scanned.summary
    extra = {}
    if summary is not None:
        extra = {
            "agency_name": summary.agency_name,
            "title": summary.title,
            "category": summary.category,
            "platforms": summary.platforms,
            "planned_at": summary.planned_at,
            "approved_at": summary.approved_at,
            "reviewer": summary.reviewer,
            "captions": summary.captions,
            "media_count": summary.media_count,
            "first_media": summary.first_media,
            "source_pack": summary.source_pack,
            "assurance": summary.assurance,
        }
    return RevisionWrite(
        path=scanned.path,
        agency=scanned.agency,
        post_uuid=scanned.post_uuid,
        revision=scanned.revision,
        status=scanned.status,
        message=scanned.message,
        params=scanned.params,
        signed=scanned.signed,
        device_id=scanned.device_id,
        key_id=scanned.key_id,
        sequence=scanned.sequence,
        manifest_sha256=scanned.manifest_sha256,
        dir_mtime_ns=scanned.dir_mtime_ns,
        files=scanned.files,
        fingerprint=scanned.fingerprint,
        **extra,  # type: ignore[arg-type]
    )


def _device_row(trust: DeviceTrust, names: dict[str, str] | None = None) -> DeviceRow:
    changed = trust.changed_public_key
    return DeviceRow(
        agency_name=(names or {}).get(trust.agency, ""),
        device_id=trust.device_id,
        agency=trust.agency,
        device_name=trust.device_name,
        key_id=trust.key_id,
        fingerprint=format_fingerprint(trust.public_key),
        short_fingerprint=format_fingerprint(trust.public_key, 4),
        decision=trust.decision,
        first_seen=trust.first_seen,
        decided_at=trust.decided_at,
        note=trust.decided_note,
        revisions=trust.revisions,
        changed_key_id=trust.changed_key_id,
        changed_fingerprint=format_fingerprint(changed) if changed else None,
        changed_agency=trust.changed_agency,
        changed_device_name=trust.changed_device_name,
        changed_seen_at=trust.changed_seen_at,
        changed_awaiting=trust.changed_key_id is not None and not trust.changed_dismissed,
    )


def _revision_row(record: RevisionRecord, device_names: Mapping[str, str]) -> RevisionRow:
    status = record.status
    message, params, context = record.message, dict(record.params), "Sync"
    base = {"path": record.path, "device_id": record.device_id or "", "agency": record.agency}
    other_key = record.trusted_key_id is not None and record.key_id != record.trusted_key_id
    if status != record.folder_status:
        context = _CTX
        if status == "untrusted" and not other_key:
            message, params = MSG_UNTRUSTED, base
        elif status == "rejected":
            message, params = MSG_REJECTED, base
        elif status in ("unknown_device", "untrusted") and record.trusted_key_id:
            message = MSG_OTHER_KEY
            params = {**base, "key_id": record.key_id, "trusted_key_id": record.trusted_key_id}
        elif status == "unknown_device":
            message, params = MSG_NOT_RECORDED, base
        elif status == "replayed":
            message = MSG_REMEMBERED_REPLAY
            params = {**base, "sequence": record.sequence, "highest": record.highest}
    return RevisionRow(
        path=record.path,
        agency=record.agency,
        agency_name=record.agency_name,
        post_uuid=record.post_uuid,
        revision=record.revision,
        status=status,
        folder_status=record.folder_status,
        message=message,
        params=params,
        message_context=context,
        device_id=record.device_id,
        key_id=record.key_id,
        sequence=record.sequence,
        manifest_sha256=record.manifest_sha256,
        title=record.title,
        category=record.category,
        platforms=record.platforms,
        planned_at=record.planned_at,
        approved_at=record.approved_at,
        reviewer=record.reviewer,
        media_count=record.media_count,
        first_media=record.first_media,
        checked_at=record.checked_at,
        source_pack=record.source_pack,
        assurance=record.assurance,
        device_name=device_names.get(record.device_id or "", ""),
    )


IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "webp", "gif"})


def media_in_post_order(manifest: Manifest, post: Mapping[str, object]) -> list[FileEntry]:
    """A revision's media files in the order of `media` in its post.json (the manifest
    lists files by name, i.e. by hash); files post.json does not name come last, in the
    manifest's order."""
    media = [f for f in manifest.files if MEDIA_PATH_RE.fullmatch(f.path)]
    by_digest = {f.path[len("media/") :].split(".", 1)[0]: f for f in media}
    content = post.get("content")
    listed = content.get("media") if isinstance(content, dict) else None
    if listed is None:
        listed = post.get("media")
    ordered: list[FileEntry] = []
    for ref in listed if isinstance(listed, list) else ():
        entry = by_digest.get(ref.get("sha256")) if isinstance(ref, dict) else None
        if entry is not None and entry not in ordered:
            ordered.append(entry)
    return ordered + [f for f in media if f not in ordered]


def _held_back_post(rows: list[tuple]) -> HeldBackPost:  # type: ignore[type-arg]
    """One post from `CoordinatorDB.held_back`'s rows of it (every revision, in order)."""
    counted = rows[0][9]
    by_number = {row[4]: row for row in rows}
    chosen = by_number.get(counted) if counted is not None else None
    if chosen is None:
        chosen = next((row for row in reversed(rows) if row[6]), rows[-1])
    return HeldBackPost(
        agency=rows[0][1],
        agency_name=next((row[2] for row in reversed(rows) if row[2]), ""),
        post_uuid=rows[0][3],
        title=chosen[6],
        planned_at=by_number[counted][7] if counted is not None else "",
        planned_days=tuple(sorted({row[8] for row in rows if row[8]})),
        counted_revision=counted,
        newer=tuple(
            HeldBackRevision(row[4], row[5], row[0])
            for row in rows
            if counted is None or row[4] > counted
        ),
    )


def _month_bounds(month: date | str) -> tuple[date, date]:
    day = datetime.strptime(month[:7], "%Y-%m").date() if isinstance(month, str) else month
    return month_bounds(day)


@dataclass
class _Pending:
    """Checked revisions waiting to be written in one transaction."""

    rows: list[RevisionWrite] = field(default_factory=list)
    extras: dict[str, list[EntryWrite]] = field(default_factory=dict)

    def add(self, scanned: ScannedRevision) -> None:
        self.rows.append(_revision_write(scanned))
        self.extras[scanned.path] = [_entry_write(e) for e in scanned.extras]


class CoordinatorService:
    """The coordinator's index of one central folder, and its trust decisions."""

    def __init__(
        self,
        central: Path,
        data_dir: Path,
        *,
        workers: int | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        device_wait: float = DEVICE_WAIT_SECONDS,
        fingerprints_per_scan: int = FINGERPRINTS_PER_SCAN,
    ) -> None:
        """`device_wait`: how long (seconds after it was signed) a revision whose device
        file has not arrived is "still arriving" before it is an unknown device.
        `fingerprints_per_scan`: how many valid revisions an incremental scan compares the
        files of (sizes and times), at most; the others' turn comes in the next scans."""
        self.central = central
        self.workers = workers
        self.fingerprints_per_scan = max(1, fingerprints_per_scan)
        self.max_json_bytes = max_json_bytes
        self.device_wait = device_wait
        self.db_path = database_path(central, data_dir)
        if _inside(_real(self.db_path.parent), _real(central)):
            raise CoordinatorError(MSG_DB_ON_SHARE, path=str(central))
        self.db = CoordinatorDB(self.db_path)
        # device id -> name, for the revisions' messages: read again after each scan and
        # decision (counting each device's revisions for every page was wasted work).
        self._names: dict[str, str] | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CoordinatorService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- scanning

    def scan(self, full: bool = False, progress: Progress | None = None) -> ScanSummary:
        """Bring the index up to date; `full` re-checks (re-hashes) every revision."""
        steps = self.scan_steps(full)
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                return stop.value
            if progress is not None:
                progress(step.done, step.total)

    def scan_steps(self, full: bool = False) -> Generator[ScanProgress, None, ScanSummary]:
        """`scan` as a generator of progress steps (phase "folder", "posts", "revisions")."""
        started = time.perf_counter()
        stored = self.db.load_state()
        location = str(_real(self.central))
        # A new index (or another folder behind the same identity) is checked in full.
        full = full or stored.needs_full or stored.central_path != location
        # An incremental scan compares the files of a bounded share of the valid revisions
        # (every revision's turn comes within `shares` scans: a few minutes at one scan a
        # minute); a full scan, and opening a revision, re-check everything.
        settled = sum(1 for known in stored.revisions.values() if known[1])
        shares = max(1, -(-settled // self.fingerprints_per_scan))
        state = ScanState(
            post_dirs=stored.post_dirs,
            revisions=stored.revisions,
            device_sigs=stored.device_sigs,
            clock_ns=stored.clock_ns,
            fingerprint_share=(stored.scan_round % shares, shares),
        )
        pinned = {
            device_id: PinnedDevice(agency, keys)
            for device_id, (agency, keys) in self.db.pinned_keys().items()
        }
        bulk = full or not stored.revisions
        if bulk:
            self.db.begin_bulk()
        highest = self.db.highest_sequences()
        steps = scan_central(
            self.central,
            state,
            full=full,
            pinned=pinned,
            workers=self.workers,
            max_json_bytes=self.max_json_bytes,
            device_wait=self.device_wait,
        )
        pending = _Pending()
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                result: ScanResult = stop.value
                break
            for scanned in step.checked:
                pending.add(scanned)
            if len(pending.rows) >= _WRITE_BATCH:
                self.db.write_revisions(pending.rows, pending.extras, highest, bulk=bulk)
                pending = _Pending()
            yield ScanProgress(step.done, step.total, step.phase)
        self.db.write_revisions(pending.rows, pending.extras, highest, bulk=bulk)
        self.db.finish_scan(
            removed_revisions=result.removed_revisions,
            removed_post_dirs=result.removed_post_dirs,
            post_dirs=result.post_dirs,
            post_entries={
                p: [_entry_write(e) for e in es] for p, es in result.post_entries.items()
            },
            folder_entries=[_entry_write(e) for e in result.folder_entries],
            device_sigs=result.device_sigs,
            agencies=result.agencies,
            clock_ns=result.clock_ns,
            central_path=location,
            full=full,
            scan_round=stored.scan_round + 1,
        )
        new, _changed = self.db.record_devices(
            (r.device_id, r.agency, r.device_name, r.key_id, r.public_key)
            for r in result.devices
            if r.device_id not in result.shared_devices
        )
        self._apply_sequence_rules()
        self.db.finish_bulk()
        trusts = self.db.devices()
        self._names = {d.device_id: d.device_name for d in trusts if d.device_name}
        devices = [_device_row(d) for d in trusts]
        entry_counts: dict[str, int] = {}
        for item in self.db.entries():
            entry_counts[item.status] = entry_counts.get(item.status, 0) + 1
        return ScanSummary(
            full=full,
            checked=result.checked,
            listed_post_dirs=result.listed_post_dirs,
            removed=len(result.removed_revisions),
            counts=self.counts(),
            entry_counts=entry_counts,
            new_devices=tuple(d for d in devices if d.device_id in set(new)),
            awaiting=tuple(d for d in devices if d.awaiting_decision),
            changed_keys=tuple(d for d in devices if d.changed_awaiting),
            notices=result.notices,
            seconds=time.perf_counter() - started,
            rebuilt=self.db.rebuilt,
        )

    def _apply_sequence_rules(self) -> None:
        """The stateless rules over every signed revision of each device that changed."""
        devices, rows = self.db.dirty_signed()
        marks = replay_marks(IndexedSigned(*row) for row in rows)
        self.db.apply_replays(devices, marks)

    # -- devices and trust

    def devices(self) -> list[DeviceRow]:
        names = self._agency_names()
        return [_device_row(d, names) for d in self.db.devices()]

    def device(self, device_id: str) -> DeviceRow | None:
        found = self.db.devices(device_id)
        return _device_row(found[0], self._agency_names()) if found else None

    def _agency_names(self) -> dict[str, str]:
        return {row.slug: row.name for row in self.agencies() if row.name}

    def decide(
        self, device_id: str, decision: str, note: str = "", *, key_id: str | None = None
    ) -> DeviceRow:
        """Trust, reject or revoke a device. `key_id` names the key decided about (default:
        the changed key if the folder shows one, else the pinned key); trusting a changed
        key replaces the pinned one. Committed durably, and logged."""
        self.db.decide(device_id, decision, note, key_id)
        self._names = None  # a changed key trusted brings its device file's name
        row = self.device(device_id)
        assert row is not None
        return row

    def trust_log(self, device_id: str | None = None) -> list[tuple[str, str, str, str, str]]:
        return self.db.trust_log(device_id)

    def trust_list(self) -> TrustList:
        """Every pinned key with the decision about it, for `verify_central`: what
        `medsos devices export` writes and `medsos verify --coordinator` checks against.
        A changed key nobody has trusted is not in it (its revisions stay untrusted)."""
        try:
            region = read_central_info(self.central).region_name
        except SyncError:
            region = ""
        return TrustList.of(
            (
                PinnedKey(d.agency, d.device_id, d.public_key, d.decision, d.device_name)
                for d in self.db.devices()
            ),
            region_name=region,
            source=str(self.db_path),
        )

    def export_trust(self, path: Path) -> int:
        """Write the trust file to `path` (an older one is replaced whole); returns how many
        devices it lists."""
        trust = self.trust_list()
        atomic_write_bytes(path, trust_file_bytes(trust))
        return len(trust)

    # -- the index

    def revisions(
        self,
        filters: Filters | None = None,
        *,
        sort: str = "planned",
        descending: bool = False,
        limit: int | None = 200,
        offset: int = 0,
        **criteria: object,
    ) -> list[RevisionRow]:
        """Revisions with their effective status; filter with `Filters` or its fields
        as keywords (agency, status, category, platform, planned_from, planned_to, text,
        latest_only)."""
        chosen = filters or Filters(**criteria)  # type: ignore[arg-type]
        records = self.db.revisions(
            chosen, sort=sort, descending=descending, limit=limit, offset=offset
        )
        names = self._device_names() if records else {}
        return [_revision_row(r, names) for r in records]

    def revision(self, path: str) -> RevisionRow | None:
        record = self.db.revision_by_path(path)
        return _revision_row(record, self._device_names()) if record else None

    def _device_names(self) -> dict[str, str]:
        """device id -> the name its device file gives it."""
        names = self._names
        if names is None:
            names = {d.device_id: d.device_name for d in self.db.devices() if d.device_name}
            self._names = names
        return names

    def count(self, filters: Filters | None = None, **criteria: object) -> int:
        return self.db.count(filters or Filters(**criteria))  # type: ignore[arg-type]

    def counts(self, filters: Filters | None = None, **criteria: object) -> dict[str, int]:
        """Revisions by effective status."""
        return self.db.counts(filters or Filters(**criteria))  # type: ignore[arg-type]

    def calendar(self, month: date | str) -> dict[date, list[CalendarItem]]:
        """The latest revision of every post planned in `month` ("YYYY-MM" or a date),
        across agencies, by day."""
        return self.calendar_between(*_month_bounds(month))

    def calendar_between(self, first: date, last: date) -> dict[date, list[CalendarItem]]:
        """The latest revision of every post planned from `first` to `last` (both
        included), across agencies, by day: what a calendar page shows, leading and
        trailing days of the neighbouring months included."""
        days: dict[date, list[CalendarItem]] = {}
        for day, agency, name, title, status, path, planned_at in self.db.calendar(
            first.isoformat(), last.isoformat()
        ):
            days.setdefault(date.fromisoformat(day), []).append(
                CalendarItem(agency, name, title, status, path, planned_at)
            )
        return days

    @staticmethod
    def plan_days(first: date, last: date) -> list[PlanDay]:
        """Public holidays, joint leave and commemoration days from `first` to `last`, as
        the agencies' calendars show them (without their weekly content themes)."""
        return plan_days(first, last, include_themes=False)

    def agencies(self) -> list[AgencyRow]:
        return [AgencyRow(*row) for row in self.db.agencies()]

    def entries(self) -> list[EntryRow]:
        """Lines that are not revisions (conflict copies, stray names, links, device files)."""
        return [
            EntryRow(e.path, e.kind, e.agency, e.status, e.message, e.params)
            for e in self.db.entries()
        ]

    def held_back(self, agency: str | None = None) -> list[HeldBackPost]:
        """Every post whose newest revision is not valid (of one agency, or all): what a
        report lists beside the posts it counts, so that none silently drops out."""
        posts: list[HeldBackPost] = []
        rows = self.db.held_back(None if agency is None else [agency])
        start = 0
        while start < len(rows):
            key = rows[start][1], rows[start][3]
            end = start
            while end < len(rows) and (rows[end][1], rows[end][3]) == key:
                end += 1
            posts.append(_held_back_post(rows[start:end]))
            start = end
        return posts

    def post_counts(self) -> PostCounts:
        """Posts in the index: all, counted (by their newest valid revision), and those
        whose newest revision is not valid, by the reason."""
        posts, counted = self.db.post_counts()
        held: dict[str, int] = {}
        for post in self.held_back():
            held[post.status] = held.get(post.status, 0) + 1
        return PostCounts(posts, counted, held)

    def last_full_check(self) -> datetime | None:
        """When every file was last re-hashed (a full scan, or the first one), in UTC."""
        text = self.db.last_full_check()
        if not text:
            return None
        try:
            return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return None

    def folder_statuses(self) -> dict[str, str]:
        """path -> the folder's own status of every line (what verify_central reports)."""
        return self.db.folder_statuses()

    # -- reading

    def open_revision(self, path: str) -> tuple[Manifest, dict[str, object]]:
        """A revision's manifest and post, re-checked now (hashes included): the incremental
        scan does not re-hash valid revisions, so this is where a changed file is caught."""
        row = self.revision(path)
        if row is None or row.folder_status != "valid" or row.manifest_sha256 is None:
            raise RevisionUnreadable(
                MSG_REVISION_UNREADABLE,
                path=path,
                reason=f"status {row.status if row else 'unknown'}",
            )
        return read_revision(
            self.central / path, row.manifest_sha256, max_json_bytes=self.max_json_bytes
        )

    def open_media(self, path: str, entry: FileEntry) -> bytes:
        """One media file of a revision, checked against its manifest entry."""
        return read_media(self.central / path, entry)

    def first_image(
        self, path: str, manifest: Manifest, post: Mapping[str, object]
    ) -> bytes | None:
        """The post's first image as the agency ordered its images (`media` in post.json),
        checked against the manifest; None when the revision has no image. The screenshot
        of a WhatsApp approval is not the post's: it is `evidence_image`."""
        evidence = _evidence_digest(post)
        for entry in media_in_post_order(manifest, post):
            if evidence and _digest_of(entry) == evidence:
                continue
            if entry.path.rsplit(".", 1)[-1] in IMAGE_EXTENSIONS:
                return self.open_media(path, entry)
        return None

    def evidence_image(
        self, path: str, manifest: Manifest, post: Mapping[str, object]
    ) -> bytes | None:
        """The screenshot the admin attached to an approval by WhatsApp reply (named by
        `approval.evidence.sha256` in post.json), checked against the manifest; None when
        the approval has none."""
        evidence = _evidence_digest(post)
        if not evidence:
            return None
        for entry in manifest.files:
            if MEDIA_PATH_RE.fullmatch(entry.path) and _digest_of(entry) == evidence:
                return self.open_media(path, entry)
        return None


def _digest_of(entry: FileEntry) -> str:
    """The sha256 a media file is named by ("media/<sha256>.<ext>")."""
    return entry.path[len("media/") :].split(".", 1)[0]


def _evidence_digest(post: Mapping[str, object]) -> str:
    """The sha256 of the screenshot a WhatsApp approval rests on; "" without one."""
    approval = post.get("approval")
    evidence = approval.get("evidence") if isinstance(approval, dict) else None
    digest = evidence.get("sha256") if isinstance(evidence, dict) else None
    return digest if isinstance(digest, str) else ""
