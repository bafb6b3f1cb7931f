"""Settings: saved, IT's locks respected; a backup written and restored from the app, the
data folder closed and opened again around it; About lists the licences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.settings import load_settings
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.dialogs.settings_dialog import AboutDialog, SettingsDialog
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.message_boxes import shown_box


def _settings_dialog(
    qtbot: QtBot, make_context: Callable[[Workspace], UiContext], workspace: Workspace
) -> SettingsDialog:
    """Settings as the window's action opens it, on a UiContext alone."""
    dialog = SettingsDialog(make_context(workspace), None, lambda: None, lambda _paths: None)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_settings_are_saved(
    qtbot: QtBot,
    ui_context: Callable[[Workspace], UiContext],
    empty_workspace: Workspace,
    tmp_path: Path,
) -> None:
    dialog = _settings_dialog(qtbot, ui_context, empty_workspace)
    dialog.central_edit.setText(str(tmp_path / "pusat"))
    dialog.actor_edit.setText("Rina (Humas)")
    dialog.reminder_spin.setValue(14)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    saved = load_settings(empty_workspace.paths.settings_file)
    assert saved.central_folder == str(tmp_path / "pusat")
    assert saved.actor_name == "Rina (Humas)"
    assert saved.reminder_days == 14


def test_locked_by_it(
    qtbot: QtBot,
    ui_context: Callable[[Workspace], UiContext],
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site = tmp_path / "site.toml"
    site.write_text("central_folder = 'Z:/medsos'\nlocked = [\"central_folder\"]\n")
    monkeypatch.setenv("MEDSOS_SITE_CONFIG", str(site))
    workspace = open_workspace(paths, seed_demo=False)  # reads IT's file as it opens
    try:
        dialog = _settings_dialog(qtbot, ui_context, workspace)
        assert not dialog.central_edit.isEnabled()
        assert dialog.central_edit.text() == "Z:/medsos"
        assert "central folder" in dialog.locked_note.text()
    finally:
        workspace.close()


def test_backup_and_restore_from_the_app(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    posts = PostService(window.workspace.db)
    kept = posts.create(PostContent(title="Sebelum cadangan"))
    window.menus.settings_action.trigger()
    dialog = window.dialog
    out = tmp_path / "cadangan.medsos-backup"
    with qtbot.waitSignal(dialog.backup_written, timeout=20000):
        dialog.export_to(str(out))
    assert out.stat().st_size > 0

    later = posts.create(PostContent(title="Sesudah cadangan"))
    dialog.restore_from(str(out))  # asks first (tests/ui/test_settings_restore.py)
    qtbot.waitUntil(
        lambda: getattr(shown_box(dialog), "objectName", str)() == "restore_question",
        timeout=30000,
    )
    box = shown_box(dialog)
    assert box is not None
    with qtbot.waitSignal(window.posts_loaded, timeout=30000):
        box.findChild(QPushButton, "restore_confirm").click()
    titles = {r.title for r in PostService(window.workspace.db).list_rows()}
    assert "Sebelum cadangan" in titles and "Sesudah cadangan" not in titles
    assert kept != later


def test_about_lists_fonts_and_libraries(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    html = dialog.html()
    assert "Inter" in html and "SIL Open Font License" in html
    assert "SQLAlchemy" in html and "PySide6" in html
