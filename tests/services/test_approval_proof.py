"""Proof of approval that travels with the post (issue 16, item 5): an admin and three
reviewers on their own data folders approve a post in two steps through a real shared
folder, the admin sends it to the central folder, and the coordinator's scan and
`verify_central` check every reviewer's signature against the agency's signed
registrations; then every way to forge that proof is refused, each with its reason."""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import uuid
from pathlib import Path

import pytest

from medsos_desktop.domain.approval_chain import Assurance
from medsos_desktop.domain.posts import Status
from medsos_desktop.services.coordinator import CoordinatorService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.sync import SyncService
from medsos_desktop.sync import approval_proof
from medsos_desktop.sync.approval_proof import check_approval
from medsos_desktop.sync.central import RevisionPackage, RevisionPublisher, verify_central
from medsos_desktop.sync.format import ProtocolViolation
from medsos_desktop.sync.review_records import ReviewerRecord, ReviewerState, VerdictValue
from medsos_desktop.sync.writer import Ed25519Signer
from tests.render.test_approval_sheet import _text, _words, needs_pdftotext
from tests.services import test_remote_review as two_pcs
from tests.services.test_remote_review import AGENCY, CONTENT, _pair_everyone, _two_steps

world = two_pcs.world  # the admin's and three reviewers' data folders and their shared folder

BUDI = "Budi (Kepala Bidang P2P)"
HENDRA = "dr. Hendra (Kepala Dinas Kesehatan)"


def _approve_in_two_steps(world) -> tuple[int, PostService]:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db, actor="Rina")
    post_id = posts.create(CONTENT)
    agency.submit(post_id, actor="Rina")
    people["budi"].desk.refresh()
    (item,) = people["budi"].desk.inbox()
    people["budi"].desk.decide(item.request_id, VerdictValue.APPROVE)
    agency.collect()
    people["hendra"].desk.refresh()
    (item,) = people["hendra"].desk.inbox()
    people["hendra"].desk.decide(item.request_id, VerdictValue.APPROVE)
    agency.collect()
    assert posts.load(post_id).status is Status.APPROVED
    return post_id, posts


def _send(world) -> Path:  # type: ignore[no-untyped-def]
    shared, admin_ws, agency, _people = world
    device = agency.device
    result = SyncService(admin_ws.db).run(
        shared, device.signer, device.public_key, "PC Humas Dinkes"
    )
    assert result.published == 1, result.messages
    (post_json,) = (shared / "agencies" / AGENCY / "posts").glob("*/r*/post.json")
    return post_json


def _resolver(world):  # type: ignore[no-untyped-def]
    """The agency's one device, as the coordinator knows it from its device file."""
    device = world[2].device

    def resolve(device_id: str, key_id: str, agency: str) -> bytes:
        if (device_id, key_id, agency) != (device.signer.device_id, device.signer.key_id, AGENCY):
            raise ProtocolViolation("unknown_device", "")
        return device.public_key

    return resolve


