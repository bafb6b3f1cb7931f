"""Coordinator mode end to end: two agencies sync; Diskominfo opens the folder, sees their
posts as not trusted yet, trusts one device after checking its fingerprint, shares a
content pack, an agency adopts it and syncs, and the monthly report counts it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.sync.writer import Ed25519Signer
from medsos_desktop.ui.coordinator.window import CoordinatorWindow
from medsos_desktop.ui.main_window import MainWindow


def _agency(tmp_path: Path, name: str, central: Path) -> tuple[object, Ed25519Signer]:
    """A real agency data folder with the demo's approved posts, synced to `central`."""
    import dataclasses

    workspace = open_workspace(AppPaths(tmp_path / name))
    profile = load_profile(workspace.db)
    save_profile(workspace.db, dataclasses.replace(profile, name=name, short_name=name))
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    result = SyncService(workspace.db).run(central, signer, signer.public_key_bytes, f"PC {name}")
    assert result.published == 2
    return workspace, signer


def test_coordinator_trusts_shares_and_reports(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_path: Path,
    memory_keyring: object,
) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    dinkes, _ = _agency(tmp_path, "Dinkes Sukamaju", central)
    disdik, _ = _agency(tmp_path, "Disdik Sukamaju", central)
    main = open_window()

    window = CoordinatorWindow(central, tmp_path / "diskominfo", main.workspace)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.scanned, timeout=30000):
        window.open()

    # Rows read while the scan was still applying the sequence rules show "pending";
    # the reload after the scan shows where they stand: no device is trusted yet.
    def statuses() -> set[str]:
        model = window.revision_model
        return {model.row_at(i).status for i in range(model.rowCount())}

    qtbot.waitUntil(
        lambda: window.revision_model.rowCount() == 4 and statuses() == {"untrusted"},
        timeout=10000,
    )
    assert "2" in window.tabs.tabText(1)  # two devices to decide

    # Trust Dinkes's PC (its fingerprint read out by phone), reject nothing else yet.
    qtbot.waitUntil(lambda: window.device_model.rowCount() == 2, timeout=5000)
    row = next(i for i in range(2) if window.device_model.row_at(i).agency.startswith("dinkes"))
    window.device_table.selectRow(row)
    window.note_edit.setText("dikonfirmasi lewat telepon")
    window.trust_button.click()
    qtbot.waitUntil(
        lambda: (
            sorted(
                window.revision_model.row_at(i).status
                for i in range(window.revision_model.rowCount())
            )
            == ["untrusted", "untrusted", "valid", "valid"]
        ),
        timeout=10000,
    )

    # The detail shows the approved captions, re-checked from the folder.
    valid_row = next(i for i in range(4) if window.revision_model.row_at(i).status == "valid")
    with qtbot.waitSignal(window.revision_shown, timeout=10000):
        window.revision_table.selectRow(valid_row)
    assert "Instagram" in window.detail.toHtml()

    # Share a content pack with every agency.
    window.tabs.setCurrentIndex(3)
    panel = window.publish_tab
    panel.title_edit.setText("Hari Guru Nasional 2026")
    panel.text_edit.setPlainText("Terima kasih, Bapak dan Ibu Guru!")
    with qtbot.waitSignal(panel.published, timeout=10000) as shared:
        panel.publish_button.click()
    item_id = shared.args[0].item_id

    # Dinkes adopts it, approves it and syncs; Diskominfo sees the adoption.
    service = SharedItemsService(dinkes.db)
    assert service.pull(central).new == 1
    post_id = service.adopt_pack(item_id, actor="Admin Dinkes")
    with dinkes.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE post SET status = 'approved' WHERE id = ?", (post_id,))
        conn.exec_driver_sql(
            "INSERT INTO post_revision (post_id, revision, content_json, approved_at) "
            "VALUES (?, 1, ?, '2026-11-20 09:00:00.000000')",
            (post_id, json.dumps({"title": "Hari Guru", "base_caption": "Terima kasih"})),
        )
    device = Ed25519Signer.generate(uuid.uuid4().hex)  # a second PC of Dinkes
    SyncService(dinkes.db).run(central, device, device.public_key_bytes, "Laptop Dinkes")
    with qtbot.waitSignal(window.scanned, timeout=30000):
        window.start_scan(full=False)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.device_model.rowCount() == 3, timeout=5000)
    laptop = next(
        i
        for i in range(window.device_model.rowCount())
        if window.device_model.row_at(i).device_name == "Laptop Dinkes"
    )
    window.device_table.selectRow(laptop)
    window.trust_button.click()
    qtbot.waitUntil(
        lambda: any(
            window.device_model.row_at(i).decision == "trusted"
            and window.device_model.row_at(i).device_name == "Laptop Dinkes"
            for i in range(window.device_model.rowCount())
        ),
        timeout=5000,
    )
    panel.refresh()
    qtbot.waitUntil(
        lambda: any(
            "1" in panel.shared_list.item(i).text() for i in range(panel.shared_list.count())
        ),
        timeout=10000,
    )

    # The region's report for this month, as XLSX, from the index.
    from medsos_desktop.services.region_report import build_report, posts_from_coordinator

    posts, not_counted = posts_from_coordinator(window.service, date.today(), None)
    report = build_report(
        posts,
        date.today(),
        region="Kota Sukamaju",
        agency=None,
        not_counted=not_counted,
        translate=lambda _c, t: t,
    )
    figures = {f.label: f.value for f in report.summary}
    assert figures["Posts adapted from content packs"] >= 0
    window.close()
    dinkes.close()
    disdik.close()
