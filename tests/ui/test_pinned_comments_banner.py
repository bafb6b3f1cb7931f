"""The admin's side of review on the heads' own PCs (issue 16), with real data folders and
a real shared folder: a post sent back with pinned comments shows them over the editor,
each span marked in its platform's caption; the marks follow edits and the comments go
once the post is submitted again; the chain is saved with the Settings dialog's Save; the
agency and this PC are put in the folder when a central folder is saved."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from medsos_desktop.domain.approval_chain import ApprovalChain, ApprovalStep, ChainSettings
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, MediaRef, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.remote_review import (
    AgencyDevice,
    AgencyReviews,
    PinnedComment,
    chains_configured,
)
from medsos_desktop.services.review_view import locate, review_view
from medsos_desktop.services.reviewer_desk import ReviewerDesk
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central, publish_device
from medsos_desktop.sync.review_records import VerdictValue
from medsos_desktop.sync.sealed import box_keys_from_signing_seed
from medsos_desktop.sync.writer import Ed25519Signer
from medsos_desktop.ui.common.context import UiContext
from medsos_desktop.ui.editor.editor import PostEditor

CAPTION = "Vaksinasi HPV gratis di Puskesmas Sukamaju, Sabtu 14 Desember. Bawa buku KIA."


def _signer() -> tuple[bytes, Ed25519Signer]:
    seed = os.urandom(32)
    return seed, Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed)


@dataclasses.dataclass
class World:
    shared: Path
    admin: Workspace
    agency: AgencyReviews
    desk: ReviewerDesk
    reviewer: Workspace
    post_id: int
    media: MediaRef


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A post with a photo, sent to a one-step chain and sent back by Budi with a comment on
    each caption, one on the photo's top right and one on the post as a whole."""
    shared = tmp_path / "pusat"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin_ws = open_workspace(AppPaths(tmp_path / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Sukamaju", confirmed=True),
    )
    slug = load_profile(admin_ws.db).slug
    seed, admin = _signer()
    publish_device(shared, slug, admin.device_id, "PC Humas", admin.public_key_bytes)
    posts = PostService(admin_ws.db)
    agency = AgencyReviews(
        admin_ws.db,
        shared,
        slug,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(seed)),
        load_blob=posts.blob,
    )
    reviewer_ws = open_workspace(AppPaths(tmp_path / "budi"), seed_demo=False)
    budi_seed, budi = _signer()
    desk = ReviewerDesk(
        reviewer_ws.db,
        budi,
        budi.public_key_bytes,
        box_keys_from_signing_seed(budi_seed),
        "Budi",
        "Kepala Bidang P2P",
    )
    desk.offer(shared, slug)
    (offer,) = agency.offers()
    agency.register(offer.offer, "kepala_bidang")
    (device,) = desk.agency_devices(shared, slug)
    desk.pair(shared, device)
    agency.save_chain_settings(
        ChainSettings(ApprovalChain((ApprovalStep("Kepala Bidang", (budi.device_id,)),)))
    )
    from PIL import Image

    picture = tmp_path / "poster.png"
    Image.new("RGB", (64, 64), (40, 120, 180)).save(picture)
    media = posts.import_image_file(picture)
    post_id = posts.create(
        PostContent(
            title="Vaksinasi HPV",
            category=Category.KEGIATAN,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
            base_caption=CAPTION,
            media=(media,),
        )
    )
    agency.submit(post_id)
    desk.refresh()
    (item,) = desk.inbox()
    caption = item.content["captions"]["instagram"]
    start = caption.index("Sabtu 14 Desember")
    kia = caption.index("buku KIA")
    comments = [
        PinnedComment(
            "Senin 16 Desember",
            platform="instagram",
            start=start,
            end=start + 17,
            quote="Sabtu 14 Desember",  # as the reviewer's window sends it
        ),
        PinnedComment("Atau akta kelahiran", platform="facebook", start=kia, end=kia + 8),
        PinnedComment("Logo menutupi wajah", image=media.sha256, region=(0.7, 0.0, 1.0, 0.3)),
        PinnedComment("Cantumkan nomor WA layanan"),
    ]
    desk.decide(item.request_id, VerdictValue.RETURN, comments)
    assert agency.collect().returned == (post_id,)
    yield World(shared, admin_ws, agency, desk, reviewer_ws, post_id, media)
    admin_ws.close()
    reviewer_ws.close()


def _editor(qtbot: QtBot, world: World) -> PostEditor:
    posts = PostService(world.admin.db)
    editor = PostEditor(posts.blob)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.load(posts.load(world.post_id), review_view(world.admin.db, world.post_id))
    return editor


def _tab_marks(editor: PostEditor, platform: Platform) -> list[str]:
    tab = editor.tab(platform)
    assert tab is not None
    text = tab.editor.toPlainText()
    return [text[start:end] for start, end in tab.review_marks]


