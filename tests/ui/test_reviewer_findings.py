"""A head of office's own PC, on screen (offscreen Qt), in the words they know: the agency
by its name and the admin's computer by its own, the pairing dialog that looks again by
itself, who the agency registered them as, the caption findings of the post in the queue,
and the written reason an approval over an error needs (it reaches the admin). Real data
folders, a real shared folder, real signatures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.approval_chain import (
    ApprovalChain,
    ApprovalStep,
    ChainSettings,
    StepRule,
)
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.settings import Settings
from medsos_desktop.ui.reviewer.pairing_dialog import PairingDialog
from medsos_desktop.ui.reviewer.window import ReviewerWindow
from tests.services.reviewer_world import AGENCY, World, two_pcs

NIK_CAPTION = "Bantuan untuk Ibu Siti (NIK 3273014501900002) sudah disalurkan. #SukamajuSehat"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with two_pcs(tmp_path) as pcs:
        yield pcs


def _register_and_submit(world: World, content: PostContent) -> int:
    """The admin registers the reviewer (as Kepala Bidang), makes them the one step of
    the chain and submits `content`."""
    (offer,) = world.reviews.offers()
    world.reviews.register(offer.offer, "kepala_bidang")
    step = ApprovalStep("Kepala Bidang", (world.desk.signer.device_id,), StepRule.ANY)
    world.reviews.save_chain_settings(ChainSettings(default=ApprovalChain((step,))))
    post_id = PostService(world.admin.db).create(content)
    world.reviews.submit(post_id)
    return post_id


def test_pairing_names_the_agency_and_the_admin_computer_and_looks_again(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    named: list[tuple[str, str]] = []
    dialog = PairingDialog(world.desk, "", "", str(world.shared), lambda n, j: named.append((n, j)))
    qtbot.addWidget(dialog)
    # The folder is chosen with a button: shown as text, never as a field to type in.
    assert dialog.findChild(QLabel, "pairing_folder").text() == str(world.shared)
    # Nobody has used the folder yet: no dead end, the dialog looks again by itself.
    assert dialog.agency_combo.count() == 0
    assert dialog.recheck_timer.isActive() and dialog.recheck_button.isEnabled()

    (world.shared / "agencies" / AGENCY / "devices").mkdir(parents=True)
    dialog.recheck_timer.timeout.emit()
    assert dialog.agency_combo.currentText() == "Dinkes Sukamaju"  # not "dinkes-sukamaju"
    assert dialog.agency_note.isVisibleTo(dialog)  # the name is the folder's, said so
    assert dialog.device_combo.count() == 0 and dialog.recheck_timer.isActive()
    assert "Agency → Settings" in dialog.status_label.text()

    world.publish_admin_pc()
    dialog.recheck_button.click()
    assert dialog.device_combo.currentText() == "vm"
    assert not dialog.recheck_timer.isActive()

    dialog.name_edit.setText("Rina Marlina")
    dialog.jabatan_edit.setText("Kepala Bidang P2P")
    dialog.offer_button.click()
    assert named == [("Rina Marlina", "Kepala Bidang P2P")]
    assert dialog.pair_button.isEnabled()
    dialog.pair_button.click()
    assert dialog.result() == PairingDialog.DialogCode.Accepted


def test_the_queue_shows_findings_and_an_approval_over_an_error_needs_a_reason(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    world.pair()
    window = ReviewerWindow(Settings(reviewer_name="Rina", reviewer_jabatan="Staf"))
    qtbot.addWidget(window)
    window.attach(world.reviewer, world.desk)
    state = window.pairing_label.text()
    assert "Dinkes Sukamaju" in state and "vm" in state and AGENCY not in state
    assert "register" in state  # the admin has not registered this reviewer yet

    post_id = _register_and_submit(
        world,
        PostContent(
            title="Bantuan sosial",
            category=Category.KEGIATAN,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
            base_caption=NIK_CAPTION,
        ),
    )
    window.refresh()
    assert window.queue.count() == 1
    assert "Kepala Bidang P2P" in window.pairing_label.text()
    # Who signs: as the agency registered them, not what this PC's settings say.
    assert window.acting_label.text().endswith("Rina Marlina, Kepala Bidang P2P")
    assert window.meta_label.text().startswith("Dinkes Sukamaju · ")

    findings = window.findings_label.text()
    assert "NIK" in findings and "Instagram, Facebook" in findings
    assert window.override_edit.isVisibleTo(window)
    preview = window.post.preview
    assert preview is not None
    instagram = preview.texts[Platform.INSTAGRAM]
    assert instagram.extraSelections()  # the number is underlined in the caption

    window.approve_button.click()  # no reason: nothing is decided
    assert window.decision_error.text()
    assert window.approve_button.isEnabled()
    assert world.reviews.collect().approved == ()

    window.override_edit.setPlainText("Sudah seizin Ibu Siti secara tertulis.")
    window.approve_button.click()  # signed and final: asked once more
    assert window.confirm_bar.isVisibleTo(window)
    assert world.reviews.collect().approved == ()
    window.confirm_button.click()
    assert not window.approve_button.isEnabled()
    assert world.reviews.collect().approved == (post_id,)
    assert PostService(world.admin.db).load(post_id).status is Status.APPROVED
    (decision,) = world.reviews.decisions(post_id)
    verdict, comments = decision[1], decision[4]
    assert verdict == "approve"
    reasons = [c for c in comments if "Sudah seizin Ibu Siti" in c.text]
    # Each reason pinned to the number on each platform; Instagram's missing image has
    # no words, so its reason is about the post.
    pinned = [c for c in reasons if c.platform]
    assert {c.platform for c in pinned} == {"instagram", "facebook"}
    start = NIK_CAPTION.index("3273")
    assert all((c.start, c.end) == (start, start + 16) for c in pinned)
    assert len(reasons) == len(pinned) + 1
    window.close()


def test_a_clean_post_is_approved_without_a_reason(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    world.pair()
    post_id = _register_and_submit(
        world,
        PostContent(
            title="Posyandu",
            category=Category.KEGIATAN,
            platforms=(Platform.FACEBOOK,),
            base_caption="Posyandu balita setiap Selasa di balai RW 05.",
        ),
    )
    window = ReviewerWindow(Settings())
    qtbot.addWidget(window)
    window.attach(world.reviewer, world.desk)
    assert not window.override_edit.isVisibleTo(window)
    window.approve_button.click()
    window.cancel_confirm_button.click()  # "not yet": nothing is decided
    assert not window.confirm_bar.isVisibleTo(window) and window.approve_button.isEnabled()
    assert world.reviews.collect().approved == ()
    window.approve_button.click()
    window.confirm_button.click()
    assert world.reviews.collect().approved == (post_id,)
    window.close()
