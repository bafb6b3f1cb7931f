"""Helpers shared by the sync tests (deterministic keys, packages, central folders).

Kept in a test module so that spawned and killed child processes can import it by name;
its own tests check that the helpers are deterministic, which the fault tests rely on.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
)
from medsos_desktop.sync.format import MANIFEST_FILE, SIGNATURE_FILE, canonical_json
from medsos_desktop.sync.records import CentralReport
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

AGENCY = "dinkes-kota-sukamaju"
OTHER_AGENCY = "diskominfo-kota-sukamaju"
AGENCIES = (
    "dinkes-kota-sukamaju",
    "disdik-kota-sukamaju",
    "dpmptsp-kota-sukamaju",
    "kecamatan-sukamaju-utara",
)
REGION = "Kota Sukamaju"


def signer_for(device_id: str) -> Ed25519Signer:
    """The same key for the same device id, in every process."""
    seed = hashlib.sha256(f"medsos-test-key:{device_id}".encode()).digest()
    return Ed25519Signer.from_private_bytes(device_id, seed)


def post_uuid(number: int) -> str:
    return str(uuid.UUID(int=number))


def media_file(seed: int | str, size: int = 4096, ext: str = "jpg") -> MediaFile:
    data = random.Random(f"media:{seed}").randbytes(size)
    return MediaFile(hashlib.sha256(data).hexdigest(), ext, data)


def make_package(
    number: int,
    revision: int = 1,
    *,
    agency: str = AGENCY,
    title: str | None = None,
    media: int = 2,
    media_size: int = 4096,
) -> RevisionPackage:
    """Post `number`, revision `revision`: the same bytes every time it is asked for."""
    post = {
        "title": title or f"Posyandu balita Kelurahan Sukamaju {number} (rev {revision})",
        "caption": "Ayo timbang balita Anda! #SukamajuSehat",
        "checklist": {"facts_verified": True, "no_personal_data": True},
        "reviewer": "Kepala Dinas",
    }
    files = tuple(media_file(f"{agency}:{number}:{revision}:{i}", media_size) for i in range(media))
    return RevisionPackage(agency, post_uuid(number), revision, post, files)


def make_central(
    root: Path, devices: dict[str, Iterable[str]] | None = None
) -> tuple[Path, dict[str, Ed25519Signer]]:
    """A set-up central folder with these agencies' devices registered."""
    central = root / "central"
    central.mkdir(parents=True, exist_ok=True)
    init_central(central, REGION)
    signers: dict[str, Ed25519Signer] = {}
    for agency, device_ids in (devices or {AGENCY: ["pc-humas-dinkes"]}).items():
        for device_id in device_ids:
            signer = signer_for(device_id)
            publish_device(central, agency, device_id, f"PC {device_id}", signer.public_key_bytes)
            signers[device_id] = signer
    return central, signers


def trusted(signers: Iterable[Ed25519Signer]) -> dict[str, bytes]:
    return {signer.device_id: signer.public_key_bytes for signer in signers}


def publish(
    central: Path, signer: Ed25519Signer, number: int, revision: int = 1, sequence: int = 1, **kw
) -> Path:
    outcome = publish_revision(central, make_package(number, revision, **kw), signer, sequence)
    return central / outcome.path


def statuses(report: CentralReport) -> dict[str, str]:
    return {entry.path: entry.status for entry in report.entries}


def resign(
    revision_dir: Path, signer: Ed25519Signer, change: Callable[[dict[str, object]], None]
) -> None:
    """Edit a manifest and sign it again with `signer`, as its device (or a thief) could."""
    manifest = json.loads((revision_dir / MANIFEST_FILE).read_bytes())
    change(manifest)
    data = canonical_json(manifest)
    (revision_dir / MANIFEST_FILE).write_bytes(data)
    (revision_dir / SIGNATURE_FILE).write_bytes(signer.sign(data))


def test_helpers_are_deterministic() -> None:
    assert signer_for("pc-a").public_key_bytes == signer_for("pc-a").public_key_bytes
    assert signer_for("pc-a").public_key_bytes != signer_for("pc-b").public_key_bytes
    assert make_package(3, 2) == make_package(3, 2)
    assert make_package(3, 2) != make_package(3, 1)
    assert post_uuid(7) == "00000000-0000-0000-0000-000000000007"
