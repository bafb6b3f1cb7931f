"""Thumbnails side by side, each one clickable for its own alt text, across post switches."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QListView
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.editor.media_panel import THUMB, MediaPanel


def _images(service: PostService, colours: tuple[str, ...]) -> tuple[MediaRef, ...]:
    refs = []
    for index, colour in enumerate(colours):
        buffer = io.BytesIO()
        Image.new("RGB", (400 + 150 * index, 300), colour).save(buffer, "JPEG")
        refs.append(service.import_image_bytes(buffer.getvalue(), f"{colour}.jpg"))
    return tuple(refs)


@pytest.fixture
def service(empty_workspace: Workspace) -> PostService:
    return PostService(empty_workspace.db)


@pytest.fixture
def panel(qtbot: QtBot, service: PostService) -> MediaPanel:
    widget = MediaPanel(service.blob)
    qtbot.addWidget(widget)
    widget.resize(700, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _wait_for_thumbnails(qtbot: QtBot, panel: MediaPanel, media: tuple[MediaRef, ...]) -> None:
    assert panel.list.count() == len(media)
    qtbot.waitUntil(lambda: panel.thumbnails_ready, timeout=5000)
    qtbot.wait(1)  # let the icons just set repaint


def _item_rects(panel: MediaPanel) -> list[QRect]:
    return [panel.list.visualItemRect(panel.list.item(i)) for i in range(panel.list.count())]


def _assert_side_by_side(panel: MediaPanel) -> None:
    rects = _item_rects(panel)
    for index, rect in enumerate(rects):
        assert rect.width() >= THUMB
        assert panel.list.viewport().rect().contains(rect.center())
        for other in rects[index + 1 :]:
            assert not rect.intersects(other), (rect, other)


def _write_alt_by_clicking(qtbot: QtBot, panel: MediaPanel, row: int, text: str) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.list.currentRow() == row
    panel.alt_edit.setFocus()
    panel.alt_edit.selectAll()
    QTest.keyClicks(panel.alt_edit, text)


def test_three_images_each_take_their_own_alt_text(
    qtbot: QtBot, panel: MediaPanel, service: PostService
) -> None:
    media = _images(service, ("red", "green", "blue"))
    changes: list[tuple[MediaRef, ...]] = []
    panel.media_changed.connect(changes.append)
    panel.set_media(media)  # shown at once, the thumbnails arriving afterwards
    _wait_for_thumbnails(qtbot, panel, media)
    _assert_side_by_side(panel)
    alts = ("Foto satu", "Foto dua", "Foto tiga")
    for row, alt in enumerate(alts):
        _write_alt_by_clicking(qtbot, panel, row, alt)
    assert [ref.alt_text for ref in changes[-1]] == list(alts)
    for row, alt in enumerate(alts):  # each one shows its own text again when picked
        rect = panel.list.visualItemRect(panel.list.item(row))
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert panel.alt_edit.text() == alt


def test_switching_posts_keeps_thumbnails_apart(
    qtbot: QtBot, panel: MediaPanel, service: PostService
) -> None:
    first = _images(service, ("red", "green", "blue"))
    second = _images(service, ("yellow", "purple", "orange"))
    panel.set_media(first[:1])
    _wait_for_thumbnails(qtbot, panel, first[:1])
    panel.set_media(first)  # two images added to a post
    _wait_for_thumbnails(qtbot, panel, first)
    _assert_side_by_side(panel)
    panel.set_media(second)  # another post
    _wait_for_thumbnails(qtbot, panel, second)
    _assert_side_by_side(panel)
    panel.set_media(first)  # and back: thumbnails from the cache
    _assert_side_by_side(panel)
    _write_alt_by_clicking(qtbot, panel, 1, "Foto dua")
    assert panel.list.currentRow() == 1


def test_the_file_dialog_offers_heic_photos(
    qtbot: QtBot, panel: MediaPanel, tmp_path: Path
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("IMG_0001.HEIC", "IMG_0002.heic", "foto.jpg", "catatan.txt"):
        (folder / name).write_bytes(b"x")
    panel.add_button.click()
    dialog = panel.file_dialog
    assert dialog is not None
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(str(folder))
    view = dialog.findChild(QListView, "listView")

    def names() -> set[str]:
        model, root = view.model(), view.rootIndex()
        return {model.index(i, 0, root).data() for i in range(model.rowCount(root))}

    qtbot.waitUntil(lambda: "foto.jpg" in names(), timeout=5000)
    assert names() == {"IMG_0001.HEIC", "IMG_0002.heic", "foto.jpg"}
    dialog.reject()
