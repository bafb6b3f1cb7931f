"""Sharing a calendar day and the city's logo with every agency from the coordinator's
panel; an agency receives both, the day lands in its calendar plan."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.planning import PlanningService
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.shared import read_shared
from medsos_desktop.ui.coordinator.publish import PublishPanel
from medsos_desktop.ui.dialogs.sync_dialogs import PassphraseDialog


def _publish(qtbot: QtBot, panel: PublishPanel, kind: str, title: str) -> object:
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
    panel.title_edit.setText(title)
    with qtbot.waitSignal(panel.published, timeout=10000) as shared:
        panel.publish_button.click()
    return shared.args[0]


def test_share_a_day_and_a_logo(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, memory_keyring: object
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    host = QWidget()
    qtbot.addWidget(host)
    panel = PublishPanel(central, workspace, host)

    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("calendar"))
    panel.due_edit.setDate(QDate(2026, 3, 12))
    panel.every_year.setChecked(True)
    _publish(qtbot, panel, "calendar", "Hari Jadi Kota Sukamaju")

    logo = tmp_path / "logo-kota.png"
    buffer = io.BytesIO()
    Image.new("RGB", (48, 48), (0, 80, 160)).save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("assets"))
    panel.title_edit.setText("Logo Kota Sukamaju")
    panel.publish_button.click()  # no image chosen yet: told, nothing published
    assert "image" in panel.result_label.text()
    panel.set_asset_file(str(logo))
    _publish(qtbot, panel, "assets", "Logo Kota Sukamaju")

    agency = open_workspace(AppPaths(tmp_path / "dinkes"))
    try:
        shared = SharedItemsService(agency.db)
        assert shared.pull(central).new == 2
        asset = next(i for i in shared.items("assets"))
        assert shared.media("assets", asset.item_id, asset.media[0]) == logo.read_bytes()
        days = PlanningService(agency.db).plan_days(date(2027, 3, 1), date(2027, 3, 31))
        assert (date(2027, 3, 12), "Hari Jadi Kota Sukamaju") in {(d.date, d.name) for d in days}
    finally:
        agency.close()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_share_without_a_password_store_offers_a_protected_key_file(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, no_keyring: None
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    host = QWidget()
    qtbot.addWidget(host)
    panel = PublishPanel(central, workspace, host)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("announcements"))
    panel.title_edit.setText("Rapat koordinasi humas")
    panel.text_edit.setPlainText("Rapat koordinasi humas Senin pukul 09.00.")
    panel.publish_button.click()

    # No password store: the user chooses the key file knowingly; nothing is written yet.
    qtbot.waitUntil(lambda: isinstance(panel.dialog, PassphraseDialog), timeout=10000)
    dialog = panel.dialog
    assert dialog.creating and dialog.isVisible()
    assert not (workspace.paths.data_dir / "device-key.pem").exists()
    assert not (central / "shared").exists() or not list((central / "shared").rglob("item.json"))
    dialog.passphrase.setText("kunci-rahasia-2026")
    dialog.repeat.setText("kunci-rahasia-2026")
    with qtbot.waitSignal(panel.published, timeout=10000) as shared:
        # the share goes on with the same title and text
        dialog.findChild(QPushButton, "accept_passphrase").click()
    first = shared.args[0]
    assert first.kind == "announcements"
    assert IdentityService(workspace.paths.data_dir).load().storage == "passphrase-file"
    report = read_shared(central, None)
    assert ("announcements", first.item_id) in report.current

    # The unlocked key stays in memory for this session: the next item asks nothing.
    _publish(qtbot, panel, "hashtags", "Tagar HUT Kota")
    assert panel.dialog is dialog

    # Another session (the app restarted): the passphrase is asked, a wrong one again.
    IdentityService.forget_unlocked()  # what the app's end does
    again = PublishPanel(central, workspace, host)
    again.kind_combo.setCurrentIndex(again.kind_combo.findData("announcements"))
    again.title_edit.setText("Libur bersama")
    again.text_edit.setPlainText("Kantor tutup tanggal 24 Desember.")
    again.publish_button.click()
    qtbot.waitUntil(lambda: isinstance(again.dialog, PassphraseDialog), timeout=10000)
    asked = again.dialog
    assert not asked.creating
    asked.passphrase.setText("salah-sekali-2026")
    asked.findChild(QPushButton, "accept_passphrase").click()
    qtbot.waitUntil(
        lambda: isinstance(again.dialog, PassphraseDialog) and again.dialog is not asked,
        timeout=10000,
    )
    again.dialog.passphrase.setText("kunci-rahasia-2026")
    with qtbot.waitSignal(again.published, timeout=10000):
        again.dialog.findChild(QPushButton, "accept_passphrase").click()
