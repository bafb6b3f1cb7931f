"""Choices the user makes knowingly before sending: where the key lives when this computer
has no password store, and the passphrase of that key file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
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
            self.tr("Passphrase of this computer's key")
            if not creating
            else self.tr("Protect this computer's key with a passphrase")
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
        else:  # a field in no layout would sit as a blank patch in the dialog's corner
            self.repeat.hide()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(
            self.tr("Create the protected key file") if creating else self.tr("Continue"),
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
    # Said for whoever uses this PC, the admin who sends posts or the head of office who
    # approves them; which password store was looked for is for the Settings, not here.
    explanation = (
        QCoreApplication.translate(
            "PassphraseDialog",
            "Medsos Desktop signs your work with a secret key kept on this computer: the "
            "posts an admin sends, or the decisions a head of office gives. This computer "
            "has no password store to keep that key in, so it will be kept in a file locked "
            "with a passphrase you choose now. You type it again whenever Medsos Desktop "
            "needs the key, for example when it opens or sends. Choose a short sentence you "
            "will remember, at least 10 characters; if it is forgotten, this computer must "
            "be set up again (what was already sent stays valid).",
        )
        if creating
        else error_message(question)
    )
    dialog = PassphraseDialog(creating, explanation, parent)
    dialog.accepted.connect(lambda: retry(dialog.passphrase.text(), creating))
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog
