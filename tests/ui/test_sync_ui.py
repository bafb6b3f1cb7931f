"""Sending from the window: no password store here, so the user chooses a protected key
file knowingly; approved posts arrive, verify, and show as sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import Status
from medsos_desktop.sync.reader import verify_central
from medsos_desktop.ui.main_window import MainWindow
from medsos_desktop.ui.sync_dialogs import PassphraseDialog


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_send_approved_posts_with_a_passphrase_key(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, no_keyring: None
) -> None:
    window = open_window()
    central = tmp_path / "pusat"
    central.mkdir()
    window.settings.central_folder = str(central)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window._dialog, PassphraseDialog), timeout=10000)
    dialog = window._dialog
    assert dialog.creating  # no password store: the user is asked, nothing written yet
    assert not (window.workspace.paths.data_dir / "device-key.pem").exists()
    dialog.passphrase.setText("kunci-rahasia-2026")
    dialog.repeat.setText("kunci-rahasia-2026")
    with qtbot.waitSignal(window.synced, timeout=20000) as sent:
        dialog._accept()
    assert sent.args[0].published == 2
    assert verify_central(central).revisions_valid
    qtbot.waitUntil(
        lambda: any(
            window.model.row_at(i).status == Status.SYNCED.value
            for i in range(window.model.rowCount())
        ),
        timeout=5000,
    )

    # Next time the key file's passphrase is asked for; nothing new is sent twice.
    window.sync_action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(window._dialog, PassphraseDialog) and not window._dialog.creating,
        timeout=10000,
    )
    again = window._dialog
    again.passphrase.setText("kunci-rahasia-2026")
    with qtbot.waitSignal(window.synced, timeout=20000) as second:
        again._accept()
    assert second.args[0].published == 0
