"""The coordinator's incremental scan: re-read only what changed in a big central folder.

`verify_central` reads and hashes everything; with 500 agencies and 100,000 revisions
that takes minutes, so the coordinator keeps an index (in its own local database) and
asks this module what changed since the state it remembers. Published revisions are
never changed (docs/central-folder.md), so a revision found valid is not hashed again
by an incremental scan; its files are re-checked when it is opened (`read_revision`,
`read_media`), and `full=True` re-checks everything.

What an incremental scan reads:

- always: `medsos-central.json`, the listing of `agencies/`, of every agency folder,
  of `devices/` and every device file (they are small), and of every `posts/` folder
  (one `scandir` plus one `lstat` per post folder);
- a post folder's revision folders only when the post folder's mtime differs from the
  remembered one, is new, or lies within `RACY_WINDOW_NS` of the previous scan's clock
  (SMB and FAT keep mtimes in coarse ticks: a folder changed in the same tick after it
  was listed keeps its mtime);
- of the revisions found valid before, one `lstat` of each file its manifest lists
  and of `manifest.json` and `manifest.sig`: their sizes and modification times (and,
  outside Windows, change times) are compared with those taken just before the
  revision was last checked (`files_fingerprint`). In a big folder, a bounded share of
  them per scan (`ScanState.fingerprint_share`; the coordinator compares 20,000 a scan):
  each revision's turn comes within a few scans, so a file rewritten in place is caught
  minutes later instead of at once, and 100,000 revisions stay under a second;
- `check_revision` for revisions that are new, were not valid last time (pending ones
  are still arriving), whose folder's mtime changed (seen when their post folder is
  listed), any of whose listed files changed size or time (or changed within
  `RACY_WINDOW_NS` before that check), or whose device's registration (or pinned keys)
  changed. With many to check, worker processes check them while this process goes on
  listing.

Limits, by design: a listed file rewritten in place with its size kept and its
modification time put back (a tool that preserves times) is seen outside Windows by its
change time, which no program can set; on Windows only a full scan (or opening the
revision) sees it. Something added inside a valid revision's folder while its post
folder is unchanged (an unlisted file in `media/`, a conflict copy beside the
manifest), and a folder changed within the racy window while the coordinator's clock
and the share's disagree by more than the window, are only seen by a full scan; the
files themselves are re-checked whenever the revision is opened. Without a readable
`medsos-central.json` (an unmounted share looks like an empty folder) nothing the
caller remembers is reported removed.

Trust is not decided here. Keys are resolved from the folder's device files, as
`verify_central` does without pinning, plus the keys the caller has pinned (`pinned`),
so a device file replaced by another key does not hide revisions signed with the
pinned one; each result records the key id that signed, and the coordinator applies
its trust decisions when it queries its index. The stateless sequence-number rules
are applied over the whole index by `replay_marks`, not over the changed subset.

The folder is walked by the very code `verify_central` uses (`walk.FolderScan` for
agencies, their folders and device files, `walk.PostWalker` for posts and revisions,
with the same report lines for whatever does not belong): `PostWalker` is the one place
that decides which revisions are checked (re-hashed) again; a full verification is its
walk with nothing remembered. This module checks what it hands over, in worker
processes when there are many, and summarises the valid ones for the index.

Nothing here imports the store: the caller keeps the index and passes its state in.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from medsos_desktop.strict_json import StrictJsonError, load_strict_json
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.approval_proof import ApprovalCheck, check_approval
from medsos_desktop.sync.format import (
    DEFAULT_MAX_JSON_BYTES,
    MANIFEST_FILE,
    MEDIA_PATH_RE,
    POST_FILE,
    SIGNATURE_FILE,
    ProtocolViolation,
    Status,
    key_id_for,
    revision_relpath,
)
from medsos_desktop.sync.keys import DeviceKeys
from medsos_desktop.sync.records import (
    CentralInfo,
    DeviceRecord,
    Manifest,
    Notice,
    RevisionReport,
)
from medsos_desktop.sync.verify import (
    DEVICE_WAIT_SECONDS,
    KeyResolver,
    SignedRef,
    check_revision,
    find_replays,
)
from medsos_desktop.sync.walk import (
    FILES_SEPARATOR,
    AgencyFolders,
    FolderScan,
    Job,
    PostWalker,
    ScanState,
    central_info_or_notice,
    fingerprint_of,
)

# Below this many revisions to check, starting worker processes costs more than it saves.
POOL_THRESHOLD = 1500
CHUNK = 200  # revisions per task sent to a worker process
MAX_WORKERS = 4
# What is kept of a post for the index: enough to list, filter, search and show a day.
MAX_TITLE_CHARS = 500
MAX_CAPTIONS_CHARS = 20_000
MAX_SHORT_CHARS = 200

Phase = str  # "folder", "posts", "revisions"


@dataclass(frozen=True)
class PinnedDevice:
    """Keys the coordinator has recorded for a device (trusted or not), by key id."""

    agency: str
    keys: Mapping[str, bytes]


@dataclass(frozen=True, slots=True)
class PostSummary:
    """The fields of a valid revision's post.json the index lists, filters and searches."""

    agency_name: str = ""
    title: str = ""
    category: str = ""
    platforms: tuple[str, ...] = ()
    planned_at: str = ""
    approved_at: str = ""
    reviewer: str = ""
    captions: str = ""
    media_count: int = 0
    first_media: str = ""
    source_pack: str = ""  # the coordinator's pack the post was adopted from, if any
    assurance: str = ""  # approval_chain.Assurance, as approval_proof judged it


