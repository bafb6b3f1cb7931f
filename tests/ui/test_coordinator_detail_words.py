"""The coordinator's detail in a coordinator's words: an approval of a revision whose device
is not trusted yet is not called checked, nor shown in green; a WhatsApp approval's
screenshot is shown labelled, apart from the post's own image; devices by their names;
the title column has the room at 1366x768."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.sync.central import publish_revision
from medsos_desktop.sync.writer import MediaFile
from medsos_desktop.ui.common import screen_fit
from medsos_desktop.ui.coordinator.detail import approval_html, approved_captions_html
from medsos_desktop.ui.coordinator.models import RevisionTableModel
from medsos_desktop.ui.coordinator.window import CoordinatorWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "coordinator"))
from coordinator_support import (
    DINKES,
    PC_DINKES,
    make_central,
    package,
    signer_for,
    whatsapp_approval,
)

SIGNED_GREEN = "#2e7d32"


def test_an_approval_counts_only_once_its_revision_is_valid() -> None:
    post: dict[str, object] = {"approval": {"reviewer": "dr. Budi", "role": "kepala_dinas"}}
    valid = approval_html(post, "signed", "dr. Budi", "valid")
    assert SIGNED_GREEN in valid and "checked" in valid
    waiting = approval_html(post, "signed", "dr. Budi", "untrusted")
    assert SIGNED_GREEN not in waiting and "checked" not in waiting
    assert "cannot count until this agency's device is trusted" in waiting
    tampered = approval_html(post, "signed", "dr. Budi", "tampered")
    assert "does not count" in tampered and SIGNED_GREEN not in tampered
    # Nothing recorded: said as before, whatever the status.
    assert "No approval" in approval_html({}, "none", "", "untrusted")


def test_whatsapp_screenshot_labelled_only_for_a_whatsapp_approval() -> None:
    post: dict[str, object] = {"content": {"title": "x", "platforms": ["facebook"]}}
    html = approved_captions_html(post, "whatsapp", "dr. Siti", "valid", "evidence:r1")
    assert "Screenshot of the WhatsApp reply" in html and 'src="evidence:r1"' in html
    assert "evidence:r1" not in approved_captions_html(post, "pin", "dr. Siti", "valid", "x")


def _png(colour: tuple[int, int, int], size: tuple[int, int]) -> MediaFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    data = buffer.getvalue()
    return MediaFile(hashlib.sha256(data).hexdigest(), "png", data)


def test_window_shows_the_reply_apart_and_names_the_device(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    central, _ = make_central(tmp_path)
    screenshot = _png((220, 248, 198), (300, 600))
    base = package(DINKES, 1, title="Waspada DBD musim hujan")
    content = {**base.post["content"], "media": []}  # type: ignore[dict-item]
    approval = whatsapp_approval(screenshot.sha256)
    post = {**base.post, "content": content, "approval": approval}
    publish_revision(
        central,
        dataclasses.replace(base, post=post, media=(screenshot,)),
        signer_for(PC_DINKES),
        1,
    )
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(0, 0, 1366, 728))
    window = CoordinatorWindow(central, tmp_path / "diskominfo")
    qtbot.addWidget(window)
    # What maximised gives at 1366x768, whatever the test's own display is.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(0, 0)
    window.show()
    window.resize(1366, 698)
    with qtbot.waitSignal(window.scanned, timeout=30000):
        window.open()
    qtbot.waitUntil(lambda: window.revision_model.rowCount() == 1, timeout=10000)
    row = window.revision_model.row_at(0)
    assert row is not None and row.status == "untrusted"

    with qtbot.waitSignal(window.revision_shown, timeout=10000):
        window.revision_table.selectRow(0)
    text = window.detail.toPlainText()
    assert f"PC {PC_DINKES}" in text and f"device {PC_DINKES}" not in text
    assert "cannot count until this agency's device is trusted" in text
    assert "Screenshot of the WhatsApp reply" in text
    assert window.detail_image.pixmap().isNull()  # the post has no image of its own

    # The title column has the room; the others as wide as what they show.
    table = window.revision_table
    title = table.columnWidth(RevisionTableModel.TITLE)
    metrics = table.fontMetrics()
    assert title >= metrics.horizontalAdvance("Waspada DBD musim hujan")
    status = window.revision_model.index(0, RevisionTableModel.STATUS).data()
    assert table.columnWidth(RevisionTableModel.STATUS) >= metrics.horizontalAdvance(status)

    # The Devices tab names the device; its id only in the tooltip.
    window.tabs.setCurrentIndex(1)
    model = window.device_model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)  # one per agency
    window.device_table.selectRow(
        next(i for i in range(3) if model.row_at(i).device_id == PC_DINKES)  # type: ignore[union-attr]
    )
    assert window.device_detail.text().startswith(f"PC {PC_DINKES} of ")
    assert PC_DINKES in window.device_detail.toolTip()
    assert window.device_detail.text().count(PC_DINKES) == 1  # in its name only