def test_comments_shown_over_the_editor_and_marked_in_their_caption(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    editor = _editor(qtbot, world)
    panel = editor.review_notes
    assert panel.isVisible()
    assert "Budi (Kepala Bidang P2P)" in panel.title.text()
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert rows[0] == "• Instagram, on “Sabtu 14 Desember”: Senin 16 Desember"
    assert rows[1] == "• Facebook, on “buku KIA”: Atau akta kelahiran"
    assert rows[2] == "• Image 1, the top right part: Logo menutupi wajah"
    assert rows[3] == "• The whole post: Cantumkan nomor WA layanan"
    assert _tab_marks(editor, Platform.INSTAGRAM) == ["Sabtu 14 Desember"]
    assert _tab_marks(editor, Platform.FACEBOOK) == ["buku KIA"]

    # A comment clicked: its platform's tab, the span selected.
    panel.list.itemClicked.emit(panel.list.item(1))
    facebook = editor.tab(Platform.FACEBOOK)
    assert facebook is not None and editor.tabs.currentWidget() is facebook
    assert facebook.editor.textCursor().selectedText() == "buku KIA"
    panel.list.itemClicked.emit(panel.list.item(2))
    assert editor.media_panel.list.currentRow() == 0

    # Text typed before the span: the mark follows it; the span rewritten: no mark, and
    # the comment says the marked words were changed.
    editor.base_edit.setPlainText("INFO: " + CAPTION)
    assert _tab_marks(editor, Platform.INSTAGRAM) == ["Sabtu 14 Desember"]
    editor.base_edit.setPlainText(CAPTION.replace("Sabtu 14 Desember", "Senin 16 Desember"))
    assert _tab_marks(editor, Platform.INSTAGRAM) == []
    assert _tab_marks(editor, Platform.FACEBOOK) == ["buku KIA"]
    assert "the marked words were changed" in panel.list.item(0).text()


def test_the_comments_go_once_the_post_is_submitted_again(
    qtbot: QtBot, world: World, synchronous_tasks: None
) -> None:
    posts = PostService(world.admin.db)
    content = posts.load(world.post_id).content
    posts.save(
        world.post_id,
        dataclasses.replace(content, base_caption=CAPTION.replace("Sabtu 14", "Senin 16")),
    )
    # Edited, not yet sent again: still shown, with the words the reviewer marked (sent
    # with the comment: the caption no longer has them).
    view = review_view(world.admin.db, world.post_id)
    assert view.comments[0].text == "Senin 16 Desember"
    assert view.comments[0].quote == "Sabtu 14 Desember"
    world.agency.submit(world.post_id)
    assert posts.load(world.post_id).status is Status.SUBMITTED
    view = review_view(world.admin.db, world.post_id)
    assert view.comments == () and view.sent and view.awaiting == ("Budi",)
    editor = _editor(qtbot, world)
    assert not editor.review_notes.isVisible()
    assert _tab_marks(editor, Platform.INSTAGRAM) == []
    # The chain is the way: the PIN on this PC only as a small link.
    assert "step 1 of 1 (Kepala Bidang)" in editor.banner.text()
    assert "Waiting for Budi" in editor.banner.text()
    assert not editor.review_button.isVisible()
    assert editor.pin_review_button.isVisible()


def test_locate_a_quoted_span() -> None:
    assert locate("abc Sabtu x", "Sabtu", 4) == (4, 9)
    assert locate("Sabtu, lalu Sabtu", "Sabtu", 13) == (12, 17)
    assert locate("Senin", "Sabtu", 0) is None
    assert locate("Sabtu", "", 0) is None


def test_chain_saved_with_the_settings_save(
    qtbot: QtBot,
    world: World,
    synchronous_tasks: None,
    memory_keyring: object,
    ui_context: Callable[[Workspace], UiContext],
) -> None:
    from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog

    ctx = ui_context(world.admin)
    ctx.settings.central_folder = str(world.shared)
    dialog = SettingsDialog(ctx, None, lambda: None, lambda _paths: None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.tabs.setCurrentWidget(dialog.remote_page)
    page = dialog.remote_page
    assert page.step_list.count() == 1 and not page.dirty
    page._remove_step()
    assert page.dirty and "Save" in page.message.text()
    # A step typed and ticked but not added: Save adds it, then saves the chain.
    page.step_title.setText("Kepala Dinas")
    page.step_reviewers.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    chain = world.agency.chain_settings()
    assert chain is not None and [s.title for s in chain.default.steps] == ["Kepala Dinas"]
    assert chains_configured(world.admin.db)


def test_a_central_folder_saved_puts_the_agency_and_this_pc_there(
    qtbot: QtBot,
    tmp_path: Path,
    synchronous_tasks: None,
    memory_keyring: object,
    ui_context: Callable[[Workspace], UiContext],
    empty_workspace: Workspace,
) -> None:
    from medsos_desktop.services.identity import IdentityService
    from medsos_desktop.ui.dialogs.settings_dialog import SettingsDialog

    shared = tmp_path / "pusat-baru"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    save_profile(
        empty_workspace.db,
        dataclasses.replace(
            load_profile(empty_workspace.db), name="Dinas Sosial Sukamaju", confirmed=True
        ),
    )
    ctx = ui_context(empty_workspace)
    ctx.profile = load_profile(empty_workspace.db)
    dialog = SettingsDialog(ctx, None, lambda: None, lambda _paths: None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.central_edit.setText(str(shared))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    identity = IdentityService(empty_workspace.paths.data_dir).load()
    assert identity is not None
    slug = ctx.profile.slug
    assert (shared / "agencies" / slug / "devices" / f"{identity.device_id}.json").is_file()
    # What a reviewer's PC lists when pairing.
    from medsos_desktop.services.reviewer_desk import agencies_in

    assert slug in agencies_in(shared)
