"""The review as a head of office does it, on an office screen: the post as the public sees it,
the findings grouped by platform in Indonesian, Setujui and Kembalikan always in sight; and the
guard that asks before a post with errors is submitted."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import MediaRef, PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.i18n import translator
from medsos_desktop.services.agency import load_profile
from medsos_desktop.services.checks import check_post
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common import screen_fit
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.dialogs.review_dialog import THUMB, ReviewDialog
from medsos_desktop.ui.editor.findings_view import SubmitGuardDialog
from medsos_desktop.ui.main_window import MainWindow
from tests.ui.visible_text import assert_no_leaks

# The available area of a 1366x768 screen with a 40-pixel taskbar, and of a 1920x1080
# laptop at 150 % (1280x720 logical) with the same taskbar.
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}

MANY_PROBLEMS = (
    "Vaksinasi gratis untuk warga {kelurahan} pada {tanggal}! Daftar di {tautan}. "
    "Contoh data: NIK 3273011203900001, hubungi Bu Rina 0812-3456-7890 atau "
    "rina.puskesmas@gmail.com. Info lengkap https://dinkes.sukamaju.go.id/vaksin "
    + "Ayo datang bersama keluarga, bawa KTP dan kartu vaksin. " * 4
    + " ".join(f"@akun{i}" for i in range(21))
)


def _content(media: tuple[MediaRef, ...] = ()) -> PostContent:
    return PostContent(
        title="Vaksinasi gratis di Alun-alun " + "dan di seluruh kelurahan " * 4,
        platforms=(Platform.INSTAGRAM, Platform.X, Platform.FACEBOOK, Platform.TIKTOK),
        base_caption=MANY_PROBLEMS,
        hashtags=("#SukamajuSehat",),
        media=media,
    )


@pytest.fixture
def indonesian() -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


@pytest.fixture
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The available geometry every screen-fitting helper sees (offscreen has one screen of
    its own size; the screen tier checks the same under a real X server)."""
    area: QRect = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: QRect(area))
    return area


def _post_in_review(workspace: Workspace, content: PostContent) -> int:
    posts = PostService(workspace.db)
    post_id = posts.create(content)
    posts.change_status(post_id, Status.SUBMITTED)
    return post_id


