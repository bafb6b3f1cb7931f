"""Approval by heads of office on their own PCs (issue 16): an admin's data folder and three
reviewers' data folders, each a real SQLite file, exchanging only through a real shared
folder; a two-step chain (any one of two Kepala Bidang, then the Kepala Dinas)."""

from __future__ import annotations

import dataclasses
import os
import random
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from medsos_desktop.domain.approval_chain import (
    ApprovalChain,
    ApprovalStep,
    ChainSettings,
    StepRule,
)
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import load_profile, save_profile
from medsos_desktop.services.audit import AuditService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.remote_review import (
    AgencyDevice,
    AgencyReviews,
    PinnedComment,
    RemoteReviewError,
)
from medsos_desktop.services.reviewer_desk import ReviewerDesk
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.sync.central import init_central, publish_device
from medsos_desktop.sync.review_records import VerdictValue
from medsos_desktop.sync.sealed import box_keys_from_signing_seed
from medsos_desktop.sync.writer import Ed25519Signer

AGENCY = "dinkes-kota-sukamaju"
CONTENT = PostContent(
    title="Vaksinasi HPV gratis",
    category=Category.KEGIATAN,
    platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
    base_caption="Vaksinasi HPV gratis untuk siswi kelas 5 di Puskesmas Sukamaju.",
)


def _seed_and_signer() -> tuple[bytes, Ed25519Signer]:
    seed = os.urandom(32)
    return seed, Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed)


class Reviewer:
    def __init__(self, tmp_path: Path, name: str, jabatan: str) -> None:
        self.workspace = open_workspace(AppPaths(tmp_path / name), seed_demo=False)
        seed, signer = _seed_and_signer()
        self.desk = ReviewerDesk(
            self.workspace.db,
            signer,
            signer.public_key_bytes,
            box_keys_from_signing_seed(seed),
            name,
            jabatan,
        )

    @property
    def id(self) -> str:
        return self.desk.signer.device_id


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Path, Workspace, AgencyReviews, dict[str, Reviewer]]]:
    shared = tmp_path / "folder-bersama"
    shared.mkdir()
    init_central(shared, "Kota Sukamaju")
    admin_ws = open_workspace(AppPaths(tmp_path / "admin"), seed_demo=False)
    save_profile(
        admin_ws.db,
        dataclasses.replace(load_profile(admin_ws.db), name="Dinkes Kota Sukamaju", confirmed=True),
    )
    seed, signer = _seed_and_signer()
    publish_device(shared, AGENCY, signer.device_id, "PC Humas Dinkes", signer.public_key_bytes)
    device = AgencyDevice(signer, signer.public_key_bytes, box_keys_from_signing_seed(seed))
    posts = PostService(admin_ws.db)
    agency = AgencyReviews(admin_ws.db, shared, AGENCY, device, load_blob=posts.blob)
    people = {
        "budi": Reviewer(tmp_path, "Budi", "Kepala Bidang P2P"),
        "sari": Reviewer(tmp_path, "Sari", "Kepala Bidang Kesmas"),
        "hendra": Reviewer(tmp_path, "dr. Hendra", "Kepala Dinas Kesehatan"),
    }
    yield shared, admin_ws, agency, people
    admin_ws.close()
    for person in people.values():
        person.workspace.close()


def _pair_everyone(shared: Path, agency: AgencyReviews, people: dict[str, Reviewer]) -> None:
    for person in people.values():
        person.desk.offer(shared, AGENCY)
    offers = {o.offer.reviewer_id: o for o in agency.offers()}
    assert set(offers) == {p.id for p in people.values()}
    roles = {"budi": "kepala_bidang", "sari": "kepala_bidang", "hendra": "kepala_dinas"}
    for key, person in people.items():
        (device,) = person.desk.agency_devices(shared, AGENCY)
        # The two screens show the same code: the admin confirms, the reviewer confirms.
        assert person.desk.pairing_code(device) == offers[person.id].code
        agency.register(offers[person.id].offer, roles[key])
        person.desk.pair(shared, device)
        assert person.desk.registered()
    assert agency.offers() == []


def _two_steps(people: dict[str, Reviewer]) -> ChainSettings:
    return ChainSettings(
        default=ApprovalChain(
            (
                ApprovalStep("Kepala Bidang", (people["budi"].id, people["sari"].id), StepRule.ANY),
                ApprovalStep("Kepala Dinas", (people["hendra"].id,)),
            )
        )
    )


