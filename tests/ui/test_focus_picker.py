"""The focus point of an infographic photo: shown on the photo with the faces found in it,
chosen by a click, kept with the infographic's fields, used by the preview, and undone."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.render.engine import SIZE_LABELS
from medsos_desktop.services.infographics import InfographicService, InfographicState
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.editor.infographic_panel import InfographicPanel

FACE_PHOTO = Path(__file__).parent.parent / "data" / "faces" / "astronaut-eileen-collins.jpg"


@pytest.fixture
def photo(empty_workspace: Workspace) -> MediaRef:
    return PostService(empty_workspace.db).import_image_bytes(
        FACE_PHOTO.read_bytes(), "pimpinan.jpg"
    )


@pytest.fixture
def panel(qtbot: QtBot, empty_workspace: Workspace, photo: MediaRef) -> InfographicPanel:
    service = InfographicService(empty_workspace.db)
    widget = InfographicPanel()
    qtbot.addWidget(widget)
    widget.setup(service, service.templates(), SIZE_LABELS, BrandKit())
    widget.load(None, (photo,))
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.preview_shown, timeout=10000):
        widget.template_combo.setCurrentIndex(widget.template_combo.findData("kutipan-pimpinan"))
    return widget


def _choose_photo(qtbot: QtBot, panel: InfographicPanel, sha: str) -> None:
    combo = panel.inputs["photo"]
    assert isinstance(combo, QComboBox)
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        combo.setCurrentIndex(combo.findData(sha))
    picker = panel.focus_pickers["photo"]
    qtbot.waitUntil(lambda: not picker.area.target().isEmpty(), timeout=10000)


def test_the_photo_shows_its_face_and_a_click_sets_the_focus_point(
    qtbot: QtBot, panel: InfographicPanel, photo: MediaRef
) -> None:
    picker = panel.focus_pickers["photo"]
    assert not picker.isVisible()  # no photo chosen yet
    _choose_photo(qtbot, panel, photo.sha256)
    assert picker.isVisible()
    assert len(picker.area.faces) == 1
    assert "the face found is kept" in picker.note.text()
    assert panel.values()["photo"] == photo.sha256  # automatic: no point stored
    assert not picker.auto_button.isEnabled()

    target = picker.area.target()
    click = QPoint(target.left() + target.width() // 4, target.top() + 3 * target.height() // 4)
    states: list[InfographicState] = []
    panel.state_changed.connect(states.append)
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        qtbot.mouseClick(picker.area, Qt.MouseButton.LeftButton, pos=click)
    sha, _, point = str(panel.values()["photo"]).partition("#")
    x, y = (float(v) for v in point.split(","))
    assert sha == photo.sha256
    assert x == pytest.approx(0.25, abs=0.02) and y == pytest.approx(0.75, abs=0.02)
    assert states and states[-1].fields["photo"] == panel.values()["photo"]
    assert picker.auto_button.isEnabled()
    assert "stays in the picture" in picker.note.text()
    # The 512-pixel photo is enlarged in a 1080-pixel design: the preview says so.
    problems = [panel.problems.item(i).text() for i in range(panel.problems.count())]
    assert any("enlarged" in text for text in problems), problems

    # Arrow keys move the point too (no mouse needed).
    picker.area.setFocus()
    qtbot.keyClick(picker.area, Qt.Key.Key_Right)
    assert picker.point() == pytest.approx((x + 0.05, y), abs=0.001)

    picker.auto_button.click()
    assert panel.values()["photo"] == photo.sha256
    assert states[-1].fields["photo"] == photo.sha256


def test_a_saved_focus_point_is_shown_again_and_another_photo_starts_afresh(
    qtbot: QtBot, panel: InfographicPanel, photo: MediaRef, empty_workspace: Workspace
) -> None:
    flipped = io.BytesIO()
    Image.open(FACE_PHOTO).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(flipped, "JPEG")
    other = PostService(empty_workspace.db).import_image_bytes(flipped.getvalue(), "lain.jpg")
    assert other.sha256 != photo.sha256
    value = f"{photo.sha256}#0.300,0.600"
    state = InfographicState("kutipan-pimpinan", "story", {"photo": value, "quote": "Melayani"})
    with qtbot.waitSignal(panel.preview_shown, timeout=10000):
        panel.load(state, (photo, other))
    picker = panel.focus_pickers["photo"]
    combo = panel.inputs["photo"]
    assert isinstance(combo, QComboBox) and combo.currentData() == photo.sha256
    assert picker.point() == pytest.approx((0.3, 0.6))
    assert panel.values()["photo"] == value
    _choose_photo(qtbot, panel, other.sha256)
    assert picker.point() is None and panel.values()["photo"] == other.sha256
