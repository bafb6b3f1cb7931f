"""One-file backups of the data folder: export, inspection without side effects, restore.

A backup (`*.medsos-backup`) is a zip file:

    manifest.json    format "medsos-backup", version, app version, UTC time, schema
                     revision, row counts, and the size and sha256 of every other member
    medsos.sqlite3   a snapshot made with SQLite's backup API (never a copy of a live WAL file)
    settings.json    the user's own settings, if any
    device.json      the public device identity, if any (never the private key, which
                     stays in the operating system's password store)
    device-key.pem   only where the key is kept in a passphrase-protected file instead:
                     that file is already encrypted; the manifest says it is included

A backup file is input from outside: it is checked completely (names, links, sizes and
compression ratio, checksums, the database's integrity and schema) before anything in
the data folder changes. Restoring stages the new files inside the data folder, then
swaps them in under a journal (`restore-journal.json`); `recover_interrupted_restore`,
called whenever the data folder is opened, finishes or undoes a swap that a kill or a
power cut interrupted, so the folder holds either the old data or the restored data,
never a mix, and the old data is kept in `backups/before-restore-<time>/`.

Nothing in the app looks in that folder, so a restore first says what would leave the
workflow (services/restore_check.py: approved revisions not yet sent, drafts made or changed
since the backup) and whether the backup belongs to another agency or device, and goes on
only with the user's explicit consent for exactly that (`RestoreConsent`); it checks again
under the data folder's lock, so work saved after the user looked is never lost unasked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from medsos_desktop import __version__
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.fileio import (
    NotRegularFile,
    atomic_output,
    atomic_write,
    fsync_dir,
    open_regular,
)
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.restore_check import (
    IDENTITY_KEPT,
    Comparison,
    LostPost,
    compare,
    read_device,
)
from medsos_desktop.store.backup import (
    daily_dir,
    integrity_summary,
    snapshot_database,
)
from medsos_desktop.store.db import SCHEMA_HEAD
from medsos_desktop.sync.fsutil import is_disk_full, rename_with_backoff

log = logging.getLogger(__name__)


def daily_backups(paths: AppPaths) -> list[str]:
    """The automatic daily backups kept, newest first (for the settings screen)."""
    return sorted((p.name for p in daily_dir(paths).glob("*.sqlite3")), reverse=True)


FORMAT = "medsos-backup"
FORMAT_VERSION = 1
SUFFIX = ".medsos-backup"
MANIFEST = "manifest.json"
DATABASE = "medsos.sqlite3"
SETTINGS = "settings.json"
IDENTITY = "device.json"  # services.identity.IDENTITY_FILE (not imported: keyring is heavy)
KEY_FILE = "device-key.pem"  # services.identity.KEY_FILE
MEMBERS = (DATABASE, SETTINGS, IDENTITY, KEY_FILE)
# Everything a restore replaces in the data folder; the SQLite side files go with the database.
MANAGED = (
    DATABASE,
    f"{DATABASE}-wal",
    f"{DATABASE}-shm",
    f"{DATABASE}-journal",
    SETTINGS,
    IDENTITY,
    KEY_FILE,
)
RESTORE_JOURNAL = "restore-journal.json"
JOURNAL_FORMAT = "medsos-restore-journal"
STAGING_PREFIX = ".restore-"
EXPORT_WORK_PREFIX = ".export-"
ASIDE_PREFIX = "before-restore-"
ENCRYPTED_KEY_HEADER = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"

# All members unpacked. The compression ratio limit and the free-space check are what stop
# a zip bomb; this only has to stay above any real data folder.
MAX_TOTAL = 16 * 1024**3
MAX_MEMBER = {MANIFEST: 1024**2, SETTINGS: 1024**2, IDENTITY: 64 * 1024, KEY_FILE: 64 * 1024}
MAX_RATIO = 100  # unpacked / packed, for members large enough to matter
RATIO_FROM = 16 * 1024**2
FREE_SPACE_MARGIN = 32 * 1024**2
CHUNK = 1024**2
_STALE_EXPORT_SECONDS = 24 * 3600
_RENAME_RETRIES = 6
_RENAME_BACKOFF = 0.2
_SHA256 = re.compile(r"[0-9a-f]{64}")
_STAGING_NAME = re.compile(r"\.restore-[A-Za-z0-9_-]{1,64}")
_ASIDE_NAME = re.compile(r"backups/before-restore-[0-9A-Za-z_-]{1,64}")

Progress = Callable[[int, int], None]  # bytes done, bytes in all
_T = TypeVar("_T")

_CTX = "Backup"

MSG_NOTHING_TO_BACK_UP = QT_TRANSLATE_NOOP(
    "Backup",
    "There is nothing to back up yet: the data folder {path} has no database.",
)
MSG_TOO_BIG_TO_BACK_UP = QT_TRANSLATE_NOOP(
    "Backup",
    "The database in {path} is larger than {limit} GB, more than a backup file may hold. "
    "Remove old posts' photos you no longer need, or ask IT staff to copy the data folder.",
)
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be written to {file} ({reason}). Choose another folder or free "
    "some space, then try again.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Backup",
    "The file {file} cannot be read ({reason}). Check that it is still there and that you "
    "may open it.",
)
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Backup",
    "This file is not a Medsos Desktop backup: {file}. Choose a .medsos-backup file made "
    "by Medsos Desktop. Nothing has been changed.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup {file} is damaged ({reason}) and cannot be restored. Use another backup; "
    "nothing has been changed.",
)
MSG_CHECKSUM = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup is damaged: {member} does not match its checksum. Use another backup; "
    "nothing has been changed.",
)
MSG_UNSAFE = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup {file} contains an unsafe entry ({member}: {reason}) and was refused. It "
    "was not made by Medsos Desktop or has been tampered with; nothing has been changed.",
)
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup {file} contains {member}, which a Medsos Desktop backup never holds. It "
    "was not made by Medsos Desktop or has been changed; nothing has been changed.",
)
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup {file} would unpack to far more than it holds ({member}: {reason}); it is "
    "damaged or not a real backup and was refused. Nothing has been changed.",
)
MSG_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup was made by a newer version {version} of Medsos Desktop; update the app "
    "first, then restore it. Nothing has been changed.",
)
MSG_NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Backup",
    "The database in the backup comes from a newer version of Medsos Desktop (schema "
    "{revision}); update the app first, then restore it. Nothing has been changed.",
)
MSG_BAD_DATABASE = QT_TRANSLATE_NOOP(
    "Backup",
    "The database in the backup {file} is damaged ({reason}). Use another backup; nothing "
    "has been changed.",
)
MSG_CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup {file} could not be checked ({reason}). Free some space on this computer's "
    "disk and try again.",
)
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "Backup",
    "Close Medsos Desktop before restoring: the data folder {path} is in use by another "
    "window or command. Nothing has been changed.",
)
MSG_NO_SPACE = QT_TRANSLATE_NOOP(
    "Backup",
    "There is not enough free space in {path} to unpack this backup (needs {needed} MB, "
    "{free} MB free). Free some space and try again; nothing has been changed.",
)
MSG_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Backup",
    "The backup could not be restored ({reason}). Your previous data is in place, unchanged.",
)
MSG_RESTORE_STUCK = QT_TRANSLATE_NOOP(
    "Backup",
    "The restore was interrupted and could not be undone yet ({reason}). Nothing is lost: "
    "Medsos Desktop finishes undoing it the next time it opens the data folder {path}.",
)
MSG_JOURNAL_DAMAGED = QT_TRANSLATE_NOOP(
    "Backup",
    "An interrupted restore left the file {path}, which cannot be read ({reason}). Nothing "
    "has been deleted; ask IT staff to look at the data folder before it is used again.",
)


MSG_WOULD_LOSE = QT_TRANSLATE_NOOP(
    "Backup",
    "Nothing has been restored: restoring {file} would take {count} posts out of the "
    "workflow (drafts made or changed since the backup, or approved revisions not yet sent "
    "to the central folder). Look at the list and confirm first; nothing has been changed.",
)
MSG_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "Backup",
    "Nothing has been restored: the backup {file} belongs to another agency, "
    "{backup_agency}, while this data folder belongs to {this_agency}. Confirm first that "
    "this is the backup you mean; nothing has been changed.",
)
MSG_OTHER_DEVICE = QT_TRANSLATE_NOOP(
    "Backup",
    "Nothing has been restored: the backup {file} was made on another device, "
    "{backup_device}, while this PC is {this_device}. Confirm first that this is the "
    "backup you mean; nothing has been changed.",
)


class BackupError(UserFacingError):
    """Anything about a backup file or a restore that the user can act on."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


