"""What the tester found on the admin's side of review at 1366x768: pinned comments shown
whole (wrapped, the list scrolling past a few lines); no ".." after a name that ends with a
dot; the WhatsApp screenshot's name and thumbnail in a place of a fixed size; a new post
opening at its top with its title focused; Settings asking to save a central folder just
typed, not to choose one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.review import ReviewerRole
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.review_view import ReturnedComment, ReviewView
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog
from medsos_desktop.ui.editor.review_notes import LINES_SHOWN, ReviewNotesPanel
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.test_review_dialog import _open_review, _submit_new_post

LONG = (
    "Tulis jelas: demam tinggi 2 hari atau lebih; tambahkan nomor hotline puskesmas "
    "(0812-3456-7890) dan jam layanan IGD, supaya warga tahu harus ke mana malam hari."
)


def _panel(qtbot: QtBot, host: QWidget, comments: int) -> ReviewNotesPanel:
    qtbot.addWidget(host)
    panel = ReviewNotesPanel(host)
    host.resize(660, 400)  # the editor's width beside the list at 1366x768
    panel.resize(640, 300)
    host.show()
    panel.show_comments(
        "dr. Budi Santoso, M.Kes.",
        tuple(
            ReturnedComment(
                "dr. Budi Santoso, M.Kes.",
                "Kepala Bidang",
                LONG,
                platform="facebook",
                start=0,
                end=10,
                quote="gi lebih dari dua hari",
            )
            for _ in range(comments)
        ),
        set(),
    )
    return panel


def test_a_long_comment_is_shown_whole(qtbot: QtBot) -> None:
    host = QWidget()
    panel = _panel(qtbot, host, 1)
    line = panel.list.fontMetrics().lineSpacing()
    item = panel.list.item(0)
    assert item.sizeHint().height() >= 2 * line  # wrapped, not one line cut off
    rect = panel.list.visualItemRect(item)
    assert panel.list.viewport().rect().contains(rect)  # all of it in sight
    assert panel.list.verticalScrollBar().maximum() == 0


def test_many_comments_scroll_under_a_bounded_height(qtbot: QtBot) -> None:
    host = QWidget()
    panel = _panel(qtbot, host, 6)
    line = panel.list.fontMetrics().lineSpacing()
    assert panel.list.height() <= LINES_SHOWN * line + 2 * panel.list.frameWidth()
    assert panel.list.height() >= 4 * line
    assert panel.list.verticalScrollBar().maximum() > 0


def test_no_double_full_stop_after_a_name_ending_with_a_dot(
    open_window: Callable[..., MainWindow],
) -> None:
    editor = open_window().editor
    editor.review_view = ReviewView(
        chain_set=True,
        sent=True,
        steps=("Kepala Bidang", "Kepala Dinas"),
        awaiting=("dr. Budi Santoso, M.Kes.",),
    )
    text = editor._chain_text()
    assert "Waiting for dr. Budi Santoso, M.Kes. " in text and ".." not in text


def test_whatsapp_screenshot_named_and_shown_in_a_fixed_place(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    _submit_new_post(qtbot, window)
    ReviewService(window.workspace.db).add_reviewer("Ir. Wati", ReviewerRole.KEPALA_DINAS, "246810")
    dialog = _open_review(qtbot, window)
    qtbot.waitUntil(lambda: dialog.reviewer.count() == 1, timeout=5000)
    dialog.by_whatsapp.setChecked(True)
    qtbot.waitUntil(lambda: dialog.whatsapp_box.isVisible(), timeout=5000)
    qtbot.wait(50)  # laid out
    checks_before = {
        key: box.mapTo(dialog, box.rect().topLeft()) for key, box in dialog.checks.items()
    }
    height_before = dialog.whatsapp_box.height()

    shot = tmp_path / "balasan-kadis.png"
    Image.new("RGB", (300, 600), "#dcf8c6").save(shot)
    dialog.use_screenshot(shot)
    assert dialog.screenshot_view.text() == "balasan-kadis.png"
    qtbot.waitUntil(lambda: not dialog.screenshot_thumb.pixmap().isNull(), timeout=5000)
    assert dialog.screenshot_view.text() == "balasan-kadis.png"  # still named
    thumb = dialog.screenshot_thumb.pixmap()
    assert 0 < thumb.deviceIndependentSize().height() <= dialog.screenshot_thumb.height()
    # Nothing moved: a click meant for a checklist box lands on it.
    qtbot.wait(50)
    assert dialog.whatsapp_box.height() == height_before
    after = {key: box.mapTo(dialog, box.rect().topLeft()) for key, box in dialog.checks.items()}
    assert after == checks_before


def test_a_new_post_opens_at_its_top_with_its_title_focused(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    window.resize(1366, 740)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    editor = window.editor
    _submit_new_post(qtbot, window)
    bar = editor.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())  # the last post was read down to its images
    editor.base_edit.setFocus()
    before = editor.post_id
    window.menus.new_action.trigger()
    qtbot.waitUntil(lambda: editor.post_id not in (None, before), timeout=5000)
    qtbot.waitUntil(editor.title_edit.hasFocus, timeout=5000)
    assert bar.value() == 0


def test_settings_ask_to_save_a_central_folder_just_typed(
    qtbot: QtBot,
    ui_context: Callable[[Workspace], UiContext],
    empty_workspace: Workspace,
    tmp_path: Path,
) -> None:
    dialog = SettingsDialog(ui_context(empty_workspace), None, lambda: None, lambda _p: None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.central_edit.setText(str(tmp_path / "pusat"))
    dialog.tabs.setCurrentWidget(dialog.remote_page)
    message = dialog.remote_page.message.text()
    assert "not saved yet" in message and "Press Save" in message
    assert "Choose the central folder" not in message
