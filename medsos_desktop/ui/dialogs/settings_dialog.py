"""Settings (language, central folder, your name and position, data folder, backups,
reviewers, this PC's key) and About (version, licences of what is bundled).

Settings IT has locked in the site configuration are shown but cannot be changed, with
the reason. Backups are written and restored on a worker; a restore closes the data
folder first (the restore refuses an open one) and opens it again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop import __version__
from medsos_desktop.domain.fingerprint import format_fingerprint
from medsos_desktop.i18n import LANGUAGES
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import fit_dialog, fit_message_box
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text, qt_translate
from medsos_desktop.ui.dialogs.remote_reviewers_page import RemoteReviewersPage
from medsos_desktop.ui.dialogs.reviewers_page import ReviewersPage

if TYPE_CHECKING:
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.backup import RestoreConsent, RestorePreview
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.remote_review import AgencyReviews
    from medsos_desktop.services.workspace import Workspace


class SettingsDialog(QDialog):
    saved = Signal()
    backup_written = Signal(str)
    restored = Signal()

    # The admin's PersonInfo, or None when no name was given: None-or-value, so object (and
    # services.people, which loads the store, stays out of this dialog's imports).
    admin_saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        admin: PersonInfo | None,
        release_workspace: Callable[[], Workspace | None],
        reopen: Callable[[AppPaths], None],
    ) -> None:
        """`release_workspace` stops everything using the data folder and hands it over
        (to be closed for a restore); `reopen` opens the data folder again."""
        super().__init__(ctx.parent_widget)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(940, 700)
        self.ctx = ctx
        self.admin = admin
        self._release_workspace = release_workspace
        self._reopen = reopen
        self.runner = TaskRunner(self)
        self._box = None
        workspace = ctx.workspace
        assert workspace is not None and ctx.settings is not None
        self.paths = workspace.paths
        site = workspace.site
        settings = ctx.settings

        tabs = QTabWidget(self)
        # -- general
        general = QWidget(tabs)
        form = QFormLayout(general)
        self.language_combo = QComboBox(general)
        self.language_combo.setObjectName("settings_language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.central_edit = QLineEdit(settings.central_folder, general)
        self.central_edit.setObjectName("settings_central")
        self.central_edit.setPlaceholderText(r"\\server\medsos")
        browse = QPushButton(self.tr("Choose…"), general)
        browse.clicked.connect(self._choose_central)
        central_row = QHBoxLayout()
        central_row.addWidget(self.central_edit, 1)
        central_row.addWidget(browse)
        admin = self.admin
        self.actor_edit = QLineEdit(admin.name if admin else settings.actor_name, general)
        self.actor_edit.setObjectName("settings_actor")
        self.actor_edit.setMaxLength(120)
        self.actor_edit.setPlaceholderText(self.tr("Your name, as it appears in the history"))
        self.jabatan_edit = QLineEdit(admin.jabatan if admin else "", general)
        self.jabatan_edit.setObjectName("settings_jabatan")
        self.jabatan_edit.setMaxLength(120)
        self.jabatan_edit.setPlaceholderText(
            self.tr("e.g. {example}").format(example="Pranata Humas Ahli Pertama")
        )
        self.reminder_spin = QSpinBox(general)
        self.reminder_spin.setObjectName("settings_reminder_days")
        self.reminder_spin.setRange(0, 60)
        self.reminder_spin.setValue(settings.reminder_days)
        self.reminder_spin.setSuffix(self.tr(" days ahead"))
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Central folder"), central_row)
        form.addRow(self.tr("Your name"), self.actor_edit)
        form.addRow(self.tr("Your position (jabatan)"), self.jabatan_edit)
        form.addRow(self.tr("Remind me of greeting days"), self.reminder_spin)
        self.locked_note = QLabel(general)
        self.locked_note.setWordWrap(True)
        locked = []
        if "central_folder" in site.locked:
            self.central_edit.setEnabled(False)
            browse.setEnabled(False)
            locked.append(self.tr("central folder"))
        if "language" in site.locked:
            self.language_combo.setEnabled(False)
            locked.append(self.tr("language"))
        if locked:
            self.locked_note.setText(
                self.tr("Set by your IT staff and locked on this PC: {names}.").format(
                    names=", ".join(locked)
                )
            )
        problems = [p.render(qt_translate) for p in site.problems]
        if problems:
            self.locked_note.setText(
                (self.locked_note.text() + "\n" if locked else "") + "\n".join(problems)
            )
        form.addRow(self.locked_note)
        self.key_label = QLabel(general)
        self.key_label.setWordWrap(True)
        form.addRow(self.tr("This PC's key"), self.key_label)
        tabs.addTab(general, self.tr("General"))

        # -- data and backups
        data = QWidget(tabs)
        data_layout = QVBoxLayout(data)
        folder_row = QHBoxLayout()
        folder_label = QLabel(str(self.paths.data_dir), data)
        folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open the folder"), data)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir)))
        )
        folder_row.addWidget(QLabel(self.tr("Data folder:"), data))
        folder_row.addWidget(folder_label, 1)
        folder_row.addWidget(open_folder)
        data_layout.addLayout(folder_row)
        daily = QGroupBox(self.tr("Automatic daily backups of the database"), data)
        daily_layout = QVBoxLayout(daily)
        self.daily_list = QListWidget(daily)
        self.daily_list.setObjectName("daily_backups")
        daily_layout.addWidget(self.daily_list)
        data_layout.addWidget(daily, 1)
        self.export_button = QPushButton(self.tr("Back up everything to one file…"), data)
        self.export_button.setObjectName("export_backup")
        self.export_button.clicked.connect(self._choose_export)
        self.restore_button = QPushButton(self.tr("Restore from a backup file…"), data)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self._choose_restore)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.export_button)
        buttons_row.addWidget(self.restore_button)
        buttons_row.addStretch(1)
        data_layout.addLayout(buttons_row)
        self.backup_note = QLabel(self._backup_note_text(), data)
        self.backup_note.setWordWrap(True)
        data_layout.addWidget(self.backup_note)
        tabs.addTab(data, self.tr("Data and backups"))

        # -- approval by the heads of office: two ways, each tab says which.
        # By PIN on this PC: changes are saved at once, not with the Save button.
        self.reviewers_page = ReviewersPage(workspace, tabs)
        tabs.addTab(self.reviewers_page, self.tr("Approval by PIN on this PC"))
        # On the heads' own PCs: read from the central folder when first shown; the chain
        # is saved with the Save button.
        self._key_passphrase: str | None = None
        self._key_create = False
        self.remote_page = RemoteReviewersPage(self._open_remote_reviews, self._ask_key, tabs)
        tabs.addTab(self.remote_page, self.tr("Approval on the heads' own PCs"))
        tabs.currentChanged.connect(self._tab_shown)
        self._remote_read = False
        self.tabs = tabs

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("settings_save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self._load()
        fit_dialog(self)  # within the screen, buttons in sight

    # -- reviewers on other PCs ----------------------------------------------------------

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is not self.remote_page or self._remote_read:
            return
        settings = self.ctx.settings
        saved = settings.central_folder if settings is not None else ""
        if self.central_edit.text().strip() != saved:
            # The page works in the saved folder: "choose one first" was wrong advice to
            # someone who has just chosen it.
            self.remote_page.message.setText(
                self.tr(
                    "The central folder on the General tab is not saved yet. Press Save, "
                    "then open Settings again to pair the heads' PCs and set the chain."
                )
            )
            return
        self._remote_read = True
        self.remote_page.reload()

    def _open_remote_reviews(self) -> AgencyReviews:
        """On a worker: this PC's key (asking through `_ask_key` when it needs a passphrase)
        and the agency's area of the central folder."""
        from medsos_desktop.services.remote_review import open_agency_reviews

        workspace = self.ctx.workspace
        if workspace is None:
            raise RuntimeError("no data folder open")
        return open_agency_reviews(
            workspace.paths.data_dir,
            workspace.db,
            self.ctx.settings.central_folder,
            self._key_passphrase,
            self._key_create,
        )

    def _ask_key(self, question: BaseException, retry: Callable[[], None]) -> None:
        from medsos_desktop.ui.dialogs.sync_dialogs import ask_for_device_key

        def answered(passphrase: str, create_file: bool) -> None:
            self._key_passphrase, self._key_create = passphrase, create_file
            retry()

        self.key_dialog = ask_for_device_key(question, self, answered)

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        paths = self.paths

        def work() -> tuple[list[str], str]:
            from medsos_desktop.services.backup import daily_backups
            from medsos_desktop.services.identity import IdentityService

            backups = daily_backups(paths)
            identities = IdentityService(paths.data_dir)
            identity = identities.load()
            status = identities.keyring_status()
            key = (
                self.tr("Key fingerprint {fingerprint}; device {name}.").format(
                    fingerprint=format_fingerprint(identity.public_key), name=identity.device_name
                )
                if identity
                else self.tr("Not set up yet: it is made at the first sync.")
            )
            key += " " + self.tr("Password store: {store}.").format(
                store=status.backend_label(qt_translate)
            )
            return backups, key

        self.runner.run(work, on_done=self._loaded, on_error=self._error)

    def _loaded(self, loaded: tuple[list[str], str]) -> None:
        backups, key = loaded
        self.daily_list.clear()
        self.daily_list.addItems(backups or [self.tr("None yet.")])
        self.key_label.setText(key)

    def _error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._box = messages.show_message(self, self.tr("Settings"), text)

    # -- saving ----------------------------------------------------------------------

    def _choose_central(self) -> None:
        dialog = file_dialog(
            self, self.tr("Choose the central folder from Diskominfo"), "documents"
        )
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.central_edit.setText)
        self._box = dialog
        dialog.open()

    def save(self) -> None:
        settings = self.ctx.settings
        assert settings is not None
        admin_name = " ".join(self.actor_edit.text().split())[:120]
        admin_jabatan = " ".join(self.jabatan_edit.text().split())
        if not admin_name and self.admin is not None:
            self._box = messages.show_message(
                self,
                self.tr("Settings"),
                self.tr("Your name is needed: posts, the history and approvals show it."),
            )
            return
        language_changed = self.language_combo.currentData() != settings.language
        central_before = settings.central_folder
        settings.language = self.language_combo.currentData()
        settings.central_folder = self.central_edit.text().strip()
        settings.actor_name = admin_name
        settings.reminder_days = self.reminder_spin.value()
        workspace = self.ctx.workspace
        assert workspace is not None

        def work() -> PersonInfo | None:
            from medsos_desktop.services.people import PeopleService

            admin = None
            if admin_name:  # the admin's own record: what posts and the history name
                admin = PeopleService(workspace.db).save_admin(admin_name, admin_jabatan)
            workspace.save_settings()
            return admin

        def finish(admin: PersonInfo | None) -> None:
            self.admin_saved.emit(admin)
            self.saved.emit()
            if language_changed:
                self.ctx.status(
                    self.tr("The language changes the next time Medsos Desktop starts."), 10000
                )
            if settings.central_folder and settings.central_folder != central_before:
                # The agency and this PC in the folder now: reviewers can pair at once.
                from medsos_desktop.ui.actions.remote_review import announce_this_pc

                announce_this_pc(self.ctx, ask=True)
            self.accept()

        def done(admin: PersonInfo | None) -> None:
            page = self.remote_page
            if not page.dirty and not page.pending_step():
                finish(admin)
            elif not page.save_chain(lambda: finish(admin)):
                self.tabs.setCurrentWidget(page)  # a step half filled in: said there

        self.runner.run(work, on_done=done, on_error=self._error)

    # -- backups ---------------------------------------------------------------------

    def _choose_export(self) -> None:
        from datetime import date

        dialog = file_dialog(self, self.tr("Back up everything to one file"), "documents")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("medsos-backup")
        dialog.selectFile(f"medsos-{date.today().isoformat()}.medsos-backup")
        dialog.fileSelected.connect(self.export_to)
        self._box = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        from medsos_desktop.services.backup import export_all

        paths = self.paths
        self.export_button.setEnabled(False)
        self.backup_note.setText(self.tr("Writing the backup…"))
        self.runner.run(
            lambda: export_all(paths, Path(path)) and path,
            on_done=self._exported,
            on_error=self._export_failed,
        )

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.backup_note.setText(self.tr("Backup written: {path}").format(path=path))
        self.backup_written.emit(path)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._error(exc)

    def _backup_note_text(self) -> str:
        return self.tr(
            "A backup holds every post, image, template and setting. A secret key kept in "
            "this PC's password store is not in it: on another PC, sending first asks for a "
            "new device identity. A key kept in a passphrase-protected file is in the backup, "
            "still encrypted; sending after a restore asks for its passphrase."
        )

    def _choose_restore(self) -> None:
        dialog = file_dialog(self, self.tr("Restore from a backup file"), "documents")
        dialog.setNameFilter(self.tr("Medsos Desktop backups (*.medsos-backup)"))
        dialog.fileSelected.connect(self.restore_from)
        self._box = dialog
        dialog.open()

    def restore_from(self, path: str) -> None:
        """Check the backup and compare it with this folder (on a worker, the app still
        open), then ask: what would be lost, whose backup it is."""
        from medsos_desktop.services.backup import preview_restore

        paths = self.paths
        self.restore_button.setEnabled(False)
        self.backup_note.setText(self.tr("Checking the backup…"))
        # Refused here, the app goes on as it was.
        self.runner.run(
            lambda: preview_restore(paths, Path(path)),
            on_done=lambda preview: self._ask_restore(path, preview),
            on_error=self._restore_failed,
        )

    def _ask_restore(self, path: str, preview: RestorePreview) -> None:
        """The question, with a destructive button that says what it does; Cancel is the
        default. The consent given names exactly the posts listed."""
        from medsos_desktop.services.backup import RestoreConsent

        foreign = preview.other_agency or preview.other_device
        box = QMessageBox(
            QMessageBox.Icon.Warning if preview.lost or foreign else QMessageBox.Icon.Question,
            self.tr("Restore from a backup"),
            self._restore_question(path, preview),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("restore_question")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if preview.lost and preview.other_agency:
            go_text = self.tr("Restore the other agency's backup, discard {count} posts").format(
                count=len(preview.lost)
            )
        elif preview.lost:
            go_text = self.tr("Restore and discard {count} posts").format(count=len(preview.lost))
        elif preview.other_agency:
            go_text = self.tr("Restore the other agency's backup")
        elif preview.other_device:
            go_text = self.tr("Restore the other device's backup")
        else:
            go_text = self.tr("Restore")
        go = box.addButton(go_text, QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("restore_confirm")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("restore_cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        keep = None
        if preview.other_device:
            keep = QCheckBox(
                self.tr("Keep this PC's own device identity ({device})").format(
                    device=preview.check.this_device
                ),
                box,
            )
            keep.setObjectName("restore_keep_identity")
            keep.toggled.connect(lambda on: box.setText(self._restore_question(path, preview, on)))
            box.setCheckBox(keep)
        fit_message_box(box)

        def answered(_result: int) -> None:
            if box.clickedButton() is not go:
                self.restore_button.setEnabled(True)
                self.backup_note.setText(self._backup_note_text())
                return
            consent = RestoreConsent(
                discard=frozenset(post.key for post in preview.lost),
                other_agency=foreign,
                keep_identity=keep is not None and keep.isChecked(),
            )
            self._swap_in(path, consent)

        box.finished.connect(answered)
        self._box = box
        box.open()

    def _restore_question(
        self, path: str, preview: RestorePreview, keep_identity: bool = False
    ) -> str:
        from medsos_desktop.services.restore_check import identity_note

        info, check = preview.info, preview.check
        parts = [
            self.tr(
                "Replace everything in this data folder with the backup {file} (made {created}, "
                "{posts} posts)? The current data is kept in the backups folder."
            ).format(
                file=Path(path).name,
                created=_local_time(info.created_utc),
                posts=info.counts.get("post", 0),
            )
        ]
        if preview.other_agency:
            parts.append(
                self.tr(
                    "This backup belongs to another agency: {backup_agency}. This data folder "
                    "belongs to {this_agency}. Restore it only if you mean to work as that agency "
                    "on this PC."
                ).format(backup_agency=check.backup_agency, this_agency=check.this_agency)
            )
        if preview.other_device:
            parts.append(
                self.tr(
                    "This backup was made on another device: {backup_device} (this PC: "
                    "{this_device})."
                ).format(backup_device=check.backup_device, this_device=check.this_device)
            )
        note = identity_note(check, keep_identity, qt_translate)
        if note:
            parts.append(note)
        if not check.compared:
            parts.append(
                self.tr(
                    "This data folder's database cannot be read, so what the restore would take "
                    "away cannot be listed."
                )
            )
        if preview.lost:
            shown = [f"• {post.describe(qt_translate)}" for post in preview.lost[:_LOST_SHOWN]]
            if len(preview.lost) > _LOST_SHOWN:
                shown.append(
                    self.tr("…and {count} more").format(count=len(preview.lost) - _LOST_SHOWN)
                )
            parts.append(
                self.tr(
                    "These {count} posts would leave the workflow: the app would neither show "
                    "nor send them, and only the copy kept in the backups folder would still "
                    "hold them:"
                ).format(count=len(preview.lost))
                + "\n"
                + "\n".join(shown)
            )
        return "\n\n".join(parts)

    def _swap_in(self, path: str, consent: RestoreConsent) -> None:
        from medsos_desktop.services.backup import RestoreNeedsConsentError

        paths = self.paths
        workspace = self._release_workspace()
        self.backup_note.setText(self.tr("Restoring…"))

        def restore() -> None:
            from medsos_desktop.services.backup import restore as restore_files

            if workspace is not None:
                workspace.close()
            restore_files(paths, Path(path), consent=consent)

        def done(_r: object) -> None:
            self.restored.emit()
            self._reopen(paths)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._reopen(paths)  # the previous data, as it was
            if isinstance(exc, RestoreNeedsConsentError):
                # Work saved since the question (the editor's last autosave): ask again.
                self._ask_restore(path, exc.preview)
                return
            self._restore_failed(exc)

        self.runner.run(restore, on_done=done, on_error=failed)

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self.backup_note.setText(self._backup_note_text())
        self._error(exc)


_LOST_SHOWN = 25  # posts listed in the question; the rest are counted


def _local_time(utc: str) -> str:
    """A backup's UTC time (`2026-11-02T08:30:00Z`) as this PC's local time."""
    from datetime import UTC, datetime

    try:
        stamp = datetime.strptime(utc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return utc
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M")


class AboutDialog(QDialog):
    """Version, and the licences of the fonts and libraries that ship with the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Medsos Desktop"))
        self.resize(620, 520)
        text = QTextBrowser(self)
        text.setObjectName("about_text")
        text.setOpenExternalLinks(True)
        text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        fit_dialog(self)  # within the screen, buttons in sight

    def html(self) -> str:
        from importlib import metadata

        from PySide6 import __version__ as pyside_version

        from medsos_desktop.paths import resource_path

        summary = self.tr(
            "Drafting, approval and signed hand-over of government social media posts, "
            "for agencies and their Diskominfo."
        )
        fonts_title, libraries_title = self.tr("Fonts"), self.tr("Libraries")
        lines = [f"<h2>Medsos Desktop {__version__}</h2><p>{summary}</p>"]
        lines.append(f"<h3>{fonts_title}</h3><ul>")
        for licence in sorted(resource_path("fonts").glob("LICENSE-*")):
            family = licence.stem.removeprefix("LICENSE-")
            lines.append(f"<li>{family}: SIL Open Font License 1.1 ({licence.name})</li>")
        lines.append(f"</ul><h3>{libraries_title}</h3><ul>")
        lines.append(f"<li>PySide6 {pyside_version} (Qt for Python) — LGPL-3.0</li>")
        for name in LIBRARIES:
            try:
                meta = metadata.metadata(name)
            except metadata.PackageNotFoundError:
                continue
            licence_text = meta.get("License-Expression") or meta.get("License") or ""
            if len(licence_text) > 40 or not licence_text:
                classifiers = [
                    c.split("::")[-1].strip()
                    for c in meta.get_all("Classifier") or []
                    if c.startswith("License ::")
                ]
                licence_text = ", ".join(classifiers) or "—"
            lines.append(f"<li>{name} {meta.get('Version', '')} — {licence_text}</li>")
        lines.append("</ul>")
        return "".join(lines)


LIBRARIES = (
    "SQLAlchemy",
    "alembic",
    "pillow",
    "pillow-heif",
    "keyring",
    "cryptography",
    "PyNaCl",
    "platformdirs",
    "filelock",
    "twitter-text-parser",
    "segno",
    "holidays",
    "XlsxWriter",
    "fpdf2",
)
