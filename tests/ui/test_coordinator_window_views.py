"""The coordinator window shows what the folder holds: the calendar page queries the days
it displays (the month and its neighbours' leading and trailing days) with their
holidays, and the detail shows the post's first image in the agency's order."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.calendar_days import DayKind
from medsos_desktop.sync.central import publish_revision
from medsos_desktop.sync.writer import MediaFile
from medsos_desktop.ui.coordinator.models import DeviceTableModel
from medsos_desktop.ui.coordinator.window import CoordinatorWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "coordinator"))
from coordinator_support import (
    DINKES,
    DISDIK,
    PC_DINKES,
    PC_DISDIK,
    make_central,
    package,
    publish,
    replace_device_key,
    service,
    signer_for,
    trust_all,
)

# Planned days of the posts: December's own days, November's, and a leading day
# (30 November, a Monday, opens December's grid) and a trailing one (5 January).
PLANNED = {
    1: (DINKES, "2026-12-05T08:00:00"),
    2: (DISDIK, "2026-12-20T09:00:00"),
    3: (DINKES, "2026-11-10T08:00:00"),
    4: (DISDIK, "2026-11-25T10:00:00"),
    5: (DINKES, "2026-11-30T08:00:00"),
    6: (DISDIK, "2027-01-05T08:00:00"),
}
RED, BLUE = (200, 30, 30), (30, 60, 200)


def _png(colour: tuple[int, int, int]) -> MediaFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    data = buffer.getvalue()
    return MediaFile(hashlib.sha256(data).hexdigest(), "png", data)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[CoordinatorWindow]:
    central, signers = make_central(tmp_path)
    signer_of = {DINKES: signers[PC_DINKES], DISDIK: signers[PC_DISDIK]}
    sequences = {DINKES: 0, DISDIK: 0}
    for number, (agency, planned) in PLANNED.items():
        sequences[agency] += 1
        publish(
            central,
            signer_of[agency],
            agency,
            number,
            sequence=sequences[agency],
            title=f"Posting {number}",
            planned=planned,
        )
    # Two images; the agency put the one whose file name (its hash) sorts last first.
    first, second = sorted((_png(RED), _png(BLUE)), key=lambda m: m.sha256, reverse=True)
    base = package(DINKES, 7, title="Posting bergambar", planned="2026-12-07T08:00:00")
    content = {
        **base.post["content"],  # type: ignore[dict-item]
        "media": [
            {"sha256": first.sha256, "filename": "a.png"},
            {"sha256": second.sha256, "filename": "b.png"},
        ],
    }
    sequences[DINKES] += 1
    publish_revision(
        central,
        dataclasses.replace(base, post={**base.post, "content": content}, media=(second, first)),
        signer_of[DINKES],
        sequences[DINKES],
    )
    data_dir = tmp_path / "diskominfo"
    with service(central, data_dir) as coordinator:
        coordinator.scan()
        trust_all(coordinator)

    view = CoordinatorWindow(central, data_dir)
    view.expected_colour = RED if first.data == _png(RED).data else BLUE  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.scanned, timeout=30000):
        view.open()
    yield view
    view.close()


def _titles(window: CoordinatorWindow, day: date) -> set[str]:
    return {entry.title for entry in window.calendar_view.entries_on(day)}


def test_calendar_shows_the_displayed_month_with_its_edges_and_holidays(
    qtbot: QtBot, window: CoordinatorWindow
) -> None:
    window.tabs.setCurrentIndex(2)
    view = window.calendar_view
    view.set_month(2026, 12)
    assert view.visible_range() == (date(2026, 11, 30), date(2027, 1, 10))
    qtbot.waitUntil(lambda: _titles(window, date(2026, 12, 5)) == {"Posting 1"}, timeout=10000)
    [first] = view.entries_on(date(2026, 12, 5))
    assert (first.when.hour, first.when.minute) == (8, 0)  # as planned, not a made-up hour
    assert _titles(window, date(2026, 12, 20)) == {"Posting 2"}
    assert _titles(window, date(2026, 12, 7)) == {"Posting bergambar"}
    assert _titles(window, date(2026, 11, 30)) == {"Posting 5"}  # leading day
    assert _titles(window, date(2027, 1, 5)) == {"Posting 6"}  # trailing day
    assert not _titles(window, date(2026, 11, 10))  # not on this page
    legend = [text for _kind, _colour, text in view.legend.items()]
    assert "Weekly theme" not in legend  # the coordinator's calendar shows none
    christmas = view.plan_days_on(date(2026, 12, 25))
    assert [d.kind for d in christmas] == [DayKind.HOLIDAY]
    assert [d.kind for d in view.plan_days_on(date(2027, 1, 1))] == [DayKind.HOLIDAY]

    view.set_month(2026, 11)
    assert view.visible_range() == (date(2026, 10, 26), date(2026, 12, 6))
    qtbot.waitUntil(lambda: _titles(window, date(2026, 11, 10)) == {"Posting 3"}, timeout=10000)
    assert _titles(window, date(2026, 11, 25)) == {"Posting 4"}
    assert _titles(window, date(2026, 11, 30)) == {"Posting 5"}
    assert _titles(window, date(2026, 12, 5)) == {"Posting 1"}  # trailing day
    assert not _titles(window, date(2026, 12, 20))
    assert view.plan_days_on(date(2026, 11, 10))  # Hari Pahlawan
    assert not view.plan_days_on(date(2026, 12, 25))


def test_detail_shows_the_posts_first_image_in_the_agencys_order(
    qtbot: QtBot, window: CoordinatorWindow
) -> None:
    window.search_edit.setText("bergambar")
    qtbot.waitUntil(lambda: window.revision_model.rowCount() == 1, timeout=10000)
    with qtbot.waitSignal(window.revision_shown, timeout=10000):
        window.revision_table.selectRow(0)
    pixmap = window.detail_image.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert (colour.red(), colour.green(), colour.blue()) == window.expected_colour  # type: ignore[attr-defined]


def test_fingerprint_column_shows_every_fingerprint_whole(
    qtbot: QtBot, window: CoordinatorWindow
) -> None:
    """Read out by phone group by group: all 16 groups, fixed-width, never elided, also
    for a device whose key changed (old and new, one per line) and in a narrow window."""
    replace_device_key(window.central, DISDIK, PC_DISDIK, signer_for(PC_DISDIK, 1))
    with qtbot.waitSignal(window.scanned, timeout=30000):
        window.start_scan(full=True)
    window.resize(1024, 600)
    window.tabs.setCurrentIndex(1)
    model, table = window.device_model, window.device_table
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == 3 and any(model.row_at(i).changed_fingerprint for i in range(3))
        ),
        timeout=10000,
    )
    column = DeviceTableModel.FINGERPRINT
    for row in range(model.rowCount()):
        device, index = model.row_at(row), model.index(row, column)
        lines = index.data().splitlines()
        expected = [device.fingerprint] + (
            [device.changed_fingerprint] if device.changed_fingerprint else []
        )
        assert len(lines) == len(expected)
        for line, fingerprint in zip(lines, expected, strict=True):
            assert line.endswith(fingerprint) and len(fingerprint.split()) == 16
        assert "…" not in index.data()
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font)
        # Fixed width: every hex digit as wide as every other, the groups line up.
        assert len({metrics.horizontalAdvance(digit * 4) for digit in "0123456789abcdef"}) == 1
        assert table.columnWidth(column) >= max(metrics.horizontalAdvance(x) for x in lines)
        assert table.rowHeight(row) >= metrics.lineSpacing() * len(lines)
        option = QStyleOptionViewItem()
        table.itemDelegateForColumn(column).initStyleOption(option, index)
        assert option.textElideMode == Qt.TextElideMode.ElideNone
