"""Restoring from Settings asks first, in Indonesian: the work that would leave the workflow,
listed; another agency's backup said plainly; a destructive button that says what it does,
Cancel the default. A real backup of a real data folder, restored and opened again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from keyring.backends import null
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import save_profile
from medsos_desktop.services.backup import IDENTITY, export_all
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.message_boxes import shown_box

PASSPHRASE = "frasa sandi perangkat yang panjang"


def _settings(window: MainWindow) -> SettingsDialog:
    window.menus.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    return dialog


def _question(qtbot: QtBot, dialog: SettingsDialog, backup: Path) -> QMessageBox:
    dialog.restore_from(str(backup))
    qtbot.waitUntil(lambda: shown_box(dialog) is not None, timeout=30000)
    box = shown_box(dialog)
    assert box is not None and box.objectName() == "restore_question"
    return box


def _titles(window: MainWindow) -> set[str]:
    return {row.title for row in PostService(window.workspace.db).list_rows()}


def test_the_question_lists_the_work_that_would_be_lost(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window(language="id")
    posts = PostService(window.workspace.db)
    posts.create(PostContent(title="Sebelum cadangan"))
    backup = tmp_path / "cadangan.medsos-backup"
    export_all(window.workspace.paths, backup)
    posts.create(PostContent(title="Draf sesudah cadangan"))

    dialog = _settings(window)
    box = _question(qtbot, dialog, backup)
    text = box.text()
    assert "1 posting ini akan keluar dari alur kerja" in text
    assert "Draf sesudah cadangan (baru sesudah cadangan; Draf" in text
    assert "Sebelum cadangan" not in text
    go = box.findChild(QPushButton, "restore_confirm")
    assert go.text() == "Pulihkan dan buang 1 posting"
    assert box.buttonRole(go) == QMessageBox.ButtonRole.DestructiveRole
    assert box.defaultButton() is box.findChild(QPushButton, "restore_cancel")

    box.findChild(QPushButton, "restore_cancel").click()  # nothing happens
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    assert _titles(window) >= {"Sebelum cadangan", "Draf sesudah cadangan"}

    box = _question(qtbot, dialog, backup)
    with qtbot.waitSignal(window.posts_loaded, timeout=30000):
        box.findChild(QPushButton, "restore_confirm").click()
    titles = _titles(window)
    assert "Sebelum cadangan" in titles and "Draf sesudah cadangan" not in titles


def test_another_agencys_backup_is_said_plainly_and_this_pcs_identity_can_stay(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, paths: AppPaths
) -> None:
    other = AppPaths(tmp_path / "disdik")
    workspace = open_workspace(other, seed_demo=False)
    try:
        disdik = AgencyProfile(
            name="Dinas Pendidikan Kota Sukamaju", short_name="Disdik", confirmed=True
        )
        save_profile(workspace.db, disdik)
        PostService(workspace.db).create(PostContent(title="PPDB 2026"))
    finally:
        workspace.close()
    IdentityService(other.data_dir, keyring_backend=null.Keyring()).create_with_passphrase(
        PASSPHRASE, "PC Disdik"
    )
    foreign = tmp_path / "disdik.medsos-backup"
    export_all(other, foreign)

    window = open_window(language="id")
    save_profile(
        window.workspace.db,
        AgencyProfile(name="Dinas Kesehatan Kota Sukamaju", short_name="Dinkes", confirmed=True),
    )
    IdentityService(paths.data_dir, keyring_backend=null.Keyring()).create_with_passphrase(
        PASSPHRASE, "PC Dinkes"
    )
    own_identity = (paths.data_dir / IDENTITY).read_bytes()

    dialog = _settings(window)
    box = _question(qtbot, dialog, foreign)
    text = box.text()
    assert "milik instansi lain: Dinas Pendidikan Kota Sukamaju" in text
    assert "Dinas Kesehatan Kota Sukamaju" in text
    assert "perangkat lain: PC Disdik" in text
    assert "diganti" in text  # this PC's identity would be replaced: said before asking
    go = box.findChild(QPushButton, "restore_confirm")
    assert go.text() == "Pulihkan cadangan instansi lain"
    keep = box.findChild(QCheckBox, "restore_keep_identity")
    keep.setChecked(True)
    assert "PC ini tetap memakai identitasnya sendiri" in box.text()
    with qtbot.waitSignal(window.posts_loaded, timeout=30000):
        go.click()
    assert _titles(window) == {"PPDB 2026"}
    assert (paths.data_dir / IDENTITY).read_bytes() == own_identity
