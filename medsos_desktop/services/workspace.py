"""Opening a data directory: the checks a user needs explained before anything is written."""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass, field

from filelock import FileLock, Timeout

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.fs_checks import is_network_path, probe_writable
from medsos_desktop.services.settings import Settings, load_settings, save_settings
from medsos_desktop.store.db import Database, open_database

log = logging.getLogger(__name__)
_CTX = "Workspace"


class WorkspaceError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


MSG_CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "Workspace",
    "The data folder {path} cannot be created ({reason}). Choose another folder with "
    "--data-dir or check the permissions.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Workspace",
    "The data folder {path} is read-only. Medsos Desktop needs to save your drafts "
    "there; choose a folder you can write to.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Workspace",
    "The disk holding {path} is full. Free some space, then open Medsos Desktop "
    "again; nothing stored has been changed.",
)
MSG_NETWORK = QT_TRANSLATE_NOOP(
    "Workspace",
    "The data folder {path} is on a network share. The local database must stay "
    "on this computer's own disk (the central shared folder is set separately); "
    "choose a local folder.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Workspace",
    "Medsos Desktop is already open with the data folder {path}. Switch to that "
    "window; two copies on one folder could overwrite each other's work.",
)


@dataclass
class Workspace:
    paths: AppPaths
    db: Database
    settings: Settings
    created: bool = False
    _lock: FileLock | None = field(default=None, repr=False)

    def save_settings(self) -> None:
        save_settings(self.paths.settings_file, self.settings)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def prepare_data_dir(paths: AppPaths) -> None:
    """Create the folder and prove it is local and writable, with a message the user can act on."""
    folder = paths.data_dir
    if is_network_path(folder):
        raise WorkspaceError(MSG_NETWORK, path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise WorkspaceError(MSG_DISK_FULL, path=str(folder)) from exc
        raise WorkspaceError(
            MSG_CANNOT_CREATE, path=str(folder), reason=exc.strerror or str(exc)
        ) from exc
    error = probe_writable(folder)
    if error is not None:
        if error.errno == errno.ENOSPC:
            raise WorkspaceError(MSG_DISK_FULL, path=str(folder)) from error
        raise WorkspaceError(MSG_READ_ONLY, path=str(folder)) from error


def acquire_lock(paths: AppPaths) -> FileLock:
    lock = FileLock(str(paths.lock_file), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WorkspaceError(MSG_LOCKED, path=str(paths.data_dir)) from exc
    return lock


def open_workspace(
    paths: AppPaths,
    *,
    exclusive: bool = True,
    seed_demo: bool = True,
    max_page_count: int | None = None,
) -> Workspace:
    """Open the data directory for work.

    `exclusive` takes the single-instance lock (the app and writing commands);
    read-only commands may skip it. A new database gets the demo workspace.
    """
    prepare_data_dir(paths)
    lock = acquire_lock(paths) if exclusive else None
    try:
        created = not paths.database.exists() or paths.database.stat().st_size == 0
        db = open_database(
            paths.database, backups_dir=paths.backups_dir, max_page_count=max_page_count
        )
        workspace = Workspace(
            paths=paths,
            db=db,
            settings=load_settings(paths.settings_file),
            created=created,
            _lock=lock,
        )
        if seed_demo:
            from medsos_desktop.services.demo import ensure_demo_workspace

            ensure_demo_workspace(workspace)
        return workspace
    except BaseException:
        if lock is not None:
            lock.release()
        raise
