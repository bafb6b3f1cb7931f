"""Review: PINs, the checklist, blocking findings, own posts, sending back, history."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewError, ReviewService
from medsos_desktop.services.workspace import Workspace

ALL_TICKED = dict.fromkeys(CHECKLIST_KEYS, True)


def _submitted(workspace: Workspace, content: PostContent, actor: str = "Rina") -> int:
    posts = PostService(workspace.db, actor=actor)
    post_id = posts.create(content)
    posts.change_status(post_id, Status.SUBMITTED)
    return post_id


CLEAN = PostContent(
    title="Donor darah",
    category=Category.KEGIATAN,
    platforms=(Platform.FACEBOOK,),
    base_caption="Ayo donor darah di PMI Kota Sukamaju #SukamajuSehat #PemkotSukamaju",
)


def test_pins_are_hashed_and_checked(workspace: Workspace) -> None:
    service = ReviewService(workspace.db)
    with pytest.raises(ReviewError):
        service.add_reviewer("Pak Budi", ReviewerRole.KEPALA_BIDANG, "12")
    budi = service.add_reviewer("Pak Budi", ReviewerRole.KEPALA_BIDANG, "246810")
    with workspace.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT pin_hash, pin_salt FROM reviewer").fetchone()
    assert b"246810" not in stored[0] and len(stored[1]) == 16
    post_id = _submitted(workspace, CLEAN)
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, budi.id, "000000", ALL_TICKED, {})
    assert "PIN" in info.value.render()
    assert PostService(workspace.db).load(post_id).status is Status.SUBMITTED


def test_approval_needs_the_whole_checklist(workspace: Workspace) -> None:
    service = ReviewService(workspace.db)
    budi = service.add_reviewer("Pak Budi", ReviewerRole.KEPALA_DINAS, "246810")
    post_id = _submitted(workspace, CLEAN)
    partial = dict(ALL_TICKED, children=False)
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, budi.id, "246810", partial, {})
    assert "1" in info.value.render()
    service.approve(post_id, budi.id, "246810", ALL_TICKED, {}, "Bagus")
    snapshot = PostService(workspace.db).load(post_id)
    assert snapshot.status is Status.APPROVED
    assert service.approved_content(post_id) == snapshot.content
    history = service.history(post_id)
    assert [(h.decision, h.reviewer, h.comment) for h in history] == [
        ("approved", "Pak Budi", "Bagus")
    ]


def test_blocking_findings_need_a_written_reason(workspace: Workspace) -> None:
    service = ReviewService(workspace.db)
    budi = service.add_reviewer("Pak Budi", ReviewerRole.KEPALA_DINAS, "246810")
    risky = dataclasses.replace(
        CLEAN, base_caption="Peserta: NIK 3273012505900001 #SukamajuSehat #PemkotSukamaju"
    )
    post_id = _submitted(workspace, risky)
    blocking = service.blocking(post_id)
    assert blocking and blocking[0].platform == "facebook"
    with pytest.raises(ReviewError):
        service.approve(post_id, budi.id, "246810", ALL_TICKED, {blocking[0].key: "ok"})
    reasons = {b.key: "NIK contoh dari materi sosialisasi, bukan milik warga" for b in blocking}
    service.approve(post_id, budi.id, "246810", ALL_TICKED, reasons)
    assert PostService(workspace.db).load(post_id).status is Status.APPROVED


def test_a_reviewer_cannot_approve_their_own_post(workspace: Workspace) -> None:
    service = ReviewService(workspace.db)
    rina = service.add_reviewer("Rina", ReviewerRole.KEPALA_BIDANG, "135790")
    post_id = _submitted(workspace, CLEAN, actor="rina")
    with pytest.raises(ReviewError) as info:
        service.approve(post_id, rina.id, "135790", ALL_TICKED, {})
    assert "Rina" in info.value.render()


def test_send_back_with_a_comment_then_a_new_revision(workspace: Workspace) -> None:
    service = ReviewService(workspace.db)
    posts = PostService(workspace.db, actor="Rina")
    budi = service.add_reviewer("Pak Budi", ReviewerRole.KEPALA_DINAS, "246810")
    post_id = _submitted(workspace, CLEAN)
    with pytest.raises(ReviewError):
        service.request_changes(post_id, budi.id, "246810", "  ")
    service.request_changes(post_id, budi.id, "246810", "Tambahkan lokasi dan jam")
    assert posts.load(post_id).status is Status.CHANGES_REQUESTED
    with pytest.raises(ReviewError):
        service.approve(post_id, budi.id, "246810", ALL_TICKED, {})  # not awaiting review

    posts.save(post_id, dataclasses.replace(CLEAN, base_caption=CLEAN.base_caption + " 08.00"))
    posts.change_status(post_id, Status.DRAFT)
    posts.change_status(post_id, Status.SUBMITTED)
    service.approve(post_id, budi.id, "246810", ALL_TICKED, {})
    approved_first = service.approved_content(post_id)
    posts.start_new_revision(post_id)
    assert posts.load(post_id).revision == 2
    assert posts.load(post_id).status is Status.DRAFT
    assert service.approved_content(post_id) == approved_first  # kept for the diff
    assert [h.decision for h in service.history(post_id)] == ["changes_requested", "approved"]


def _screenshot() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (360, 640), "#dcf8c6").save(out, "PNG")  # a chat's colours
    return out.getvalue()


def test_an_approval_received_by_whatsapp_travels_as_the_weakest_proof(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The head replied "setuju" by WhatsApp: the admin records it with the screenshot; the
    checklist still holds; the post reaches Diskominfo as "bukti WhatsApp", screenshot in
    the revision, and the screenshot survives a clean-up of unused images."""
    from datetime import timedelta

    from medsos_desktop.services.agency import load_profile, save_profile
    from medsos_desktop.services.coordinator import CoordinatorService
    from medsos_desktop.services.sync import SyncService
    from medsos_desktop.store.models import utcnow
    from medsos_desktop.sync.writer import Ed25519Signer

    save_profile(
        workspace.db,
        dataclasses.replace(load_profile(workspace.db), name="Dinkes Sukamaju", confirmed=True),
    )
    service = ReviewService(workspace.db)
    wati = service.add_reviewer("Ir. Wati", ReviewerRole.KEPALA_DINAS, "246810")
    post_id = _submitted(workspace, CLEAN)
    later = utcnow() + timedelta(hours=2)
    with pytest.raises(ReviewError) as future:
        service.approve_by_whatsapp(
            post_id, wati.id, _screenshot(), "wa.png", later, ALL_TICKED, {}
        )
    assert "WhatsApp" in future.value.render()
    with pytest.raises(UserFacingError):  # not an image: a clear message, nothing stored
        service.approve_by_whatsapp(
            post_id, wati.id, b"%PDF-1.4", "wa.pdf", utcnow(), ALL_TICKED, {}
        )
    partial = dict(ALL_TICKED, children=False)
    with pytest.raises(ReviewError):
        service.approve_by_whatsapp(
            post_id, wati.id, _screenshot(), "wa.png", utcnow(), partial, {}
        )
    assert PostService(workspace.db).load(post_id).status is Status.SUBMITTED

    received = utcnow() - timedelta(minutes=20)
    service.approve_by_whatsapp(post_id, wati.id, _screenshot(), "wa.png", received, ALL_TICKED, {})
    assert PostService(workspace.db).load(post_id).status is Status.APPROVED
    assert PostService(workspace.db).prune_blobs() >= 0
    central = tmp_path / "pusat"
    central.mkdir()
    signer = Ed25519Signer.generate("c" * 32)
    result = SyncService(workspace.db).run(central, signer, signer.public_key_bytes, "PC Humas")
    assert result.published == 1, result.messages
    (post_json,) = central.glob("agencies/*/posts/*/r1/post.json")
    approval = json.loads(post_json.read_bytes())["approval"]
    assert approval["assurance"] == "whatsapp" and approval["reviewer"] == "Ir. Wati"
    assert approval["evidence"]["received_at"] == received.replace(microsecond=0).isoformat()
    shot = approval["evidence"]["sha256"]
    assert list(post_json.parent.glob(f"media/{shot}.*"))
    with CoordinatorService(central, tmp_path / "diskominfo") as coordinator:
        coordinator.scan()
        (row,) = coordinator.revisions(limit=None)
    assert (row.assurance, row.reviewer) == ("whatsapp", "Ir. Wati")
    assert row.media_count == 0  # the screenshot is proof, not one of the post's images
