"""Forged devices and swapped device keys, with and without pinned keys (issue 12, defect 4).

Anyone who can write to the central folder can add a device file or replace one: device
files are not signed. Without pinning the reader can only take them at their word (and
says so); with the coordinator's pinned keys (a trust file) a device that is not pinned,
or a key that is not the pinned one, is never valid: it awaits the coordinator's trust.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from test_sync_support import (
    AGENCY,
    OTHER_AGENCY,
    REGION,
    make_central,
    publish,
    resign,
    signer_for,
    statuses,
    trusted,
)

from medsos_desktop.sync.central import publish_device, verify_central
from medsos_desktop.sync.format import STATUSES, canonical_json, key_id_for
from medsos_desktop.sync.trust import (
    MAX_TRUST_FILE_BYTES,
    PinnedKey,
    TrustFileInvalid,
    TrustList,
    parse_trust_file,
    read_trust_file,
    trust_file_bytes,
)
from medsos_desktop.sync.writer import Ed25519Signer

PC = "pc-humas-dinkes"
PC_OTHER = "pc-humas-kominfo"
FORGER = "pc-palsu"


@pytest.fixture
def setup(tmp_path: Path):
    central, signers = make_central(tmp_path, {AGENCY: [PC], OTHER_AGENCY: [PC_OTHER]})
    genuine = publish(central, signers[PC], 1, 1, sequence=1)
    return central, signers, genuine


def _pins(*signers: Ed25519Signer, agency: str = AGENCY, decision: str = "trusted") -> TrustList:
    return TrustList(
        {
            s.device_id: PinnedKey(agency, s.device_id, s.public_key_bytes, decision)
            for s in signers
        },
        region_name=REGION,
    )


def _region_pins(signers: dict[str, Ed25519Signer]) -> TrustList:
    """The coordinator's trust file for the fixture: both genuine devices trusted."""
    return TrustList(
        {
            PC: PinnedKey(AGENCY, PC, signers[PC].public_key_bytes, "trusted", "PC Humas"),
            PC_OTHER: PinnedKey(OTHER_AGENCY, PC_OTHER, signers[PC_OTHER].public_key_bytes),
        },
        region_name=REGION,
    )


def _rel(central: Path, path: Path) -> str:
    return path.relative_to(central).as_posix()


def _device_file(central: Path, agency: str, device_id: str) -> str:
    return f"agencies/{agency}/devices/{device_id}.json"


def _forge_device(central: Path, agency: str = AGENCY) -> tuple[Ed25519Signer, Path]:
    """A new device file written into an agency's devices/ and a revision signed with it."""
    forger = signer_for(FORGER)
    publish_device(central, agency, FORGER, "PC Humas (baru)", forger.public_key_bytes)
    return forger, publish(central, forger, 7, 1, sequence=1, agency=agency)


def _swap_device_key(central: Path, thief: Ed25519Signer) -> None:
    """Replace an agency's device file with the same device id and another key."""
    path = central / _device_file(central, AGENCY, PC)
    record = json.loads(path.read_bytes())
    record.update(public_key=base64.b64encode(thief.public_key_bytes).decode(), key_id=thief.key_id)
    path.write_bytes(canonical_json(record))


# --- a forged device -------------------------------------------------------------------


def test_forged_device_without_pinning_is_taken_at_the_folders_word(setup) -> None:
    """What verification without pinning cannot prove, as docs and README say it."""
    central, _signers, genuine = setup
    _forger, forged = _forge_device(central)
    report = verify_central(central)
    found = statuses(report)
    assert found[_rel(central, forged)] == "valid"
    assert found[_rel(central, genuine)] == "valid"
    assert not report.trust_pinned
    assert any("pinned" in n.render() for n in report.notices)


def test_forged_device_with_pinning_awaits_trust(setup) -> None:
    central, signers, genuine = setup
    _forger, forged = _forge_device(central)
    report = verify_central(central, _region_pins(signers))
    found = statuses(report)
    assert found[_rel(central, forged)] == "untrusted"
    assert found[_device_file(central, AGENCY, FORGER)] == "untrusted"
    assert found[_rel(central, genuine)] == "valid"
    assert not report.all_valid and not report.revisions_valid
    [line] = [e for e in report.entries if e.path == _rel(central, forged)]
    assert FORGER in line.render() and "trusted" in line.render()
    [device_line] = [e for e in report.entries if e.kind == "device"]
    assert FORGER in device_line.render() and key_id_for(_forger.public_key_bytes) in (
        device_line.render()
    )


