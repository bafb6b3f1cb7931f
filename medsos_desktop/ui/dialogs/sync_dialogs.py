"""Choices the user makes knowingly before sending: where the key lives when this computer
has no password store, and the passphrase of that key file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common.screen_fit import fit_dialog


class PassphraseDialog(QDialog):
    """`creating`: no password store here, the user may choose a protected key file."""

    def __init__(self, creating: bool, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.creating = creating
        self.setWindowTitle(
            self.tr("Device key")
            if not creating
            else self.tr("Keep the device key in a protected file?")
        )
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphrase_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if creating:
            form.addRow(self.tr("Repeat it"), self.repeat)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            self.tr("Create the protected key file") if creating else self.tr("Send"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ok.setObjectName("accept_passphrase")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)  # the title and the explanation stay readable
        # A wrapped label's size hint assumes another width: ask for the height it takes
        # at the dialog's own, so both fields show without scrolling on a normal screen.
        text.setMinimumHeight(text.heightForWidth(560 - 40))
        fit_dialog(self)  # within the screen, buttons in sight

    def _accept(self) -> None:
        if self.creating and self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if len(self.passphrase.text()) < 10:
            self.error.setText(self.tr("Use at least 10 characters."))
            return
        self.accept()


def is_key_question(exc: BaseException) -> bool:
    """Whether signing stopped to ask the user something about this computer's key: no
    password store (make a protected key file?), or the key file's passphrase."""
    from medsos_desktop.services.identity import (
        NoSecureKeyring,
        PassphraseRequired,
        WrongPassphrase,
    )

    return isinstance(exc, NoSecureKeyring | PassphraseRequired | WrongPassphrase)


def ask_for_device_key(
    question: BaseException, parent: QWidget, retry: Callable[[str, bool], None]
) -> PassphraseDialog:
    """Ask what `question` (see `is_key_question`) needs, without blocking; once accepted,
    `retry(passphrase, create_file)` continues the send or share that was interrupted."""
    from medsos_desktop.services.identity import NoSecureKeyring
    from medsos_desktop.ui.common.messages import error_message

    creating = isinstance(question, NoSecureKeyring)
    explanation = error_message(question)
    dialog = PassphraseDialog(creating, explanation, parent)
    dialog.accepted.connect(lambda: retry(dialog.passphrase.text(), creating))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog
