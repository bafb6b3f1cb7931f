"""docs/central-folder.md's test vector is what the code produces and accepts, byte for byte,
so a second implementation can trust the document."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path

from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
    verify_central,
)
from medsos_desktop.sync.format import key_id_for, signature_ok
from medsos_desktop.sync.records import parse_device, parse_manifest
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

DOC = Path(__file__).resolve().parents[2] / "docs" / "central-folder.md"
SEED = hashlib.sha256(b"medsos-desktop docs example key").digest()
MEDIA = b"contoh gambar\n"


def _vectors() -> dict[str, bytes]:
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- vector: (\w+) -->\n```[a-z]*\n(.*?)\n```", text, re.DOTALL)
    return {name: (body + "\n").encode("utf-8") for name, body in found}


def test_the_vector_verifies() -> None:
    vectors = _vectors()
    assert set(vectors) == {"device", "post", "manifest", "signature"}
    device = parse_device(vectors["device"])
    signer = Ed25519Signer.from_private_bytes(device.device_id, SEED)
    assert device.public_key == signer.public_key_bytes
    assert device.key_id == key_id_for(device.public_key) == signer.key_id
    manifest = parse_manifest(vectors["manifest"])
    signature = bytes.fromhex(vectors["signature"].decode().strip())
    assert signature_ok(device.public_key, signature, vectors["manifest"])
    assert signer.sign(vectors["manifest"]) == signature  # Ed25519 is deterministic
    post_entry = manifest.entry("post.json")
    assert post_entry is not None
    assert post_entry.size == len(vectors["post"])
    assert post_entry.sha256 == hashlib.sha256(vectors["post"]).hexdigest()
    media_sha = hashlib.sha256(MEDIA).hexdigest()
    assert manifest.entry(f"media/{media_sha}.jpg") is not None


def test_the_code_writes_the_vector_byte_for_byte(tmp_path: Path) -> None:
    vectors = _vectors()
    device = parse_device(vectors["device"])
    manifest = parse_manifest(vectors["manifest"])
    central = tmp_path / "central"
    central.mkdir()
    init_central(central, "Kota Sukamaju", created=datetime(2026, 10, 1, 7, 0, tzinfo=UTC))
    signer = Ed25519Signer.from_private_bytes(device.device_id, SEED)
    publish_device(
        central,
        device.agency,
        device.device_id,
        device.device_name,
        device.public_key,
        created=datetime(2026, 10, 2, 9, 30, tzinfo=UTC),
    )
    package = RevisionPackage(
        manifest.agency,
        manifest.post_uuid,
        manifest.revision,
        json.loads(vectors["post"]),
        (MediaFile(hashlib.sha256(MEDIA).hexdigest(), "jpg", MEDIA),),
    )
    created = datetime(2026, 11, 3, 8, 15, tzinfo=UTC)
    outcome = publish_revision(central, package, signer, manifest.sequence, created=created)
    revision = central / outcome.path
    devices = central / "agencies" / device.agency / "devices"
    assert (devices / f"{device.device_id}.json").read_bytes() == vectors["device"]
    assert (revision / "post.json").read_bytes() == vectors["post"]
    assert (revision / "manifest.json").read_bytes() == vectors["manifest"]
    assert (revision / "manifest.sig").read_bytes().hex() == vectors["signature"].decode().strip()
    assert verify_central(central, {device.device_id: device.public_key}).all_valid
    central_example = re.search(
        r"### `medsos-central.json`.*?```json\n(.*?)\n```", DOC.read_text(encoding="utf-8"), re.S
    )
    assert central_example is not None
    assert (central / "medsos-central.json").read_text(encoding="utf-8") == (
        central_example.group(1) + "\n"
    )
