"""The backup file's format (member names, limits), its errors and messages, and the
summaries the export, the inspection and the restore hand back."""

from __future__ import annotations

import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.services.restore_check import (
    Comparison,
    LostPost,
)

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
