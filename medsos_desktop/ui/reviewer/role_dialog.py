"""The first question of a fresh installation (issue 16): is this the PC of the agency's
social-media admin, or of a head of office who approves posts on their own PC?"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common.screen_fit import fit_dialog


class RoleDialog(QDialog):
    """Two choices, each saying what follows; closing the window means admin (today's
    app, which can still approve with a PIN on this PC)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role_dialog")
        self.setWindowTitle(self.tr("Welcome to Medsos Desktop"))
        self.role = "admin"
        title = QLabel(self.tr("Who uses this PC?"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        admin = QCommandLinkButton(
            self.tr("I am the social-media admin (PIC medsos)"),
            self.tr(
                "Draft posts, make infographics, check captions, have them approved and "
                "send them to Diskominfo's central folder."
            ),
        )
        admin.setObjectName("role_admin")
        reviewer = QCommandLinkButton(
            self.tr("I am a reviewer (head of division or of office)"),
            self.tr(
                "Approve or send back the posts your agency's admin sends you, on this PC, "
                "through your agency's shared folder."
            ),
        )
        reviewer.setObjectName("role_reviewer")
        admin.clicked.connect(lambda: self._chosen("admin"))
        reviewer.clicked.connect(lambda: self._chosen("reviewer"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(admin)
        layout.addWidget(reviewer)
        self.resize(560, 320)
        fit_dialog(self)

    def _chosen(self, role: str) -> None:
        self.role = role
        self.accept()


def ask_role() -> str:
    """Ask once, before any window: the answer decides which window opens."""
    dialog = RoleDialog()
    dialog.exec()
    return dialog.role
