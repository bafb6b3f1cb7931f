"""Opening a data directory: the checks a user needs explained before anything is written."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from filelock import FileLock

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.data_folder import WorkspaceError, acquire_lock, prepare_data_dir
from medsos_desktop.services.settings import Settings, load_settings, save_settings
from medsos_desktop.services.site_config import SiteConfig, load_site_config

# The database layer (SQLAlchemy) is imported when the database is opened, so that the
# first screen's list can be read before it is loaded (`open_workspace(early_rows=...)`).
if TYPE_CHECKING:
    from medsos_desktop.domain.posts import PostRow
    from medsos_desktop.store.db import Database

log = logging.getLogger(__name__)

# The data folder's checks and lock (services/data_folder.py) keep their names here.
__all__ = [
    "NotReadableYet",
    "Workspace",
    "WorkspaceError",
    "acquire_lock",
    "open_workspace",
    "prepare_data_dir",
]


class NotReadableYet(WorkspaceError):
    """A read-only open found no database, or one only a writing open may upgrade."""


MSG_NO_DATA = QT_TRANSLATE_NOOP(
    "Workspace",
    "There is no Medsos Desktop data in {path} yet. Check the folder given with --data-dir, "
    "or open Medsos Desktop once to start working there.",
)
MSG_NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Workspace",
    "The data in {path} was saved by an older version of Medsos Desktop and is upgraded the "
    "next time the app opens it. Open Medsos Desktop once, then try again.",
)

_SETTINGS_LOCK = threading.Lock()


@dataclass
class Workspace:
    paths: AppPaths
    db: Database
    settings: Settings
    created: bool = False
    site: SiteConfig = field(default_factory=SiteConfig)  # IT's presets (site.toml)
    _lock: FileLock | None = field(default=None, repr=False)
    _daily_backup: threading.Thread | None = field(default=None, repr=False)

    def save_settings(self) -> None:
        # Saves run on worker threads: one at a time, each serialising the settings as
        # they are when it writes, so an older snapshot never lands after a newer one.
        with _SETTINGS_LOCK:
            save_settings(self.paths.settings_file, self.settings)

    def close(self) -> None:
        if self._daily_backup is not None:
            self._daily_backup.join()  # it copies the database under our lock
            self._daily_backup = None
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


# What a restore or an export may leave in the data folder and in its backups folder
# (the names of services/backup/model.py, which tests/test_startup_restore_check.py
# keeps equal): without any of them there is nothing to finish, and the backup package
# (about a megabyte and tens of milliseconds to import) is not loaded at start.
_RESTORE_TRACES = ("restore-journal.json", ".restore-", ".export-")
_ASIDE_TRACE = "before-restore-"


def _restore_traces(paths: AppPaths) -> bool:
    """Whether anything a restore or an export leaves behind is in the data folder (an
    unreadable folder counts as yes: the full check decides)."""
    try:
        with os.scandir(paths.data_dir) as entries:
            if any(entry.name.startswith(_RESTORE_TRACES) for entry in entries):
                return True
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        with os.scandir(paths.backups_dir) as entries:
            return any(entry.name.startswith(_ASIDE_TRACE) for entry in entries)
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _finish_interrupted_restore(paths: AppPaths, lock: FileLock | None) -> None:
    """A restore killed halfway is completed or undone before the database is opened, and
    what a restore killed while staging left behind is removed, by any open.

    Without the lock of its own (a read-only command) an open takes it briefly: a journal
    while someone else holds the lock is a restore still running (refused, as before);
    leftovers then are left alone, since they may be that restore's staging folder.
    """
    if not _restore_traces(paths):
        return
    from medsos_desktop.services.backup import (
        recover_interrupted_restore,
        restore_leftovers,
        restore_pending,
    )

    if lock is not None:
        recover_interrupted_restore(paths)
    elif restore_pending(paths):
        held = acquire_lock(paths)  # refused while the restore is still running elsewhere
        try:
            recover_interrupted_restore(paths)
        finally:
            held.release()
    elif restore_leftovers(paths):
        try:
            held = acquire_lock(paths)
        except (WorkspaceError, OSError):
            log.info("leftovers of a restore in %s stay until the folder is free", paths.data_dir)
            return
        try:
            recover_interrupted_restore(paths)
        finally:
            held.release()


def _start_daily_backup(paths: AppPaths) -> threading.Thread:
    """Today's automatic backup, beside the work: a failure is logged, never shown."""

    def run() -> None:
        try:
            from medsos_desktop.store.backup import daily_backup

            daily_backup(paths)
        except Exception:
            log.warning("daily backup of %s failed", paths.database, exc_info=True)

    thread = threading.Thread(target=run, name="medsos-daily-backup", daemon=True)
    thread.start()
    return thread


def open_workspace(
    paths: AppPaths,
    *,
    exclusive: bool = True,
    seed_demo: bool = True,
    max_page_count: int | None = None,
    read_only: bool = False,
    early_rows: Callable[[list[PostRow]], None] | None = None,
) -> Workspace:
    """Open the data directory for work.

    `exclusive` takes the single-instance lock (the app and writing commands);
    read-only commands may skip it. A new database gets the demo workspace.
    `read_only` opens an existing database through a read-only connection, beside the
    app if it is open (WAL lets readers in): nothing is created, upgraded or written.
    `early_rows`, when given, receives the post list as soon as the folder is locked and
    recovered, read without the database layer, before the database is opened (the
    window fills its list while SQLAlchemy loads); not called for a new or unreadable
    database. The rows are provisional: the opened workspace's list is the one to keep.
    """
    if read_only:
        return _open_read_only(paths)
    prepare_data_dir(paths)
    lock = acquire_lock(paths) if exclusive else None
    try:
        _finish_interrupted_restore(paths, lock)
        created = not paths.database.exists() or paths.database.stat().st_size == 0
        if early_rows is not None and not created:
            from medsos_desktop.store.queries.post_list import read_rows_directly

            rows = read_rows_directly(paths.database)
            if rows is not None:
                early_rows(rows)
        from medsos_desktop.store.db import open_database

        db = open_database(
            paths.database, backups_dir=paths.backups_dir, max_page_count=max_page_count
        )
        site = load_site_config()
        workspace = Workspace(
            paths=paths,
            db=db,
            settings=load_settings(paths.settings_file, site),
            created=created,
            site=site,
            _lock=lock,
        )
        if seed_demo:
            from medsos_desktop.services.demo import ensure_demo_workspace

            ensure_demo_workspace(workspace)
        if lock is not None and not created:
            workspace._daily_backup = _start_daily_backup(paths)
        return workspace
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_read_only(paths: AppPaths) -> Workspace:
    """For reports and lists while the app works on the same folder."""
    from medsos_desktop.store.db import SchemaBehindError, open_database_read_only

    if not paths.data_dir.is_dir():
        raise NotReadableYet(MSG_NO_DATA, path=str(paths.data_dir))
    _finish_interrupted_restore(paths, None)
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        raise NotReadableYet(MSG_NO_DATA, path=str(paths.data_dir))
    try:
        db = open_database_read_only(paths.database)
    except SchemaBehindError as exc:
        raise NotReadableYet(MSG_NEEDS_UPGRADE, path=str(paths.data_dir)) from exc
    site = load_site_config()
    return Workspace(
        paths=paths, db=db, settings=load_settings(paths.settings_file, site), site=site
    )