def _open_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    content: PostContent,
    load_blob: Callable[[str], bytes | None] | None = None,
) -> tuple[ReviewDialog, dict[Platform, list[Finding]], int]:
    post_id = _post_in_review(workspace, content)
    service = ReviewService(workspace.db)
    service.add_reviewer("Dr. Andi Pratama", ReviewerRole.KEPALA_DINAS, "246810")
    findings = check_post(content, load_profile(workspace.db))
    dialog = ReviewDialog(
        service,
        post_id,
        content,
        findings,
        service.reviewers(),
        load_blob=load_blob,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, findings, post_id


def _in_window(widget: QWidget, window: QWidget) -> bool:
    """The widget is shown and lies entirely inside the window's client area."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def _texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


@pytest.mark.parametrize("screen", list(SCREENS), indirect=True)
def test_fifteen_findings_keep_approve_and_send_back_on_screen(
    qtbot: QtBot, empty_workspace: Workspace, screen: QRect
) -> None:
    dialog, findings, _post = _open_dialog(qtbot, empty_workspace, _content())
    assert sum(len(group) for group in findings.values()) >= 15
    frame = dialog.geometry().marginsAdded(screen_fit.frame_margins(dialog))
    assert screen.contains(frame), (frame, screen)
    for button in (dialog.approve_button, dialog.back_button):
        assert _in_window(button, dialog)
        assert button.isEnabled()
    assert dialog.approve_button.isDefault()
    assert not dialog.add_button.isDefault() and not dialog.add_button.autoDefault()
    # The findings scroll inside their own area instead of growing the dialog.
    area = dialog.findings_area
    assert _in_window(area, dialog)
    assert area.verticalScrollBar().maximum() > 0
    # The PIN, the checklist and the post's text are in sight too, side by side.
    for widget in (dialog.pin, dialog.preview.tabs):
        assert _in_window(widget, dialog)


def test_findings_grouped_by_platform_in_indonesian(
    qtbot: QtBot, empty_workspace: Workspace, indonesian: None
) -> None:
    dialog, findings, _post = _open_dialog(qtbot, empty_workspace, _content())
    view = dialog.findings_view
    assert list(view.headers) == list(findings)
    assert view.headers[Platform.INSTAGRAM].text().startswith("Instagram — Kesalahan: ")
    assert view.headers[Platform.X].text().startswith("X — ")
    to_id = translator("id")
    for row in view.rows:
        assert row.message.text() == row.finding.render(to_id)
        assert row.message.text() != row.finding.render()  # not the English source
        assert row.severity.text() in {"Kesalahan", "Peringatan", "Info"}
    shown = [row.finding.key for row in view.rows]
    assert sorted(shown) == sorted(f.key for group in findings.values() for f in group)
    # Every error, and only errors, asks for a reason.
    errors = {f.key for group in findings.values() for f in group if f.severity is Severity.ERROR}
    assert set(dialog.reasons) == errors
    assert {"facebook:pii.nik", "instagram:media.missing", "tiktok:media.missing"} <= {
        key.rsplit(":", 1)[0] for key in errors
    }

    # Nothing in the dialog, in any tab, is an English source string or an internal value.
    assert_no_leaks(dialog)


def test_the_post_as_the_public_will_see_it(
    qtbot: QtBot, empty_workspace: Workspace, indonesian: None
) -> None:
    posts = PostService(empty_workspace.db)
    photos = []
    for colour in ((30, 120, 200), (200, 90, 30)):
        data = io.BytesIO()
        Image.new("RGB", (800, 600), colour).save(data, "PNG")
        photos.append(posts.import_image_bytes(data.getvalue(), "foto.png"))
    media = (
        dataclasses.replace(photos[0], alt_text="Petugas menyuntik vaksin ke lengan warga"),
        photos[1],
    )
    content = _content(media)
    dialog, _findings, _post = _open_dialog(qtbot, empty_workspace, content, posts.blob)
    preview = dialog.preview
    assert [preview.tabs.tabText(i) for i in range(preview.tabs.count())] == [
        "Instagram",
        "X",
        "Facebook",
        "TikTok",
    ]
    for platform, edit in preview.texts.items():
        assert edit.toPlainText() == content.final_caption(platform)
        assert edit.isReadOnly()
    alts = [card.alt.text() for card in preview.cards]
    assert alts == ["1. Petugas menyuntik vaksin ke lengan warga", "2. Tanpa teks alternatif"]
    # Beside each text, the feed's view of the post with the first photo as it crops it.
    for phone in preview.phones.values():
        qtbot.waitUntil(lambda phone=phone: phone.photo_placement() is not None, timeout=5000)
        assert phone.text() == content.final_caption(phone.platform)
    for card in preview.cards:
        qtbot.waitUntil(lambda card=card: not card.picture.pixmap().isNull(), timeout=5000)
        assert card.picture.pixmap().width() == THUMB  # 4:3, scaled to the thumbnail's width

    # A finding clicked in the list shows its text in the platform's tab.
    nik = next(row for row in dialog.findings_view.rows if row.finding.code == "pii.nik")
    qtbot.mouseClick(nik, Qt.MouseButton.LeftButton)
    assert preview.tabs.currentWidget() is preview.pages[nik.finding.platform]
    edit = preview.texts[nik.finding.platform]
    assert re.sub(r"\D", "", edit.textCursor().selectedText()) == "3273011203900001"


def test_approve_asks_for_each_reason_then_approves(
    qtbot: QtBot, empty_workspace: Workspace, indonesian: None
) -> None:
    dialog, _findings, post_id = _open_dialog(qtbot, empty_workspace, _content())
    for key in CHECKLIST_KEYS:
        dialog.checks[key].setChecked(True)
    dialog.pin.setText("246810")
    first, *others = dialog.reasons.values()
    for edit in others:
        edit.setText("Sudah dicek oleh Kepala Dinas")
    first.setText("terlalu")  # shorter than ten characters
    dialog.approve_button.click()
    assert "1 kesalahan" in dialog.message.text()
    assert dialog.focusWidget() is first
    assert PostService(empty_workspace.db).load(post_id).status is Status.SUBMITTED

    first.setText("Nomor contoh, bukan NIK warga")
    with qtbot.waitSignal(dialog.decided, timeout=10000) as decided:
        dialog.approve_button.click()
    assert decided.args == ["approved"]
    assert PostService(empty_workspace.db).load(post_id).status is Status.APPROVED


def _new_post_with(
    qtbot: QtBot, window: MainWindow, platforms: tuple[Platform, ...], caption: str
) -> int:
    with qtbot.waitSignal(window.post_opened, timeout=5000) as opened:
        window.menus.new_action.trigger()
    window.editor.title_edit.setText("Posyandu balita bulan ini")
    for platform in platforms:
        window.editor.platform_boxes[platform].setChecked(True)
    window.editor.base_edit.setPlainText(caption)
    return opened.args[0]


def _submit(qtbot: QtBot, window: MainWindow) -> None:
    window.dialog = None
    window.editor.submit_button.click()


@pytest.fixture
def window_id(open_window: Callable[..., MainWindow]) -> MainWindow:
    return open_window("id")


def test_submit_with_errors_lists_them_and_asks(qtbot: QtBot, window_id: MainWindow) -> None:
    window = window_id
    post_id = _new_post_with(
        qtbot, window, (Platform.INSTAGRAM, Platform.FACEBOOK), "Daftar di {tautan} ya."
    )
    _submit(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, SubmitGuardDialog), timeout=5000)
    guard: SubmitGuardDialog = window.dialog
    assert guard.isVisible()
    assert guard.windowModality() is Qt.WindowModality.WindowModal  # open(), not exec()
    headers = {p: label.text() for p, label in guard.view.headers.items()}
    assert set(headers) == {Platform.INSTAGRAM, Platform.FACEBOOK}
    assert headers[Platform.INSTAGRAM] == "Instagram — Kesalahan: 2"
    messages = [row.message.text() for row in guard.view.rows]
    assert any("foto atau video" in m for m in messages)  # Instagram without a photo
    assert any("{tautan}" in m and "belum diisi" in m for m in messages)
    assert all(row.finding.severity is Severity.ERROR for row in guard.view.rows)
    assert guard.fix_button.isDefault()
    assert_no_leaks(guard)
    posts = PostService(window.workspace.db)

    guard.fix_button.click()  # "Fix first": nothing is submitted
    qtbot.waitUntil(lambda: not guard.isVisible(), timeout=5000)
    assert posts.load(post_id).status is Status.DRAFT

    _submit(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(window.dialog, SubmitGuardDialog), timeout=5000)
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        window.dialog.submit_button.click()  # "Submit anyway"
    assert posts.load(post_id).status is Status.SUBMITTED


def test_submit_without_errors_does_not_ask(qtbot: QtBot, window_id: MainWindow) -> None:
    window = window_id
    post_id = _new_post_with(
        qtbot, window, (Platform.FACEBOOK,), "Posyandu balita hari Sabtu di balai RW 05."
    )
    with qtbot.waitSignal(window.post_opened, timeout=5000):
        _submit(qtbot, window)
    assert window.dialog is None
    assert PostService(window.workspace.db).load(post_id).status is Status.SUBMITTED


def test_the_author_is_marked_and_cannot_approve(
    qtbot: QtBot, empty_workspace: Workspace, indonesian: None
) -> None:
    from medsos_desktop.services.people import PeopleService

    PeopleService(empty_workspace.db).save_admin("Rina Wulandari", "Pranata Humas")
    service = ReviewService(empty_workspace.db)
    service.add_reviewer("Rina Wulandari", ReviewerRole.KEPALA_BIDANG, "135790", is_admin=True)
    service.add_reviewer("Dr. Andi Pratama", ReviewerRole.KEPALA_DINAS, "246810")
    content = _content()
    post_id = _post_in_review(empty_workspace, content)
    dialog = ReviewDialog(
        service,
        post_id,
        content,
        check_post(content, load_profile(empty_workspace.db)),
        service.reviewers(post_id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone other than the author comes first; the author is marked in the list.
    assert dialog.reviewer.currentText().startswith("Dr. Andi Pratama")
    assert dialog.approve_button.isEnabled() and not dialog.author_note.isVisible()
    rina = dialog.reviewer.findText("Rina Wulandari", Qt.MatchFlag.MatchStartsWith)
    assert "(penulis atau pengaju posting ini)" in dialog.reviewer.itemText(rina)
    dialog.reviewer.setCurrentIndex(rina)
    assert not dialog.approve_button.isEnabled()
    assert dialog.author_note.isVisible()
    assert dialog.back_button.isEnabled()  # sending back stays possible
