"""SIGKILL at random moments on both sides of review through a folder (issue 16): the
admin's PC while it sends a post to its chain and while it takes decisions in, the
reviewer's PC while it signs and places a decision. After each kill the same action runs
again to the end: nothing is lost, nothing is applied twice, the folder and each data
folder agree, and the audit chain holds."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
AGENCY = "dinkes-kota-sukamaju"


def _world(folder: Path) -> None:
    """Two data folders and a shared folder, the reviewer paired, a one-step chain; the
    keys kept as files so each child can rebuild its side."""
    from medsos_desktop.domain.approval_chain import ApprovalChain, ApprovalStep, ChainSettings
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.agency import load_profile, save_profile
    from medsos_desktop.services.workspace import open_workspace
    from medsos_desktop.sync.central import init_central, publish_device

    shared = folder / "shared"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    keys = {
        "admin": (uuid.uuid4().hex, os.urandom(32).hex()),
        "kadis": (uuid.uuid4().hex, os.urandom(32).hex()),
    }
    (folder / "keys.json").write_text(json.dumps(keys))
    admin_ws = open_workspace(AppPaths(folder / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Sukamaju", confirmed=True),
    )
    admin_ws.close()
    reviews, desk, closing = _sides(folder)
    publish_device(
        shared, AGENCY, reviews.device.signer.device_id, "PC Humas", reviews.device.public_key
    )
    desk.offer(shared, AGENCY)
    (offer,) = reviews.offers()
    reviews.register(offer.offer, "kepala_dinas")
    (device,) = desk.agency_devices(shared, AGENCY)
    desk.pair(shared, device)
    reviews.save_chain_settings(
        ChainSettings(ApprovalChain((ApprovalStep("Kepala Dinas", (desk.signer.device_id,)),)))
    )
    closing()


def _sides(folder: Path):  # type: ignore[no-untyped-def]
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.remote_review import AgencyDevice, AgencyReviews
    from medsos_desktop.services.reviewer_desk import ReviewerDesk
    from medsos_desktop.services.workspace import open_workspace
    from medsos_desktop.sync.sealed import box_keys_from_signing_seed
    from medsos_desktop.sync.writer import Ed25519Signer

    keys = json.loads((folder / "keys.json").read_text())
    admin_id, admin_seed = keys["admin"][0], bytes.fromhex(keys["admin"][1])
    kadis_id, kadis_seed = keys["kadis"][0], bytes.fromhex(keys["kadis"][1])
    admin = Ed25519Signer.from_private_bytes(admin_id, admin_seed)
    kadis = Ed25519Signer.from_private_bytes(kadis_id, kadis_seed)
    admin_ws = open_workspace(AppPaths(folder / "admin"), seed_demo=False)
    kadis_ws = open_workspace(AppPaths(folder / "kadis"), seed_demo=False)
    reviews = AgencyReviews(
        admin_ws.db,
        folder / "shared",
        AGENCY,
        AgencyDevice(admin, admin.public_key_bytes, box_keys_from_signing_seed(admin_seed)),
        load_blob=PostService(admin_ws.db).blob,
    )
    desk = ReviewerDesk(
        kadis_ws.db,
        kadis,
        kadis.public_key_bytes,
        box_keys_from_signing_seed(kadis_seed),
        "dr. Hendra",
        "Kepala Dinas",
    )

    def closing() -> None:
        admin_ws.close()
        kadis_ws.close()

    return reviews, desk, closing


def child_main(folder: str, action: str, count: int) -> None:
    """Run in the child: `count` posts, each submitted (admin), decided (reviewer) or
    collected (admin), acknowledging each on stdout."""
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.domain.posts import Category, PostContent
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.reviewer_desk import VerdictValue

    reviews, desk, _closing = _sides(Path(folder))
    print("ready", flush=True)
    if action == "submit":
        posts = PostService(reviews.db)
        for index in range(count):
            post_id = posts.create(
                PostContent(
                    title=f"Posyandu {index}",
                    category=Category.KEGIATAN,
                    platforms=(Platform.INSTAGRAM,),
                    base_caption=f"Posyandu balita ke-{index} di balai RW 05.",
                )
            )
            reviews.submit(post_id)
            print(f"ack {index}", flush=True)
    elif action == "decide":
        desk.refresh()
        for item in desk.inbox():
            if not item.verdict:
                desk.decide(item.request_id, VerdictValue.APPROVE)
                print(f"ack {item.request_id}", flush=True)
    elif action == "collect":
        result = reviews.collect()
        print(f"ack {len(result.approved)}", flush=True)


def _run(folder: Path, action: str, count: int, kill_after: float | None) -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(HERE)!r}); "
        f"from test_remote_review_kill import child_main; "
        f"child_main({str(folder)!r}, {action!r}, {count})"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        if kill_after is None:
            child.stdout.read()
            assert child.wait(timeout=300) == 0
            return
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kills_on_both_sides_lose_nothing_and_apply_nothing_twice(tmp_path: Path) -> None:
    from medsos_desktop.domain.posts import Status
    from medsos_desktop.services.audit import AuditService
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.reviewer_desk import VerdictValue

    _world(tmp_path)
    rng = random.Random(1616)
    posts = 6
    for action in ("submit", "decide", "collect"):
        for _round in range(6):
            _run(tmp_path, action, posts, kill_after=rng.uniform(0.0, 0.6))
        _run(tmp_path, action, 0 if action == "submit" else posts, kill_after=None)

    reviews, desk, closing = _sides(tmp_path)
    try:
        # Every post that was created went to the chain (a kill between creating and
        # submitting leaves a draft, which is submitted now), and ends approved once.
        service = PostService(reviews.db)
        for row in service.list_rows():
            if row.status == Status.DRAFT.value:
                reviews.submit(row.id)
        # As the two PCs go on after the kills: a collect places the requests a kill left
        # unplaced, the reviewer then sees and decides them, and the next collect takes
        # the decisions in. Two rounds settle everything.
        for _settle in range(2):
            reviews.collect()
            desk.refresh()
            for item in desk.inbox():
                if not item.verdict:
                    desk.decide(item.request_id, VerdictValue.APPROVE)
            reviews.collect()
        rows = service.list_rows()
        assert rows, "no post was created"
        assert [(r.title, r.status) for r in rows if r.status != Status.APPROVED.value] == []
        for row in rows:
            counted = [d for d in reviews.decisions(row.id) if d[3]]
            assert len(counted) == 1, (row.title, reviews.decisions(row.id))
        # The reviewer's data folder and the folder agree on every decision.
        decided = {i.request_id: i.verdict for i in desk.inbox()}
        assert all(v == "approve" for v in decided.values())
        reviews_dir = tmp_path / "shared" / "agencies" / AGENCY / "reviews"
        shared_decisions = list(reviews_dir.glob("*/d-*"))
        assert len(shared_decisions) >= len(rows)
        assert AuditService(reviews.db).verify().intact
        assert AuditService(desk.db).verify().intact
    finally:
        closing()