class NotABackupError(BackupError):
    pass


class DamagedBackupError(BackupError):
    pass


class UnsafeBackupError(DamagedBackupError):
    pass


class NewerBackupError(BackupError):
    """Made by a newer version: refused untouched, like store.errors.NewerDatabaseError."""


class BackupInUseError(BackupError):
    pass


class BackupSpaceError(BackupError):
    pass


class RestoreFailedError(BackupError):
    pass


class RestoreNeedsConsentError(BackupError):
    """The restore would lose work or bring another agency's or device's data, and the
    user has not agreed to exactly that: nothing was changed. `preview` says what."""

    def __init__(self, message: str, preview: RestorePreview, **params: object) -> None:
        super().__init__(message, **params)
        self.preview = preview


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    size: int  # bytes of the backup file
    schema_revision: str
    counts: dict[str, int]
    members: dict[str, int]  # name -> unpacked size
    seconds: float


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, once every check passed."""

    path: Path
    file_size: int
    format_version: int
    app_version: str
    created_utc: str
    schema_revision: str
    needs_upgrade: bool  # older schema: migrated at the next open, as usual
    counts: dict[str, int]
    members: dict[str, int]
    has_identity: bool
    has_key_file: bool


@dataclass(frozen=True)
class RestoreSummary:
    info: BackupInfo
    previous: Path | None  # where the replaced files were kept, None if there were none
    replaced: tuple[str, ...]
    seconds: float
    discarded: tuple[LostPost, ...] = ()  # the work the user agreed to lose
    identity: str = ""  # restore_check.IDENTITY_*: what happened to this PC's identity
    check: Comparison | None = None  # the data folder as it was, compared with the backup


@dataclass(frozen=True)
class RestoreConsent:
    """What the user agreed to. `discard`: True for whatever would be lost (the command
    line's --discard-unsent), or the keys (LostPost.key) of exactly the posts they saw."""

    discard: bool | frozenset[str] = False
    other_agency: bool = False  # another agency's or another device's backup
    keep_identity: bool = False  # keep this PC's device identity, not the backup's

    def covers_loss(self, lost: tuple[LostPost, ...]) -> bool:
        if self.discard is True:
            return True
        agreed = self.discard if isinstance(self.discard, frozenset) else frozenset()
        return all(post.key in agreed for post in lost)


@dataclass(frozen=True)
class RestorePreview:
    """What restoring a backup into a data folder would do, found without changing it."""

    info: BackupInfo
    current: CurrentData
    check: Comparison

    @property
    def lost(self) -> tuple[LostPost, ...]:
        return self.check.lost

    @property
    def other_agency(self) -> bool:
        return self.check.other_agency

    @property
    def other_device(self) -> bool:
        return self.check.other_device

    def identity_outcome(self, keep_identity: bool = False) -> str:
        return self.check.identity_outcome(keep_identity)

    def refusal(self, consent: RestoreConsent) -> RestoreNeedsConsentError | None:
        """The error a restore with `consent` raises, or None when it may go on."""
        file = str(self.info.path)
        if not consent.covers_loss(self.lost):
            return RestoreNeedsConsentError(MSG_WOULD_LOSE, self, file=file, count=len(self.lost))
        if self.other_agency and not consent.other_agency:
            return RestoreNeedsConsentError(
                MSG_OTHER_AGENCY,
                self,
                file=file,
                backup_agency=str(self.check.backup_agency),
                this_agency=str(self.check.this_agency),
            )
        if self.other_device and not consent.other_agency:
            return RestoreNeedsConsentError(
                MSG_OTHER_DEVICE,
                self,
                file=file,
                backup_device=str(self.check.backup_device),
                this_device=str(self.check.this_device),
            )
        return None


@dataclass(frozen=True)
class CurrentData:
    """What a restore would replace in a data folder."""

    database: bool
    readable: bool
    posts: int  # the user's own posts, demo posts not counted
    demo_posts: int

    @property
    def holds_posts(self) -> bool:
        return self.database and (self.posts > 0 or not self.readable)


# --- small helpers ----------------------------------------------------------------------------


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _ro_uri(path: Path) -> str:
    """Read-only and immutable: no -wal/-shm is created beside a file being checked."""
    return path.absolute().as_uri() + "?mode=ro&immutable=1"


def _read_small(path: Path, limit: int) -> bytes | None:
    """A small file's bytes; None if it is missing, not a plain file or larger than `limit`."""
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode):
            return None
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        return None
    return data if len(data) <= limit else None


