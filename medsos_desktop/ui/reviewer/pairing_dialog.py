"""Pairing a reviewer's own PC with the agency's admin PC (issue 16): the reviewer names
themself and the shared folder, offers their keys to the agency, and both compare one
code, on the two screens or by phone; only when it matches is the admin PC trusted.

The agency is shown by the name its signed posts carry (else its folder's name made
readable, marked as such) and the admin PC by its own name; while the folder shows no
agency or no admin PC yet, the dialog looks again by itself every few seconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
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
    from medsos_desktop.services.reviewer_desk import ReviewerDesk
    from medsos_desktop.services.reviewer_view import AgencyName

RECHECK_MS = 5000  # while the folder shows no agency or admin PC yet: look again


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
        self.agency_names: dict[str, AgencyName] = {}  # by folder name
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
        # Chosen with the button, never typed: shown as text, not as a field.
        self.folder = folder
        self.folder_label = QLabel()
        self.folder_label.setObjectName("pairing_folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setMinimumWidth(200)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(browse)
        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("pairing_agency")
        self.agency_combo.currentIndexChanged.connect(self._agency_chosen)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setObjectName("pairing_recheck")
        self.recheck_button.clicked.connect(self._recheck)
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency_combo, 1)
        agency_row.addWidget(self.recheck_button)
        self.agency_note = QLabel("")
        self.agency_note.setObjectName("pairing_agency_note")
        self.agency_note.setWordWrap(True)
        self.agency_note.setEnabled(False)  # greyed: a remark, not the name
        self.agency_note.hide()
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("pairing_device")
        self.device_combo.currentIndexChanged.connect(self._show_code)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Position (jabatan)"), self.jabatan_edit)
        form.addRow(self.tr("Shared folder"), folder_row)
        form.addRow(self.tr("Agency"), agency_row)
        form.addRow("", self.agency_note)
        form.addRow(self.tr("Admin's computer"), self.device_combo)

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
        self.status_label.setObjectName("pairing_status")
        self.status_label.setWordWrap(True)
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setInterval(RECHECK_MS)
        self.recheck_timer.timeout.connect(self._recheck)
        self.finished.connect(lambda _r: self.recheck_timer.stop())

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
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(line)
        layout.addWidget(
            QLabel(self.tr("Pairing code (must be the same as on the admin's computer):"))
        )
        layout.addWidget(self.code_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(660, 560)
        fit_dialog(self)
        self._show_folder()
        if folder:
            self._load_agencies()

    def _show_folder(self) -> None:
        if self.folder:
            self.folder_label.setText(self.folder)
            self.folder_label.setToolTip(self.folder)
        else:
            self.folder_label.setText(self.tr("Not chosen yet"))
        self.recheck_button.setEnabled(bool(self.folder))

    def _choose_folder(self) -> None:
        self.file_dialog = file_dialog(self, self.tr("Choose the shared folder"))
        if self.folder:
            self.file_dialog.setDirectory(self.folder)
        self.file_dialog.setFileMode(QFileDialog.FileMode.Directory)
        self.file_dialog.fileSelected.connect(self._folder_chosen)
        self.file_dialog.open()

    def _folder_chosen(self, path: str) -> None:
        self.folder = path
        self._show_folder()
        self.agency_combo.clear()
        self._load_agencies()

    def _recheck(self) -> None:
        """Look at the folder again: an agency or its admin PC may have appeared since."""
        if not self.folder or self.runner.busy:
            return
        if self.agency_combo.count() == 0:
            self._load_agencies()
        else:
            self._agency_chosen(self.agency_combo.currentIndex())

    def _load_agencies(self) -> None:
        folder = Path(self.folder)

        desk = self.desk

        def work() -> list[AgencyName]:
            from medsos_desktop.services.reviewer_desk import agencies_in
            from medsos_desktop.services.reviewer_view import agency_name

            # Before pairing, the agency's PCs as its device files give them: a name is
            # only a label, the pairing code is what makes a PC trusted.
            return [
                agency_name(
                    folder,
                    slug,
                    {d.device_id: d.public_key for d in desk.agency_devices(folder, slug)},
                )
                for slug in agencies_in(folder)
            ]

        if self.agency_combo.count() == 0:
            self.status_label.setText(self.tr("Reading the folder…"))
        self.runner.run(work, on_done=self._agencies_loaded, on_error=self._failed)

    def _agencies_loaded(self, agencies: list[AgencyName]) -> None:
        self.agency_names = {a.slug: a for a in agencies}
        _refill(self.agency_combo, [(a.name, a.slug) for a in agencies])
        if agencies:
            self._agency_chosen(self.agency_combo.currentIndex())
            return
        self._show_note(None)
        self.recheck_timer.start()
        self.status_label.setText(
            self.tr(
                "No agency has used this folder yet. Check that it is the folder your "
                "agency's admin sends posts to; this list looks again by itself every few "
                "seconds, or press Check again."
            )
        )

    def _show_note(self, agency: AgencyName | None) -> None:
        if agency is None or not agency.from_folder:
            self.agency_note.hide()
            return
        self.agency_note.setText(
            self.tr(
                "The agency's full name is not in the shared folder yet (it comes with its "
                "first post sent to Diskominfo); shown here by the name of its folder."
            )
        )
        self.agency_note.show()

    def _agency_chosen(self, _index: int) -> None:
        slug = self.agency_combo.currentData()
        folder = Path(self.folder)
        if not isinstance(slug, str) or not slug:
            return
        self._show_note(self.agency_names.get(slug))
        self.runner.run(
            lambda: self.desk.agency_devices(folder, slug),
            on_done=self._devices_loaded,
            on_error=self._failed,
        )

    def _devices_loaded(self, devices: list[Any]) -> None:
        self.devices = devices
        _refill(self.device_combo, [(d.device_name, d.device_id) for d in devices])
        if devices:
            self.recheck_timer.stop()
            if not self.offered:
                self.status_label.setText("")
        else:
            self.recheck_timer.start()
            self.status_label.setText(
                self.tr(
                    "The admin's computer of this agency is not in the folder yet. Ask the "
                    "admin to choose this shared folder in Agency → Settings (or just to start "
                    "Medsos Desktop once); this dialog looks again by itself every few seconds."
                )
            )
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
        agency, folder = self.agency_combo.currentData(), Path(self.folder)
        if not name or not jabatan or not isinstance(agency, str) or not agency:
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
                "Request sent. Ask the admin to open Agency → Settings → Approval on the "
                "heads' own PCs; when the code there is the same as above, both of you confirm."
            )
        )

    def _pair(self) -> None:
        index = self.device_combo.currentIndex()
        if not 0 <= index < len(self.devices):
            return
        device, folder = self.devices[index], Path(self.folder)
        self.runner.run(
            lambda: self.desk.pair(folder, device),
            on_done=lambda _r: self.accept(),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.offer_button.setEnabled(True)
        self.status_label.setText(error_text(exc))


def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    """New (text, data) entries, keeping the one chosen if it is still there; a refill
    after looking again is not a new choice (no signal)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(chosen)
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    combo.blockSignals(False)
