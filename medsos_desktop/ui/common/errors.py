"""How an exception becomes words for the user (`error_message`), in their language.

Below messages.py (which re-exports it) and translation.py (whose `error_text` is its
older name): it needs neither, so they need not import each other.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError

log = logging.getLogger(__name__)
_translate = QCoreApplication.translate  # (context, source): what UserFacingError.render asks

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Something unexpected went wrong and the action was not finished. The details are in "
    "the Medsos Desktop log file; send it to your IT staff if this happens again.",
)
_UNEXPECTED_AT = QT_TRANSLATE_NOOP(
    "Errors",
    "Something unexpected went wrong and the action was not finished. The details are in "
    "the log file {path}; send it to your IT staff if this happens again.",
)
_FILE_PROBLEM = QT_TRANSLATE_NOOP("Errors", "A file or folder could not be used: {reason}.")


def log_file() -> Path | None:
    """The file the application logs to (set up at start), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            return Path(handler.baseFilename)
    return None


def error_message(exc: BaseException) -> str:
    """What to tell the user about `exc`, in their language.

    A `UserFacingError` (a StorageError from the store, every service's and domain's own
    errors) says it itself; a file error says what the system said (translated where the
    system speaks English). Anything else is a bug whose text (an exception name, SQL)
    means nothing to the user: its details go to the log, and the user is told that
    something unexpected happened and where the log file is.
    """
    if isinstance(exc, UserFacingError):
        return exc.render(_translate)
    if isinstance(exc, OSError) and exc.strerror:
        return UserFacingError("Errors", _FILE_PROBLEM, reason=exc.strerror).render(_translate)
    log.error("unexpected error shown to the user", exc_info=exc)
    path = log_file()
    if path is None:
        return _translate("Errors", _UNEXPECTED)
    return UserFacingError("Errors", _UNEXPECTED_AT, path=str(path)).render(_translate)