def _table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(_ro_uri(db), uri=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        counts = {}
        for name in names:
            if name.startswith(("sqlite_", "post_fts")) or name == "alembic_version":
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
        return counts
    finally:
        conn.close()


def _revision_of(db: Path) -> str | None:
    conn = sqlite3.connect(_ro_uri(db), uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


# --- export -----------------------------------------------------------------------------------


def export_all(
    paths: AppPaths, out_file: str | os.PathLike[str], progress: Progress | None = None
) -> ExportSummary:
    """Write the whole data folder's content into one backup file, atomically.

    Safe while the app has the folder open (the database is copied with SQLite's
    backup API). `out_file` appears complete or not at all.
    """
    started = time.monotonic()
    out = Path(out_file).absolute()
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        raise BackupError(MSG_NOTHING_TO_BACK_UP, path=str(paths.data_dir))
    if out.is_dir():
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason="it is a folder")
    if paths.database.stat().st_size > MAX_TOTAL - 4 * 1024**2:
        # A file every restore would refuse is not a backup.
        raise BackupError(
            MSG_TOO_BIG_TO_BACK_UP, path=str(paths.data_dir), limit=MAX_TOTAL // 1024**3
        )
    try:
        # The snapshot is made on the data folder's own (local) disk if it can be.
        work = Path(tempfile.mkdtemp(prefix=EXPORT_WORK_PREFIX, dir=paths.data_dir))
    except OSError:
        try:
            work = Path(tempfile.mkdtemp(prefix=EXPORT_WORK_PREFIX, dir=out.parent))
        except OSError as exc:
            raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=_why(exc)) from exc
    try:
        snapshot = snapshot_database(paths.database, work / DATABASE)
        snapshot = _compact_if_sparse(snapshot)
        revision = _revision_of(snapshot) or ""
        counts = _table_counts(snapshot)
        sources: list[tuple[str, Path | bytes]] = [(DATABASE, snapshot)]
        sources += _small_members(paths, work)
        identity_included = any(name == IDENTITY for name, _ in sources)
        key_included = any(name == KEY_FILE for name, _ in sources)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "app_version": __version__,
            "created_utc": _utc_now(),
            "schema_revision": revision,
            "schema_head": SCHEMA_HEAD,
            "counts": counts,
            "identity": {
                "device_identity": identity_included,
                "key_file": "passphrase-protected" if key_included else None,
                "private_key": "not included: it stays in this computer's password store"
                if not key_included
                else "only inside the passphrase-protected key file",
            },
            "members": {},
        }
        size = _write_zip(out, sources, manifest, progress)
    except OSError as exc:
        reason = "the disk is full" if is_disk_full(exc) else _why(exc)
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=reason) from exc
    except sqlite3.Error as exc:  # compacting or counting the private copy
        raise BackupError(MSG_WRITE_FAILED, file=str(out), reason=str(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    members = {name: entry["size"] for name, entry in manifest["members"].items()}
    summary = ExportSummary(out, size, revision, counts, members, time.monotonic() - started)
    log.info("backup written to %s (%d bytes)", out, size)
    return summary


def _compact_if_sparse(snapshot: Path) -> Path:
    """Leave out free pages: zeroed by secure_delete, they would look like a zip bomb."""
    conn = sqlite3.connect(snapshot)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free < 256 or free * 4 < pages:
            return snapshot
        compact = snapshot.with_name("compact.sqlite3")
        conn.execute("VACUUM INTO ?", (str(compact),))
    finally:
        conn.close()
    compact.replace(snapshot)
    return snapshot


def _small_members(paths: AppPaths, work: Path) -> list[tuple[str, bytes]]:
    """settings.json and the public identity; the key file only if it is encrypted.

    Each is checked as a restore will check it (in `work`): a file the app could not use
    is left out with a warning, rather than making the whole backup unrestorable.
    """
    found: dict[str, bytes] = {}
    for name in (SETTINGS, IDENTITY, KEY_FILE):
        data = _read_small(paths.data_dir / name, MAX_MEMBER[name])
        if data is not None:
            found[name] = data
    key = found.get(KEY_FILE)
    if key is not None and not key.lstrip().startswith(ENCRYPTED_KEY_HEADER):
        # Never put a key that is not encrypted into a file that travels.
        log.warning("%s is not an encrypted key file; left out of the backup", KEY_FILE)
        del found[KEY_FILE]
    check = work / "check"
    check.mkdir()
    for name, data in found.items():
        (check / name).write_bytes(data)
    while (problem := _small_member_problem(check, set(found))) is not None:
        dropped = (IDENTITY, KEY_FILE) if problem == IDENTITY else (problem,)
        for name in dropped:
            if found.pop(name, None) is not None:
                log.warning("%s cannot be used as it is; left out of the backup", name)
    return list(found.items())


def _write_zip(
    out: Path,
    sources: list[tuple[str, Path | bytes]],
    manifest: dict[str, Any],
    progress: Progress | None,
) -> int:
    total = sum(s.stat().st_size if isinstance(s, Path) else len(s) for _, s in sources)
    done = 0
    if progress:
        progress(0, total)
    with atomic_output(out) as handle:
        with zipfile.ZipFile(
            handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True
        ) as zf:
            for name, source in sources:
                digest = hashlib.sha256()
                size = 0
                big = isinstance(source, Path) and source.stat().st_size >= 1024**3
                info = _member_info(name, _worth_compressing(source))
                with zf.open(info, "w", force_zip64=big) as member:
                    for chunk in _chunks(source):
                        member.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                manifest["members"][name] = {"size": size, "sha256": digest.hexdigest()}
            text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
            zf.writestr(_member_info(MANIFEST), text.encode("utf-8"))
        size = handle.seek(0, os.SEEK_END)
    return size


def _worth_compressing(source: Path | bytes, samples: int = 16, size: int = 64 * 1024) -> bool:
    """Whether deflate gains anything: a database of photos barely shrinks, and deflating
    it would double the time of a backup."""
    if isinstance(source, bytes):
        return True
    total = source.stat().st_size
    raw = packed = 0
    with open(source, "rb") as handle:
        for n in range(samples):
            handle.seek(max(0, total - size) * n // max(1, samples - 1))
            chunk = handle.read(size)
            raw += len(chunk)
            packed += len(zlib.compress(chunk, 1))
    return packed < raw * 0.9


def _member_info(name: str, compress: bool = True) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    # Level 1: the images inside the database do not compress; the text still halves.
    level_slot = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
    setattr(info, level_slot, 1)  # renamed in Python 3.13
    return info


def _chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        yield source
        return
    with open(source, "rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


# --- inspection -------------------------------------------------------------------------------


@dataclass
class _Opened:
    path: Path
    file_size: int
    zf: zipfile.ZipFile
    handle: IO[bytes]
    infos: dict[str, zipfile.ZipInfo]
    manifest: dict[str, Any]
    expected: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> size, sha256

    def close(self) -> None:
        self.zf.close()
        self.handle.close()


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
)


def _unsafe_reason(name: str) -> str | None:
    if not name:
        return "empty name"
    if "\\" in name or "\x00" in name:
        return "backslash or NUL in the name"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "absolute path"
    if any(part in ("..", ".", "") for part in name.rstrip("/").split("/")):
        return "path leaving the backup"
    return None


def _open_backup(file: Path) -> _Opened:
    """Open the zip and check its structure and manifest; no member is unpacked yet."""
    try:
        # The file checked is the file read: a pipe or device is refused without blocking.
        fd, st = open_regular(file, follow_links=True)
    except NotRegularFile as exc:
        raise BackupError(MSG_UNREADABLE, file=str(file), reason="not a file") from exc
    except OSError as exc:
        raise BackupError(MSG_UNREADABLE, file=str(file), reason=_why(exc)) from exc
    handle = os.fdopen(fd, "rb")  # kept open with the zip; closed by _Opened
    try:
        magic = handle.read(4)
        handle.seek(0)
        try:
            zf = zipfile.ZipFile(handle)
        except _ZIP_ERRORS as exc:
            if magic.startswith(b"PK"):
                raise DamagedBackupError(
                    MSG_DAMAGED, file=str(file), reason=f"incomplete or broken zip: {exc}"
                ) from exc
            raise NotABackupError(MSG_NOT_A_BACKUP, file=str(file)) from exc
        try:
            opened = _check_structure(file, st.st_size, zf, handle)
        except BaseException:
            zf.close()
            raise
    except BaseException:
        handle.close()
        raise
    return opened


def _check_structure(file: Path, file_size: int, zf: zipfile.ZipFile, handle: IO[bytes]) -> _Opened:
    where = str(file)
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        reason = _unsafe_reason(info.orig_filename) or _unsafe_reason(name)
        mode = info.external_attr >> 16
        if reason is None and stat.S_ISLNK(mode):
            reason = "symbolic link"
        if reason is not None:
            raise UnsafeBackupError(MSG_UNSAFE, file=where, member=name[:200], reason=reason)
        if info.is_dir() or name not in (MANIFEST, *MEMBERS):
            raise DamagedBackupError(MSG_UNEXPECTED, file=where, member=name[:200])
        if name in infos:
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{name} appears twice")
        if info.flag_bits & 0x1:
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{name} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DamagedBackupError(
                MSG_DAMAGED, file=where, reason=f"{name}: unsupported compression"
            )
        limit = MAX_MEMBER.get(name, MAX_TOTAL)
        if info.file_size > limit:
            raise DamagedBackupError(
                MSG_TOO_LARGE, file=where, member=name, reason=f"{info.file_size} bytes"
            )
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DamagedBackupError(
                MSG_TOO_LARGE,
                file=where,
                member=name,
                reason=f"{info.file_size} bytes from {info.compress_size}",
            )
        infos[name] = info
    total = sum(i.file_size for i in infos.values())
    if total > MAX_TOTAL:
        raise DamagedBackupError(MSG_TOO_LARGE, file=where, member="*", reason=f"{total} bytes")
    if MANIFEST not in infos:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where)
    raw = _read_member(zf, infos[MANIFEST], where, MAX_MEMBER[MANIFEST])
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotABackupError(MSG_NOT_A_BACKUP, file=where)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="no format version")
    if version > FORMAT_VERSION:
        app_version = str(manifest.get("app_version") or f"format {version}")[:40]
        raise NewerBackupError(MSG_NEWER_FORMAT, version=app_version)
    opened = _Opened(file, file_size, zf, handle, infos, manifest)
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(infos) - {MANIFEST}:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="the list of files is wrong")
    for name, entry in members.items():
        size = entry.get("size") if isinstance(entry, dict) else None
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or size != infos[name].file_size
            or not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
        ):
            raise DamagedBackupError(MSG_CHECKSUM, member=name)
        opened.expected[name] = (size, digest)
    if DATABASE not in members:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="no database")
    if KEY_FILE in members and IDENTITY not in members:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="a key file without identity")
    for key in ("schema_revision", "app_version", "created_utc"):
        if not isinstance(manifest.get(key), str):
            raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"manifest: {key}")
    return opened


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> Iterator[bytes]:
    """The member's bytes, never more than its declared size (a lying header is refused)."""
    declared = info.file_size
    seen = 0
    try:
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                seen += len(chunk)
                if seen > declared:
                    raise DamagedBackupError(
                        MSG_TOO_LARGE,
                        file=where,
                        member=info.filename,
                        reason=f"more than the {declared} bytes declared",
                    )
                yield chunk
    except _ZIP_ERRORS as exc:
        if isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc):
            raise DamagedBackupError(MSG_CHECKSUM, member=info.filename) from exc
        raise DamagedBackupError(
            MSG_DAMAGED, file=where, reason=f"{info.filename}: {exc or type(exc).__name__}"
        ) from exc
    except OSError as exc:
        raise BackupError(MSG_UNREADABLE, file=where, reason=_why(exc)) from exc
    if seen != declared:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason=f"{info.filename} is truncated")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, limit: int) -> bytes:
    if info.file_size > limit:
        raise DamagedBackupError(MSG_TOO_LARGE, file=where, member=info.filename, reason="size")
    return b"".join(_stream_member(zf, info, where))


