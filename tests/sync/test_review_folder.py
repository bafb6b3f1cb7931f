"""Review folders (protocol 1.1, issue 16) in a real folder: a request sealed to the
reviewers of its step, a reviewer's signed decision, offers to pair; files arriving one
by one in any order, conflict copies, and every kind of tampering a share allows."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import shutil
import uuid
from pathlib import Path

import pytest

from medsos_desktop.sync.central import init_central, verify_central
from medsos_desktop.sync.format import MANIFEST_FILE, signature_ok, utc_timestamp
from medsos_desktop.sync.review_folder import (
    decision_folder,
    list_decision_reviewers,
    list_request_ids,
    list_reviewer_revisions,
    place_review_folder,
    read_offers,
    read_review_folder,
    request_folder,
    reviewer_folder,
    write_offer,
)
from medsos_desktop.sync.review_records import (
    DECISION_FILE,
    DECISION_SIGNATURE_FILE,
    KEYS_FILE,
    PAYLOAD_FILE,
    REQUEST_FILE,
    REVIEWER_FILE,
    DecisionRecord,
    ReviewerOffer,
    ReviewerRecord,
    ReviewerState,
    ReviewRequest,
    VerdictValue,
    keys_json,
    new_request_id,
    parse_decision,
    parse_keys,
    parse_request,
    parse_reviewer,
)
from medsos_desktop.sync.sealed import BoxKeyPair, SealError, open_sealed, seal
from medsos_desktop.sync.writer import Ed25519Signer

AGENCY = "dinkes-kota-sukamaju"
POST = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
CONTENT_HASH = hashlib.sha256(b"the exact content").hexdigest()


class Person:
    """A reviewer's installation: its own signing key and encryption key."""

    def __init__(self, name: str) -> None:
        self.signer = Ed25519Signer.generate(uuid.uuid4().hex)
        self.box = BoxKeyPair.generate()
        self.name = name

    @property
    def id(self) -> str:
        return self.signer.device_id


@pytest.fixture
def central(tmp_path: Path) -> Path:
    folder = tmp_path / "pusat"
    folder.mkdir()
    init_central(folder, "Kota Sukamaju")
    return folder


def _request(central: Path, admin: Ed25519Signer, reviewers: list[Person]) -> tuple[str, bytes]:
    request_id = new_request_id()
    payload = b'{"caption": "Ayo donor darah, NIK pendaftar 3273012345678901"}'
    sealed = seal(payload, {p.id: p.box.public for p in reviewers})
    request = ReviewRequest(
        agency=AGENCY,
        request_id=request_id,
        post_uuid=POST,
        revision=2,
        content_hash=CONTENT_HASH,
        step=0,
        steps=2,
        step_title="Kepala Bidang",
        rule="any",
        recipients=tuple(p.id for p in reviewers),
        title="Donor darah",
        created=utc_timestamp(),
    )
    place_review_folder(
        central,
        AGENCY,
        request_folder(request_id),
        {
            REQUEST_FILE: request.to_json(),
            PAYLOAD_FILE: sealed.ciphertext,
            KEYS_FILE: keys_json(sealed.keys),
        },
        admin,
        admin.public_key_bytes,
    )
    return request_id, payload


def _decide(central: Path, request_id: str, reviewer: Person) -> DecisionRecord:
    decision = DecisionRecord(
        agency=AGENCY,
        request_id=request_id,
        post_uuid=POST,
        revision=2,
        content_hash=CONTENT_HASH,
        step=0,
        reviewer_id=reviewer.id,
        key_id=reviewer.signer.key_id,
        verdict=VerdictValue.APPROVE,
        signed=utc_timestamp(),
        has_comments=False,
    )
    data = decision.to_json()
    place_review_folder(
        central,
        AGENCY,
        decision_folder(request_id, reviewer.id),
        {DECISION_FILE: data, DECISION_SIGNATURE_FILE: reviewer.signer.sign(data)},
        reviewer.signer,
        reviewer.signer.public_key_bytes,
    )
    return decision


def _keys(*signers: Ed25519Signer):  # type: ignore[no-untyped-def]
    known = {(s.device_id, s.key_id): s.public_key_bytes for s in signers}
    return lambda signer, key_id: known.get((signer, key_id))