def test_two_steps_on_three_pcs_through_a_folder(world) -> None:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db, actor="Rina")
    post_id = posts.create(CONTENT)
    agency.submit(post_id, actor="Rina")
    assert posts.load(post_id).status is Status.SUBMITTED

    # Step 1: both Kepala Bidang receive it, the Kepala Dinas not yet.
    assert people["budi"].desk.refresh() == 1 and people["sari"].desk.refresh() == 1
    assert people["hendra"].desk.refresh() == 0
    (item,) = people["sari"].desk.inbox()
    assert item.title == "Vaksinasi HPV gratis" and (item.step, item.steps) == (0, 2)
    # What the agency's caption checks need travels too: the reviewer's findings are the admin's.
    assert item.agency_checks["name"] == "Dinkes Kota Sukamaju"
    assert item.content["captions"]["instagram"].startswith("Vaksinasi HPV gratis")
    people["sari"].desk.decide(item.request_id, VerdictValue.APPROVE)
    result = agency.collect()
    assert result.new_decisions == 1 and result.next_steps == (post_id,)
    step_line = posts.events(post_id)[-1]
    assert (step_line.comment, step_line.actor) == ("step approved: Kepala Bidang", "Sari")

    # Budi's decision after the step was complete does not count, and changes nothing.
    (late,) = people["budi"].desk.inbox()
    people["budi"].desk.decide(late.request_id, VerdictValue.APPROVE)

    # Step 2: the Kepala Dinas.
    assert people["hendra"].desk.refresh() == 1
    (final,) = people["hendra"].desk.inbox()
    assert (final.step, final.step_title) == (1, "Kepala Dinas")
    # The Kepala Dinas sees who approved step 1, and when.
    ((title, names, signed),) = final.earlier_steps
    assert title == "Kepala Bidang" and names in {"Sari", "Budi"} and signed.endswith("Z")
    assert final.post_uuid == posts.load(post_id).uuid
    people["hendra"].desk.decide(final.request_id, VerdictValue.APPROVE)
    result = agency.collect()
    assert result.approved == (post_id,)
    assert posts.load(post_id).status is Status.APPROVED
    decisions = agency.decisions(post_id)
    # One Kepala Bidang counts for step 1 (the first signed; both signed within one
    # second here, so the tie goes by reviewer id, the same for every reader), the other
    # is set aside; the Kepala Dinas counts for step 2.
    counted = sorted((name, step) for name, _v, step, ok, _c in decisions if ok)
    assert counted[1] == ("dr. Hendra", 1) and counted[0] in {("Sari", 0), ("Budi", 0)}
    assert len([name for name, _v, _s, ok, _c in decisions if not ok]) == 1
    assert AuditService(admin_ws.db).verify().intact
    assert agency.collect().new_decisions == 0  # nothing applied twice


def test_sent_back_with_pinned_comments(world) -> None:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db, actor="Rina")
    post_id = posts.create(CONTENT)
    agency.submit(post_id)
    people["budi"].desk.refresh()
    (item,) = people["budi"].desk.inbox()
    with pytest.raises(RemoteReviewError):
        people["budi"].desk.decide(item.request_id, VerdictValue.RETURN)
    pin = PinnedComment("Sebutkan jam layanan", platform="instagram", start=0, end=20)
    people["budi"].desk.decide(item.request_id, VerdictValue.RETURN, [pin])
    result = agency.collect()
    assert result.returned == (post_id,)
    assert posts.load(post_id).status is Status.CHANGES_REQUESTED
    ((name, verdict, _step, counted, comments),) = agency.decisions(post_id)
    assert (name, verdict, counted, comments) == ("Budi", "return", True, [pin])
    last = posts.events(post_id)[-1]
    assert last.comment == "Sebutkan jam layanan" and last.actor == "Budi"
    # The comment is sealed: nobody reading the share sees it.
    for path in shared.rglob("*"):
        if path.is_file():
            assert b"jam layanan" not in path.read_bytes()