@dataclass(frozen=True, slots=True)
class ScannedRevision:
    """The verdict of `check_revision` on one revision, before the sequence-number rules.

    `device_id`, `key_id` and `sequence` are set only when the signature verified
    (`signed`); `summary` only for a valid revision.
    """

    agency: str
    post_uuid: str
    revision: int
    path: str
    status: Status
    message: str
    params: Mapping[str, object]
    signed: bool
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    dir_mtime_ns: int
    summary: PostSummary | None
    extras: tuple[RevisionReport, ...] = ()
    files: str = ""  # a valid revision's listed files, "|"-separated (KnownRevision.files)
    fingerprint: int | None = None  # of those files, taken before the check


@dataclass(frozen=True)
class ScanProgress:
    """One step: `done` of `total` in `phase`; `checked` holds results to store now."""

    done: int
    total: int
    phase: Phase
    checked: tuple[ScannedRevision, ...] = ()


@dataclass(frozen=True)
class ScanResult:
    """Everything but the checked revisions (delivered in `ScanProgress.checked`).

    Entries are the report lines that are not revisions (strays, conflict copies, links,
    device files): `folder_entries` replace all those of the folder level (always
    listed); `post_entries` replace those of each post folder that was listed.
    """

    info: CentralInfo | None
    notices: tuple[Notice, ...]
    clock_ns: int
    full: bool
    agencies: tuple[str, ...]
    devices: tuple[DeviceRecord, ...]  # every readable device file in its own agency
    shared_devices: frozenset[str]  # device ids registered (by id or key) for several agencies
    device_sigs: dict[str, str]
    changed_devices: frozenset[str]
    folder_entries: tuple[RevisionReport, ...]
    post_entries: dict[str, tuple[RevisionReport, ...]]
    post_dirs: dict[str, int]  # post folders listed now -> mtime_ns
    removed_post_dirs: frozenset[str]
    removed_revisions: frozenset[str]
    checked: int
    listed_post_dirs: int


# --- keys ---------------------------------------------------------------------------------


def _device_sigs(
    records: Sequence[DeviceRecord], pinned: Mapping[str, PinnedDevice]
) -> tuple[dict[str, str], frozenset[str]]:
    """A fingerprint per device id of everything key resolution depends on.

    A revision checked "valid" stays valid while its device's fingerprint is unchanged;
    pinned keys equal to the folder's do not count, so pinning a device after the first
    scan does not make the next one re-hash everything.
    """
    id_agencies: dict[str, set[str]] = defaultdict(set)
    key_agencies: dict[bytes, set[str]] = defaultdict(set)
    by_id: dict[str, list[DeviceRecord]] = defaultdict(list)
    for record in records:
        id_agencies[record.device_id].add(record.agency)
        key_agencies[record.public_key].add(record.agency)
        by_id[record.device_id].append(record)
    shared: set[str] = set()
    sigs: dict[str, str] = {}
    for device_id in set(by_id) | set(pinned):
        found = sorted((r.agency, r.key_id) for r in by_id.get(device_id, ()))
        several = set(id_agencies.get(device_id, set()))
        for record in by_id.get(device_id, ()):
            several |= key_agencies[record.public_key]
        if len(several) > 1:
            shared.add(device_id)
        else:
            several = set()
        pin = pinned.get(device_id)
        extra = (
            sorted((pin.agency, key_id) for key_id in pin.keys if (pin.agency, key_id) not in found)
            if pin
            else []
        )
        sigs[device_id] = json.dumps([found, sorted(several), extra])
    return sigs, frozenset(shared)