def test_a_request_is_read_by_its_reviewers_only_and_a_decision_comes_back(
    central: Path,
) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    budi, sari, stranger = Person("Budi"), Person("Sari"), Person("Orang lain")
    request_id, payload = _request(central, admin, [budi, sari])

    assert list_request_ids(central, AGENCY) == [request_id]
    found = read_review_folder(central, AGENCY, request_folder(request_id), _keys(admin))
    assert found.status == "valid", found.reason
    request = parse_request(found.files[REQUEST_FILE])
    assert request.recipients == (budi.id, sari.id) and request.content_hash == CONTENT_HASH
    keys = parse_keys(found.files[KEYS_FILE])
    for person in (budi, sari):
        assert open_sealed(keys[person.id], found.files[PAYLOAD_FILE], person.box) == payload
    with pytest.raises(SealError):
        open_sealed(keys[budi.id], found.files[PAYLOAD_FILE], stranger.box)
    # Nobody without a recipient's key finds the draft's personal data on the share.
    for path in central.rglob("*"):
        if path.is_file():
            assert b"3273012345678901" not in path.read_bytes()

    decision = _decide(central, request_id, sari)
    assert list_decision_reviewers(central, AGENCY, request_id) == [sari.id]
    read = read_review_folder(
        central, AGENCY, decision_folder(request_id, sari.id), _keys(sari.signer)
    )
    assert read.status == "valid"
    assert parse_decision(read.files[DECISION_FILE]) == decision
    # The decision is proof on its own: its signature covers decision.json.
    assert signature_ok(
        sari.signer.public_key_bytes,
        read.files[DECISION_SIGNATURE_FILE],
        read.files[DECISION_FILE],
    )
    with pytest.raises(FileExistsError):  # a decision is never replaced
        _decide(central, request_id, sari)


