"""What Diskominfo shares reaches the agency: pinned on first use, refused loudly when
the key changes, kept offline, and a content pack becomes the agency's own draft."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from pathlib import Path

import pytest
from PIL import Image

from medsos_desktop.domain.fingerprint import format_fingerprint as fingerprint
from medsos_desktop.domain.posts import Category, Status
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.services.workspace import Workspace
from medsos_desktop.sync.central import init_central, read_revision, verify_central
from medsos_desktop.sync.shared import init_coordinator, publish_shared_item
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile


def _coordinator(central: Path) -> Ed25519Signer:
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    init_coordinator(
        central, signer, signer.public_key_bytes, "Diskominfo Kota Sukamaju", "Kota Sukamaju"
    )
    return signer


def _logo() -> MediaFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (0, 90, 160)).save(buffer, "PNG")
    data = buffer.getvalue()
    return MediaFile(hashlib.sha256(data).hexdigest(), "png", data)


PACK = {
    "title": "Hari Kesehatan Nasional 2026",
    "caption": "Selamat Hari Kesehatan Nasional! Mari jaga kesehatan keluarga.",
    "category": "ucapan_hari_besar",
    "platforms": ["instagram", "facebook", "x", "not-a-platform"],
    "hashtags": ["#HKN2026"],
    "due": "2026-11-12",
    "infographic": {"template": "ucapan-hari-besar", "fields": {"title": "Selamat HKN"}},
}


@pytest.fixture
def central(tmp_path: Path) -> Path:
    folder = tmp_path / "pusat"
    folder.mkdir()
    init_central(folder, "Kota Sukamaju")
    return folder


def test_first_pull_pins_the_key_and_keeps_every_item(
    empty_workspace: Workspace, central: Path
) -> None:
    signer = _coordinator(central)
    logo = _logo()
    publish_shared_item(
        central,
        "announcements",
        "rapat-koordinasi",
        1,
        {"title": "Rapat koordinasi humas", "body": "Senin 09.00"},
        [],
        signer,
        1,
    )
    publish_shared_item(central, "packs", "hkn-2026", 1, PACK, [], signer, 2)
    publish_shared_item(
        central,
        "assets",
        "logo-kota",
        1,
        {"name": "Logo Kota Sukamaju", "files": [f"media/{logo.sha256}.png"]},
        [logo],
        signer,
        3,
    )
    service = SharedItemsService(empty_workspace.db)

    result = service.pull(central)
    assert (result.key_status, result.new, result.error) == ("first_seen", 3, None)
    pin = service.pin_info()
    assert pin is not None and pin.fingerprint == fingerprint(signer.public_key_bytes)
    kinds = {item.kind: item for item in service.items()}
    assert kinds["announcements"].text("title") == "Rapat koordinasi humas"
    asset = kinds["assets"]
    assert service.media("assets", "logo-kota", asset.media[0]) == logo.data
    assert service.unseen_count() == 3
    service.mark_seen()
    assert service.unseen_count() == 0

    again = service.pull(central)
    assert (again.key_status, again.new, again.updated) == ("pinned_ok", 0, 0)
    publish_shared_item(
        central,
        "announcements",
        "rapat-koordinasi",
        2,
        {"title": "Rapat koordinasi humas (diundur)", "body": "Selasa"},
        [],
        signer,
        4,
    )
    later = service.pull(central)
    assert (later.new, later.updated) == (0, 1)
    assert service.items("announcements")[0].text("title").endswith("(diundur)")
    assert service.unseen_count() == 1


def test_a_changed_key_is_refused_loudly_until_accepted(
    empty_workspace: Workspace, central: Path
) -> None:
    first = _coordinator(central)
    publish_shared_item(
        central, "hashtags", "resmi", 1, {"hashtags": ["#SukamajuMaju"]}, [], first, 1
    )
    service = SharedItemsService(empty_workspace.db)
    assert service.pull(central).new == 1

    intruder = Ed25519Signer.generate(uuid.uuid4().hex)
    init_coordinator(
        central,
        intruder,
        intruder.public_key_bytes,
        "Diskominfo",
        "Kota Sukamaju",
        replace_key=True,
    )
    publish_shared_item(
        central,
        "announcements",
        "ganti-password",
        1,
        {"title": "Kirim kata sandi Anda"},
        [],
        intruder,
        1,
    )
    result = service.pull(central)
    assert result.key_status == "changed" and result.new == 0
    assert result.error is not None
    message = result.error.render()
    assert fingerprint(intruder.public_key_bytes) in message
    assert fingerprint(first.public_key_bytes) in message
    assert [i.item_id for i in service.items()] == ["resmi"]  # kept; nothing new taken
    assert service.pin_info().changed_fingerprint == fingerprint(intruder.public_key_bytes)

    # Confirmed with Diskominfo by phone: the new key is accepted and its items arrive.
    service.accept_changed_key()
    accepted = service.pull(central)
    assert accepted.key_status == "pinned_ok" and accepted.new == 1


def test_the_fingerprint_preset_by_it_staff_must_match(
    empty_workspace: Workspace, central: Path
) -> None:
    _coordinator(central)
    other = Ed25519Signer.generate(uuid.uuid4().hex)
    preset = fingerprint(other.public_key_bytes)
    service = SharedItemsService(empty_workspace.db)
    result = service.pull(central, expected_fingerprint=preset)
    assert result.key_status == "changed" and result.error is not None
    assert service.pin_info() is None  # nothing pinned on a mismatch


def test_a_tampered_item_is_not_taken(empty_workspace: Workspace, central: Path) -> None:
    signer = _coordinator(central)
    publish_shared_item(central, "announcements", "info", 1, {"title": "Asli"}, [], signer, 1)
    item = central / "shared" / "announcements" / "info" / "r1" / "item.json"
    item.write_text(json.dumps({"title": "Palsu"}))
    service = SharedItemsService(empty_workspace.db)
    result = service.pull(central)
    assert result.new == 0 and result.problems == 1
    assert service.items() == []


def test_a_pack_becomes_the_agencys_own_draft_and_travels_back(
    workspace: Workspace, central: Path
) -> None:
    from medsos_desktop.services.demo import DEMO_AGENCY, leave_sample

    leave_sample(workspace.db, DEMO_AGENCY)  # the agency's own workspace, not the sample
    signer = _coordinator(central)
    publish_shared_item(central, "packs", "hkn-2026", 1, PACK, [], signer, 1)
    service = SharedItemsService(workspace.db)
    service.pull(central)

    post_id = service.adopt_pack("hkn-2026", actor="Admin Dinkes")
    snapshot = PostService(workspace.db).load(post_id)
    content = snapshot.content
    assert snapshot.status is Status.DRAFT
    assert content.title == "Hari Kesehatan Nasional 2026"
    assert content.category is Category.UCAPAN_HARI_BESAR
    assert [p.value for p in content.platforms] == ["instagram", "facebook", "x"]
    assert "#HKN2026" in content.hashtags
    assert "#SukamajuSehat" in content.hashtags or len(content.hashtags) > 1  # official tags
    assert content.planned_at is not None and content.planned_at.date().isoformat() == "2026-11-12"

    # Approved like any other post, it carries the pack's name to the central folder.
    with workspace.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE post SET status = 'approved' WHERE id = ?", (post_id,))
        conn.exec_driver_sql(
            "INSERT INTO post_revision (post_id, revision, content_json, approved_at) "
            "VALUES (?, 1, ?, '2026-11-10 09:00:00.000000')",
            (post_id, json.dumps({"title": content.title, "base_caption": content.base_caption})),
        )
    device = Ed25519Signer.generate(uuid.uuid4().hex)
    SyncService(workspace.db).run(central, device, device.public_key_bytes, "PC Humas")
    report = verify_central(central)
    adopted = [
        read_revision(central / r.path, r.manifest_sha256)[1]
        for r in report.valid
        if r.kind == "revision"
    ]
    assert [p.get("source_pack") for p in adopted if p.get("source_pack")] == ["packs/hkn-2026/r1"]


def test_a_template_from_diskominfo_joins_the_gallery(
    empty_workspace: Workspace, central: Path
) -> None:
    from medsos_desktop.paths import resource_path
    from medsos_desktop.services.infographics import InfographicService

    signer = _coordinator(central)
    spec = json.loads((resource_path("templates") / "pengumuman.json").read_text("utf-8"))
    spec["name"] = "Pengumuman Pemkot Sukamaju"
    publish_shared_item(
        central, "templates", "pengumuman-pemkot", 1, {"template": spec}, [], signer, 1
    )
    publish_shared_item(central, "templates", "rusak", 1, {"template": {"x": 1}}, [], signer, 2)
    SharedItemsService(empty_workspace.db).pull(central)
    service = InfographicService(empty_workspace.db)
    shared = [t for t in service.templates() if t.key.startswith("diskominfo-")]
    assert [t.key for t in shared] == ["diskominfo-pengumuman-pemkot"]  # the broken one left out
    assert shared[0].name == "Pengumuman Pemkot Sukamaju"
