"""Two PCs of one agency for the reviewer's tests, each with its own real data folder, and
a real shared folder between them: the admin's (its device file published, as "vm") and
a Kepala Bidang's (not paired yet)."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.remote_review import AgencyDevice, AgencyReviews
from medsos_desktop.services.reviewer_desk import ReviewerDesk
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central, publish_device
from medsos_desktop.sync.sealed import box_keys_from_signing_seed
from medsos_desktop.sync.writer import Ed25519Signer

AGENCY = "dinkes-sukamaju"


@dataclasses.dataclass
class World:
    shared: Path
    admin: Workspace
    reviews: AgencyReviews
    reviewer: Workspace
    desk: ReviewerDesk

    def publish_admin_pc(self) -> None:
        signer = self.reviews.device.signer
        publish_device(self.shared, AGENCY, signer.device_id, "vm", self.reviews.device.public_key)

    def pair(self) -> None:
        """The reviewer offers themself and pins the admin's PC (the codes matched)."""
        self.publish_admin_pc()
        self.desk.offer(self.shared, AGENCY)
        (device,) = self.desk.agency_devices(self.shared, AGENCY)
        self.desk.pair(self.shared, device)


def _signer() -> tuple[Ed25519Signer, bytes]:
    seed = os.urandom(32)
    return Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed), seed


@contextmanager
def two_pcs(tmp_path: Path) -> Iterator[World]:
    shared = tmp_path / "pusat"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin_ws = open_workspace(AppPaths(tmp_path / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Sukamaju", confirmed=True),
    )
    admin, seed = _signer()
    reviews = AgencyReviews(
        admin_ws.db,
        shared,
        AGENCY,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(seed)),
        load_blob=PostService(admin_ws.db).blob,
    )
    reviewer_ws = open_workspace(AppPaths(tmp_path / "kabid"), seed_demo=False)
    rina, rina_seed = _signer()
    desk = ReviewerDesk(
        reviewer_ws.db,
        rina,
        rina.public_key_bytes,
        box_keys_from_signing_seed(rina_seed),
        "Rina Marlina",
        "Kepala Bidang P2P",
    )
    try:
        yield World(shared, admin_ws, reviews, reviewer_ws, desk)
    finally:
        admin_ws.close()
        reviewer_ws.close()
