"""From the sample to the agency's own workspace, and the trash, as an admin meets them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from medsos_desktop.ui.dialogs.sample_viewer import SampleViewer
from medsos_desktop.ui.dialogs.trash_dialog import TrashDialog
from medsos_desktop.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


def _accept(box: object, text: str) -> None:
    assert isinstance(box, QMessageBox) and box.isVisible()
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_the_sample_says_so_and_is_never_sent(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.sample_banner.isVisible()
    window.menus.sync_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "sample" in box.text()
    assert not window.settings.central_folder  # not even asked for a folder
    box.reject()


def test_the_real_profile_starts_an_empty_workspace(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window(dismiss_profile=False)
    dialog = window.dialog
    qtbot.keyClicks(dialog.name_edit, "Dinas Pendidikan Kota Sukamaju")
    qtbot.keyClicks(dialog.short_edit, "Disdik Sukamaju")
    dialog.accept()
    qtbot.waitUntil(lambda: window.profile.confirmed and window.model.rowCount() == 0, timeout=5000)
    assert not window.sample_banner.isVisible()
    # The guided first set-up of the agency's own brand kit is offered at once.
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox), timeout=5000)
    assert "brand kit" in window.dialog.text()
    window.dialog.reject()
    # The sample can still be looked at, read-only.
    window.menus.sample_action.trigger()
    viewer = window.dialog
    assert isinstance(viewer, SampleViewer)
    assert viewer.list.count() == 6 and viewer.captions.count() >= 1
    viewer.reject()


def test_delete_asks_then_trash_restores(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    before = window.model.rowCount()
    post_id = window.editor.post_id
    title = window.editor.title_edit.text()
    window.menus.delete_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "trash" in box.text()
    assert window.model.rowCount() == before  # nothing happens before the answer
    _accept(box, "Move to trash")
    qtbot.waitUntil(lambda: window.model.rowCount() == before - 1, timeout=5000)

    window.menus.trash_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, TrashDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 0).text() == title
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == before, timeout=5000)
    qtbot.waitUntil(lambda: dialog.empty_label.isVisibleTo(dialog), timeout=5000)
    assert post_id in [window.model.row_at(i).id for i in range(window.model.rowCount())]
    dialog.reject()
