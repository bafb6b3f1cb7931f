"""The data folder itself: created, local, writable, and held by one copy of the app.

Below both opening a workspace (services/workspace.py) and restoring a backup into the
folder (services/backup/restoring.py), which need the same checks and the same lock.
"""

from __future__ import annotations

import errno

from filelock import FileLock, Timeout

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.fs_checks import is_network_path, probe_writable

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