def test_files_copied_in_a_random_order_arrive_whole(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's PC sees the share through a sync program that delivers the request's
    files one by one in any order: nothing shows until all are there, then it shows once."""
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    post_id = PostService(admin_ws.db).create(CONTENT)
    agency.submit(post_id)
    mirror = tmp_path / "salinan-sari"
    # Everything but the review requests arrives first (devices, registrations).
    shutil.copytree(shared, mirror, ignore=shutil.ignore_patterns("reviews"))
    sari = people["sari"].desk
    with sari.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE paired_agency SET root = ?", (str(mirror),))
    files = sorted(p for p in (shared / "agencies" / AGENCY / "reviews").rglob("*") if p.is_file())
    random.Random(7).shuffle(files)
    for count, source in enumerate(files, 1):
        target = mirror / source.relative_to(shared)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
        assert sari.refresh() == (1 if count == len(files) else 0)
    assert len(sari.inbox()) == 1


def test_forged_and_replayed_decisions_are_refused(world) -> None:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db)
    first = posts.create(CONTENT)
    second = posts.create(dataclasses.replace(CONTENT, title="Posyandu balita"))
    agency.submit(first)
    agency.submit(second)
    budi = people["budi"].desk
    budi.refresh()
    items = {i.title: i for i in budi.inbox()}
    budi.decide(items["Vaksinasi HPV gratis"].request_id, VerdictValue.APPROVE)
    reviews = shared / "agencies" / AGENCY / "reviews"
    decided = reviews / items["Vaksinasi HPV gratis"].request_id / f"d-{people['budi'].id}"
    # A decision replayed onto another post's request: its manifest names its own place.
    replay = reviews / items["Posyandu balita"].request_id / f"d-{people['budi'].id}"
    shutil.copytree(decided, replay)
    # A decision forged in the Kepala Dinas's name by someone without his key.
    forger = Ed25519Signer.generate(people["hendra"].id)
    forged = reviews / items["Posyandu balita"].request_id / f"d-{people['hendra'].id}"
    shutil.copytree(decided, forged)
    (forged / "manifest.sig").write_bytes(forger.sign((forged / "manifest.json").read_bytes()))
    result = agency.collect()
    assert result.next_steps == (first,)
    assert sorted(result.refused) == sorted(
        [
            f"reviews/{items['Posyandu balita'].request_id}/d-{people['budi'].id}",
            f"reviews/{items['Posyandu balita'].request_id}/d-{people['hendra'].id}",
        ]
    )
    assert posts.load(second).status is Status.SUBMITTED


def test_a_deactivated_reviewer_s_later_decision_does_not_count(world) -> None:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db)
    post_id = posts.create(CONTENT)
    agency.submit(post_id)
    agency.deactivate(people["sari"].id)
    assert not people["sari"].desk.registered()
    sari = people["sari"].desk
    sari.refresh()
    (item,) = sari.inbox()
    sari.decide(item.request_id, VerdictValue.APPROVE)
    result = agency.collect()
    assert result.new_decisions == 1 and result.next_steps == ()
    assert posts.load(post_id).status is Status.SUBMITTED
    ((_name, _v, _s, counted, _c),) = agency.decisions(post_id)
    assert counted is False


def test_an_unpaired_pc_s_request_is_never_shown(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    # Someone with write access places a request signed by a PC of their own.
    seed, other = _seed_and_signer()
    intruder = AgencyReviews(
        admin_ws.db,
        shared,
        AGENCY,
        AgencyDevice(other, other.public_key_bytes, box_keys_from_signing_seed(seed)),
    )
    intruder.save_chain_settings(_two_steps(people))
    post_id = PostService(admin_ws.db).create(CONTENT)
    intruder.submit(post_id)
    assert people["budi"].desk.refresh() == 0


def test_an_approval_expires_when_the_post_is_not_published_in_time(world) -> None:  # type: ignore[no-untyped-def]
    """Approved, planned, not published within the agency's expiry: a new revision in
    draft that must be approved again; published or recent posts keep their approval."""
    from datetime import UTC, datetime, timedelta

    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(dataclasses.replace(_two_steps(people), expiry_days=3))
    posts = PostService(admin_ws.db, actor="Rina")
    planned = (datetime.now(UTC) + timedelta(days=1)).replace(tzinfo=None, microsecond=0)
    ids = []
    for title in ("Lama", "Sudah tayang", "Baru"):
        post_id = posts.create(dataclasses.replace(CONTENT, title=title, planned_at=planned))
        agency.submit(post_id)
        for key in ("budi", "hendra"):
            people[key].desk.refresh()
            for item in people[key].desk.inbox():
                if not item.verdict:
                    people[key].desk.decide(item.request_id, VerdictValue.APPROVE)
            agency.collect()
        assert posts.load(post_id).status is Status.APPROVED
        ids.append(post_id)
    old, shown, recent = ids
    posts.change_status(shown, Status.SYNCED)
    posts.change_status(shown, Status.PUBLISHED)
    with admin_ws.db.engine.begin() as conn:  # the third was planned for next week
        conn.exec_driver_sql(
            "UPDATE post SET planned_at = ? WHERE id = ?", (planned + timedelta(days=14), recent)
        )
    assert agency.expire_approvals(planned + timedelta(days=2)) == ()
    assert agency.expire_approvals(planned + timedelta(days=4)) == (old,)
    snapshot = posts.load(old)
    assert (snapshot.status, snapshot.revision) == (Status.DRAFT, 2)
    assert posts.events(old)[-1].comment == "approval expired"
    assert posts.load(shown).status is Status.PUBLISHED
    assert posts.load(recent).status is Status.APPROVED
    assert agency.expire_approvals(planned + timedelta(days=4)) == ()  # once


def test_a_request_taken_back_is_withdrawn_on_the_heads_pcs(world) -> None:  # type: ignore[no-untyped-def]
    """The admin takes a submitted post back to change it: the next collect places a signed
    withdrawal and the heads' queues say so; deciding it is refused. A withdrawal not
    signed by the paired admin PC changes nothing."""
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db, actor="Rina")
    taken_back = posts.create(CONTENT)
    kept = posts.create(dataclasses.replace(CONTENT, title="Posyandu balita"))
    agency.submit(taken_back)
    agency.submit(kept)
    budi, sari = people["budi"].desk, people["sari"].desk
    assert budi.refresh() == 2 and sari.refresh() == 2
    items = {i.title: i for i in budi.inbox()}

    # Someone without the admin PC's key writes a withdrawal of the other post's request.
    reviews = shared / "agencies" / AGENCY / "reviews"
    forger = Ed25519Signer.generate(agency.device.signer.device_id)
    fake = AgencyReviews(
        admin_ws.db,
        shared,
        AGENCY,
        AgencyDevice(forger, forger.public_key_bytes, agency.device.box),
    )
    from medsos_desktop.sync.review_folder import place_review_folder, withdrawal_folder
    from medsos_desktop.sync.review_records import WITHDRAWAL_FILE, Withdrawal

    kept_request = items["Posyandu balita"].request_id
    place_review_folder(
        shared,
        AGENCY,
        withdrawal_folder(kept_request),
        {WITHDRAWAL_FILE: Withdrawal(AGENCY, kept_request, "2026-12-03T08:00:00Z").to_json()},
        fake.device.signer,
        fake.device.public_key,
    )

    posts.start_new_revision(taken_back)  # taken back to be changed
    assert posts.load(taken_back).status is Status.DRAFT
    agency.collect()
    assert (reviews / items["Vaksinasi HPV gratis"].request_id / "withdrawn").is_dir()
    agency.collect()  # once: nothing placed again
    budi.refresh()
    states = {i.title: i.verdict for i in budi.inbox()}
    assert states == {"Vaksinasi HPV gratis": "withdrawn", "Posyandu balita": ""}
    with pytest.raises(RemoteReviewError) as refused:
        budi.decide(items["Vaksinasi HPV gratis"].request_id, VerdictValue.APPROVE)
    assert "took this request back" in refused.value.render()
    sari.refresh()
    assert {i.title: i.verdict for i in sari.inbox()}["Vaksinasi HPV gratis"] == "withdrawn"
    # The other request still goes its way.
    budi.decide(kept_request, VerdictValue.APPROVE)
    assert agency.collect().next_steps == (kept,)


def test_a_decision_placed_just_before_a_kill_is_not_taken_for_a_withdrawal(world) -> None:  # type: ignore[no-untyped-def]
    """The head's PC placed its decision in the folder and was killed before recording it:
    the post is approved and its request withdrawn meanwhile. The head's queue shows the
    decision the folder holds, not "taken back"."""
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db)
    post_id = posts.create(CONTENT)
    agency.submit(post_id)
    budi = people["budi"].desk
    budi.refresh()
    (item,) = budi.inbox()
    budi.decide(item.request_id, VerdictValue.APPROVE)
    with people["budi"].workspace.db.engine.begin() as conn:  # the record the kill took
        conn.exec_driver_sql("UPDATE inbox_request SET verdict = '', decided_at = NULL")
    agency.collect()
    posts.start_new_revision(post_id)  # taken back: the request is withdrawn
    agency.collect()
    assert (shared / "agencies" / AGENCY / "reviews" / item.request_id / "withdrawn").is_dir()
    budi.refresh()
    assert [i.verdict for i in budi.inbox()] == ["approve"]