def _unpack_verified(opened: _Opened, folder: Path, progress: Progress | None) -> BackupInfo:
    """Unpack every member into `folder`, checking sizes and hashes, then check their content."""
    where = str(opened.path)
    total = sum(size for size, _ in opened.expected.values())
    done = 0
    if progress:
        progress(0, total)
    for name, (_size, expected) in opened.expected.items():
        digest = hashlib.sha256()
        target = folder / name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(target, flags, 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in _stream_member(opened.zf, opened.infos[name], where):
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected:
            raise DamagedBackupError(MSG_CHECKSUM, member=name)
    revision, counts = _check_database(folder / DATABASE, where)
    if revision != opened.manifest["schema_revision"]:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason="the schema does not match")
    _check_small_members(folder, opened.expected, where)
    manifest = opened.manifest
    return BackupInfo(
        path=opened.path,
        file_size=opened.file_size,
        format_version=int(manifest["version"]),
        app_version=str(manifest["app_version"]),
        created_utc=str(manifest["created_utc"]),
        schema_revision=revision,
        needs_upgrade=revision != SCHEMA_HEAD,
        counts=counts,
        members={name: size for name, (size, _) in opened.expected.items()},
        has_identity=IDENTITY in opened.expected,
        has_key_file=KEY_FILE in opened.expected,
    )


