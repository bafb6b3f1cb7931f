"""Run by run.py in a child process (offscreen Qt): how long a review request takes from
its last file arriving in a local shared folder to showing in the reviewer's queue, with
the folder watcher (issue 16: budget 5 s). Prints one JSON line on stdout.

    python tests/benchmarks/review_bench.py WORK_DIR
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROUNDS = 5
AGENCY = "dinkes-kota-sukamaju"


def main() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from medsos_desktop.domain.approval_chain import ApprovalChain, ApprovalStep, ChainSettings
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.domain.posts import Category, PostContent
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.agency import load_profile, save_profile
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.remote_review import AgencyDevice, AgencyReviews
    from medsos_desktop.services.reviewer_desk import ReviewerDesk
    from medsos_desktop.services.settings import Settings
    from medsos_desktop.services.workspace import open_workspace
    from medsos_desktop.sync.central import init_central, publish_device
    from medsos_desktop.sync.sealed import box_keys_from_signing_seed
    from medsos_desktop.sync.writer import Ed25519Signer
    from medsos_desktop.ui.reviewer.window import ReviewerWindow

    work = Path(sys.argv[1])
    app = QApplication.instance() or QApplication([sys.argv[0]])
    shared = work / "shared"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin_ws = open_workspace(AppPaths(work / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Sukamaju", confirmed=True),
    )
    seed = os.urandom(32)
    admin = Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed)
    publish_device(shared, AGENCY, admin.device_id, "PC Humas", admin.public_key_bytes)
    reviews = AgencyReviews(
        admin_ws.db,
        shared,
        AGENCY,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(seed)),
    )
    reviewer_ws = open_workspace(AppPaths(work / "kadis"), seed_demo=False)
    reviewer_seed = os.urandom(32)
    kadis = Ed25519Signer.from_private_bytes(uuid.uuid4().hex, reviewer_seed)
    desk = ReviewerDesk(
        reviewer_ws.db,
        kadis,
        kadis.public_key_bytes,
        box_keys_from_signing_seed(reviewer_seed),
        "dr. Hendra",
        "Kepala Dinas",
    )
    desk.offer(shared, AGENCY)
    (offer,) = reviews.offers()
    reviews.register(offer.offer, "kepala_dinas")
    (device,) = desk.agency_devices(shared, AGENCY)
    desk.pair(shared, device)
    reviews.save_chain_settings(
        ChainSettings(ApprovalChain((ApprovalStep("Kepala Dinas", (kadis.device_id,)),)))
    )
    posts = PostService(admin_ws.db)

    def new_request(index: int) -> None:
        post_id = posts.create(
            PostContent(
                title=f"Posyandu {index}",
                category=Category.KEGIATAN,
                platforms=(Platform.INSTAGRAM,),
                base_caption=f"Posyandu balita ke-{index} di balai RW 05.",
            )
        )
        reviews.submit(post_id)

    new_request(0)  # reviews/ exists from now on: the watcher has both folders to watch
    window = ReviewerWindow(Settings())
    window.attach(reviewer_ws, desk)
    deadline = time.monotonic() + 30
    while window.queue.count() < 1 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    samples = []
    for index in range(1, ROUNDS + 1):
        time.sleep(0.5)
        QCoreApplication.processEvents()
        started = time.monotonic()
        new_request(index)  # its folder is renamed into reviews/: the last file arrives
        deadline = started + 30
        while window.queue.count() < index + 1 and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        if window.queue.count() < index + 1:
            raise SystemExit("a request never showed in the queue")
        samples.append(time.monotonic() - started)
    window.poll_timer.stop()
    window.close()
    app.processEvents()
    admin_ws.close()
    reviewer_ws.close()
    print(json.dumps({"samples": samples, "median_s": statistics.median(samples)}))


if __name__ == "__main__":
    main()
