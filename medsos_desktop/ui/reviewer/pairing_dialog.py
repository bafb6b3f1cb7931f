"""Pairing a reviewer's own PC with the agency's admin PC (issue 16): the reviewer names
themself and the shared folder, offers their keys to the agency, and both compare one
code, on the two screens or by phone; only when it matches is the admin PC trusted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text

if TYPE_CHECKING:
    from medsos_desktop.services.remote_review import ReviewerDesk


class PairingDialog(QDialog):
    """Three steps in one window: who and where, the offer, the code."""

    def __init__(
        self,
        desk: ReviewerDesk,
        name: str,
        jabatan: str,
        folder: str,
        on_identity: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairing_dialog")
        self.setWindowTitle(self.tr("Pair this PC with your agency"))
        self.desk = desk
        self.on_identity = on_identity
        self.runner = TaskRunner(self)
        self.devices: list[Any] = []  # DeviceRecord of the chosen agency
        self.offered = False  # the request to pair was sent from this dialog

        intro = QLabel(
            self.tr(
                "Posts for your approval arrive through your agency's shared folder. Fill "
                "in your name and position, choose the folder and your agency, and send the "
                "request to pair. Then compare the code below with the one on the admin's "
                "screen (in person or by phone) before you confirm."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.jabatan_edit = QLineEdit(jabatan)
        self.jabatan_edit.setPlaceholderText(self.tr("e.g. Kepala Dinas Kesehatan"))
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.agency_combo = QComboBox()
        self.agency_combo.currentIndexChanged.connect(self._agency_chosen)
        self.device_combo = QComboBox()
        self.device_combo.currentIndexChanged.connect(self._show_code)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Position (jabatan)"), self.jabatan_edit)
        form.addRow(self.tr("Shared folder"), folder_row)
        form.addRow(self.tr("Agency"), self.agency_combo)
        form.addRow(self.tr("Admin PC"), self.device_combo)

        self.offer_button = QPushButton(self.tr("Send the request to pair"))
        self.offer_button.clicked.connect(self._offer)
        self.code_label = QLabel("—")
        code_font = QFont(self.code_label.font())
        code_font.setPointSizeF(code_font.pointSizeF() * 1.6)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setObjectName("pairing_code")
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.pair_button = buttons.addButton(
            self.tr("The codes match: pair"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pair_button.setEnabled(False)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.pair_button.clicked.connect(self._pair)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Pairing code (must be the same on the admin's PC):")))
        layout.addWidget(self.code_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 520)
        fit_dialog(self)
        if folder:
            self._load_agencies(Path(folder))

    def _choose_folder(self) -> None:
        self.file_dialog = file_dialog(self, self.tr("Choose the shared folder"))
        if self.folder_edit.text():
            self.file_dialog.setDirectory(self.folder_edit.text())
        self.file_dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.file_dialog.fileSelected.connect(self._folder_chosen)
        self.file_dialog.open()

    def _folder_chosen(self, path: str) -> None:
        self.folder_edit.setText(path)
        self._load_agencies(Path(path))

    def _load_agencies(self, folder: Path) -> None:
        from medsos_desktop.services.remote_review import agencies_in

        self.status_label.setText(self.tr("Reading the folder…"))
        self.runner.run(
            lambda: agencies_in(folder), on_done=self._agencies_loaded, on_error=self._failed
        )

    def _agencies_loaded(self, agencies: list[str]) -> None:
        self.agency_combo.clear()
        self.agency_combo.addItems(agencies)
        self.status_label.setText(
            ""
            if agencies
            else self.tr(
                "No agency has used this folder yet. Choose the folder your agency's admin "
                "sends posts to."
            )
        )

    def _agency_chosen(self, _index: int) -> None:
        agency = self.agency_combo.currentText()
        folder = Path(self.folder_edit.text())
        if not agency:
            return
        self.runner.run(
            lambda: self.desk.agency_devices(folder, agency),
            on_done=self._devices_loaded,
            on_error=self._failed,
        )

    def _devices_loaded(self, devices: list[Any]) -> None:
        self.devices = devices
        self.device_combo.clear()
        for device in devices:
            self.device_combo.addItem(device.device_name, device.device_id)
        self._show_code()

    def _show_code(self, _index: int = -1) -> None:
        index = self.device_combo.currentIndex()
        if 0 <= index < len(self.devices):
            self.code_label.setText(self.desk.pairing_code(self.devices[index]))
            # Confirming means the admin saw the same code: only once the request is sent.
            self.pair_button.setEnabled(self.offered)
        else:
            self.code_label.setText("—")
            self.pair_button.setEnabled(False)

    def _offer(self) -> None:
        name, jabatan = self.name_edit.text().strip(), self.jabatan_edit.text().strip()
        agency, folder = self.agency_combo.currentText(), Path(self.folder_edit.text())
        if not name or not jabatan or not agency:
            self.status_label.setText(
                self.tr("Fill in your name and position, and choose the folder and agency.")
            )
            return
        self.desk.name, self.desk.jabatan = name, jabatan
        self.on_identity(name, jabatan)
        self.offer_button.setEnabled(False)
        self.runner.run(
            lambda: self.desk.offer(folder, agency),
            on_done=lambda _r: self._offered(),
            on_error=self._failed,
        )

    def _offered(self) -> None:
        self.offer_button.setEnabled(True)
        self.offered = True
        self._show_code()
        self.status_label.setText(
            self.tr(
                "Request sent. Ask the admin to open Agency → Settings → Reviewers on "
                "other PCs; when the code there is the same as above, both of you confirm."
            )
        )

    def _pair(self) -> None:
        index = self.device_combo.currentIndex()
        if not 0 <= index < len(self.devices):
            return
        device, folder = self.devices[index], Path(self.folder_edit.text())
        self.runner.run(
            lambda: self.desk.pair(folder, device),
            on_done=lambda _r: self.accept(),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.offer_button.setEnabled(True)
        self.status_label.setText(error_text(exc))
