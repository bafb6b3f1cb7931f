"""The admin takes the post's images out of the app to upload them: every image as a
file, numbered in carousel order, never over a file already there."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.ui.editor.media_panel import MediaPanel


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (108, 135), colour).save(out, "PNG")
    return out.getvalue()


def test_the_post_images_are_saved_numbered_in_carousel_order(qtbot: QtBot, tmp_path: Path) -> None:
    blobs = {hashlib.sha256(d).hexdigest(): d for d in (_png("red"), _png("blue"))}
    refs = tuple(
        MediaRef(sha, name, "", 108, 135)
        for sha, name in zip(blobs, ("infografis-poin-portrait-1.png", "foto.png"), strict=True)
    )
    panel = MediaPanel(blobs.get)
    qtbot.addWidget(panel)
    panel.set_media(refs)
    panel.set_read_only(True)  # an approved post: its images are what gets uploaded
    assert panel.save_button.isEnabled()

    with qtbot.waitSignal(panel.images_saved, timeout=5000) as first:
        panel.save_images(tmp_path)
    assert [p.name for p in first.args[0]] == ["1-infografis-poin-portrait-1.png", "2-foto.png"]
    assert [p.read_bytes() for p in first.args[0]] == list(blobs.values())
    note = panel.save_note.text()
    assert panel.save_note.isVisible() or not panel.isVisible()
    assert "2" in note and str(tmp_path) in note

    with qtbot.waitSignal(panel.images_saved, timeout=5000) as second:
        panel.save_images(tmp_path)  # again: the first files stay as they were
    assert [p.name for p in second.args[0]] == [
        "1-infografis-poin-portrait-1 (2).png",
        "2-foto (2).png",
    ]
    assert len(list(tmp_path.iterdir())) == 4


def test_without_images_there_is_nothing_to_save(qtbot: QtBot) -> None:
    panel = MediaPanel(lambda _sha: None)
    qtbot.addWidget(panel)
    panel.set_media(())
    assert not panel.save_button.isEnabled()