_reference_cache: dict[str, dict[str, set[str]]] = {}


def _reference_schema(revision: str) -> dict[str, set[str]]:
    """Names of the tables, triggers and views the migrations create up to `revision`."""
    if revision not in _reference_cache:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        from medsos_desktop.store.db import migrate

        engine = create_engine("sqlite://", poolclass=StaticPool)
        try:
            migrate(engine, revision)
            with engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master").fetchall()
        finally:
            engine.dispose()
        schema: dict[str, set[str]] = {"table": set(), "trigger": set(), "view": set()}
        for kind, name in rows:
            if kind in schema:
                schema[kind].add(name)
        _reference_cache[revision] = schema
    return _reference_cache[revision]


def _check_database(db: Path, where: str) -> tuple[str, dict[str, int]]:
    from medsos_desktop.store.db import known_revisions

    def bad(reason: str) -> DamagedBackupError:
        return DamagedBackupError(MSG_BAD_DATABASE, file=where, reason=reason)

    try:
        conn = sqlite3.connect(_ro_uri(db), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA cell_size_check=ON")
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                raise bad(integrity_summary(problems))
            rows = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
        finally:
            conn.close()
        revision = _revision_of(db)
    except sqlite3.DatabaseError as exc:
        raise bad(integrity_summary([str(exc)])) from exc
    if revision is None:
        raise bad("no schema version")
    if revision not in known_revisions():
        raise NewerBackupError(MSG_NEWER_SCHEMA, revision=revision[:80])
    reference = _reference_schema(revision)
    found: dict[str, set[str]] = {"table": set(), "trigger": set(), "view": set()}
    for kind, name in rows:
        if kind in found:
            found[kind].add(name)
    if not reference["table"] <= found["table"]:
        raise bad("tables are missing")
    extra = (found["trigger"] - reference["trigger"]) | (found["view"] - reference["view"])
    if extra:
        raise bad(f"unknown triggers or views: {', '.join(sorted(extra))[:200]}")
    try:
        counts = _table_counts(db)
    except sqlite3.DatabaseError as exc:
        raise bad(str(exc)) from exc
    return revision, counts


def _check_small_members(folder: Path, expected: dict[str, Any], where: str) -> None:
    problem = _small_member_problem(folder, set(expected))
    if problem is not None:
        raise DamagedBackupError(MSG_DAMAGED, file=where, reason=problem)


def _small_member_problem(folder: Path, names: set[str]) -> str | None:
    """The name of the first of settings.json, device.json, device-key.pem in `folder` that
    the app could not use as it is, or None."""
    if SETTINGS in names:
        try:
            settings = json.loads((folder / SETTINGS).read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return SETTINGS
        if not isinstance(settings, dict):
            return SETTINGS
    if IDENTITY not in names:
        return KEY_FILE if KEY_FILE in names else None
    from keyring.backends import null

    from medsos_desktop.services.identity import IdentityError, IdentityService

    try:
        identity = IdentityService(folder, keyring_backend=null.Keyring()).load()
    except IdentityError:
        return IDENTITY
    if KEY_FILE in names:
        key = (folder / KEY_FILE).read_bytes()
        record = json.loads((folder / IDENTITY).read_bytes().decode("utf-8"))
        key_file = record.get("key_file") if isinstance(record, dict) else None
        wanted = key_file.get("sha256") if isinstance(key_file, dict) else None
        if (
            identity is None
            or identity.storage != "passphrase-file"
            or not key.lstrip().startswith(ENCRYPTED_KEY_HEADER)
            or hashlib.sha256(key).hexdigest() != wanted
        ):
            return KEY_FILE
    return None


def inspect_backup(
    file: str | os.PathLike[str],
    progress: Progress | None = None,
    workdir: str | os.PathLike[str] | None = None,
) -> BackupInfo:
    """Check a backup file completely without touching any data folder.

    Members are unpacked into a temporary folder (in `workdir`, else the system's)
    that is removed afterwards. Raises a BackupError subclass saying what is wrong.
    """
    return _inspected(file, progress, workdir, lambda info, _folder: info)


def preview_restore(
    paths: AppPaths,
    file: str | os.PathLike[str],
    progress: Progress | None = None,
    workdir: str | os.PathLike[str] | None = None,
) -> RestorePreview:
    """Check a backup completely and say what restoring it into `paths` would do: the work
    that would leave the workflow, and whether it is another agency's or device's backup.

    Changes nothing (the data folder's database is read read-only, so the app may have it
    open). `restore` checks the same again under the lock before it changes anything.
    """

    def compared(info: BackupInfo, folder: Path) -> RestorePreview:
        return _preview(paths, info, folder)

    return _inspected(file, progress, workdir, compared)


def _inspected(
    file: str | os.PathLike[str],
    progress: Progress | None,
    workdir: str | os.PathLike[str] | None,
    then: Callable[[BackupInfo, Path], _T],
) -> _T:
    path = Path(file).absolute()
    opened = _open_backup(path)
    try:
        with tempfile.TemporaryDirectory(prefix="medsos-inspect-", dir=workdir) as tmp:
            _check_free_space(Path(tmp), opened)
            info = _unpack_verified(opened, Path(tmp), progress)
            return then(info, Path(tmp))
    except OSError as exc:
        raise BackupError(MSG_CHECK_FAILED, file=str(path), reason=_why(exc)) from exc
    finally:
        opened.close()


def _preview(paths: AppPaths, info: BackupInfo, unpacked: Path) -> RestorePreview:
    """Compare the data folder with a backup unpacked (and checked) into `unpacked`."""
    try:
        check = compare(
            paths.database, paths.data_dir / IDENTITY, unpacked / DATABASE, unpacked / IDENTITY
        )
    except sqlite3.DatabaseError as exc:  # the backup's database was checked: unexpected
        raise DamagedBackupError(MSG_BAD_DATABASE, file=str(info.path), reason=str(exc)) from exc
    return RestorePreview(info, current_data(paths), check)


# --- what a restore would replace ---------------------------------------------------------------


def current_data(paths: AppPaths) -> CurrentData:
    """Count the posts in the data folder without opening it for work (read-only)."""
    db = paths.database
    if not db.is_file() or db.stat().st_size == 0:
        return CurrentData(database=False, readable=True, posts=0, demo_posts=0)
    try:
        conn = sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True, timeout=5)
        try:
            try:
                own, demo = conn.execute(
                    "SELECT count(*) - coalesce(sum(is_demo), 0), coalesce(sum(is_demo), 0) "
                    "FROM post"
                ).fetchone()
            except sqlite3.OperationalError:
                own, demo = conn.execute("SELECT count(*), 0 FROM post").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return CurrentData(database=True, readable=False, posts=0, demo_posts=0)
    return CurrentData(database=True, readable=True, posts=int(own), demo_posts=int(demo))


# --- restore ----------------------------------------------------------------------------------


def restore(
    paths: AppPaths,
    file: str | os.PathLike[str],
    progress: Progress | None = None,
    consent: RestoreConsent | None = None,
) -> RestoreSummary:
    """Replace the data folder's content with the backup's, all or nothing.

    The backup is checked first; the data folder must not be open anywhere (its
    single-instance lock is taken for the whole restore). Under that lock the folder is
    compared with the backup: work that would leave the workflow, or a backup of another
    agency or device, raises RestoreNeedsConsentError (nothing changed) unless `consent`
    covers exactly that. The replaced files are kept in `backups/before-restore-<time>/`;
    this PC's device identity stays when the backup has none or `consent.keep_identity`.
    An older backup's database is migrated the next time the folder is opened, as usual.
    """
    from medsos_desktop.services.workspace import WorkspaceError, acquire_lock, prepare_data_dir

    consent = consent or RestoreConsent()
    started = time.monotonic()
    path = Path(file).absolute()
    opened = _open_backup(path)
    try:
        prepare_data_dir(paths)
        try:
            lock = acquire_lock(paths)
        except WorkspaceError as exc:
            raise BackupInUseError(MSG_IN_USE, path=str(paths.data_dir)) from exc
        try:
            recover_interrupted_restore(paths)
            _check_free_space(paths.data_dir, opened)
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))
            try:
                info = _unpack_verified(opened, staging, progress)
                preview = _preview(paths, info, staging)
                refusal = preview.refusal(consent)
                if refusal is not None:
                    raise refusal
                identity = preview.identity_outcome(consent.keep_identity)
                keep = _keep_identity(paths, staging, identity)
                _leap_sequences(
                    staging / DATABASE, (paths.data_dir if keep else staging) / IDENTITY
                )
                if keep:
                    _release_sequences(staging / DATABASE, preview)
                fsync_dir(staging)
            except BaseException as exc:
                shutil.rmtree(staging, ignore_errors=True)
                if isinstance(exc, OSError):
                    reason = "the disk is full" if is_disk_full(exc) else _why(exc)
                    raise RestoreFailedError(MSG_RESTORE_FAILED, reason=reason) from exc
                raise
            new = sorted(n for n in opened.expected if not (keep and n in IDENTITY_FILES))
            previous, replaced = _swap_in(paths, staging, new, keep=IDENTITY_FILES if keep else ())
        finally:
            lock.release()
    finally:
        opened.close()
    log.info(
        "restored %s into %s; previous files in %s; %d posts discarded; identity %s",
        path,
        paths.data_dir,
        previous,
        len(preview.lost),
        identity,
    )
    return RestoreSummary(
        info, previous, replaced, time.monotonic() - started, preview.lost, identity, preview.check
    )


