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

from medsos_desktop.services.backup.export import (
    daily_backups,
    export_all,
)
from medsos_desktop.services.backup.inspection import (
    current_data,
    inspect_backup,
    preview_restore,
)
from medsos_desktop.services.backup.model import (
    ASIDE_PREFIX,
    CHUNK,
    DATABASE,
    ENCRYPTED_KEY_HEADER,
    EXPORT_WORK_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    FREE_SPACE_MARGIN,
    IDENTITY,
    JOURNAL_FORMAT,
    KEY_FILE,
    MANAGED,
    MANIFEST,
    MAX_MEMBER,
    MAX_RATIO,
    MAX_TOTAL,
    MEMBERS,
    MSG_BAD_DATABASE,
    MSG_CHECK_FAILED,
    MSG_CHECKSUM,
    MSG_DAMAGED,
    MSG_IN_USE,
    MSG_JOURNAL_DAMAGED,
    MSG_NEWER_FORMAT,
    MSG_NEWER_SCHEMA,
    MSG_NO_SPACE,
    MSG_NOT_A_BACKUP,
    MSG_NOTHING_TO_BACK_UP,
    MSG_OTHER_AGENCY,
    MSG_OTHER_DEVICE,
    MSG_RESTORE_FAILED,
    MSG_RESTORE_STUCK,
    MSG_TOO_BIG_TO_BACK_UP,
    MSG_TOO_LARGE,
    MSG_UNEXPECTED,
    MSG_UNREADABLE,
    MSG_UNSAFE,
    MSG_WOULD_LOSE,
    MSG_WRITE_FAILED,
    RATIO_FROM,
    RESTORE_JOURNAL,
    SETTINGS,
    STAGING_PREFIX,
    SUFFIX,
    BackupError,
    BackupInfo,
    BackupInUseError,
    BackupSpaceError,
    CurrentData,
    DamagedBackupError,
    ExportSummary,
    NewerBackupError,
    NotABackupError,
    Progress,
    RestoreConsent,
    RestoreFailedError,
    RestoreNeedsConsentError,
    RestorePreview,
    RestoreSummary,
    UnsafeBackupError,
)
from medsos_desktop.services.backup.restoring import (
    IDENTITY_FILES,
    SEQUENCE_LEAP,
    recover_interrupted_restore,
    restore,
    restore_leftovers,
    restore_pending,
)

__all__ = [
    "ASIDE_PREFIX",
    "CHUNK",
    "DATABASE",
    "ENCRYPTED_KEY_HEADER",
    "EXPORT_WORK_PREFIX",
    "FORMAT",
    "FORMAT_VERSION",
    "FREE_SPACE_MARGIN",
    "IDENTITY",
    "IDENTITY_FILES",
    "JOURNAL_FORMAT",
    "KEY_FILE",
    "MANAGED",
    "MANIFEST",
    "MAX_MEMBER",
    "MAX_RATIO",
    "MAX_TOTAL",
    "MEMBERS",
    "MSG_BAD_DATABASE",
    "MSG_CHECKSUM",
    "MSG_CHECK_FAILED",
    "MSG_DAMAGED",
    "MSG_IN_USE",
    "MSG_JOURNAL_DAMAGED",
    "MSG_NEWER_FORMAT",
    "MSG_NEWER_SCHEMA",
    "MSG_NOTHING_TO_BACK_UP",
    "MSG_NOT_A_BACKUP",
    "MSG_NO_SPACE",
    "MSG_OTHER_AGENCY",
    "MSG_OTHER_DEVICE",
    "MSG_RESTORE_FAILED",
    "MSG_RESTORE_STUCK",
    "MSG_TOO_BIG_TO_BACK_UP",
    "MSG_TOO_LARGE",
    "MSG_UNEXPECTED",
    "MSG_UNREADABLE",
    "MSG_UNSAFE",
    "MSG_WOULD_LOSE",
    "MSG_WRITE_FAILED",
    "RATIO_FROM",
    "RESTORE_JOURNAL",
    "SEQUENCE_LEAP",
    "SETTINGS",
    "STAGING_PREFIX",
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
    "Progress",
    "RestoreConsent",
    "RestoreFailedError",
    "RestoreNeedsConsentError",
    "RestorePreview",
    "RestoreSummary",
    "UnsafeBackupError",
    "current_data",
    "daily_backups",
    "export_all",
    "inspect_backup",
    "preview_restore",
    "recover_interrupted_restore",
    "restore",
    "restore_leftovers",
    "restore_pending",
]
