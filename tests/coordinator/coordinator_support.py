"""Helpers for the coordinator tests: real central folders, real keys, a service per test."""

from __future__ import annotations

import base64
import hashlib
import os
import random
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from medsos_desktop.services.coordinator import CoordinatorService
from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
    verify_central,
)
from medsos_desktop.sync.format import canonical_json, key_id_for
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

DINKES = "dinkes-kota-sukamaju"
DISDIK = "disdik-kota-sukamaju"
KOMINFO = "diskominfo-kota-sukamaju"
REGION = "Kota Sukamaju"
PC_DINKES = "pc-humas-dinkes"
PC_DISDIK = "pc-humas-disdik"
PC_KOMINFO = "pc-humas-kominfo"
DEVICES = {DINKES: [PC_DINKES], DISDIK: [PC_DISDIK], KOMINFO: [PC_KOMINFO]}


def signer_for(device_id: str, generation: int = 0) -> Ed25519Signer:
    """The same key for the same device id (and key generation), in every process."""
    seed = hashlib.sha256(f"medsos-coordinator-test:{device_id}:{generation}".encode()).digest()
    return Ed25519Signer.from_private_bytes(device_id, seed)


def post_uuid(number: int) -> str:
    return str(uuid.UUID(int=number))


def package(
    agency: str,
    number: int,
    revision: int = 1,
    *,
    title: str | None = None,
    planned: str = "2026-11-08T08:00:00",
    platforms: tuple[str, ...] = ("instagram", "facebook"),
    category: str = "kegiatan",
    source_pack: str | None = None,
) -> RevisionPackage:
    """Post `number` of `agency`, shaped like the app's export (services/sync.py)."""
    data = random.Random(f"{agency}:{number}:{revision}").randbytes(512)
    media = MediaFile(hashlib.sha256(data).hexdigest(), "jpg", data)
    caption = f"Posyandu balita Kelurahan Sukamaju nomor {number}. #SukamajuSehat"
    post = {
        "format": "medsos-post",
        "version": 1,
        "agency": agency.replace("-", " ").title(),
        "post_uuid": post_uuid(number),
        "revision": revision,
        "approved_at": "2026-11-03T08:10:00",
        "approval": {"reviewer": "dr. Rina Wulandari", "role": "Kepala Dinas"},
        "content": {
            "title": title or f"Penimbangan balita {number} (rev {revision})",
            "category": category,
            "platforms": list(platforms),
            "base_caption": caption,
            "planned_at": planned,
            "media": [{"sha256": media.sha256, "filename": "foto.jpg"}],
            "captions": {p: caption for p in platforms},
        },
    }
    if source_pack:
        post["source_pack"] = source_pack
    return RevisionPackage(agency, post_uuid(number), revision, post, (media,))


def make_central(
    root: Path, devices: dict[str, list[str]] | None = None
) -> tuple[Path, dict[str, Ed25519Signer]]:
    central = root / "central"
    central.mkdir(parents=True, exist_ok=True)
    init_central(central, REGION)
    signers: dict[str, Ed25519Signer] = {}
    for agency, device_ids in (devices or DEVICES).items():
        for device_id in device_ids:
            signer = signer_for(device_id)
            publish_device(central, agency, device_id, f"PC {device_id}", signer.public_key_bytes)
            signers[device_id] = signer
    return central, signers


def publish(
    central: Path,
    signer: Ed25519Signer,
    agency: str,
    number: int,
    revision: int = 1,
    sequence: int = 1,
    **kw: object,
) -> Path:
    outcome = publish_revision(
        central,
        package(agency, number, revision, **kw),  # type: ignore[arg-type]
        signer,
        sequence,
    )
    return central / outcome.path


def replace_device_key(central: Path, agency: str, device_id: str, signer: Ed25519Signer) -> None:
    """Overwrite a device file with another key, as a reinstalled PC (or a thief) could."""
    path = central / "agencies" / agency / "devices" / f"{device_id}.json"
    path.write_bytes(
        canonical_json(
            {
                "agency": agency,
                "algorithm": "ed25519",
                "created": "2026-11-05T09:00:00Z",
                "device_id": device_id,
                "device_name": f"PC {device_id} (baru)",
                "format": "medsos-device",
                "key_id": key_id_for(signer.public_key_bytes),
                "public_key": base64.b64encode(signer.public_key_bytes).decode("ascii"),
                "version": 1,
            }
        )
    )


def age(root: Path, seconds: float = 3600) -> None:
    """Make every folder and file look old, as a folder synced long ago does."""
    moment = time.time() - seconds
    for folder, names, files in os.walk(root):
        for name in [*names, *files]:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.utime(path, (moment, moment))
    os.utime(root, (moment, moment))


def folder_truth(central: Path, **options: float) -> dict[str, str]:
    """What a full verification without pinning reports: path -> status."""
    return {entry.path: entry.status for entry in verify_central(central, **options).entries}


def service(central: Path, data_dir: Path, **kw: object) -> CoordinatorService:
    kw.setdefault("workers", 1)
    return CoordinatorService(central, data_dir, **kw)  # type: ignore[arg-type]


def trust_all(coordinator: CoordinatorService, devices: Iterable[str] | None = None) -> None:
    for row in coordinator.devices():
        if devices is None or row.device_id in devices:
            coordinator.decide(row.device_id, "trusted", "checked by phone")


def tree(root: Path) -> set[str]:
    """Every path under root, links not followed."""
    found = set()
    for folder, names, files in os.walk(root):
        for name in [*names, *files]:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def whatsapp_approval(screenshot_sha256: str) -> dict[str, object]:
    """post.json's approval when the admin recorded a head's WhatsApp reply and attached
    its screenshot (services/sync.py's shape)."""
    return {
        "assurance": "whatsapp",
        "at": "2026-12-03T19:37:56",
        "checklist": {},
        "comment": "",
        "evidence": {"received_at": "2026-12-03T19:37:21", "sha256": screenshot_sha256},
        "overrides": {},
        "reviewer": "dr. Siti Rahmawati, M.P.H.",
        "role": "kepala_dinas",
    }