def pinned_resolver(folder_resolve: KeyResolver, pinned: Mapping[str, PinnedDevice]) -> KeyResolver:
    """The folder's device files first; a pinned key of the same device and agency when the
    folder has none for it or another one (a device file deleted or replaced)."""

    def pinned_key(device_id: str, key_id: str, agency: str) -> bytes | None:
        pin = pinned.get(device_id)
        if pin is None or pin.agency != agency:
            return None
        return pin.keys.get(key_id)

    def resolve(device_id: str, key_id: str, agency: str) -> bytes:
        try:
            key = folder_resolve(device_id, key_id, agency)
        except ProtocolViolation as exc:
            if exc.status != "unknown_device":
                raise
            alternative = pinned_key(device_id, key_id, agency)
            if alternative is None:
                raise
            return alternative
        if key_id_for(key) != key_id:
            alternative = pinned_key(device_id, key_id, agency)
            if alternative is not None:
                return alternative
        return key

    return resolve


# --- one revision ---------------------------------------------------------------------------


def _text(value: object, limit: int = MAX_SHORT_CHARS) -> str:
    return value[:limit] if isinstance(value, str) else ""


def summarize_post(
    post: Mapping[str, object],
    manifest: Manifest | None = None,
    approval: ApprovalCheck | None = None,
) -> PostSummary:
    """The listed fields of a post.json, whatever shape it has (hostile input never raises).

    The app's export nests the post under "content" (services/sync.py); the protocol's
    example has the fields at the top level; both are read. `approval`: the verifier's
    judgement of its approval (without it, signatures are not checked: a claim of them
    reads as unproven).
    """
    raw_content = post.get("content")
    content: Mapping[str, object] = raw_content if isinstance(raw_content, dict) else post

    def pick(name: str) -> object:
        value = content.get(name)
        return post.get(name) if value is None else value

    platforms_raw = pick("platforms")
    platforms = tuple(
        p[:40]
        for p in (platforms_raw if isinstance(platforms_raw, list) else [])
        if isinstance(p, str)
    )[:20]
    texts: list[str] = []
    for name in ("base_caption", "caption"):
        texts.append(_text(pick(name), MAX_CAPTIONS_CHARS))
    captions_raw = pick("captions")
    if isinstance(captions_raw, dict):
        texts.extend(_text(v, MAX_CAPTIONS_CHARS) for v in captions_raw.values())
    unique = [t for i, t in enumerate(texts) if t and t not in texts[:i]]
    captions = "\n\n".join(unique)[:MAX_CAPTIONS_CHARS]
    if approval is None:
        approval = check_approval(post, "", "", 0, _no_keys)
    reviewer = _text(", ".join(approval.approvers))
    reviewer = reviewer or _text(post.get("approved_by")) or _text(post.get("reviewer"))
    media_raw = pick("media")
    media_list = media_raw if isinstance(media_raw, list) else []
    media_paths = [
        f.path
        for f in (manifest.files if manifest else ())
        if MEDIA_PATH_RE.fullmatch(f.path)
        # A WhatsApp screenshot is proof of approval, not one of the post's images.
        and not (approval.evidence_sha256 and f.path[6:70] == approval.evidence_sha256)
    ]
    first_media = ""
    if media_list and isinstance(media_list[0], dict):
        digest = media_list[0].get("sha256")
        first_media = next((p for p in media_paths if p[6:70] == digest), "")
    first_media = first_media or (media_paths[0] if media_paths else "")
    return PostSummary(
        agency_name=_text(post.get("agency")),
        title=_text(pick("title"), MAX_TITLE_CHARS),
        category=_text(pick("category"), 100),
        platforms=platforms,
        planned_at=_text(pick("planned_at"), 40),
        approved_at=_text(post.get("approved_at"), 40),
        reviewer=reviewer,
        captions=captions,
        media_count=max(len(media_list), len(media_paths)),
        first_media=first_media,
        source_pack=_text(post.get("source_pack")),
        assurance=approval.assurance.value,
    )


def _no_keys(device_id: str, key_id: str, agency: str) -> bytes:
    raise ProtocolViolation("unknown_device", "")


