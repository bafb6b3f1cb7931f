"""The one walk over a central folder, for `verify_central` and the coordinator's scan.

`FolderScan.walk_agencies` lists agencies/, each agency's folder and its device files
(registered through `keys.DeviceKeys`); `PostWalker` lists every posts/ folder and,
where something may have changed since the state the caller remembers, a post folder's
revision folders, and says which revisions are to be checked (hashed) again. A full
verification is the same walk with nothing remembered: every revision is checked.
Whatever does not belong in a folder becomes a report line (`verify.report_children`).

What an incremental walk reads, and the limits of what it sees, are described in
`scan.py`.
"""

from __future__ import annotations

import bisect
import os
import stat
import zlib
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.sync import fsutil
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    CENTRAL_FILE,
    DEVICES_DIR,
    FORMAT_VERSION,
    MANIFEST_FILE,
    MAX_SMALL_JSON_BYTES,
    MEDIA_DIR,
    MSG_CENTRAL_INVALID,
    MSG_NEWER_CENTRAL,
    MSG_NEWER_FILE,
    MSG_NOT_CENTRAL,
    MSG_UNAVAILABLE,
    POST_UUID_RE,
    POSTS_DIR,
    REVIEWERS_DIR,
    REVIEWS_DIR,
    REVISION_DIR_RE,
    SIGNATURE_FILE,
    CentralInvalid,
    CentralUnavailable,
    NewerFormat,
    ProtocolViolation,
    Status,
    is_conflict_copy,
    is_conflict_marked,
    is_device_id,
    is_ignored,
    is_slug,
    unavailable,
)
from medsos_desktop.sync.keys import DeviceKeys
from medsos_desktop.sync.messages import (
    MSG_CONFLICT_COPY,
    MSG_DEVICE_SEVERAL,
    MSG_JSON_TOO_BIG,
    MSG_LINK,
    MSG_UNEXPECTED,
    MSG_UNREADABLE_NOW,
)
from medsos_desktop.sync.records import (
    CentralInfo,
    Notice,
    RevisionReport,
    entry_report,
    parse_central,
    parse_device,
)
from medsos_desktop.sync.trust import (
    TrustList,
)
from medsos_desktop.sync.verify import MAX_REVISION_ENTRIES

MSG_NO_AGENCIES = QT_TRANSLATE_NOOP("Sync", "{path} holds no agency folders yet.")

# mtime granularity of the file systems a share may live on (FAT: 2 s; SMB reports
# what the server's file system keeps): a folder whose mtime is this close to the last
# scan's clock may have changed again after it was listed, so it is listed again.
RACY_WINDOW_NS = 2_000_000_000


# --- listing a folder ------------------------------------------------------------------------

# The message of each status list_children gives.
_CHILD_MESSAGES: dict[Status, str] = {
    "unsafe": MSG_LINK,
    "conflict_copy": MSG_CONFLICT_COPY,
    "invalid": MSG_UNEXPECTED,
}


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
    entries = fsutil.list_sorted(folder)
    # One verdict per entry (this runs over every post folder at every scan).
    taken = [not is_ignored(name) and accept(name, st) for name, st in entries]
    accepted = {name for (name, _st), ok in zip(entries, taken, strict=True) if ok}
    siblings = sorted({*accepted, *siblings_extra})
    names: list[str] = []
    others: list[tuple[str, os.stat_result, Status]] = []
    for (name, st), ok in zip(entries, taken, strict=True):
        if fsutil.is_link_or_special(st):
            others.append((name, st, "unsafe"))
        elif ok:  # (never an ignored name)
            names.append(name)
        elif is_ignored(name):
            continue
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


# --- agencies and devices -------------------------------------------------------------------


def is_post_dir(name: str, st: os.stat_result) -> bool:
    return stat.S_ISDIR(st.st_mode) and POST_UUID_RE.fullmatch(name) is not None


def is_revision_dir(name: str, st: os.stat_result) -> bool:
    return stat.S_ISDIR(st.st_mode) and REVISION_DIR_RE.fullmatch(name) is not None


@dataclass(frozen=True)
class AgencyFolders:
    """What `FolderScan.walk_agencies` found above the posts."""

    slugs: list[str]
    parts: dict[str, list[str] | None]  # the layout folders of each agency; None: unreadable
    listed: bool  # agencies/ was read (or is absent, a link, a file): nothing unknown below


