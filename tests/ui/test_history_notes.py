"""What the program writes into a post's history reads as sentences in the user's
language: a step of an approval chain complete, an approval expired."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from medsos_desktop.services.posts import PostEventInfo
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.dialogs.history_dialog import event_actor, event_note


def _event(comment: str, actor: str = "Budi") -> PostEventInfo:
    return PostEventInfo(datetime(2026, 12, 3, 9), actor, "submitted", "submitted", 2, comment)


def test_program_notes_are_sentences_in_indonesian(qtbot: QtBot) -> None:
    install_language("id")
    try:
        step = event_note(_event("step approved: Kepala Bidang"))
        assert step.startswith("Tahap “Kepala Bidang” disetujui")
        expired = event_note(_event("approval expired", actor="sync"))
        assert "kedaluwarsa" in expired and "Revisi 2" in expired
        assert event_actor("sync") != "sync"
        assert event_note(_event("Perbaiki jam layanan")) == "Perbaiki jam layanan"
    finally:
        install_language("en")
