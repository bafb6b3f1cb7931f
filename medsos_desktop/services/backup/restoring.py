"""Restoring: staged inside the data folder, swapped in under a journal, finished or undone
after a kill; the old data kept aside.

Fault injection: every rename of the swap goes through `swap_rename` and every folder flush
through `fsync_dir`, both looked up in this module at each step, so the kill and refusal
tests replace them here to stop the restore at any step.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from medsos_desktop.fileio import (
    atomic_write,
    fsync_dir,
)
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.backup.inspection import (
    _check_free_space,
    _open_backup,
    _preview,
    _unpack_verified,
)
from medsos_desktop.services.backup.model import (
    _ASIDE_NAME,
    _RENAME_BACKOFF,
    _RENAME_RETRIES,
    _STAGING_NAME,
    _STALE_EXPORT_SECONDS,
    ASIDE_PREFIX,
    DATABASE,
    EXPORT_WORK_PREFIX,
    IDENTITY,
    JOURNAL_FORMAT,
    KEY_FILE,
    MANAGED,
    MEMBERS,
    MSG_IN_USE,
    MSG_JOURNAL_DAMAGED,
    MSG_RESTORE_FAILED,
    MSG_RESTORE_STUCK,
    RESTORE_JOURNAL,
    STAGING_PREFIX,
    BackupError,
    BackupInUseError,
    Progress,
    RestoreConsent,
    RestoreFailedError,
    RestorePreview,
    RestoreSummary,
    _utc_now,
    _why,
)
from medsos_desktop.services.restore_check import (
    IDENTITY_KEPT,
    read_device,
)
from medsos_desktop.sync.fsutil import is_disk_full, rename_with_backoff

log = logging.getLogger(__name__)

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
    from medsos_desktop.services.data_folder import (
        WorkspaceError,
        acquire_lock,
        prepare_data_dir,
    )

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


def swap_rename(src: Path, dst: Path) -> None:
    """One rename of the swap, retried while another program (an antivirus on Windows)
    holds the file. Public as the one place the fault-injection tests stop a restore."""
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
                swap_rename(data / name, aside / name)
                replaced.append(name)
        fsync_dir(aside)
        fsync_dir(data)
        for name in new:  # 2. the staged files in: "new, partly moved"
            swap_rename(staging / name, data / name)
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
                swap_rename(data / name, staging / name)
        fsync_dir(staging)
        fsync_dir(data)
        for name in MANAGED:  # ...then the old ones return to their places
            if os.path.lexists(aside / name):
                if os.path.lexists(data / name):
                    log.error("not restoring %s over an existing %s", aside / name, data / name)
                    continue
                swap_rename(aside / name, data / name)
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
