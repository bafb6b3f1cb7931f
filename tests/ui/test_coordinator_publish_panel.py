"""Sharing a calendar day and the city's logo with every agency from the coordinator's
panel; an agency receives both, the day lands in its calendar plan."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.planning import PlanningService
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.protocol import init_central
from medsos_desktop.ui.coordinator_publish import PublishPanel


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
