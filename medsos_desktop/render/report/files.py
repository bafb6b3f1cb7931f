"""Saving a report: atomically, with a message that says why it could not be saved."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.fileio import atomic_write

_CTX = "Report"
MSG_NO_SPACE = QT_TRANSLATE_NOOP(
    "Report",
    "There is not enough free space to save the report {name}. Free some space or choose "
    "another folder.",
)
MSG_DENIED = QT_TRANSLATE_NOOP(
    "Report",
    "The report {name} cannot be saved in {folder}: the folder is read-only, you lack "
    "permission, or the file is open in another program. Close it there or choose another "
    "folder.",
)
MSG_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Report", "The folder {folder} does not exist, so the report {name} cannot be saved there."
)
MSG_FAILED = QT_TRANSLATE_NOOP("Report", "The report {name} could not be saved: {reason}")


class ReportWriteError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


def _error_for(exc: OSError, path: Path) -> ReportWriteError:
    name, folder = path.name, str(path.parent)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return ReportWriteError(MSG_NO_SPACE, name=name)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReportWriteError(MSG_DENIED, name=name, folder=folder)
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return ReportWriteError(MSG_NO_FOLDER, name=name, folder=folder)
    return ReportWriteError(MSG_FAILED, name=name, reason=exc.strerror or str(exc))


def _write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """The project's atomic writer (temporary file beside the target, fsync, rename, folder
    fsync): a crash or a full disk leaves the old report (or none), never a truncated one.
    A replaced report keeps its file mode; a new one is an ordinary readable file."""
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
        atomic_write(target, data, mode=mode)
    except OSError as exc:
        raise _error_for(exc, target) from exc