def test_files_arriving_one_by_one_in_any_order_are_pending_then_valid(
    central: Path, tmp_path: Path
) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    budi = Person("Budi")
    request_id, _payload = _request(central, admin, [budi])
    source = central / "agencies" / AGENCY / request_folder(request_id)
    names = sorted(os.listdir(source))
    rng = random.Random(16)
    for attempt in range(12):
        mirror = tmp_path / f"mirror{attempt}"
        target = mirror / "agencies" / AGENCY / request_folder(request_id)
        target.mkdir(parents=True)
        order = names[:]
        rng.shuffle(order)
        if attempt == 0:
            order.remove(MANIFEST_FILE)
            order.insert(0, MANIFEST_FILE)  # the manifest first: the worst case
        for count, name in enumerate(order, 1):
            data = (source / name).read_bytes()
            # A sync program writes a file in pieces: first half, then the whole.
            (target / name).write_bytes(data[: len(data) // 2])
            half = read_review_folder(mirror, AGENCY, request_folder(request_id), _keys(admin))
            assert half.status == "pending", (order, name, half.reason)
            (target / name).write_bytes(data)
            whole = read_review_folder(mirror, AGENCY, request_folder(request_id), _keys(admin))
            expected = "valid" if count == len(order) else "pending"
            assert whole.status == expected, (order, name, whole.reason)


def test_conflict_copies_and_junk_are_never_read(central: Path) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    budi = Person("Budi")
    request_id, _payload = _request(central, admin, [budi])
    _decide(central, request_id, budi)
    reviews = central / "agencies" / AGENCY / "reviews"
    shutil.copytree(reviews / request_id, reviews / f"{request_id} (conflicted copy)")
    shutil.copytree(
        reviews / request_id / f"d-{budi.id}",
        reviews / request_id / f"d-{budi.id}.sync-conflict-20261203-101010-ABCDEFG",
    )
    (reviews / request_id / "request" / "request (1).json").write_bytes(b"not json")
    (reviews / "Thumbs.db").write_bytes(b"\0")
    assert list_request_ids(central, AGENCY) == [request_id]
    assert list_decision_reviewers(central, AGENCY, request_id) == [budi.id]
    assert (
        read_review_folder(central, AGENCY, request_folder(request_id), _keys(admin)).status
        == "valid"
    )


@pytest.mark.parametrize(
    "tamper",
    ["payload", "manifest_moved", "unknown_signer", "signature", "link", "bigger_file"],
)
def test_tampering_is_refused_and_never_pending(central: Path, tmp_path: Path, tamper: str) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    budi = Person("Budi")
    request_id, _payload = _request(central, admin, [budi])
    folder = request_folder(request_id)
    path = central / "agencies" / AGENCY / folder
    keys = _keys(admin)
    expected = "invalid"
    if tamper == "payload":
        data = bytearray((path / PAYLOAD_FILE).read_bytes())
        data[10] ^= 1
        (path / PAYLOAD_FILE).write_bytes(bytes(data))
    elif tamper == "manifest_moved":
        # The whole folder copied to another request: its manifest names the first one.
        other = new_request_id()
        shutil.copytree(path, central / "agencies" / AGENCY / request_folder(other))
        folder = request_folder(other)
    elif tamper == "unknown_signer":
        keys = _keys(Ed25519Signer.generate(uuid.uuid4().hex))
    elif tamper == "signature":
        forger = Ed25519Signer.generate(admin.device_id)
        (path / "manifest.sig").write_bytes(forger.sign((path / MANIFEST_FILE).read_bytes()))
    elif tamper == "link":
        shutil.move(path, tmp_path / "elsewhere")
        os.symlink(tmp_path / "elsewhere", path)
        expected = "unsafe"
    elif tamper == "bigger_file":
        with open(path / PAYLOAD_FILE, "ab") as handle:
            handle.write(b"more")
    assert read_review_folder(central, AGENCY, folder, keys).status == expected


def test_offers_to_pair_and_registrations(central: Path) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    hendra = Person("dr. Hendra")
    offer = ReviewerOffer(
        agency=AGENCY,
        reviewer_id=hendra.id,
        name="dr. Hendra",
        jabatan="Kepala Dinas Kesehatan",
        sign_key=hendra.signer.public_key_bytes,
        box_key=hendra.box.public,
        created=utc_timestamp(),
    )
    write_offer(central, offer)
    write_offer(central, offer)  # the same offer again is not an error
    # Sent again later from the same installation (same keys): there already, not an error.
    write_offer(central, dataclasses.replace(offer, created="2026-12-04T08:00:00Z"))
    with pytest.raises(FileExistsError):  # another key under the same id: never replaced
        write_offer(central, dataclasses.replace(offer, box_key=BoxKeyPair.generate().public))
    offers_dir = central / "agencies" / AGENCY / "reviewers" / "offers"
    (offers_dir / "0123456789abcdef0123456789abcdef.json").write_bytes(b"{}")
    (offers_dir / f"{hendra.id} (1).json").write_bytes(b"{}")  # a copy: never read
    offers, bad = read_offers(central, AGENCY)
    assert offers == [offer] and bad == ["0123456789abcdef0123456789abcdef.json"]

    record = ReviewerRecord(
        agency=AGENCY,
        reviewer_id=hendra.id,
        name=offer.name,
        jabatan=offer.jabatan,
        role="kepala_dinas",
        sign_key=offer.sign_key,
        box_key=offer.box_key,
        state=ReviewerState.ACTIVE,
        effective=utc_timestamp(),
        paired_by=admin.device_id,
    )
    place_review_folder(
        central,
        AGENCY,
        reviewer_folder(hendra.id, 1),
        {REVIEWER_FILE: record.to_json()},
        admin,
        admin.public_key_bytes,
    )
    assert list_reviewer_revisions(central, AGENCY) == {hendra.id: [1]}
    read = read_review_folder(central, AGENCY, reviewer_folder(hendra.id, 1), _keys(admin))
    assert read.status == "valid" and parse_reviewer(read.files[REVIEWER_FILE]) == record


def test_the_central_folder_reader_leaves_the_review_folders_alone(central: Path) -> None:
    admin = Ed25519Signer.generate(uuid.uuid4().hex)
    budi = Person("Budi")
    request_id, _payload = _request(central, admin, [budi])
    _decide(central, request_id, budi)
    report = verify_central(central)
    assert report.entries == ()  # nothing reported: no entry, no revision