IDENTITY_FILES = (IDENTITY, KEY_FILE)


def _keep_identity(paths: AppPaths, staging: Path, outcome: str) -> bool:
    """Whether this PC's identity files stay in place; the backup's are dropped then."""
    if outcome != IDENTITY_KEPT or read_device(paths.data_dir / IDENTITY) is None:
        return False
    for name in IDENTITY_FILES:
        (staging / name).unlink(missing_ok=True)
    return True


def _release_sequences(database: Path, preview: RestorePreview) -> None:
    """Sequence numbers given to queued revisions belong to the device that allocated
    them; with another device's identity kept, those revisions get new numbers."""
    theirs, ours = preview.check.backup_device, preview.check.this_device
    if theirs is not None and ours is not None and theirs.device_id == ours.device_id:
        return
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'"
        ).fetchone()
        if exists:
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("UPDATE sync_outbox SET sequence = NULL WHERE state != 'published'")
    finally:
        conn.close()


# Sequence numbers must never be reused (docs/central-folder.md): a backup is older than
# the syncs made since, so a restored counter jumps far ahead; gaps are allowed.
SEQUENCE_LEAP = 1_000_000


def _leap_sequences(database: Path, identity: Path) -> None:
    """Move every device's sequence counter in the restored database past any number it
    may have used after the backup was made (this PC's own device included, even when
    it had sent nothing before the backup)."""
    import sqlite3

    if not database.exists():
        return
    device_id = None
    try:
        loaded = json.loads(identity.read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and isinstance(loaded.get("device_id"), str):
            device_id = loaded["device_id"]
    except (OSError, ValueError):
        device_id = None
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'device_sequence'"
        ).fetchone()
        if exists:
            conn.execute("PRAGMA synchronous=FULL")
            if device_id:
                conn.execute(
                    "INSERT OR IGNORE INTO device_sequence (device_id, last_sequence) "
                    "VALUES (?, 0)",
                    (device_id,),
                )
            conn.execute(
                "UPDATE device_sequence SET last_sequence = last_sequence + ?", (SEQUENCE_LEAP,)
            )
    finally:
        conn.close()


