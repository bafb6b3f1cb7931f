"""records.manifest_json is the one place the signed bytes are laid out, for posts and
shared items: what each writer put in the folder is exactly what `manifest_json` makes of
the parsed manifest, and `writer.sign_manifest` refuses a signer whose key is not the
registered one."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sync_support import make_central, media_file, publish, signer_for

from medsos_desktop.sync.format import MANIFEST_FILE, SIGNATURE_FILE, SigningFailed
from medsos_desktop.sync.records import (
    manifest_json,
    parse_manifest,
    parse_shared_manifest,
)
from medsos_desktop.sync.shared import init_coordinator, publish_shared_item
from medsos_desktop.sync.verify import manifest_signature_ok
from medsos_desktop.sync.writer import Ed25519Signer, sign_manifest


def test_a_post_revision_is_signed_over_manifest_json(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = next(iter(signers.values()))
    folder = publish(central, signer, 1, sequence=1)
    data = (folder / MANIFEST_FILE).read_bytes()
    manifest = parse_manifest(data)
    assert manifest_json(manifest) == data
    signature = (folder / SIGNATURE_FILE).read_bytes()
    assert manifest_signature_ok(signer.public_key_bytes, signature, data)
    assert not manifest_signature_ok(signer.public_key_bytes, signature[:63], data)


def test_a_shared_item_is_signed_over_manifest_json(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    coordinator = Ed25519Signer.generate("pc-diskominfo")
    init_coordinator(central, coordinator, coordinator.public_key_bytes, "Diskominfo", "Kota")
    outcome = publish_shared_item(
        central, "packs", "sumpah-pemuda", 1, {"title": "x"}, [media_file("m")], coordinator, 1
    )
    data = (central / outcome.path / MANIFEST_FILE).read_bytes()
    manifest = parse_shared_manifest(data)
    assert manifest_json(manifest) == data
    assert b'"coordinator_id"' in data and b'"agency"' not in data


def test_signing_with_a_key_other_than_the_registered_one_is_refused(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = next(iter(signers.values()))
    manifest = parse_manifest(
        (publish(central, signer, 2, sequence=1) / MANIFEST_FILE).read_bytes()
    )
    with pytest.raises(SigningFailed):
        sign_manifest(signer, signer_for("pc-lain").public_key_bytes, manifest)
    data, signature = sign_manifest(signer, signer.public_key_bytes, manifest)
    assert data == manifest_json(manifest) and len(signature) == 64