def test_forged_device_in_an_agency_without_pins_also_awaits_trust(setup) -> None:
    central, signers, _genuine = setup
    _forger, forged = _forge_device(central, OTHER_AGENCY)
    found = statuses(verify_central(central, _pins(signers[PC])))
    assert found[_rel(central, forged)] == "untrusted"


def test_a_pinned_device_awaiting_a_decision_or_rejected_is_never_valid(setup) -> None:
    central, signers, genuine = setup
    for decision, expected in (
        ("pending", "untrusted"),
        ("rejected", "rejected"),
        ("revoked", "rejected"),
        ("trusted", "valid"),
    ):
        report = verify_central(central, _pins(signers[PC], decision=decision))
        assert statuses(report)[_rel(central, genuine)] == expected, decision
    report = verify_central(central, _pins(signers[PC], decision="rejected"))
    [line] = report.revisions
    assert "rejected or revoked" in line.render()


def test_a_device_pinned_for_another_agency_publishes_nothing_here(setup) -> None:
    """The folder's device file says dinkes; the coordinator pinned the device for diskominfo."""
    central, signers, genuine = setup
    report = verify_central(central, _pins(signers[PC], agency=OTHER_AGENCY))
    found = statuses(report)
    assert found[_rel(central, genuine)] == "unsafe"
    assert found[_device_file(central, AGENCY, PC)] == "unsafe"


# --- a swapped device key ----------------------------------------------------------------


def test_swapped_device_key_without_pinning(setup) -> None:
    """Unpinned, the replaced device file is all there is: the forged revision verifies and
    the genuine ones do not (which is why verify without pinning exits 1 here)."""
    central, _signers, genuine = setup
    thief = Ed25519Signer.from_private_bytes(PC, b"\x07" * 32)
    _swap_device_key(central, thief)
    forged = publish(central, thief, 8, 1, sequence=2)
    found = statuses(verify_central(central))
    assert found[_rel(central, forged)] == "valid"
    assert found[_rel(central, genuine)] == "unknown_device"


def test_swapped_device_key_with_pinning(setup) -> None:
    central, signers, genuine = setup
    thief = Ed25519Signer.from_private_bytes(PC, b"\x07" * 32)
    _swap_device_key(central, thief)
    forged = publish(central, thief, 8, 1, sequence=2)
    report = verify_central(central, _region_pins(signers))
    found = statuses(report)
    assert found[_rel(central, genuine)] == "valid"  # the pinned key keeps being used
    assert found[_rel(central, forged)] == "untrusted"
    assert found[_device_file(central, AGENCY, PC)] == "tampered"
    [line] = [e for e in report.entries if e.path == _rel(central, forged)]
    assert thief.key_id in line.render() and signers[PC].key_id in line.render()


def test_a_key_nobody_registered_stays_an_unknown_device(setup) -> None:
    """Signed under a pinned device id with a key no device file shows: not a key change."""
    central, signers, _genuine = setup
    stranger = Ed25519Signer.from_private_bytes(PC, b"\x09" * 32)
    forged = publish(central, signers[PC], 9, 1, sequence=5)
    resign(forged, stranger, lambda m: m.update(key_id=stranger.key_id))
    assert statuses(verify_central(central, _region_pins(signers)))[_rel(central, forged)] == (
        "unknown_device"
    )


def test_legacy_pins_by_device_id_still_work(setup) -> None:
    central, signers, genuine = setup
    _forger, forged = _forge_device(central)
    found = statuses(verify_central(central, trusted(signers.values())))
    assert found[_rel(central, genuine)] == "valid"
    assert found[_rel(central, forged)] == "untrusted"


def test_every_new_status_is_a_protocol_status(setup) -> None:
    central, signers, _ = setup
    _forge_device(central)
    for pins in (_region_pins(signers), _pins(signers[PC], decision="revoked")):
        for entry in verify_central(central, pins).entries:
            assert entry.status in STATUSES
            entry.render()


