"""Messages to the user that never block: open() with a callback, replaceable in tests;
and `error_message`, the one way an exception becomes words for the user."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.ui.common.screen_fit import fit_message_box
from medsos_desktop.ui.common.translation import qt_translate

log = logging.getLogger(__name__)

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
        return exc.render(qt_translate)
    if isinstance(exc, OSError) and exc.strerror:
        return UserFacingError("Errors", _FILE_PROBLEM, reason=exc.strerror).render(qt_translate)
    log.error("unexpected error shown to the user", exc_info=exc)
    path = log_file()
    if path is None:
        return qt_translate("Errors", _UNEXPECTED)
    return UserFacingError("Errors", _UNEXPECTED_AT, path=str(path)).render(qt_translate)


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setObjectName("message_box")
    fit_message_box(box)
    if on_close:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def confirm(
    parent: QWidget | None, title: str, text: str, yes_text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setObjectName("confirm_box")
    fit_message_box(box)

    def done(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box
