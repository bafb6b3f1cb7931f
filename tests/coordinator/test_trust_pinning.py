"""The coordinator's pinned keys against a forged device and a swapped device key (issue 12,
defect 4): nothing the coordinator has not trusted is valid in its index, and its decisions,
exported as a trust file, make `verify_central` say the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from coordinator_support import (
    DINKES,
    DISDIK,
    PC_DINKES,
    PC_DISDIK,
    REGION,
    age,
    make_central,
    post_uuid,
    publish,
    replace_device_key,
    service,
    signer_for,
    trust_all,
)

from medsos_desktop.sync.central import publish_device, verify_central
from medsos_desktop.sync.trust import PinnedKey, read_trust_file

FORGER = "pc-palsu"


def _rev(agency: str, number: int, revision: int = 1) -> str:
    return f"agencies/{agency}/posts/{post_uuid(number)}/r{revision}"


@pytest.fixture
def setup(tmp_path: Path):
    central, signers = make_central(tmp_path, {DINKES: [PC_DINKES], DISDIK: [PC_DISDIK]})
    publish(central, signers[PC_DINKES], DINKES, 1, sequence=1)
    publish(central, signers[PC_DISDIK], DISDIK, 2, sequence=1)
    age(central)
    coordinator = service(central, tmp_path / "data")
    coordinator.scan()
    trust_all(coordinator)
    yield central, signers, coordinator, tmp_path
    coordinator.close()


def _statuses(coordinator) -> dict[str, str]:
    return {row.path: row.status for row in coordinator.revisions(limit=None)}


def _verified(central: Path, coordinator) -> dict[str, str]:
    report = verify_central(central, coordinator.trust_list())
    return {e.path: e.status for e in report.revisions}


def test_a_forged_device_in_an_agency_with_trusted_devices_awaits_trust(setup) -> None:
    central, _signers, coordinator, _ = setup
    forger = signer_for(FORGER)
    publish_device(central, DINKES, FORGER, "PC Humas (baru)", forger.public_key_bytes)
    publish(central, forger, DINKES, 7, sequence=1)
    summary = coordinator.scan()
    assert [d.device_id for d in summary.new_devices] == [FORGER]
    assert [d.device_id for d in summary.awaiting] == [FORGER]
    statuses = _statuses(coordinator)
    assert statuses[_rev(DINKES, 7)] == "untrusted"
    assert statuses[_rev(DINKES, 1)] == "valid"
    assert _verified(central, coordinator) == statuses


def test_a_swapped_device_key_awaits_a_decision_and_the_genuine_stay_valid(setup) -> None:
    central, _signers, coordinator, _ = setup
    thief = signer_for(PC_DINKES, generation=9)
    replace_device_key(central, DINKES, PC_DINKES, thief)
    publish(central, thief, DINKES, 8, sequence=2)
    summary = coordinator.scan()
    assert [d.device_id for d in summary.changed_keys] == [PC_DINKES]
    statuses = _statuses(coordinator)
    assert statuses[_rev(DINKES, 1)] == "valid"  # signed with the pinned key
    assert statuses[_rev(DINKES, 8)] == "untrusted"  # the changed key awaits a decision
    row = coordinator.revision(_rev(DINKES, 8))
    assert thief.key_id in row.render() and "changed key" in row.render()
    assert _verified(central, coordinator) == statuses
    # Rejecting the change keeps it out, as "rejected"; the whole device with it.
    coordinator.decide(PC_DINKES, "rejected", "nobody reinstalled anything")
    assert _statuses(coordinator)[_rev(DINKES, 8)] == "rejected"


def test_trust_list_holds_every_pinned_key_and_decision(setup) -> None:
    central, signers, coordinator, tmp_path = setup
    coordinator.decide(PC_DISDIK, "revoked", "laptop hilang")
    trust = coordinator.trust_list()
    assert trust.region_name == REGION
    assert trust.pins == {
        PC_DINKES: PinnedKey(
            DINKES, PC_DINKES, signers[PC_DINKES].public_key_bytes, "trusted", f"PC {PC_DINKES}"
        ),
        PC_DISDIK: PinnedKey(
            DISDIK, PC_DISDIK, signers[PC_DISDIK].public_key_bytes, "revoked", f"PC {PC_DISDIK}"
        ),
    }
    out = tmp_path / "kunci" / "perangkat.json"
    assert coordinator.export_trust(out) == 2
    assert read_trust_file(out).pins == trust.pins
    assert json.loads(out.read_bytes())["format"] == "medsos-trust"
    assert coordinator.export_trust(out) == 2  # replaced, not refused
    report = verify_central(central, read_trust_file(out))
    assert {e.path: e.status for e in report.revisions} == {
        _rev(DINKES, 1): "valid",
        _rev(DISDIK, 2): "rejected",
    }