def test_trust_file_of_another_region_is_noticed(setup) -> None:
    central, signers, _ = setup
    pins = _region_pins(signers)
    other = TrustList(pins.pins, region_name="Kabupaten Lain")
    report = verify_central(central, other)
    assert any("Kabupaten Lain" in n.render() for n in report.notices)


# --- the trust file ----------------------------------------------------------------------


def test_trust_file_round_trip(setup, tmp_path: Path) -> None:
    _central, signers, _ = setup
    pins = _region_pins(signers)
    data = trust_file_bytes(pins, exported="2026-12-01T08:00:00Z")
    parsed = parse_trust_file(data)
    assert parsed.pins == pins.pins and parsed.region_name == REGION
    assert parsed.exported == "2026-12-01T08:00:00Z"
    document = json.loads(data)
    assert document["format"] == "medsos-trust" and document["version"] == 1
    [first, second] = document["devices"]
    assert (first["agency"], first["device_id"], first["decision"]) == (AGENCY, PC, "trusted")
    assert first["key_id"] == signers[PC].key_id
    assert second["device_id"] == PC_OTHER
    path = tmp_path / "kunci.json"
    path.write_bytes(data)
    assert read_trust_file(path).pins == pins.pins


def test_a_minimal_hand_written_trust_file(setup) -> None:
    _central, signers, _ = setup
    key = signers[PC].public_key_bytes
    data = json.dumps(
        {
            "format": "medsos-trust",
            "version": 1,
            "devices": [
                {
                    "agency": AGENCY,
                    "device_id": PC,
                    "key_id": key_id_for(key),
                    "public_key": base64.b64encode(key).decode(),
                }
            ],
        }
    ).encode()
    parsed = parse_trust_file(data)
    assert parsed.pins[PC] == PinnedKey(AGENCY, PC, key, "trusted")


def _document(signers: dict[str, Ed25519Signer]) -> dict:
    return json.loads(trust_file_bytes(_region_pins(signers)))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format="medsos-device"),
        lambda d: d.update(version=2),
        lambda d: d.update(devices={}),
        lambda d: d["devices"][0].update(key_id="0123456789abcdef"),
        lambda d: d["devices"][0].update(public_key="bukan-base64"),
        lambda d: d["devices"][0].update(agency="Bukan Slug"),
        lambda d: d["devices"][0].update(device_id="../x"),
        lambda d: d["devices"][0].update(decision="maybe"),
        lambda d: d["devices"][0].pop("public_key"),
        lambda d: d["devices"].append(dict(d["devices"][0])),
    ],
    ids=[
        "format",
        "version",
        "devices-not-list",
        "key-id",
        "public-key",
        "agency",
        "device-id",
        "decision",
        "missing-key",
        "duplicate-device",
    ],
)
def test_malformed_trust_files_are_refused(setup, change) -> None:
    _central, signers, _ = setup
    document = _document(signers)
    change(document)
    with pytest.raises(TrustFileInvalid) as caught:
        parse_trust_file(json.dumps(document).encode())
    assert caught.value.render()


@pytest.mark.parametrize("data", [b"", b"{", b"[]", b"\xef\xbb\xbf{}", b'{"a": NaN}'])
def test_trust_files_that_are_not_json_are_refused(data: bytes) -> None:
    with pytest.raises(TrustFileInvalid):
        parse_trust_file(data)


def test_unreadable_or_oversized_trust_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TrustFileInvalid):
        read_trust_file(tmp_path / "tidak-ada.json")
    big = tmp_path / "besar.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_TRUST_FILE_BYTES + 1)
    with pytest.raises(TrustFileInvalid) as caught:
        read_trust_file(big)
    assert str(MAX_TRUST_FILE_BYTES) in caught.value.render()
    with pytest.raises(TrustFileInvalid):
        read_trust_file(tmp_path)  # a folder


def test_the_documented_example_is_a_trust_file() -> None:
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "central-folder.md").read_text("utf-8")
    section = doc.split("## Pinned keys: the trust file", 1)[1]
    example = re.search(r"```json\n(.*?\n)```", section, re.S)
    assert example is not None
    parsed = parse_trust_file(example.group(1).encode())
    [pin] = parsed.pins.values()
    assert (pin.agency, pin.decision, pin.key_id) == (AGENCY, "trusted", "8396855f9267e824")
    assert parsed.region_name == REGION
    assert trust_file_bytes(parsed) == example.group(1).encode()