def test_the_coordinator_sees_who_approved_verified(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared = world[0]
    _approve_in_two_steps(world)
    post_json = _send(world)
    post = json.loads(post_json.read_bytes())
    approval = post["approval"]
    assert approval["assurance"] == "signed"
    assert len(approval["decisions"]) == 2 and len(approval["registrations"]) == 2

    # `medsos verify`: the revision is valid and nothing is said against its approval.
    report = verify_central(shared)
    assert [e.status for e in report.entries if e.kind == "revision"] == ["valid"]
    assert [e for e in report.entries if e.kind == "approval"] == []

    with CoordinatorService(shared, tmp_path / "diskominfo") as coordinator:
        coordinator.scan()
        (row,) = coordinator.revisions(limit=None)
    assert row.assurance == Assurance.SIGNED.value
    assert row.reviewer == f"{BUDI}, {HENDRA}"


@pytest.fixture
def sent(world):  # type: ignore[no-untyped-def]
    """The signed post as it arrived in the central folder, and a key resolver for it."""
    _approve_in_two_steps(world)
    post = json.loads(_send(world).read_bytes())
    return post, _resolver(world)


def _judge(post: dict, resolve) -> approval_proof.ApprovalCheck:  # type: ignore[no-untyped-def,type-arg]
    return check_approval(post, AGENCY, post["post_uuid"], post["revision"], resolve)


def _flip(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[-1] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def test_the_untouched_proof_holds(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = sent
    judged = _judge(post, resolve)
    assert judged.assurance is Assurance.SIGNED
    assert judged.approvers == (BUDI, HENDRA)


def test_a_forged_decision_signature_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    decision = post["approval"]["decisions"][1]
    decision["signature"] = _flip(decision["signature"])
    judged = _judge(post, resolve)
    assert (judged.assurance, judged.reason) == (Assurance.UNPROVEN, approval_proof.REASON_DECISION)


def test_an_altered_decision_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    decision = post["approval"]["decisions"][0]
    record = json.loads(base64.b64decode(decision["decision"]))
    record["step"] = 1  # claimed for another step; its signature no longer holds
    decision["decision"] = base64.b64encode(json.dumps(record).encode()).decode()
    assert _judge(post, resolve).reason == approval_proof.REASON_DECISION


def test_edited_content_after_the_decisions_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    post["content"]["base_caption"] += " Info lengkap hubungi 0812-3456-7890."
    assert _judge(post, resolve).reason == approval_proof.REASON_CONTENT


def test_decisions_replayed_onto_another_post_or_revision_are_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = sent
    other_post = check_approval(post, AGENCY, str(uuid.uuid4()), post["revision"], resolve)
    other_revision = check_approval(post, AGENCY, post["post_uuid"], 2, resolve)
    other_agency = check_approval(post, "dishub-kota-sukamaju", post["post_uuid"], 1, resolve)
    assert other_post.reason == other_revision.reason == approval_proof.REASON_CONTENT
    assert other_agency.assurance is Assurance.UNPROVEN


def test_a_missing_step_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    del post["approval"]["decisions"][1]  # the Kepala Dinas's
    assert _judge(post, resolve).reason == approval_proof.REASON_CHAIN


def test_a_chain_shortened_to_one_step_is_refused_by_the_revision_signature(
    world, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Whoever rewrites the chain in post.json must sign the revision again: only an agency
    device can, and then its own claim is what the coordinator shows (signed by it)."""
    shared = world[0]
    _approve_in_two_steps(world)
    post_json = _send(world)
    post = json.loads(post_json.read_bytes())
    post["approval"]["chain"]["steps"] = post["approval"]["chain"]["steps"][:1]
    size = post_json.stat().st_size
    rewritten = json.dumps(post).encode()
    post_json.write_bytes(rewritten + b" " * (size - len(rewritten)))  # the size it had
    statuses = [e.status for e in verify_central(shared).entries if e.kind == "revision"]
    assert statuses == ["tampered"]


def test_a_registration_not_signed_by_the_agency_is_refused(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    registration = post["approval"]["registrations"][0]
    registration["signature"] = _flip(registration["signature"])
    assert _judge(post, resolve).reason == approval_proof.REASON_REGISTRATION

    def nobody(device_id: str, key_id: str, agency: str) -> bytes:
        raise ProtocolViolation("unknown_device", "")

    assert _judge(sent[0], nobody).reason == approval_proof.REASON_REGISTRATION


def test_a_reviewer_deactivated_before_signing_does_not_count(world) -> None:  # type: ignore[no-untyped-def]
    _shared, _admin_ws, agency, people = world
    _approve_in_two_steps(world)
    # The head moves on: the proof sent from now on carries their deactivation too.
    agency.deactivate(people["hendra"].id)
    post = json.loads(_send(world).read_bytes())
    resolve = _resolver(world)
    assert len(post["approval"]["registrations"]) == 3  # Budi, Hendra active, Hendra gone
    kinds = [
        json.loads(base64.b64decode(r["reviewer"]))["state"]
        for r in post["approval"]["registrations"]
    ]
    assert kinds == ["active", "active", "deactivated"]

    (hendra,) = [r for r in agency.reviewers() if r.reviewer_id == people["hendra"].id]

    def deactivation(effective: str) -> dict:  # type: ignore[type-arg]
        """Signed by the agency's own device, as its app would, taking effect then."""
        record = ReviewerRecord(
            agency=AGENCY,
            reviewer_id=hendra.reviewer_id,
            name=hendra.name,
            jabatan=hendra.jabatan,
            role=hendra.role,
            sign_key=hendra.sign_key,
            box_key=hendra.box_key,
            state=ReviewerState.DEACTIVATED,
            effective=effective,
            paired_by=agency.device.signer.device_id,
        )
        return agency._place_record(record)[1]

    later, earlier = copy.deepcopy(post), copy.deepcopy(post)
    later["approval"]["registrations"][2] = deactivation("2099-01-01T00:00:00Z")
    assert _judge(later, resolve).assurance is Assurance.SIGNED
    # Taking effect before the Kepala Dinas signed: step 2 is no longer complete.
    earlier["approval"]["registrations"][2] = deactivation("2020-01-01T00:00:00Z")
    assert _judge(earlier, resolve).reason == approval_proof.REASON_CHAIN


def test_whatsapp_and_pin_and_no_approval(sent) -> None:  # type: ignore[no-untyped-def]
    post, resolve = sent
    pin = {**post, "approval": {"assurance": "pin", "reviewer": "Ir. Wati", "role": "kadis"}}
    assert _judge(pin, resolve).assurance is Assurance.PIN
    version_1 = {**post, "approval": {"reviewer": "Ir. Wati", "role": "kadis"}}
    assert _judge(version_1, resolve).approvers == ("Ir. Wati",)
    assert _judge({**post, "approval": None}, resolve).assurance is Assurance.NONE
    shot = "ab" * 32
    whatsapp = {"assurance": "whatsapp", "reviewer": "Ir. Wati", "evidence": {"sha256": shot}}
    judged = check_approval(
        {**post, "approval": whatsapp}, AGENCY, post["post_uuid"], 1, resolve, {shot}
    )
    assert judged.assurance is Assurance.WHATSAPP and judged.evidence_sha256 == shot
    missing = _judge({**post, "approval": whatsapp}, resolve)
    assert missing.reason == approval_proof.REASON_EVIDENCE
    odd = _judge({**post, "approval": {"assurance": "telepati"}}, resolve)
    assert odd.reason == approval_proof.REASON_UNKNOWN


@pytest.mark.parametrize(
    "damage",
    [
        lambda a: a.update(decisions="semua setuju"),
        lambda a: a.update(decisions=[]),
        lambda a: a.update(registrations=[{"manifest": "!!", "signature": "", "reviewer": ""}]),
        lambda a: a.update(chain=["Kepala Dinas"]),
        lambda a: a["decisions"].__setitem__(0, {"decision": 3, "signature": None}),
        lambda a: a["decisions"].extend([a["decisions"][0]] * 50),
    ],
)
def test_malformed_proof_never_raises(sent, damage) -> None:  # type: ignore[no-untyped-def]
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    damage(post["approval"])
    judged = _judge(post, resolve)
    assert judged.assurance is Assurance.UNPROVEN and judged.reason


def test_a_forged_approval_is_a_finding_of_verify_and_of_the_coordinator(
    world, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An agency device that signs a revision claiming reviewers' signatures it does not
    have: the revision is the agency's, its approval is reported as not to be trusted."""
    shared = world[0]
    _approve_in_two_steps(world)
    post = json.loads(_send(world).read_bytes())
    forged = copy.deepcopy(post)
    del forged["approval"]["decisions"][1]
    forged["post_uuid"] = str(uuid.uuid4())
    device = world[2].device
    package = RevisionPackage(AGENCY, forged["post_uuid"], 1, forged, [])
    RevisionPublisher(shared, AGENCY, device.signer).publish(package, 99)
    report = verify_central(shared)
    findings = [e for e in report.entries if e.kind == "approval"]
    assert [(f.post_uuid, f.status) for f in findings] == [(forged["post_uuid"], "invalid")]
    assert "cannot be trusted" in findings[0].render()
    with CoordinatorService(shared, tmp_path / "diskominfo") as coordinator:
        coordinator.scan()
        by_post = {r.post_uuid: r for r in coordinator.revisions(limit=None)}
    assert by_post[forged["post_uuid"]].assurance == Assurance.UNPROVEN.value
    assert by_post[post["post_uuid"]].assurance == Assurance.SIGNED.value


def test_a_new_signer_cannot_take_over_a_registration(sent) -> None:  # type: ignore[no-untyped-def]
    """A second registration of the same reviewer with other keys (an admin device tricked
    into registering an impostor) voids the proof rather than choosing one."""
    post, resolve = copy.deepcopy(sent[0]), sent[1]
    registrations = post["approval"]["registrations"]
    impostor = copy.deepcopy(registrations[0])
    record = json.loads(base64.b64decode(impostor["reviewer"]))
    record["sign_key"] = base64.b64encode(
        Ed25519Signer.generate("x" * 32).public_key_bytes
    ).decode()
    impostor["reviewer"] = base64.b64encode(json.dumps(record).encode()).decode()
    registrations.append(impostor)
    assert _judge(post, resolve).assurance is Assurance.UNPROVEN


@needs_pdftotext
def test_the_approval_sheet_tells_the_signed_steps(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A post approved on the heads' own PCs: the sheet ticks "approved", names each
    reviewer who signed, says how, and puts the last step's head in the signature block."""
    from medsos_desktop.i18n import translator
    from medsos_desktop.services.review import ReviewService

    post_id, _posts = _approve_in_two_steps(world)
    files = ReviewService(world[1].db).approval_sheet_files(post_id, translator("id"))
    flat = _words(_text(files.pdf, tmp_path))
    assert "disetujui oleh Budi, dr. Hendra" in flat
    assert "Setiap tahap ditandatangani di PC peninjau sendiri" in flat
    assert "dengan PIN" not in flat.split("F. Keputusan")[-1].split("Setelah menandatangani")[0]
    assert "F. Keputusan" in flat and "Menyetujui," in flat
    assert "Kepala Dinas Kesehatan" in flat.split("Menyetujui,")[-1]


def test_sent_back_at_the_last_step_then_submitted_again(world) -> None:  # type: ignore[no-untyped-def]
    """The Kepala Dinas sends the post back; the admin fixes it and submits it again (the
    same revision). The chain starts afresh: step 1 approved again moves it to the Kepala
    Dinas, whose new approval approves it; the earlier round's decisions count for nothing,
    in the admin's app and in the proof Diskominfo checks."""
    from medsos_desktop.services.remote_review import PinnedComment

    shared, admin_ws, agency, people = world
    _pair_everyone(shared, agency, people)
    agency.save_chain_settings(_two_steps(people))
    posts = PostService(admin_ws.db, actor="Rina")
    post_id = posts.create(CONTENT)
    agency.submit(post_id)
    budi, sari, hendra = (people[k].desk for k in ("budi", "sari", "hendra"))
    budi.refresh()
    (item,) = budi.inbox()
    budi.decide(item.request_id, VerdictValue.APPROVE)
    assert agency.collect().next_steps == (post_id,)
    hendra.refresh()
    (item,) = hendra.inbox()
    hendra.decide(item.request_id, VerdictValue.RETURN, [PinnedComment("Tambahkan jam layanan")])
    assert agency.collect().returned == (post_id,)

    fixed = dataclasses.replace(
        posts.load(post_id).content, base_caption=CONTENT.base_caption + " Buka 08.00-14.00."
    )
    posts.save(post_id, fixed)
    agency.submit(post_id)
    assert posts.load(post_id).revision == 1  # sent back and fixed: the same revision
    agency.collect()  # the minute's collection withdraws the first round's open requests
    sari.refresh()
    fresh = [i for i in sari.inbox() if not i.verdict]
    assert len(fresh) == 1  # the first round's request to Sari is marked withdrawn
    sari.decide(fresh[0].request_id, VerdictValue.APPROVE)
    assert agency.collect().next_steps == (post_id,)
    hendra.refresh()
    (again,) = [i for i in hendra.inbox() if not i.verdict]
    hendra.decide(again.request_id, VerdictValue.APPROVE)
    assert agency.collect().approved == (post_id,)
    assert posts.load(post_id).status is Status.APPROVED

    post = json.loads(_send(world).read_bytes())
    assert len(post["approval"]["decisions"]) == 2  # this round's only
    judged = _judge(post, _resolver(world))
    assert judged.assurance is Assurance.SIGNED
    assert judged.approvers == ("Sari (Kepala Bidang Kesmas)", HENDRA)
