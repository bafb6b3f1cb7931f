"""The blur tool proposes the faces found in a photo ("3 faces found. Hide them?"): one
click marks them all, and the new photo has no face left that the detector can find."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.render import focus
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.editor.media_panel import MediaPanel
from medsos_desktop.ui.editor.obscure_dialog import ObscureDialog

FACE_PHOTO = Path(__file__).parent.parent / "data" / "faces" / "astronaut-eileen-collins.jpg"


def _group_photo() -> bytes:
    """Three real faces side by side, as in a photo of pupils at an event."""
    face = Image.open(FACE_PHOTO).convert("RGB")
    group = Image.new("RGB", (1536, 640), (120, 130, 140))
    for index in range(3):
        group.paste(face.resize((500, 500)), (12 + index * 512, 70))
    out = io.BytesIO()
    group.save(out, "JPEG", quality=92)
    return out.getvalue()


@pytest.fixture
def service(empty_workspace: Workspace) -> PostService:
    return PostService(empty_workspace.db)


@pytest.fixture
def group(service: PostService) -> MediaRef:
    return service.import_image_bytes(_group_photo(), "murid.jpg")


def test_the_faces_found_are_offered_and_marked_with_one_click(
    qtbot: QtBot, service: PostService, group: MediaRef
) -> None:
    panel = MediaPanel(service.blob)
    qtbot.addWidget(panel)
    panel.resize(700, 260)
    panel.show()
    panel.set_media((group,))
    panel.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: panel.obscure_button.isEnabled(), timeout=5000)
    panel.obscure_button.click()
    qtbot.waitUntil(
        lambda: isinstance(getattr(panel, "obscure_dialog", None), ObscureDialog), timeout=10000
    )
    dialog = panel.obscure_dialog
    assert dialog.suggestion.text() == "3 faces found. Hide them?"
    assert dialog.mark_faces.isVisible() and not dialog.apply_button.isEnabled()
    dialog.mark_faces.click()
    boxes = dialog.picker.relative_boxes()
    assert len(boxes) == 3 and dialog.apply_button.isEnabled()
    # Each mark covers one face whole (with room for hair and chin), left to right.
    lefts = sorted(box[0] for box in boxes)
    assert lefts[0] < 1 / 3 < lefts[1] < 2 / 3 < lefts[2]
    dialog.clear_button.click()
    assert dialog.picker.relative_boxes() == [] and not dialog.apply_button.isEnabled()
    dialog.mark_faces.click()

    with qtbot.waitSignal(panel.obscure_requested, timeout=5000) as blocker:
        dialog.apply_button.click()
    row, chosen, mode = blocker.args
    assert row == 0 and mode == "pixelate" and len(chosen) == 3

    hidden = service.obscure_image(group, chosen, mode)
    data = service.blob(hidden.sha256)
    assert data is not None
    with Image.open(io.BytesIO(data)) as image:
        assert focus.detect_faces(image.convert("RGB")) == ()
    with Image.open(io.BytesIO(service.blob(group.sha256) or b"")) as image:
        assert len(focus.detect_faces(image.convert("RGB"))) == 3  # the test can fail


def test_a_photo_without_faces_says_so_and_one_region_still_works(qtbot: QtBot) -> None:
    image = QImage(640, 480, QImage.Format.Format_RGB888)
    image.fill(0x336699)
    dialog = ObscureDialog(image, None, faces=())
    qtbot.addWidget(dialog)
    assert not dialog.mark_faces.isVisibleTo(dialog)
    assert "No face found" in dialog.suggestion.text()
    dialog.picker.set_relative_box((0.3, 0.2, 0.6, 0.5))
    assert dialog.picker.relative_boxes() == [(0.3, 0.2, 0.6, 0.5)]
    assert dialog.apply_button.isEnabled()
