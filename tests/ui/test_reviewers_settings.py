"""Settings → Reviewers, driven as an admin does it: add, change, a new PIN with the old
one or on the admin's confirmation (recorded), deactivate (then no decision is possible);
the admin's own entry never approves their own post; a data folder without the admin's
name asks for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.posts import PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.people import PeopleService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewerAction, ReviewError, ReviewService
from medsos_desktop.services.settings import load_settings, save_settings
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.dialogs.profile_dialog import AdminDialog
from medsos_desktop.ui.dialogs.reviewers_page import PinResetDialog, ReviewerDialog, ReviewersPage
from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog
from medsos_desktop.ui.main_window import MainWindow

ALL_TICKED = dict.fromkeys(CHECKLIST_KEYS, True)


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _page(qtbot: QtBot, workspace: Workspace) -> ReviewersPage:
    """The Reviewers tab as Settings shows it, built alone on the data folder."""
    page = ReviewersPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0, timeout=5000)
    return page


def _reviewers_page(qtbot: QtBot, window: MainWindow) -> ReviewersPage:
    window.menus.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.tabs.setCurrentWidget(dialog.reviewers_page)
    page = dialog.reviewers_page
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0, timeout=5000)
    return page


def _add(qtbot: QtBot, page: ReviewersPage, name: str, jabatan: str, nip: str, pin: str) -> None:
    _click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, ReviewerDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.jabatan_edit, jabatan)
    qtbot.keyClicks(dialog.nip_edit, nip)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClicks(dialog.pin_again, pin)
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, dialog.save_button)


def _row_texts(page: ReviewersPage) -> list[list[str]]:
    return [
        [page.table.topLevelItem(i).text(c) for c in range(page.COLUMNS)]
        for i in range(page.table.topLevelItemCount())
    ]


def _submitted_post(workspace: Workspace) -> int:
    posts = PostService(workspace.db)
    post_id = posts.create(PostContent(title="Donor darah", base_caption="Ayo donor darah"))
    posts.change_status(post_id, Status.SUBMITTED)
    return post_id


def test_add_change_and_a_new_pin_with_the_old_one(
    qtbot: QtBot, empty_workspace: Workspace
) -> None:
    page = _page(qtbot, empty_workspace)
    _add(qtbot, page, "Budi Santoso", "Kepala Bidang P2P", "19800315 200501 1 002", "246810")
    assert _row_texts(page)[0][:3] == ["Budi Santoso", "Kepala Bidang P2P", "198003152005011002"]

    # A wrong NIP is refused in the dialog, which stays open to correct it.
    _click(qtbot, page.add_button)
    wrong = page.dialog
    qtbot.keyClicks(wrong.name_edit, "Andi")
    qtbot.keyClicks(wrong.nip_edit, "1234")
    qtbot.keyClicks(wrong.pin_edit, "135790")
    qtbot.keyClicks(wrong.pin_again, "135790")
    _click(qtbot, wrong.save_button)
    qtbot.waitUntil(lambda: "18" in wrong.error.text(), timeout=5000)
    assert wrong.isVisible()
    wrong.reject()

    page.select(page.reviewers[0].id)
    _click(qtbot, page.edit_button)
    edit = page.dialog
    assert isinstance(edit, ReviewerDialog) and edit.pin_edit is None
    edit.name_edit.clear()
    qtbot.keyClicks(edit.name_edit, "dr. Budi Santoso, M.Kes.")
    edit.jabatan_edit.clear()
    qtbot.keyClicks(edit.jabatan_edit, "Kepala Dinas Kesehatan")
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, edit.save_button)
    assert _row_texts(page)[0][:2] == ["dr. Budi Santoso, M.Kes.", "Kepala Dinas Kesehatan"]
    assert "dr. Budi Santoso, M.Kes." in page.log.item(0).text()

    _click(qtbot, page.pin_button)
    reset = page.dialog
    assert isinstance(reset, PinResetDialog) and not reset.forgotten.isEnabled()  # no admin
    qtbot.keyClicks(reset.old_pin, "000000")
    qtbot.keyClicks(reset.new_pin, "112233")
    qtbot.keyClicks(reset.new_again, "112233")
    _click(qtbot, reset.save_button)
    qtbot.waitUntil(lambda: "PIN" in reset.error.text(), timeout=5000)
    reset.old_pin.clear()
    qtbot.keyClicks(reset.old_pin, "246810")
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, reset.save_button)

    service = ReviewService(empty_workspace.db)
    post_id = _submitted_post(empty_workspace)
    budi = service.reviewers()[0].id
    with pytest.raises(ReviewError):
        service.approve(post_id, budi, "246810", ALL_TICKED, {})
    service.approve(post_id, budi, "112233", ALL_TICKED, {})


def test_a_forgotten_pin_reset_on_the_admins_word_is_recorded(
    qtbot: QtBot, empty_workspace: Workspace
) -> None:
    PeopleService(empty_workspace.db).save_admin("Rina Wulandari", "Pranata Humas")
    page = _page(qtbot, empty_workspace)
    _add(qtbot, page, "Budi Santoso", "Kepala Dinas", "", "246810")

    page.select(page.reviewers[0].id)
    _click(qtbot, page.pin_button)
    reset = page.dialog
    assert isinstance(reset, PinResetDialog) and reset.forgotten.isEnabled()
    _click(qtbot, reset.forgotten)
    assert not reset.old_pin.isEnabled()
    qtbot.keyClicks(reset.new_pin, "778899")
    qtbot.keyClicks(reset.new_again, "778899")
    _click(qtbot, reset.save_button)  # not confirmed yet
    qtbot.waitUntil(lambda: reset.error.text() != "", timeout=5000)
    _click(qtbot, reset.confirm)
    qtbot.keyClicks(reset.reason, "Lupa PIN, identitas dicek langsung di kantor")
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, reset.save_button)

    event = ReviewService(empty_workspace.db).reviewer_log()[0]
    assert event.action is ReviewerAction.PIN_RESET and event.by == "Rina Wulandari"
    assert event.detail["reason"] == "Lupa PIN, identitas dicek langsung di kantor"
    shown = page.log.item(0).text()
    assert "Rina Wulandari" in shown and "Lupa PIN" in shown
    assert ReviewService(empty_workspace.db).reviewer_log_intact()


def test_deactivated_reviewers_cannot_approve(qtbot: QtBot, empty_workspace: Workspace) -> None:
    page = _page(qtbot, empty_workspace)
    _add(qtbot, page, "Budi Santoso", "Kepala Dinas", "", "246810")
    budi = page.reviewers[0].id
    page.select(budi)
    assert page.active_button.text() == "Deactivate"
    _click(qtbot, page.active_button)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, yes)
    assert "deactivated" in _row_texts(page)[0][4]
    assert page.active_button.text() == "Activate again"

    service = ReviewService(empty_workspace.db)
    assert service.reviewers() == []  # the review window offers nobody
    post_id = _submitted_post(empty_workspace)
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, budi, "246810", ALL_TICKED, {})
    assert "Budi Santoso" in info.value.render()
    assert PostService(empty_workspace.db).load(post_id).status is Status.SUBMITTED


def test_the_admins_own_entry_cannot_approve_their_post(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(language="id")
    window.menus.settings_action.trigger()
    settings = window.dialog
    qtbot.keyClicks(settings.actor_edit, "Rina Wulandari")
    qtbot.keyClicks(settings.jabatan_edit, "Pranata Humas")
    with qtbot.waitSignal(settings.saved, timeout=5000):
        _click(qtbot, settings.findChild(QPushButton, "settings_save"))
    assert window.admin is not None and window.admin.name == "Rina Wulandari"

    page = _reviewers_page(qtbot, window)
    _click(qtbot, page.add_button)
    dialog = page.dialog
    _click(qtbot, dialog.is_me)
    assert dialog.name_edit.text() == "Rina Wulandari" and dialog.name_edit.isReadOnly()
    qtbot.keyClicks(dialog.pin_edit, "135790")
    qtbot.keyClicks(dialog.pin_again, "135790")
    with qtbot.waitSignal(page.changed, timeout=5000):
        _click(qtbot, dialog.save_button)
    assert page.reviewers[0].is_admin and "Anda" in _row_texts(page)[0][4]

    post_id = _submitted_post(window.workspace)  # written and submitted by Rina, at this PC
    service = ReviewService(window.workspace.db)
    own = service.reviewers(post_id)[0]
    assert own.is_author
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, own.id, "135790", ALL_TICKED, {})
    message = info.value.render(qt_translate)
    assert "Rina Wulandari" in message and "tidak dapat menyetujui" in message
    events = PostService(window.workspace.db).events(post_id)
    assert {(e.actor, e.jabatan) for e in events} == {("Rina Wulandari", "Pranata Humas")}


def test_a_data_folder_without_the_admins_name_asks_for_it(
    qtbot: QtBot, open_window: Callable[..., MainWindow], paths: object
) -> None:
    window = open_window()
    save_profile(window.workspace.db, AgencyProfile(name="Dinas Kesehatan", confirmed=True))
    window.close()
    window.workspace.close()

    again = open_window(dismiss_profile=False)
    dialog = again.dialog
    assert isinstance(dialog, AdminDialog) and dialog.isVisible()
    _click(qtbot, dialog.findChild(QPushButton, "save_admin"))
    assert dialog.isVisible() and dialog.error.text()  # the name is needed
    qtbot.keyClicks(dialog.fields.name_edit, "Rina Wulandari")
    qtbot.keyClicks(dialog.fields.jabatan_edit, "Pranata Humas")
    _click(qtbot, dialog.findChild(QPushButton, "save_admin"))
    qtbot.waitUntil(lambda: again.admin is not None, timeout=5000)
    assert load_settings(again.workspace.paths.settings_file).actor_name == "Rina Wulandari"


def test_a_name_typed_in_an_older_version_is_adopted_without_asking(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    save_profile(window.workspace.db, AgencyProfile(name="Dinas Kesehatan", confirmed=True))
    settings_file = window.workspace.paths.settings_file
    window.close()
    window.workspace.close()
    settings = load_settings(settings_file)
    settings.actor_name = "Rina"
    save_settings(settings_file, settings)

    again = open_window(dismiss_profile=False)
    assert again.dialog is None
    assert again.admin is not None and again.admin.name == "Rina"
