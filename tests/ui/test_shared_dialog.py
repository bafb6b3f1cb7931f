"""From Diskominfo: items listed, a pack becomes a draft in the editor, a
changed key is shown loudly with the way to accept it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.shared import init_coordinator, publish_shared_item
from medsos_desktop.sync.writer import Ed25519Signer
from medsos_desktop.ui.dialogs.shared_dialog import SharedItemsDialog
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.message_boxes import button, shown_box

PACK = {
    "title": "Sumpah Pemuda 2026",
    "caption": "Selamat memperingati Hari Sumpah Pemuda! Bersatu membangun kota.",
    "category": "ucapan_hari_besar",
    "platforms": ["instagram", "threads"],
}


def _central(tmp_path: Path) -> tuple[Path, Ed25519Signer]:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    init_coordinator(central, signer, signer.public_key_bytes, "Diskominfo Sukamaju", "Sukamaju")
    publish_shared_item(central, "packs", "sumpah-pemuda", 1, PACK, [], signer, 1)
    publish_shared_item(
        central,
        "hashtags",
        "resmi",
        1,
        {"name": "Tagar resmi", "hashtags": ["#Sukamaju"]},
        [],
        signer,
        2,
    )
    return central, signer


def test_a_pack_from_diskominfo_opens_as_a_new_draft(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    central, _signer = _central(tmp_path)
    assert SharedItemsService(window.workspace.db).pull(central).new == 2
    window.diskominfo.count_unseen()
    qtbot.waitUntil(lambda: "2" in window.menus.shared_action.text(), timeout=5000)

    window.menus.shared_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SharedItemsDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
    assert "Diskominfo Sukamaju" in dialog.key_label.text()
    dialog.list.setCurrentRow(0)  # packs come before hashtag sets
    assert dialog.action_button.isVisible()
    with qtbot.waitSignal(window.post_opened, timeout=10000):
        dialog.action_button.click()
    qtbot.waitUntil(lambda: window.editor.title_edit.text() == "Sumpah Pemuda 2026", timeout=5000)
    assert "Bersatu membangun kota" in window.editor.base_edit.toPlainText()
    qtbot.waitUntil(lambda: window.menus.shared_action.text() == "From Diskominfo", timeout=5000)


def test_a_changed_key_is_shown_with_a_way_to_accept_it(
    qtbot: QtBot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    central, _signer = _central(tmp_path)
    service = SharedItemsService(empty_workspace.db)
    service.pull(central)
    other = Ed25519Signer.generate(uuid.uuid4().hex)
    init_coordinator(
        central, other, other.public_key_bytes, "Diskominfo", "Sukamaju", replace_key=True
    )
    assert service.pull(central).key_status == "changed"

    dialog = SharedItemsDialog(service, "Rina")  # as "From Diskominfo" opens it
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.accept_key_button.isVisible(), timeout=5000)
    assert "CHANGED" in dialog.key_label.text()
    dialog.accept_key_button.click()
    box = shown_box(dialog)
    assert box is not None
    button(box, "Accept the new key").click()
    qtbot.waitUntil(lambda: not dialog.accept_key_button.isVisible(), timeout=5000)
    assert service.pin_info().changed_fingerprint is None
