"""A post goes to the head of office: submit, review with a PIN and the checklist, approve."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.ui.dialogs.review_dialog import ReviewDialog
from medsos_desktop.ui.main_window import MainWindow


def _submit_new_post(qtbot: QtBot, window: MainWindow) -> int:
    with qtbot.waitSignal(window.post_opened, timeout=5000) as opened:
        window.menus.new_action.trigger()
    post_id = opened.args[0]
    window.editor.title_edit.setText("Bakti sosial Hari Kesehatan Nasional")
    window.editor.base_edit.setPlainText("Ayo ikut bakti sosial! #SukamajuSehat #PemkotSukamaju")
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        window.editor.submit_button.click()
    assert window.editor.status is Status.SUBMITTED
    assert window.editor.review_button.isVisibleTo(window.editor)
    return post_id


def _open_review(qtbot: QtBot, window: MainWindow) -> ReviewDialog:
    window.editor.review_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, ReviewDialog), timeout=5000)
    return window.dialog


def test_add_reviewer_then_approve_with_pin_and_checklist(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    post_id = _submit_new_post(qtbot, window)
    dialog = _open_review(qtbot, window)
    dialog.new_name.setText("Dr. Andi Pratama")
    dialog.new_pin.setText("246810")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.reviewer.count() == 1, timeout=5000)

    dialog.pin.setText("246810")
    dialog.approve_button.click()  # checklist not ticked
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert PostService(window.workspace.db).load(post_id).status is Status.SUBMITTED

    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.pin.setText("999999")
    dialog.message.clear()
    dialog.approve_button.click()  # wrong PIN
    qtbot.waitUntil(lambda: "PIN" in dialog.message.text(), timeout=5000)

    dialog.pin.setText("246810")
    with qtbot.waitSignal(window.post_reviewed, timeout=5000) as reviewed:
        dialog.approve_button.click()
    assert reviewed.args == [post_id, "approved"]
    qtbot.waitUntil(lambda: window.editor.status is Status.APPROVED, timeout=5000)
    assert window.editor.title_edit.isReadOnly()
    history = ReviewService(window.workspace.db).history(post_id)
    assert [(h.reviewer, h.decision) for h in history] == [("Dr. Andi Pratama", "approved")]


def test_send_back_needs_a_comment(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    ReviewService(window.workspace.db).add_reviewer(
        "Ibu Sari", ReviewerRole.KEPALA_BIDANG, "135790"
    )
    post_id = _submit_new_post(qtbot, window)
    dialog = _open_review(qtbot, window)
    dialog.pin.setText("135790")
    dialog.back_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    dialog.comment.setPlainText("Tambahkan jam dan lokasi kegiatan.")
    with qtbot.waitSignal(window.post_reviewed, timeout=5000):
        dialog.back_button.click()
    qtbot.waitUntil(lambda: window.editor.status is Status.CHANGES_REQUESTED, timeout=5000)
    assert not window.editor.title_edit.isReadOnly()
    assert PostService(window.workspace.db).load(post_id).status is Status.CHANGES_REQUESTED


def test_history_shows_decisions_and_caption_diff(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    from medsos_desktop.ui.dialogs.history_dialog import HistoryDialog

    window = open_window()
    reviews = ReviewService(window.workspace.db)
    andi = reviews.add_reviewer("Dr. Andi", ReviewerRole.KEPALA_DINAS, "246810")
    post_id = _submit_new_post(qtbot, window)
    reviews.approve(post_id, andi.id, "246810", dict.fromkeys(CHECKLIST_KEYS, True), {})
    window.select_post(post_id)
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        window.review.new_revision(post_id)
    window.editor.base_edit.setPlainText(
        "Ayo ikut bakti sosial di Alun-alun! #SukamajuSehat #PemkotSukamaju"
    )
    window.editor.history_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, HistoryDialog), timeout=5000)
    text = window.dialog.browser.toPlainText()
    assert "Dr. Andi" in text
    assert "Alun-alun" in text  # the changed line, side by side with the approved one
    assert "Approved (revision 1)" in text


def test_approval_sheet_as_png_and_pdf(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    from PIL import Image

    window = open_window()
    window.file_dialog = None
    window.editor.sheet_button.click()  # no reviewer to choose from: straight to saving
    qtbot.waitUntil(lambda: window.file_dialog is not None, timeout=5000)
    assert window.file_dialog.defaultSuffix() == "pdf"  # the document, not a picture of it
    target = tmp_path / "lembar.pdf"
    with qtbot.waitSignal(window.sheet_saved, timeout=20000) as saved:
        window.file_dialog.fileSelected.emit(str(target))
    pdf, images = saved.args[0]
    assert pdf == target and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in images] == [f"lembar-{n}.png" for n in range(1, len(images) + 1)]
    assert len(images) >= 2  # the signature block is on a later page than the letterhead
    for image in images:
        with Image.open(image) as page:
            assert page.size == (1240, 1754)  # A4 at 150 dpi


def test_the_admin_picks_who_signs_the_approval_sheet(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    import shutil
    import subprocess

    from PySide6.QtWidgets import QInputDialog

    window = open_window()
    reviews = ReviewService(window.workspace.db)
    reviews.add_reviewer("Dr. Andi Pratama", ReviewerRole.KEPALA_DINAS, "246810")
    reviews.add_reviewer(
        "Budi Santoso", ReviewerRole.KEPALA_DINAS, "135790", jabatan="Plt. Kepala Dinas"
    )
    window.file_dialog = None
    window.editor.sheet_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, QInputDialog), timeout=5000)
    dialog = window.dialog
    items = dialog.comboBoxItems()
    assert "Budi Santoso — Plt. Kepala Dinas" in items and len(items) == 3  # + leave blank
    dialog.textValueSelected.emit("Budi Santoso — Plt. Kepala Dinas")
    qtbot.waitUntil(lambda: window.file_dialog is not None, timeout=5000)
    target = tmp_path / "lembar.pdf"
    with qtbot.waitSignal(window.sheet_saved, timeout=20000):
        window.file_dialog.fileSelected.emit(str(target))
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, check=True
        ).stdout.decode()
        assert "Budi Santoso" in text and "Dr. Andi Pratama" not in text


def test_approval_by_a_whatsapp_reply_with_its_screenshot(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """The head is away: the admin records their WhatsApp reply. No PIN is asked, the
    screenshot is required, and the approval is stored as WhatsApp evidence."""
    from PIL import Image

    window = open_window()
    post_id = _submit_new_post(qtbot, window)
    ReviewService(window.workspace.db).add_reviewer("Ir. Wati", ReviewerRole.KEPALA_DINAS, "246810")
    dialog = _open_review(qtbot, window)
    qtbot.waitUntil(lambda: dialog.reviewer.count() == 1, timeout=5000)
    dialog.by_whatsapp.setChecked(True)
    assert not dialog.pin.isVisibleTo(dialog) and dialog.whatsapp_box.isVisibleTo(dialog)
    assert not dialog.back_button.isVisibleTo(dialog)
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.approve_button.click()  # no screenshot yet
    assert "WhatsApp" in dialog.message.text()
    assert PostService(window.workspace.db).load(post_id).status is Status.SUBMITTED

    shot = tmp_path / "balasan-kadis.png"
    Image.new("RGB", (300, 600), "#dcf8c6").save(shot)
    dialog._screenshot = shot
    with qtbot.waitSignal(window.post_reviewed, timeout=5000) as reviewed:
        dialog.approve_button.click()
    assert reviewed.args == [post_id, "approved"]
    with window.workspace.db.engine.connect() as conn:
        method, evidence, received = conn.exec_driver_sql(
            "SELECT method, evidence_sha256, evidence_at FROM review WHERE post_id = ?",
            (post_id,),
        ).one()
    assert method == "whatsapp" and len(evidence) == 64 and received is not None