class FolderScan:
    """The walk above the posts: agencies/, each agency's folder and its device files,
    with a report line for whatever does not belong."""

    def __init__(self, central: Path, trusted: TrustList | None = None) -> None:
        self.central = central
        self.entries: list[RevisionReport] = []
        self.devices = DeviceKeys(trusted)

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

    def listing(
        self,
        rel: str,
        accept: Callable[[str, os.stat_result], bool],
        *,
        agency: str = "",
        post_uuid: str = "",
        into: list[RevisionReport] | None = None,
        siblings_extra: Iterable[str] = (),
    ) -> dict[str, int] | None:
        """The names in `rel` that `accept` takes -> their mtime_ns, in name order;
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

        names = report_children(
            self.central / rel, rel, take, report, siblings_extra=siblings_extra
        )
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
                found = self.listing(
                    AGENCIES_DIR, lambda name, st: stat.S_ISDIR(st.st_mode) and is_slug(name)
                )
                listed = found is not None
                slugs = list(found or ())
        # Version 1.1 adds the review folders (review_records.py); this walk leaves them to
        # review_folder.py's reader and does not report them.
        layout = {DEVICES_DIR, POSTS_DIR, REVIEWERS_DIR, REVIEWS_DIR}
        parts: dict[str, list[str] | None] = {}
        for number, slug in enumerate(slugs, start=1):
            rel = f"{AGENCIES_DIR}/{slug}"
            found = self.listing(
                rel,
                lambda name, st: stat.S_ISDIR(st.st_mode) and name in layout,
                agency=slug,
                siblings_extra=sorted(layout),
            )
            parts[slug] = None if found is None else list(found)
            if DEVICES_DIR in (parts[slug] or ()):
                self.scan_devices(slug)
            yield number, len(slugs)
        for record, several in self.devices.shared_devices():
            self.entry(
                f"{AGENCIES_DIR}/{record.agency}/{DEVICES_DIR}/{record.device_id}.json",
                "unsafe",
                MSG_DEVICE_SEVERAL,
                {"device_id": record.device_id, "agencies": ", ".join(sorted(several))},
                kind="device",
                agency=record.agency,
            )
        return AgencyFolders(slugs, parts, listed)

    def scan_devices(self, slug: str) -> None:
        rel = f"{AGENCIES_DIR}/{slug}/{DEVICES_DIR}"
        if not os.path.lexists(self.central / rel):
            return
        names = self.listing(
            rel,
            lambda name, st: (
                stat.S_ISREG(st.st_mode)
                and name.endswith(".json")
                and is_device_id(name[: -len(".json")])
                and not is_conflict_marked(name)
            ),
            agency=slug,
        )
        for name in names or ():
            self.read_device(slug, f"{rel}/{name}", name[: -len(".json")])

    def read_device(self, slug: str, rel: str, device_id: str) -> None:
        def problem(status: Status, message: str, params: Mapping[str, object]) -> None:
            self.entry(rel, status, message, params, kind="device", agency=slug)

        try:
            record = parse_device(fsutil.read_limited(self.central / rel, MAX_SMALL_JSON_BYTES))
        except fsutil.FileTooLarge as exc:
            params = {"file": rel, "size": exc.size, "limit": exc.limit}
            problem("invalid", MSG_JSON_TOO_BIG, params)
            return
        except fsutil.NotRegularFile:
            problem("unsafe", MSG_LINK, {})
            return
        except OSError as exc:
            problem("pending", MSG_UNREADABLE_NOW, {"reason": exc.strerror or str(exc)})
            return
        except ProtocolViolation as exc:
            problem(exc.status, exc.message, {"file": device_id + ".json", **exc.params})
            return
        found = self.devices.admit(record, slug, device_id)
        if found is not None:
            problem(*found)


# --- files changed in place --------------------------------------------------------------


# Outside Windows a file's change time (st_ctime) moves with any write or rename and no
# program can set it back; on Windows st_ctime is the creation time, so it is left out.
_CHANGE_TIME = os.name != "nt"


# On Windows a folder listing gives each entry's size and times at no extra cost, where
# os.lstat opens the file (slow, and a round trip on a share); elsewhere a listing gives
# names only and each lstat is one cheap call.
_FROM_LISTING = os.name == "nt"


FILES_SEPARATOR = "|"  # never in a listed path (post.json, media/<sha256>.<ext>)


def fingerprint_of(stats: Iterable[os.stat_result | None], taken_ns: int) -> int | None:
    """One number for the types, sizes and times of a revision's files (stats taken at
    `taken_ns`), in order, as `files_fingerprint` computes it; None when one is missing or
    not a plain file, or was written within RACY_WINDOW_NS of that moment: a change in the
    same tick of the file system's clock would leave its times as they were, so the
    revision is checked again at the next scan."""
    values: list[int] = []
    for st in stats:
        if st is None or not stat.S_ISREG(st.st_mode):
            return None
        changed = st.st_ctime_ns if _CHANGE_TIME else 0
        if _recent(st.st_mtime_ns, taken_ns) and (not _CHANGE_TIME or _recent(changed, taken_ns)):
            return None
        values += (st.st_mode, st.st_size, st.st_mtime_ns, changed)
    # Python's hash of a tuple of ints is the same in every process and every run.
    return hash(tuple(values))


def _recent(time_ns: int, taken_ns: int) -> bool:
    return abs(time_ns - taken_ns) < RACY_WINDOW_NS


# Where the OS can, each file is looked at relative to its agency's open posts/ folder
# (fstatat): the kernel resolves a short name instead of the whole path from the share's
# root, and this runs for every listed file of every valid revision at every scan.
_STAT_AT = os.stat in os.supports_dir_fd
_OPEN_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def open_folder(path: str) -> int | None:
    """A descriptor of the folder `path` itself (never a link), for `files_fingerprint`'s
    `dir_fd`; None where the OS has none or the folder cannot be opened (then full paths
    are used)."""
    if _FROM_LISTING or not _STAT_AT:
        return None
    try:
        return os.open(path, _OPEN_DIR_FLAGS)
    except OSError:
        return None


def files_fingerprint(folder: str, files: str, dir_fd: int | None = None) -> int | None:
    """The fingerprint of a revision folder's manifest, signature and listed `files` (as
    `KnownRevision.files` gives them) now: one lstat each, nothing else (this runs for
    every valid revision at every scan); None if one cannot be read. With `dir_fd` (an
    open folder, `open_folder`), `folder` is relative to it."""
    names = (MANIFEST_FILE, SIGNATURE_FILE, *files.split(FILES_SEPARATOR))
    change_time = _CHANGE_TIME
    values: list[int] = []
    if dir_fd is not None:
        prefix = folder + "/"
        stat_at = os.stat
        try:
            for name in names:
                st = stat_at(prefix + name, dir_fd=dir_fd, follow_symlinks=False)
                values += (
                    st.st_mode,
                    st.st_size,
                    st.st_mtime_ns,
                    st.st_ctime_ns if change_time else 0,
                )
        except (OSError, ValueError):
            return None
        return hash(tuple(values))
    if _FROM_LISTING:
        listed = stat_revision(folder)
        for name in names:
            found = listed.get(name)
            if found is None:
                return None
            values += (found.st_mode, found.st_size, found.st_mtime_ns, 0)
        return hash(tuple(values))
    prefix = folder + os.sep
    lstat = os.lstat
    try:
        for name in names:
            st = lstat(prefix + name)
            values += (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns if change_time else 0)
    except (OSError, ValueError):
        return None
    return hash(tuple(values))


def stat_revision(folder: str) -> dict[str, os.stat_result]:
    """The listing's lstat of each entry of a revision folder and of its media/ (relative
    name -> stat); at most MAX_REVISION_ENTRIES (the check refuses more)."""
    found: dict[str, os.stat_result] = {}
    for prefix in ("", MEDIA_DIR + "/"):
        directory = folder + os.sep + prefix
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    if len(found) >= MAX_REVISION_ENTRIES:
                        return found
                    try:
                        found[prefix + entry.name] = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
        except OSError:
            continue
    return found


# --- posts ------------------------------------------------------------------------------------


class KnownRevision(NamedTuple):
    """What the index remembers of a revision folder from the last scan (a plain tuple of
    these fields will do: 100,000 of them are loaded at every scan)."""

    dir_mtime_ns: int
    settled: bool  # its check was "valid": immutable by protocol, not hashed again
    device_id: str | None
    files: str = ""  # the files its manifest lists, "|"-separated (a valid revision's)
    fingerprint: int | None = None  # files_fingerprint before that check; None: check again


@dataclass(frozen=True)
class ScanState:
    """The caller's memory of the previous scan (empty for the first one)."""

    post_dirs: Mapping[str, int] = field(default_factory=dict)  # post folder -> mtime_ns
    revisions: Mapping[str, tuple[int, bool, str | None, str, int | None]] = field(
        default_factory=dict
    )  # path -> KnownRevision's fields
    device_sigs: Mapping[str, str] = field(default_factory=dict)
    clock_ns: int | None = None  # time.time_ns() when the previous scan started
    # (share, shares): which share of the valid revisions has its files' sizes and times
    # compared this scan (`fingerprint_share`); (0, 1) is all of them.
    fingerprint_share: tuple[int, int] = (0, 1)