def _check_free_space(folder: Path, opened: _Opened) -> None:
    needed = sum(size for size, _ in opened.expected.values()) + FREE_SPACE_MARGIN
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed:
        raise BackupSpaceError(
            MSG_NO_SPACE,
            path=str(folder),
            needed=needed // 1024**2 + 1,
            free=free // 1024**2,
        )


def _aside_folder(paths: AppPaths) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    for attempt in range(1, 1000):
        name = ASIDE_PREFIX + stamp + ("" if attempt == 1 else f"-{attempt}")
        folder = paths.backups_dir / name
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        fsync_dir(paths.backups_dir)
        return folder
    raise FileExistsError(str(paths.backups_dir / (ASIDE_PREFIX + stamp)))


def _move(src: Path, dst: Path) -> None:
    rename_with_backoff(src, dst, retries=_RENAME_RETRIES, backoff=_RENAME_BACKOFF)


def _checkpoint(db: Path) -> None:
    """Fold the old database's WAL into it, so the copy kept aside is one file (best effort)."""
    if not db.is_file():
        return
    try:
        conn = sqlite3.connect(db.absolute().as_uri() + "?mode=rw", uri=True, timeout=2)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.info("no checkpoint of %s before restoring: %s", db, exc)


def _swap_in(
    paths: AppPaths, staging: Path, new: list[str], keep: tuple[str, ...] = ()
) -> tuple[Path | None, tuple[str, ...]]:
    """Move the current files aside (except `keep`) and the staged ones in, under the
    journal. The rollback only returns what is in the aside folder, so a kept file is
    never touched either way."""
    data = paths.data_dir
    journal = data / RESTORE_JOURNAL
    journal_written = False
    aside: Path | None = None
    replaced: list[str] = []
    try:
        _checkpoint(paths.database)
        aside = _aside_folder(paths)
        record = {
            "format": JOURNAL_FORMAT,
            "version": 1,
            "staging": staging.name,
            "aside": aside.relative_to(data).as_posix(),
            "new": new,
            "started_utc": _utc_now(),
        }
        atomic_write(journal, json.dumps(record, indent=2).encode("utf-8"))
        journal_written = True
        for name in MANAGED:  # 1. every current file aside: the folder is now "old, partly moved"
            if name not in keep and os.path.lexists(data / name):
                _move(data / name, aside / name)
                replaced.append(name)
        fsync_dir(aside)
        fsync_dir(data)
        for name in new:  # 2. the staged files in: "new, partly moved"
            _move(staging / name, data / name)
        fsync_dir(data)
        journal.unlink()  # 3. the commit point
        fsync_dir(data)
    except BaseException as exc:
        if not journal_written:
            shutil.rmtree(staging, ignore_errors=True)
            if aside is not None:
                with contextlib.suppress(OSError):
                    aside.rmdir()
            if isinstance(exc, OSError):
                raise RestoreFailedError(MSG_RESTORE_FAILED, reason=_why(exc)) from exc
            raise
        try:
            outcome = recover_interrupted_restore(paths)
        except Exception as undo_exc:
            log.error("could not undo the interrupted restore: %r", undo_exc)
            raise RestoreFailedError(MSG_RESTORE_STUCK, reason=_why(exc), path=str(data)) from exc
        if outcome == "completed" and aside is not None:
            # Everything was in place when the error came (e.g. removing the journal).
            return _finished(staging, aside, replaced)
        if isinstance(exc, OSError):
            raise RestoreFailedError(MSG_RESTORE_FAILED, reason=_why(exc)) from exc
        raise
    assert aside is not None
    return _finished(staging, aside, replaced)


