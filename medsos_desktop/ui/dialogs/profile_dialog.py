"""The agency profile, and who the admin at this PC is: both asked at the first start
(the admin's name and position are changed later in the settings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES, Platform
from medsos_desktop.domain.posts import normalize_tags
from medsos_desktop.ui.common.screen_fit import fit_dialog


class AdminFields(QGroupBox):
    """The admin's name and position: what the history shows, and whom "nobody approves
    their own post" protects against."""

    def __init__(self, name: str = "", jabatan: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("You, the admin at this PC"), parent)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("admin_name")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Rina Wulandari, S.I.Kom.")
        )
        self.jabatan_edit = QLineEdit(jabatan, self)
        self.jabatan_edit.setObjectName("admin_jabatan")
        self.jabatan_edit.setMaxLength(120)
        self.jabatan_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Pranata Humas Ahli Pertama")
        )
        note = QLabel(
            self.tr(
                "Your name appears in the history of every post you write or submit, and a "
                "reviewer can never approve a post of their own."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Your position (jabatan)"), self.jabatan_edit)
        form.addRow(note)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.jabatan_edit.text().strip()


class AdminDialog(QDialog):
    """Asks who is at the keyboard when a data folder has no admin yet (a folder from an
    older version, or a first start where the profile was left for later)."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_dialog")
        self.setWindowTitle(self.tr("Who is using Medsos Desktop?"))
        self.fields = AdminFields(name, "", self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save_admin")
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        fit_dialog(self)  # within the screen, buttons in sight

    def _accept(self) -> None:
        if not self.fields.values()[0]:
            self.error.setText(self.tr("Your name is needed."))
            return
        self.accept()

    def admin(self) -> tuple[str, str]:
        return self.fields.values()


class ProfileDialog(QDialog):
    def __init__(
        self,
        profile: AgencyProfile,
        first_run: bool,
        parent: QWidget | None = None,
        *,
        ask_admin: bool = False,
        admin_name: str = "",
    ) -> None:
        """`ask_admin`: the admin has not said who they are yet; their name and position
        are asked here too (needed to save the profile, kept even with "Later")."""
        super().__init__(parent)
        self.setObjectName("profile_dialog")
        self.setWindowTitle(self.tr("Agency profile"))
        self.resize(560, 620)
        intro = QLabel(
            self.tr(
                "Welcome to Medsos Desktop. Enter your agency's profile: it fills caption "
                "templates and checks for your official hashtags. You are looking at a sample "
                "workspace until you do; you can change this later from the Agency menu."
            )
            if first_run
            else self.tr("Your agency's profile, used in templates and checks."),
            self,
        )
        intro.setWordWrap(True)
        # First in the tab order too: who they are comes before their agency.
        self.admin_fields = AdminFields(admin_name, "", self) if ask_admin else None

        self.name_edit = QLineEdit(profile.name, self)
        self.name_edit.setObjectName("agency_name")
        self.name_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Dinas Kesehatan Kota Bandung")
        )
        self.short_edit = QLineEdit(profile.short_name, self)
        self.short_edit.setObjectName("agency_short")
        self.short_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Dinkes Bandung")
        )
        self.parent_edit = QLineEdit(profile.parent_government, self)
        self.parent_edit.setObjectName("agency_parent")
        self.parent_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Pemerintah Kota Bandung")
        )
        self.hashtags_edit = QLineEdit(" ".join(profile.official_hashtags), self)
        self.hashtags_edit.setObjectName("agency_hashtags")
        self.hashtags_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="#BandungJuara #DinkesBandung")
        )
        self.contacts_edit = QPlainTextEdit("\n".join(profile.contacts), self)
        self.contacts_edit.setObjectName("agency_contacts")
        self.contacts_edit.setFixedHeight(60)
        self.contacts_edit.setPlaceholderText(
            self.tr(
                "Official numbers and e-mails, one per line: they are not flagged as personal data"
            )
        )
        self.handle_edits: dict[Platform, QLineEdit] = {}
        handles_box = QGroupBox(self.tr("Accounts"), self)
        handles_form = QFormLayout(handles_box)
        for platform in PLATFORM_ORDER:
            edit = QLineEdit(profile.handles.get(platform, ""), self)
            edit.setObjectName(f"handle_{platform.value}")
            self.handle_edits[platform] = edit
            handles_form.addRow(RULES[platform].label, edit)

        form = QFormLayout()
        form.addRow(self.tr("Agency name"), self.name_edit)
        form.addRow(self.tr("Short name"), self.short_edit)
        form.addRow(self.tr("Parent government"), self.parent_edit)
        form.addRow(self.tr("Official hashtags"), self.hashtags_edit)
        form.addRow(self.tr("Official contacts"), self.contacts_edit)

        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Save profile"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save_profile")
        buttons.addButton(
            self.tr("Later") if first_run else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.admin_fields is not None:
            layout.addWidget(self.admin_fields)
        layout.addLayout(form)
        layout.addWidget(handles_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_dialog(self)  # within the screen, buttons in sight

    def _accept(self) -> None:
        if self.admin_fields is not None and not self.admin_fields.values()[0]:
            self.error.setText(self.tr("Your name is needed."))
            self.admin_fields.name_edit.setFocus()
            return
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("The agency name is needed."))
            return
        self.accept()

    def admin(self) -> tuple[str, str] | None:
        """The admin's name and position when asked and given, else None."""
        if self.admin_fields is None or not self.admin_fields.values()[0]:
            return None
        return self.admin_fields.values()

    def profile(self) -> AgencyProfile:
        return AgencyProfile(
            name=self.name_edit.text().strip(),
            short_name=self.short_edit.text().strip(),
            parent_government=self.parent_edit.text().strip(),
            handles={p: e.text().strip() for p, e in self.handle_edits.items() if e.text().strip()},
            official_hashtags=normalize_tags(self.hashtags_edit.text(), "#"),
            contacts=tuple(
                line.strip()
                for line in self.contacts_edit.toPlainText().splitlines()
                if line.strip()
            ),
            confirmed=True,
        )