def _read_summary(folder: Path, manifest: Manifest, max_json_bytes: int) -> PostSummary | None:
    """post.json of a revision just found valid, read once more and matched to its entry."""
    entry = manifest.entry(POST_FILE)
    if entry is None:
        return None
    try:
        data = fsutil.read_limited(folder / POST_FILE, min(entry.size, max_json_bytes))
    except OSError:
        return None
    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
        return None  # changed since it was checked; the next scan sees it
    try:
        post = load_strict_json(data)  # as check_revision parsed these very bytes
    except StrictJsonError:
        return None
    return summarize_post(post, manifest) if isinstance(post, dict) else None


# --- files changed in place --------------------------------------------------------------


_SIGNED = (MANIFEST_FILE, SIGNATURE_FILE)


def check_one(
    central: Path,
    slug: str,
    post_uuid: str,
    revision: int,
    dir_mtime_ns: int,
    resolve: KeyResolver,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    device_wait: float = DEVICE_WAIT_SECONDS,
    now: float | None = None,
) -> ScannedRevision:
    """`check_revision`, plus the post summary of a valid revision and the fingerprint of
    its files as they were just before the check (any later change shows in it)."""
    rel = revision_relpath(slug, post_uuid, revision)
    taken = time.time_ns()
    # The lstat of each file as the check lists the folder, before it reads any of them.
    before: dict[str, os.stat_result] = {}
    check = check_revision(
        central,
        slug,
        post_uuid,
        revision,
        resolve,
        max_json_bytes=max_json_bytes,
        keep_payload=True,
        device_wait=device_wait,
        now=now,
        listing=before,
    )
    manifest = check.manifest if check.signed else None
    summary = None
    files = ""
    fingerprint = None
    if check.status == "valid" and manifest is not None:
        if check.payload is not None:
            # The very bytes check_revision hashed and parsed: no second read.
            summary = summarize_post(check.payload, manifest, check.approval)
        else:
            summary = _read_summary(central / rel, manifest, max_json_bytes)
        names = [f.path for f in manifest.files]
        files = FILES_SEPARATOR.join(names)
        fingerprint = fingerprint_of([before.get(name) for name in (*_SIGNED, *names)], taken)
    return ScannedRevision(
        agency=slug,
        post_uuid=post_uuid,
        revision=revision,
        path=rel,
        status=check.status,
        message=check.message,
        params=dict(check.params),
        signed=manifest is not None,
        device_id=manifest.device_id if manifest else None,
        key_id=manifest.key_id if manifest else None,
        sequence=manifest.sequence if manifest else None,
        manifest_sha256=check.manifest_sha256 if manifest else None,
        dir_mtime_ns=dir_mtime_ns,
        summary=summary,
        extras=tuple(check.extras),
        files=files,
        fingerprint=fingerprint,
    )


@dataclass(frozen=True)
class _Options:
    """What every check of one scan shares, in this process or a worker."""

    max_json_bytes: int
    device_wait: float
    now: float  # the scan's clock, in seconds


_worker: tuple[Path, KeyResolver, _Options] | None = None


def _init_worker(
    central: str,
    records: tuple[DeviceRecord, ...],
    pinned: dict[str, PinnedDevice],
    options: _Options,
) -> None:
    global _worker
    path = Path(central)
    # The folder's device rules (several agencies, other agency) over the records read in
    # the main process keep workers consistent with it.
    keys = DeviceKeys()
    for record in records:
        keys.add(record)
    _worker = (path, pinned_resolver(keys.resolve, pinned), options)


def _pack(item: ScannedRevision) -> tuple[object, ...]:
    """Plain tuples cross the process boundary at less than half the cost of dataclasses."""
    summary = item.summary
    return (
        item.agency,
        item.post_uuid,
        item.revision,
        item.path,
        item.status,
        item.message,
        item.params,
        item.signed,
        item.device_id,
        item.key_id,
        item.sequence,
        item.manifest_sha256,
        item.dir_mtime_ns,
        None
        if summary is None
        else (
            summary.agency_name,
            summary.title,
            summary.category,
            summary.platforms,
            summary.planned_at,
            summary.approved_at,
            summary.reviewer,
            summary.captions,
            summary.media_count,
            summary.first_media,
            summary.source_pack,
            summary.assurance,
        ),
        item.extras,
        item.files,
        item.fingerprint,
    )


def _unpack(packed: tuple) -> ScannedRevision:  # type: ignore[type-arg]
    summary = packed[13]
    return ScannedRevision(  # type: ignore[call-arg]  # the fields of _pack, in order
        *packed[:13],
        None if summary is None else PostSummary(*summary),
        *packed[14:],
    )