def _finished(
    staging: Path, aside: Path, replaced: list[str]
) -> tuple[Path | None, tuple[str, ...]]:
    shutil.rmtree(staging, ignore_errors=True)
    if not replaced:
        with contextlib.suppress(OSError):
            aside.rmdir()
        return None, ()
    return aside, tuple(replaced)


def restore_pending(paths: AppPaths) -> bool:
    return os.path.lexists(paths.data_dir / RESTORE_JOURNAL)


def restore_leftovers(paths: AppPaths) -> bool:
    """Whether a restore killed while staging left its folder (as big as the backup) or a
    half-written journal behind; `recover_interrupted_restore` removes them."""
    try:
        with os.scandir(paths.data_dir) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(STAGING_PREFIX) and entry.is_dir(follow_symlinks=False):
                    return True
                if name.startswith(f".{RESTORE_JOURNAL}.") and name.endswith(".tmp"):
                    return True
    except OSError:
        return False
    return False


def recover_interrupted_restore(paths: AppPaths) -> str | None:
    """Finish or undo a restore that was killed; call with the data folder's lock held.

    Returns "completed", "rolled back" or None when no restore was interrupted. Also
    removes what a killed restore or export left behind (staging and work folders).
    The rule: the staged files are moved in only after every old file was moved aside,
    so if every staged file is in place the restore is complete; otherwise the staged
    files that were moved in go back to staging and the old files come back.
    """
    data = paths.data_dir
    journal = data / RESTORE_JOURNAL
    outcome = None
    if os.path.lexists(journal):
        try:
            outcome = _finish_or_roll_back(data, journal)
        except OSError as exc:  # e.g. a file held by an antivirus: tried again next time
            raise RestoreFailedError(MSG_RESTORE_STUCK, reason=_why(exc), path=str(data)) from exc
    _remove_leftovers(data)
    return outcome


def _read_journal(data: Path, journal: Path) -> tuple[Path, Path, list[str]]:
    try:
        record = json.loads(journal.read_bytes().decode("utf-8"))
        staging, aside, new = record["staging"], record["aside"], record["new"]
        if (
            record.get("format") != JOURNAL_FORMAT
            or not isinstance(staging, str)
            or not _STAGING_NAME.fullmatch(staging)
            or not isinstance(aside, str)
            or not _ASIDE_NAME.fullmatch(aside)
            or not isinstance(new, list)
            or not new
            or not set(new) <= set(MEMBERS)
        ):
            raise ValueError("unexpected content")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupError(MSG_JOURNAL_DAMAGED, path=str(journal), reason=_why(exc)) from exc
    return data / staging, data / aside, list(new)


def _finish_or_roll_back(data: Path, journal: Path) -> str:
    staging, aside, new = _read_journal(data, journal)
    complete = all(
        not os.path.lexists(staging / name) and os.path.lexists(data / name) for name in new
    )
    if complete:
        outcome = "completed"
    else:
        outcome = "rolled back"
        staging.mkdir(exist_ok=True)
        for name in new:  # new files already moved in go back to staging first...
            if not os.path.lexists(staging / name) and os.path.lexists(data / name):
                _move(data / name, staging / name)
        fsync_dir(staging)
        fsync_dir(data)
        for name in MANAGED:  # ...then the old ones return to their places
            if os.path.lexists(aside / name):
                if os.path.lexists(data / name):
                    log.error("not restoring %s over an existing %s", aside / name, data / name)
                    continue
                _move(aside / name, data / name)
        fsync_dir(data)
    journal.unlink()
    fsync_dir(data)
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        aside.rmdir()  # only if empty
    log.warning("an interrupted restore in %s was %s", data, outcome)
    return outcome


def _remove_leftovers(data: Path) -> None:
    try:
        entries = list(data.iterdir())
    except OSError:
        return
    now = time.time()
    for entry in entries:
        name = entry.name
        try:
            if name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)  # a restore killed before its journal
            elif name.startswith(f".{RESTORE_JOURNAL}.") and name.endswith(".tmp"):
                entry.unlink()
            elif (
                name.startswith(EXPORT_WORK_PREFIX)
                and entry.is_dir()
                and not entry.is_symlink()
                and now - entry.stat().st_mtime > _STALE_EXPORT_SECONDS
            ):
                shutil.rmtree(entry, ignore_errors=True)  # an export may still be running
        except OSError as exc:
            log.info("could not remove %s: %s", entry, exc)
    # A restore killed before its journal may leave its (empty) folder for the old files.
    with contextlib.suppress(OSError):
        for folder in (data / "backups").glob(ASIDE_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
                    folder.rmdir()


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "SUFFIX",
    "BackupError",
    "BackupInUseError",
    "BackupInfo",
    "BackupSpaceError",
    "CurrentData",
    "DamagedBackupError",
    "ExportSummary",
    "NewerBackupError",
    "NotABackupError",
    "RestoreConsent",
    "RestoreFailedError",
    "RestoreNeedsConsentError",
    "RestorePreview",
    "RestoreSummary",
    "UnsafeBackupError",
    "current_data",
    "export_all",
    "inspect_backup",
    "preview_restore",
    "recover_interrupted_restore",
    "restore",
    "restore_leftovers",
    "restore_pending",
]
