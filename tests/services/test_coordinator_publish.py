"""The coordinator publishes; agencies receive exactly that, signed, and new versions
and withdrawals arrive as new revisions."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.coordinator_publish import (
    CoordinatorPublisher,
    image_media,
    pack_payload,
)
from medsos_desktop.services.shared_items import SharedItemsService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central
from medsos_desktop.sync.shared import read_shared
from medsos_desktop.sync.writer import Ed25519Signer


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 20, 20)).save(buffer, "PNG")
    return buffer.getvalue()


def test_publish_new_versions_and_withdraw(workspace: Workspace, tmp_path: Path) -> None:
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    publisher = CoordinatorPublisher(workspace.db)

    def publish(kind: str, item_id: str, payload: dict, media=()) -> int:
        return publisher.publish(
            central,
            signer,
            signer.public_key_bytes,
            "Diskominfo Kota Sukamaju",
            "Kota Sukamaju",
            kind,
            item_id,
            payload,
            media,
        ).revision

    pack = pack_payload(
        "Hari Pahlawan 2026",
        "Selamat Hari Pahlawan! Teladani semangat para pahlawan.",
        [Platform.INSTAGRAM, Platform.X],
        category=Category.UCAPAN_HARI_BESAR,
        hashtags=["#HariPahlawan2026"],
        due="2026-11-10",
    )
    item_id = publisher.new_item_id(central, "packs", pack["title"])
    assert item_id == "hari-pahlawan-2026"
    assert publish("packs", item_id, pack) == 1
    logo = image_media("logo.png", _png())
    assert publish("assets", "logo-kota", {"name": "Logo Kota"}, [logo]) == 1
    assert publish("packs", item_id, {**pack, "caption": "Versi kedua."}) == 2
    assert publisher.new_item_id(central, "packs", pack["title"]) == "hari-pahlawan-2026-2"

    report = read_shared(central, None)
    assert report.key_status == "first_seen" and report.all_valid
    assert report.current[("packs", item_id)].revision == 2

    agency = open_workspace(AppPaths(tmp_path / "agency"))
    try:
        shared = SharedItemsService(agency.db)
        assert shared.pull(central).new == 2
        packs = shared.items("packs")
        assert packs[0].text("caption") == "Versi kedua."
        publisher.withdraw(
            central,
            signer,
            signer.public_key_bytes,
            "Diskominfo",
            "Kota Sukamaju",
            "packs",
            item_id,
            pack,
        )
        assert shared.pull(central).updated == 1
        assert shared.items("packs") == []  # withdrawn: no longer offered
    finally:
        agency.close()


def test_bad_input_is_refused_with_a_reason() -> None:
    with pytest.raises(UserFacingError):
        pack_payload("", "caption", [Platform.INSTAGRAM])
    with pytest.raises(UserFacingError):
        pack_payload("Judul", "", [Platform.INSTAGRAM])
    with pytest.raises(UserFacingError) as caught:
        image_media("foto.gif", b"GIF89a....")
    assert "foto.gif" in caught.value.render()