def _check(central: Path, job: Job, resolve: KeyResolver, options: _Options) -> ScannedRevision:
    return check_one(
        central,
        *job,
        resolve,
        options.max_json_bytes,
        device_wait=options.device_wait,
        now=options.now,
    )


def _check_chunk(jobs: list[Job]) -> list[tuple[object, ...]]:
    assert _worker is not None
    central, resolve, options = _worker
    return [_pack(_check(central, job, resolve, options)) for job in jobs]


class _Checker:
    """Checks revisions as the listing finds them: in this process while they are few, in
    worker processes once there are many (then listing and checking overlap).

    Signatures and hashes are CPU work that holds the GIL in parts, so threads do not
    help; processes ("spawn": safe beside Qt's threads, and the same on every platform)
    do. A frozen build must call multiprocessing.freeze_support() at start-up. If the
    workers cannot start or die (an antivirus may kill them), the rest is checked here.
    """

    def __init__(
        self,
        central: Path,
        records: tuple[DeviceRecord, ...],
        pinned: Mapping[str, PinnedDevice],
        resolve: KeyResolver,
        options: _Options,
        workers: int | None,
    ) -> None:
        self.central = central
        self.records = records
        self.pinned = dict(pinned)
        self.resolve = resolve
        self.options = options
        self.workers = workers if workers is not None else min(MAX_WORKERS, os.cpu_count() or 1)
        self.waiting: list[Job] = []
        self.total = 0
        self.pool: ProcessPoolExecutor | None = None
        self.running: dict[Future[list[tuple[object, ...]]], list[Job]] = {}

    def add(self, jobs: Sequence[Job]) -> None:
        self.waiting.extend(jobs)
        self.total += len(jobs)
        if self.pool is None and self.workers > 1 and len(self.waiting) >= POOL_THRESHOLD:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(str(self.central), self.records, self.pinned, self.options),
            )
        if self.pool is not None:
            self._submit(whole_chunks_only=True)

    def _submit(self, whole_chunks_only: bool) -> None:
        while self.pool is not None and (
            len(self.waiting) >= CHUNK or (self.waiting and not whole_chunks_only)
        ):
            chunk, self.waiting = self.waiting[:CHUNK], self.waiting[CHUNK:]
            try:
                self.running[self.pool.submit(_check_chunk, chunk)] = chunk
            except RuntimeError:  # a broken pool refuses work
                self.waiting[:0] = chunk
                self._give_up_pool()

    def _here(self, chunk: Sequence[Job]) -> list[ScannedRevision]:
        return [_check(self.central, job, self.resolve, self.options) for job in chunk]

    def _result(self, future: Future[list[tuple[object, ...]]]) -> list[ScannedRevision]:
        chunk = self.running.pop(future)
        try:
            return [_unpack(item) for item in future.result()]
        except (BrokenProcessPool, CancelledError, OSError):
            self._give_up_pool()
            return self._here(chunk)

    def _give_up_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
            self.workers = 1

    def ready(self) -> Iterator[list[ScannedRevision]]:
        """Batches the workers have finished, without waiting."""
        for future in [f for f in self.running if f.done()]:
            yield self._result(future)

    def finish(self) -> Iterator[list[ScannedRevision]]:
        """Every remaining batch, as it finishes."""
        self._submit(whole_chunks_only=False)
        while self.running:
            finished, _ = wait(list(self.running), return_when=FIRST_COMPLETED)
            for future in finished:
                yield self._result(future)
        while self.waiting:
            chunk, self.waiting = self.waiting[:CHUNK], self.waiting[CHUNK:]
            yield self._here(chunk)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


# --- the folder -------------------------------------------------------------------------------


