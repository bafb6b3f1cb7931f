"""Reviewers on their own PCs, on screen (offscreen Qt): the admin's Settings page pairs a
reviewer and sets the chain; submitting a post sends it to the chain; the reviewer's
window shows the request and signs the decision; the admin's window takes it in. Real
data folders, a real shared folder, real signatures."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.remote_review import AgencyDevice, AgencyReviews
from medsos_desktop.services.reviewer_desk import ReviewerDesk
from medsos_desktop.services.settings import Settings
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central, publish_device
from medsos_desktop.sync.sealed import box_keys_from_signing_seed
from medsos_desktop.sync.writer import Ed25519Signer
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.dialogs.remote_reviewers_page import RemoteReviewersPage
from medsos_desktop.ui.reviewer.window import ReviewerWindow

AGENCY = "dinkes-kota-sukamaju"


def _signer() -> tuple[Ed25519Signer, bytes]:
    seed = os.urandom(32)
    return Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed), seed


def test_pair_set_the_chain_review_and_take_the_decision_in(
    qtbot: QtBot,
    tmp_path: Path,
    synchronous_tasks: None,
    ui_context: Callable[[Workspace], UiContext],
) -> None:
    shared = tmp_path / "pusat"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin_ws = open_workspace(AppPaths(tmp_path / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Sukamaju", confirmed=True),
    )
    admin, seed = _signer()
    publish_device(shared, AGENCY, admin.device_id, "PC Humas", admin.public_key_bytes)
    reviews = AgencyReviews(
        admin_ws.db,
        shared,
        AGENCY,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(seed)),
    )
    reviewer_ws = open_workspace(AppPaths(tmp_path / "kadis"), seed_demo=False)
    hendra, hendra_seed = _signer()
    desk = ReviewerDesk(
        reviewer_ws.db,
        hendra,
        hendra.public_key_bytes,
        box_keys_from_signing_seed(hendra_seed),
        "dr. Hendra",
        "Kepala Dinas Kesehatan",
    )
    try:
        desk.offer(shared, AGENCY)
        (device,) = desk.agency_devices(shared, AGENCY)

        # The admin's page: the request to pair, with the code the reviewer sees.
        questions: list[BaseException] = []
        page = RemoteReviewersPage(lambda: reviews, lambda exc, _retry: questions.append(exc))
        qtbot.addWidget(page)
        page.reload()
        assert page.offer_list.topLevelItemCount() == 1
        assert page.offer_list.topLevelItem(0).text(2) == desk.pairing_code(device)
        # "Kepala Dinas Kesehatan" names the head of the whole office: preselected as such.
        assert page.role_combo.currentData() == "kepala_dinas"
        page.register_button.click()
        assert reviews.reviewers()[0].role == "kepala_dinas"
        assert page.reviewer_list.topLevelItemCount() == 1
        assert page.offer_list.topLevelItemCount() == 0
        page.save_chain(lambda: None)  # no step yet: the PIN on this PC stays
        assert "PIN" in page.message.text()
        page.step_title.setText("Kepala Dinas")
        page.step_reviewers.item(0).setCheckState(Qt.CheckState.Checked)
        page.add_step_button.click()
        page.urgent_boxes["klarifikasi_hoaks"].setChecked(True)
        assert page.expiry_days.text() == "never"
        page.expiry_days.setValue(7)
        page.save_chain(lambda: None)
        chain = reviews.chain_settings()
        assert chain is not None and chain.expiry_days == 7
        assert chain is not None and chain.default.steps[0].reviewers == (hendra.device_id,)
        # A chain of its own for one category; the others keep the general one.
        page.category_combo.setCurrentIndex(page.category_combo.findData("capaian_kinerja"))
        assert page.step_list.count() == 1 and "general chain" in page.step_list.item(0).text()
        page.step_title.setText("Sekretaris")
        page.step_reviewers.item(0).setCheckState(Qt.CheckState.Checked)
        page.step_rule.setCurrentIndex(1)  # all of them
        page.add_step_button.click()
        page.save_chain(lambda: None)
        chain = reviews.chain_settings()
        assert chain is not None
        own = chain.chain_for("capaian_kinerja")
        assert [(s.title, s.rule.value) for s in own.steps] == [("Sekretaris", "all")]
        assert chain.chain_for("kegiatan") == chain.default
        page.reload()
        index = page.category_combo.findData("capaian_kinerja")
        assert "own chain" in page.category_combo.itemText(index)
        page.category_combo.setCurrentIndex(index)
        assert "Sekretaris" in page.step_list.item(0).text()
        page.category_combo.setCurrentIndex(0)
        assert "Kepala Dinas" in page.step_list.item(0).text()
        hoax = chain.chain_for("klarifikasi_hoaks")
        assert hoax.fast_track and hoax.steps == chain.default.steps[-1:]
        assert not chain.chain_for("kegiatan").fast_track
        assert questions == []
        desk.pair(shared, device)

        post_id = PostService(admin_ws.db).create(
            PostContent(
                title="Posyandu balita",
                category=Category.KEGIATAN,
                # Facebook takes a text-only post: no finding for the reviewer to override.
                platforms=(Platform.FACEBOOK,),
                base_caption="Posyandu balita setiap Selasa di balai RW 05.",
            )
        )
        reviews.submit(post_id)

        # The reviewer's window: the request, approved with one click.
        window = ReviewerWindow(Settings())
        qtbot.addWidget(window)
        window.attach(reviewer_ws, desk)
        assert window.queue.count() == 1
        assert window.title_label.text() == "Posyandu balita"
        assert window.approve_button.isEnabled()
        window.approve_button.click()
        window.confirm_button.click()  # signed and final: asked once more
        assert not window.approve_button.isEnabled()
        assert window.decided_label.isVisibleTo(window)
        assert reviews.collect().approved == (post_id,)
        assert PostService(admin_ws.db).load(post_id).status is Status.APPROVED
        window.close()
    finally:
        admin_ws.close()
        reviewer_ws.close()
