"""After a restart on a PC without a password store, the admin's key file is locked: the
decisions the heads signed meanwhile must not wait silently. The automatic collection
asks for the passphrase (once a session) when requests are open, then takes them in; a
passphrase typed anywhere in the session (sync, Settings) unlocks the collection too."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.approval_chain import ApprovalChain, ApprovalStep, ChainSettings
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.remote_review import open_agency_reviews
from medsos_desktop.services.reviewer_desk import ReviewerDesk, VerdictValue
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.sealed import box_keys_from_signing_seed
from medsos_desktop.sync.writer import Ed25519Signer
from medsos_desktop.ui.actions.remote_review import RemoteReviewRunner
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.dialogs.sync_dialogs import PassphraseDialog

PASSPHRASE = "kunci-rahasia-2026"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_decisions_waiting_behind_a_locked_key_ask_for_it_once(
    qtbot: QtBot,
    tmp_path: Path,
    no_keyring: None,
    synchronous_tasks: None,
    ui_context: Callable[[Workspace], UiContext],
) -> None:
    shared = tmp_path / "pusat"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin = open_workspace(AppPaths(tmp_path / "admin"), seed_demo=False)
    save_profile(
        admin.db,
        dataclasses.replace(load_profile(admin.db), name="Dinkes Sukamaju", confirmed=True),
    )
    data_dir = admin.paths.data_dir
    IdentityService(data_dir).create_with_passphrase(PASSPHRASE)
    reviews = open_agency_reviews(data_dir, admin.db, str(shared), PASSPHRASE)
    seed = bytes(range(32))
    head = Ed25519Signer.from_private_bytes("ab" * 16, seed)
    kadis = open_workspace(AppPaths(tmp_path / "kadis"), seed_demo=False)
    desk = ReviewerDesk(
        kadis.db,
        head,
        head.public_key_bytes,
        box_keys_from_signing_seed(seed),
        "dr. Hendra",
        "Kepala Dinas Kesehatan",
    )
    desk.offer(shared, reviews.agency)
    (offer,) = reviews.offers()
    reviews.register(offer.offer, "kepala_dinas")
    (device,) = desk.agency_devices(shared, reviews.agency)
    desk.pair(shared, device)
    reviews.save_chain_settings(
        ChainSettings(ApprovalChain((ApprovalStep("Kepala Dinas", (head.device_id,)),)))
    )
    posts = PostService(admin.db)
    post_id = posts.create(
        PostContent(
            title="Posyandu balita",
            category=Category.KEGIATAN,
            platforms=(Platform.FACEBOOK,),
            base_caption="Posyandu balita setiap Selasa di balai RW 05.",
        )
    )
    reviews.submit(post_id)
    desk.refresh()
    (item,) = desk.inbox()
    desk.decide(item.request_id, VerdictValue.APPROVE)

    # The app starts again: the key is locked; the heads' decision waits in the folder.
    IdentityService.forget_unlocked()
    ctx = ui_context(admin)
    ctx.settings = dataclasses.replace(admin.settings, central_folder=str(shared))
    ctx.posts = posts
    runner = RemoteReviewRunner(ctx, lambda _row: None)
    runner.timer.stop()
    runner.collect()
    dialog = runner.key_dialog
    assert isinstance(dialog, PassphraseDialog) and not dialog.creating
    assert posts.load(post_id).status is Status.SUBMITTED
    runner.collect()  # the next minute: no second dialog in the same session
    assert runner.key_dialog is dialog

    dialog.passphrase.setText(PASSPHRASE)
    dialog.findChild(QPushButton, "accept_passphrase").click()
    qtbot.waitUntil(lambda: posts.load(post_id).status is Status.APPROVED, timeout=10000)
    IdentityService(data_dir).signer()  # unlocked for the rest of the session: no passphrase
    kadis.close()
    admin.close()
