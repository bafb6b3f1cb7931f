"""Sending from the window: no password store here, so the user chooses a protected key
file knowingly; approved posts arrive, verify, and show as sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import Status
from medsos_desktop.services.demo import ensure_demo_workspace
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.sync.central import verify_central
from medsos_desktop.ui.dialogs.sync_dialogs import PassphraseDialog
from medsos_desktop.ui.main_window import MainWindow


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _real_agency(window: MainWindow) -> MainWindow:
    """The sample's posts as if they were the agency's own: the sample itself is never
    sent (tests/ui/test_sample_and_trash_ui.py), a real agency's approved posts are."""
    import dataclasses

    from medsos_desktop.services.agency import save_profile

    profile = dataclasses.replace(window.profile, confirmed=True)
    with window.workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE post SET is_demo = 0")
    save_profile(window.workspace.db, profile)
    window.profile = profile
    return window


def test_send_approved_posts_with_a_passphrase_key(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, no_keyring: None
) -> None:
    window = _real_agency(open_window())
    central = tmp_path / "pusat"
    central.mkdir()
    window.settings.central_folder = str(central)
    window.menus.sync_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, PassphraseDialog), timeout=10000)
    dialog = window.dialog
    assert dialog.creating  # no password store: the user is asked, nothing written yet
    assert not (window.workspace.paths.data_dir / "device-key.pem").exists()
    dialog.passphrase.setText("kunci-rahasia-2026")
    dialog.repeat.setText("kunci-rahasia-2026")
    with qtbot.waitSignal(window.synced, timeout=20000) as sent:
        dialog.findChild(QPushButton, "accept_passphrase").click()
    assert sent.args[0].published == 2
    assert verify_central(central).revisions_valid
    qtbot.waitUntil(
        lambda: any(
            window.model.row_at(i).status == Status.SYNCED.value
            for i in range(window.model.rowCount())
        ),
        timeout=5000,
    )

    # The unlocked key stays in memory for this session (automatic retries need it):
    # sending again asks nothing and sends nothing twice.
    with qtbot.waitSignal(window.synced, timeout=20000) as second:
        window.menus.sync_action.trigger()
    assert second.args[0].published == 0
    assert window.dialog is dialog  # no new passphrase dialog


def test_waiting_posts_are_sent_on_their_own_once_the_folder_is_back(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, memory_keyring: object
) -> None:
    """A laptop away from the office: approved posts wait, the app retries in the
    background, and they arrive when the share is mounted again; no dialog, no click."""
    window = _real_agency(open_window())
    IdentityService(window.workspace.paths.data_dir).create("Laptop lapangan")
    ensure_demo_workspace(window.workspace)  # two approved posts, nothing sent yet
    central = tmp_path / "share-not-mounted"
    window.settings.central_folder = str(central)
    window.sync.retry_delays = (300,)

    window.sync.kick(0)
    qtbot.waitUntil(lambda: "2" in window.sync.label.text(), timeout=10000)
    assert not central.exists()  # nothing was created where the share should be

    central.mkdir()
    with qtbot.waitSignal(window.synced, timeout=20000) as sent:
        pass
    assert sent.args[0].published == 2
    assert verify_central(central).revisions_valid
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: window.sync.label.text() != "", timeout=5000)
    assert "2" not in window.sync.label.text()
    assert not window.sync.timer.isActive()  # nothing left: no more retries


def test_the_editor_says_where_an_approved_post_is_on_its_way(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, memory_keyring: object
) -> None:
    window = _real_agency(open_window())
    IdentityService(window.workspace.paths.data_dir).create("PC Humas")
    ensure_demo_workspace(window.workspace)
    window.settings.central_folder = str(tmp_path / "missing")
    window.sync.retry_delays = (60_000,)
    approved = next(r for r in window.posts.list_rows() if r.status == Status.APPROVED.value)
    window.open_post(approved.id)
    qtbot.waitUntil(lambda: window.editor.post_id == approved.id, timeout=5000)
    assert "central folder" not in window.editor.banner.text()  # not queued yet

    with qtbot.waitSignal(window.synced, timeout=20000):
        window.menus.sync_action.trigger()
    window.dialog.close()  # "Not everything was sent", with the reason
    # The window reloads the open post after a run: its banner tells where it stands.
    qtbot.waitUntil(lambda: window.editor.delivery is not None, timeout=5000)
    text = window.editor.banner.text()
    assert "waiting for the central folder" in text and "tried 1 times" in text
    assert str(tmp_path / "missing") in text