def fingerprint_share(path: str, shares: int) -> int:
    """Which of `shares` equal parts a revision's in-place check belongs to: stable across
    scans and machines, so each revision's turn comes once every `shares` scans."""
    return zlib.crc32(path.encode("utf-8")) % shares if shares > 1 else 0


Job = tuple[str, str, int, int]  # slug, post uuid, revision, folder mtime_ns


def _post_dir_of(path: str) -> str:
    return path.rsplit("/", 1)[0]


class PostWalker:
    """The walk below agencies/: every posts/ folder is listed; a post folder's revision
    folders only when its mtime differs from the remembered one, is new, or lies within
    RACY_WINDOW_NS of the previous walk's clock. `agency` gives the revisions to check
    (hash) again: new ones, those not valid last time or whose folder's mtime changed,
    those one of whose listed files changed (`files_fingerprint`), and those of a device
    in `changed_devices`. With `full` (or nothing remembered) every revision is checked.

    After the walk: `entries` (lines of the posts/ listings), `post_entries` (lines of
    each post folder listed), `post_dirs` (post folders listed -> mtime_ns), and
    `removed()` (what is remembered but gone).
    """

    def __init__(
        self,
        folders: FolderScan,
        parts: Mapping[str, list[str] | None],
        state: ScanState,
        *,
        full: bool,
        certain: bool = True,
        changed_devices: frozenset[str] = frozenset(),
    ) -> None:
        self.folders = folders
        self.parts = parts
        self.state = state
        self.full = full
        self.central = folders.central
        self.entries: list[RevisionReport] = []
        self.post_entries: dict[str, tuple[RevisionReport, ...]] = {}
        self.post_dirs: dict[str, int] = {}
        self.present: set[str] = set()
        # Prefixes that could not be listed: what is remembered under them is kept. Without
        # `certain` (no readable medsos-central.json: maybe an unmounted share's empty
        # mount point) nothing remembered is removed.
        self.uncertain: list[str] = [] if certain else [""]
        self.removed_revisions: set[str] = set()
        self.racy_since = None if state.clock_ns is None else state.clock_ns - RACY_WINDOW_NS
        self.known = state.revisions
        # Rechecked wherever they are: not valid last time (still arriving, or broken), or
        # their device's keys changed. The others (valid last time) are rechecked when one
        # of their files changed. One pass over plain tuples: this runs at every scan.
        self.attention: dict[str, list[str]] = defaultdict(list)
        self.settled_under: dict[str, list[str]] = defaultdict(list)
        for path, (_mtime, settled, device_id, *_files) in self.known.items():
            if full or not settled or device_id in changed_devices:
                self.attention[_post_dir_of(path)].append(path)
            else:
                self.settled_under[_post_dir_of(path)].append(path)
        self.prefix_central = os.fspath(self.central) + os.sep
        self.sorted_paths: list[str] = []

    def changed_in_place(self, path: str, posts_fd: int | None = None) -> bool:
        """A valid revision one of whose files changed size or time since its check.
        `posts_fd`: its agency's posts/ folder, open (`open_folder`)."""
        remembered = self.known[path]
        fingerprint = remembered[4] if len(remembered) > 4 else None
        if fingerprint is None:
            return True
        if posts_fd is not None:
            # agencies/<slug>/posts/<uuid>/r<n> -> <uuid>/r<n>, below the open posts/
            inside = path.split("/", 3)[3]
            return files_fingerprint(inside, remembered[3], posts_fd) != fingerprint
        folder = self.prefix_central + (path if os.sep == "/" else path.replace("/", os.sep))
        return files_fingerprint(folder, remembered[3]) != fingerprint

    def known_under(self, post_rel: str) -> list[str]:
        """Remembered revisions of one post folder (a binary search in the sorted paths)."""
        if not self.sorted_paths and self.known:
            self.sorted_paths.extend(sorted(self.known))
        prefix = post_rel + "/"
        found = []
        for path in self.sorted_paths[bisect.bisect_left(self.sorted_paths, prefix) :]:
            if not path.startswith(prefix):
                break
            found.append(path)
        return found

    def agency(self, slug: str) -> list[Job]:
        """List one agency's posts/ and the post folders that changed; what to check."""
        jobs: list[Job] = []
        agency_parts = self.parts.get(slug)
        posts_rel = f"{AGENCIES_DIR}/{slug}/{POSTS_DIR}"
        if agency_parts is None:
            self.uncertain.append(f"{AGENCIES_DIR}/{slug}/")
            return jobs
        if POSTS_DIR not in agency_parts:
            return jobs
        listed = self.folders.listing(posts_rel, is_post_dir, agency=slug, into=self.entries)
        if listed is None:
            self.uncertain.append(posts_rel + "/")
            return jobs
        posts_fd = open_folder(self.prefix_central + posts_rel.replace("/", os.sep))
        try:
            self._posts(slug, posts_rel, listed, posts_fd, jobs)
        finally:
            if posts_fd is not None:
                os.close(posts_fd)
        return jobs

    def _posts(
        self,
        slug: str,
        posts_rel: str,
        listed: dict[str, int],
        posts_fd: int | None,
        jobs: list[Job],
    ) -> None:
        """The post folders of one listed posts/ folder: what to check goes to `jobs`."""
        known = self.known
        for post_uuid, mtime in listed.items():
            post_rel = f"{posts_rel}/{post_uuid}"
            self.present.add(post_rel)
            previous = self.state.post_dirs.get(post_rel)
            relist = (
                self.full
                or previous is None
                or previous != mtime
                or self.racy_since is None
                or mtime >= self.racy_since
            )
            if not relist:
                recheck = list(self.attention.get(post_rel, ()))
                share, shares = self.state.fingerprint_share
                recheck += [
                    p
                    for p in self.settled_under.get(post_rel, ())
                    if (shares == 1 or fingerprint_share(p, shares) == share)
                    and self.changed_in_place(p, posts_fd)
                ]
                for path in recheck:
                    try:
                        dir_mtime = os.lstat(self.central / path).st_mtime_ns
                    except FileNotFoundError:
                        self.removed_revisions.add(path)
                        continue
                    except OSError:
                        dir_mtime = known[path][0]
                    name = path.rsplit("/", 1)[1]
                    jobs.append((slug, post_uuid, int(name[1:]), dir_mtime))
                continue
            entries: list[RevisionReport] = []
            revisions = self.folders.listing(
                post_rel, is_revision_dir, agency=slug, post_uuid=post_uuid, into=entries
            )
            self.post_entries[post_rel] = tuple(entries)
            if revisions is None:
                continue  # reported pending; what is remembered stays
            self.post_dirs[post_rel] = mtime
            for name, dir_mtime in revisions.items():
                path = f"{post_rel}/{name}"
                before = known.get(path)
                if (
                    before is None
                    or before[0] != dir_mtime
                    or path in self.attention.get(post_rel, ())
                    or self.changed_in_place(path, posts_fd)
                ):
                    jobs.append((slug, post_uuid, int(name[1:]), dir_mtime))
            self.removed_revisions.update(
                p for p in self.known_under(post_rel) if p.rsplit("/", 1)[1] not in revisions
            )

    def removed(self) -> tuple[frozenset[str], frozenset[str]]:
        """(post folders, revisions) remembered but gone, after every agency was walked.

        A post folder gone from a folder that was listed takes its revisions with it. (The
        caller records a post folder as soon as it stores one of its revisions, so even a
        walk stopped halfway leaves none behind unaccounted.)"""

        def is_uncertain(path: str) -> bool:
            return any(path.startswith(prefix) for prefix in self.uncertain)

        removed_post_dirs = frozenset(
            p for p in self.state.post_dirs if p not in self.present and not is_uncertain(p + "/")
        )
        for post_rel in removed_post_dirs:
            self.removed_revisions.update(self.known_under(post_rel))
        return removed_post_dirs, frozenset(self.removed_revisions)

    def all_entries(self) -> list[RevisionReport]:
        """Every line of the posts/ and post folder listings of this walk."""
        lines = list(self.entries)
        for post_lines in self.post_entries.values():
            lines.extend(post_lines)
        return lines