def scan_central(
    central: Path,
    state: ScanState | None = None,
    *,
    full: bool = False,
    pinned: Mapping[str, PinnedDevice] | None = None,
    workers: int | None = None,
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    device_wait: float = DEVICE_WAIT_SECONDS,
    clock: Callable[[], int] = time.time_ns,
) -> Generator[ScanProgress, None, ScanResult]:
    """Scan `central` against `state`; yields progress (with checked revisions to store) and
    returns what else changed. Raises only what `verify_central` raises: CentralUnavailable
    when the folder itself cannot be read, NewerFormat for a newer medsos-central.json.
    A revision whose device file has not arrived is pending for `device_wait` seconds after
    it was signed (verify.check_revision)."""
    state = state or ScanState()
    pinned = pinned or {}
    clock_ns = clock()
    options = _Options(max_json_bytes, device_wait, clock_ns / 1e9)
    notices: list[Notice] = []
    info = central_info_or_notice(central, notices)

    # Folder level, devices: the walk verify_central makes.
    folder_scan = FolderScan(central)
    walk = folder_scan.walk_agencies(notices)
    while True:
        try:
            number, total = next(walk)
        except StopIteration as stop:
            folders: AgencyFolders = stop.value
            break
        if number % 50 == 0:
            yield ScanProgress(number, total, "folder")
    slugs, agencies_listed = folders.slugs, folders.listed
    records = tuple(
        record
        for agency in sorted(folder_scan.devices.records)
        for _, record in sorted(folder_scan.devices.records[agency].items())
    )
    sigs, shared = _device_sigs(records, pinned)
    changed_devices = frozenset(
        d for d in set(sigs) | set(state.device_sigs) if sigs.get(d) != state.device_sigs.get(d)
    )
    resolve = pinned_resolver(folder_scan.devices.resolve, pinned)

    # Posts: the one walk (walk.PostWalker) lists every posts/ folder, and revision
    # folders only where something changed; it says what to check again.
    posts = PostWalker(
        folder_scan,
        folders.parts,
        state,
        full=full,
        certain=agencies_listed and info is not None,
        changed_devices=changed_devices,
    )
    # Each agency's revisions go to the checker as soon as they are known, so that worker
    # processes check while this process goes on listing.
    checker = _Checker(central, records, pinned, resolve, options, workers)
    done = 0
    try:
        for number, slug in enumerate(slugs):
            if number % 25 == 0:
                yield ScanProgress(number, len(slugs), "posts")
            checker.add(posts.agency(slug))
            for batch in checker.ready():
                done += len(batch)
                yield ScanProgress(number + 1, len(slugs), "posts", tuple(batch))
        yield ScanProgress(len(slugs), len(slugs), "posts")
        yield ScanProgress(done, checker.total, "revisions")
        for batch in checker.finish():
            done += len(batch)
            yield ScanProgress(done, checker.total, "revisions", tuple(batch))
    finally:
        checker.close()

    removed_post_dirs, removed_revisions = posts.removed()
    return ScanResult(
        info=info,
        notices=tuple(notices),
        clock_ns=clock_ns,
        full=full,
        agencies=tuple(slugs),
        devices=records,
        shared_devices=shared,
        device_sigs=sigs,
        changed_devices=changed_devices,
        folder_entries=(*folder_scan.entries, *posts.entries),
        post_entries=posts.post_entries,
        post_dirs=posts.post_dirs,
        removed_post_dirs=removed_post_dirs,
        removed_revisions=removed_revisions,
        checked=checker.total,
        listed_post_dirs=len(posts.post_entries),
    )


def run_scan(
    central: Path,
    state: ScanState | None = None,
    **options: object,
) -> tuple[ScanResult, list[ScannedRevision]]:
    """`scan_central` driven to the end: its result and every checked revision (tests, CLI)."""
    steps = scan_central(central, state, **options)  # type: ignore[arg-type]
    checked: list[ScannedRevision] = []
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value, checked
        checked.extend(step.checked)


# --- the sequence-number rules over the index ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexedSigned:
    """A revision of the index whose signature verified, as the rules need it."""

    path: str
    agency: str
    post_uuid: str
    revision: int
    device_id: str
    sequence: int


def replay_marks(
    rows: Iterable[IndexedSigned],
) -> dict[str, tuple[str, dict[str, object]]]:
    """The stateless rules (verify.find_replays) over every signed revision of the devices
    given: path -> (message, params) of each revision that is replayed if otherwise valid.

    Pass all signed revisions of each device concerned, whatever their status, exactly as
    verify_central does over a whole folder, so the index agrees with a full verification.
    """
    listed = list(rows)
    refs = [
        SignedRef(
            index, row.device_id, (row.agency, row.post_uuid), row.revision, row.sequence, row.path
        )
        for index, row in enumerate(listed)
    ]
    marks: dict[str, tuple[str, dict[str, object]]] = {}
    for index, message, params in find_replays(refs):
        path = listed[index].path
        if path not in marks:  # the first reason wins, as in verify_central
            marks[path] = (message, {"path": path, **params})
    return marks
