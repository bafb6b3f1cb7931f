"""Adding fonts in the Brand Kit screen (needs render.fonts)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from medsos_desktop.services.workspace import Workspace
from tests.ui.test_brand_dialog import _open


def test_a_file_that_is_not_a_font_is_refused_with_a_message(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = _open(qtbot, workspace)
    fake = tmp_path / "bukan-font.ttf"
    fake.write_bytes(b"this is not a font" * 50)
    before = len(dialog.fonts)
    dialog.add_font(fake)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert "bukan-font.ttf" in dialog.message.text()
    assert len(dialog.fonts) == before
    dialog.reject()
