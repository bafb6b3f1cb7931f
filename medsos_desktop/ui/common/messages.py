"""Messages to the user that never block: open() with a callback, replaceable in tests;
and `error_message`, the one way an exception becomes words for the user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# The one way an exception becomes words for the user; it lives in errors.py.
from medsos_desktop.ui.common.errors import error_message as error_message
from medsos_desktop.ui.common.errors import log_file as log_file
from medsos_desktop.ui.common.screen_fit import fit_message_box


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
