"""The walk's probe (ui/common/ui_probe.py): off unless asked, answers with where widgets are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QVBoxLayout, QWidget

from medsos_desktop.ui.common import ui_probe


def _window(qtbot: object) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Probe")
    window.resize(300, 200)
    area = QScrollArea(window)
    area.setObjectName("area")
    body = QWidget()
    column = QVBoxLayout(body)
    for n in range(12):
        button = QPushButton(f"Tombol {n}", body)
        button.setObjectName(f"button_{n}")
        column.addWidget(button)
    area.setWidget(body)
    area.setGeometry(0, 0, 300, 200)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window


def test_off_without_the_variable(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.delenv(ui_probe.PROBE_ENV, raising=False)
    assert ui_probe.install_if_requested(qapp) is None


def test_a_request_is_answered_with_widgets_and_what_a_scroll_area_hides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: object
) -> None:
    window = _window(qtbot)
    out = tmp_path / "probe.json"
    monkeypatch.setenv(ui_probe.PROBE_ENV, str(out))
    timer = ui_probe.install_if_requested(qapp)
    try:
        request = tmp_path / "probe.json.request"
        request.write_text("token-1", encoding="utf-8")
        qtbot.waitUntil(lambda: out.exists(), timeout=5000)  # type: ignore[attr-defined]
        assert not request.exists()
        answer = json.loads(out.read_text(encoding="utf-8"))
    finally:
        timer.stop()  # type: ignore[union-attr]
    assert answer["token"] == "token-1" and window.isVisible()
    assert any(w["title"] == "Probe" for w in answer["windows"]), answer["windows"]
    buttons = {w["name"]: w for w in answer["widgets"] if w["name"].startswith("button_")}
    first, last = buttons["button_0"], buttons["button_11"]
    assert first["text"] == "Tombol 0" and first["shown"] == first["rect"]
    # Below the scroll area's viewport: there, but not where a click would land.
    assert last["shown"][2] == 0 or last["shown"][3] == 0
