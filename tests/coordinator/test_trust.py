"""Device trust in coordinator mode: nothing counts as valid until the coordinator trusts its
device; rejected and revoked devices never count; a changed key is flagged and decided anew;
decisions are durable and survive a rebuild of the index."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from coordinator_support import (
    DINKES,
    DISDIK,
    PC_DINKES,
    PC_DISDIK,
    age,
    folder_truth,
    make_central,
    post_uuid,
    publish,
    replace_device_key,
    service,
    signer_for,
    trust_all,
)

from medsos_desktop.services.coordinator import format_fingerprint
from medsos_desktop.store.coordinator_db import CACHE_VERSION
from medsos_desktop.store.errors import NewerDatabaseError
from medsos_desktop.sync.format import key_id_for


def _rev(agency: str, number: int, revision: int = 1) -> str:
    return f"agencies/{agency}/posts/{post_uuid(number)}/r{revision}"


@pytest.fixture
def setup(tmp_path: Path):
    central, signers = make_central(tmp_path, {DINKES: [PC_DINKES], DISDIK: [PC_DISDIK]})
    publish(central, signers[PC_DINKES], DINKES, 1, sequence=1)
    publish(central, signers[PC_DINKES], DINKES, 2, sequence=2)
    publish(central, signers[PC_DISDIK], DISDIK, 3, sequence=1)
    age(central)
    coordinator = service(central, tmp_path / "data")
    yield central, signers, coordinator, tmp_path
    coordinator.close()


def _statuses(coordinator) -> dict[str, str]:
    return {row.path: row.status for row in coordinator.revisions(limit=None)}


def test_new_devices_await_a_decision_with_their_fingerprint(setup) -> None:
    _central, signers, coordinator, _ = setup
    summary = coordinator.scan()
    assert {d.device_id for d in summary.new_devices} == {PC_DINKES, PC_DISDIK}
    assert {d.device_id for d in summary.awaiting} == {PC_DINKES, PC_DISDIK}
    assert summary.counts == {"untrusted": 3}
    row = next(d for d in coordinator.devices() if d.device_id == PC_DINKES)
    key = signers[PC_DINKES].public_key_bytes
    digest = hashlib.sha256(key).hexdigest()
    assert row.fingerprint == " ".join(digest[i : i + 4] for i in range(0, 64, 4))
    assert row.short_fingerprint == f"{digest[0:4]} {digest[4:8]} {digest[8:12]} {digest[12:16]} …"
    assert row.key_id == key_id_for(key) == digest[:16]
    assert (row.agency, row.decision, row.revisions) == (DINKES, "pending", 2)
    assert format_fingerprint(key, 4) == row.short_fingerprint
    message = coordinator.revision(_rev(DINKES, 1)).render()
    assert "not been trusted" in message and PC_DINKES in message
    # Seen again: no longer new, still awaiting.
    again = coordinator.scan()
    assert again.new_devices == () and len(again.awaiting) == 2


def test_decisions_decide_validity_without_a_rescan(setup) -> None:
    _central, _signers, coordinator, _ = setup
    coordinator.scan()
    coordinator.decide(PC_DINKES, "trusted", "fingerprint read out by phone")
    assert _statuses(coordinator) == {
        _rev(DINKES, 1): "valid",
        _rev(DINKES, 2): "valid",
        _rev(DISDIK, 3): "untrusted",
    }
    coordinator.decide(PC_DISDIK, "rejected", "unknown PC")
    assert coordinator.revision(_rev(DISDIK, 3)).status == "rejected"
    assert "rejected or revoked" in coordinator.revision(_rev(DISDIK, 3)).render()
    row = coordinator.decide(PC_DINKES, "revoked", "laptop stolen")
    assert row.decision == "revoked" and row.note == "laptop stolen"
    assert set(_statuses(coordinator).values()) == {"rejected"}
    assert coordinator.count(status="valid") == 0
    # Changing one's mind is allowed, and every decision is logged.
    coordinator.decide(PC_DINKES, "trusted", "laptop found")
    assert coordinator.count(status="valid") == 2
    assert [entry[2] for entry in coordinator.trust_log(PC_DINKES)] == [
        "trusted",
        "revoked",
        "trusted",
    ]
    assert coordinator.agencies()[0].valid == 2
    # The folder's own verdict is untouched by trust.
    assert set(coordinator.folder_statuses().values()) == {"valid"}


def test_bad_decisions_are_refused(setup) -> None:
    _central, _signers, coordinator, _ = setup
    coordinator.scan()
    with pytest.raises(ValueError):
        coordinator.decide(PC_DINKES, "pending")
    with pytest.raises(ValueError):
        coordinator.decide(PC_DINKES, "maybe")
    with pytest.raises(KeyError):
        coordinator.decide("pc-tidak-ada", "trusted")
    with pytest.raises(ValueError):
        coordinator.decide(PC_DINKES, "trusted", key_id="0123456789abcdef")


def test_decisions_are_durable_and_survive_an_index_rebuild(setup) -> None:
    central, signers, coordinator, tmp_path = setup
    coordinator.scan()
    trust_all(coordinator, [PC_DINKES])
    coordinator.decide(PC_DISDIK, "rejected", "not ours")
    publish(central, signers[PC_DINKES], DINKES, 4, sequence=7)
    coordinator.scan()
    before = _statuses(coordinator)
    path = coordinator.db_path
    coordinator.close()
    # A new version of the index: the cache tables are dropped and rebuilt.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    reopened = service(central, tmp_path / "data")
    try:
        assert reopened.db.rebuilt
        assert reopened.count() == 0  # the index is empty until the next scan ...
        decisions = {d.device_id: d.decision for d in reopened.devices()}
        assert decisions == {PC_DINKES: "trusted", PC_DISDIK: "rejected"}  # ... decisions stay
        summary = reopened.scan()
        assert summary.full and summary.checked == 4 and summary.rebuilt
        # Nothing accepted before is taken for a replay after the rebuild.
        assert _statuses(reopened) == before
        assert reopened.folder_statuses() == folder_truth(central)
    finally:
        reopened.close()


def test_a_newer_database_is_refused(setup) -> None:
    central, _signers, coordinator, tmp_path = setup
    coordinator.scan()
    path = coordinator.db_path
    coordinator.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'decisions_version'")
    with pytest.raises(NewerDatabaseError):
        service(central, tmp_path / "data")
    assert CACHE_VERSION >= 1


def test_changed_key_is_flagged_and_decided_again(setup) -> None:
    central, signers, coordinator, _ = setup
    coordinator.scan()
    trust_all(coordinator)
    new_signer = signer_for(PC_DINKES, generation=1)
    replace_device_key(central, DINKES, PC_DINKES, new_signer)
    publish(central, new_signer, DINKES, 5, sequence=3)
    summary = coordinator.scan()
    [changed] = summary.changed_keys
    assert changed.device_id == PC_DINKES and changed.changed_awaiting
    assert changed.changed_key_id == new_signer.key_id
    assert changed.changed_fingerprint == format_fingerprint(new_signer.public_key_bytes)
    assert changed.key_id == signers[PC_DINKES].key_id  # the pinned key stays pinned
    assert changed in summary.awaiting
    statuses = _statuses(coordinator)
    # Revisions signed with the pinned key stay valid (the pinned key keeps being used) ...
    assert statuses[_rev(DINKES, 1)] == statuses[_rev(DINKES, 2)] == "valid"
    # ... those signed with the new key await trust, until the coordinator decides.
    assert statuses[_rev(DINKES, 5)] == "untrusted"
    text = coordinator.revision(_rev(DINKES, 5)).render()
    assert new_signer.key_id in text and signers[PC_DINKES].key_id in text
    # Scanning again does not re-flag it as new, nor forget it.
    assert [d.device_id for d in coordinator.scan().changed_keys] == [PC_DINKES]
    # Trusting the change pins the new key: its revisions count, the old key's do not.
    row = coordinator.decide(PC_DINKES, "trusted", "PC reinstalled, confirmed by phone")
    assert row.key_id == new_signer.key_id and row.changed_key_id is None
    statuses = _statuses(coordinator)
    assert statuses[_rev(DINKES, 5)] == "valid"
    assert statuses[_rev(DINKES, 1)] == "unknown_device"
    assert coordinator.scan().changed_keys == ()


def test_rejecting_a_changed_key_keeps_it_out(setup) -> None:
    central, _signers, coordinator, _ = setup
    coordinator.scan()
    trust_all(coordinator)
    thief = signer_for(PC_DINKES, generation=2)
    replace_device_key(central, DINKES, PC_DINKES, thief)
    publish(central, thief, DINKES, 6, sequence=50)
    coordinator.scan()
    row = coordinator.decide(PC_DINKES, "rejected", "nobody reinstalled anything")
    assert not row.changed_awaiting and row.changed_key_id == thief.key_id  # still visible
    assert coordinator.scan().changed_keys == ()
    assert _statuses(coordinator)[_rev(DINKES, 6)] == "rejected"
    assert coordinator.count(status="valid", agency=DINKES) == 0  # the whole device
    # The device file restored: the flag clears itself.
    replace_device_key(central, DINKES, PC_DINKES, signer_for(PC_DINKES))
    coordinator.scan()
    assert coordinator.device(PC_DINKES).changed_key_id is None


def test_deleted_device_file_keeps_pinned_revisions_checkable(setup) -> None:
    central, _signers, coordinator, _ = setup
    coordinator.scan()
    trust_all(coordinator)
    (central / "agencies" / DINKES / "devices" / f"{PC_DINKES}.json").unlink()
    coordinator.scan(full=True)
    # verify_central without pinning cannot check them (while recent, the device file may
    # still be arriving); the coordinator pinned the key.
    assert folder_truth(central)[_rev(DINKES, 1)] == "pending"
    assert folder_truth(central, device_wait=0)[_rev(DINKES, 1)] == "unknown_device"
    assert coordinator.revision(_rev(DINKES, 1)).status == "valid"


def test_unknown_device_is_never_valid(setup) -> None:
    central, _signers, coordinator, _ = setup
    stranger = signer_for("pc-asing")
    # Signed by a device that registered for DINKES only after publishing, then removed.
    from medsos_desktop.sync.central import publish_device

    publish_device(central, DINKES, "pc-asing", "PC asing", stranger.public_key_bytes)
    publish(central, stranger, DINKES, 7, sequence=1)
    (central / "agencies" / DINKES / "devices" / "pc-asing.json").unlink()
    coordinator.scan()
    trust_all(coordinator)
    # Its device file may yet arrive (a sync program's order): still arriving, for a while.
    assert coordinator.revision(_rev(DINKES, 7)).status == "pending"
    with service(central, setup[3] / "data-no-wait", device_wait=0) as impatient:
        impatient.scan()
        trust_all(impatient)
        assert impatient.revision(_rev(DINKES, 7)).status == "unknown_device"


def test_highest_sequence_is_raised_only_by_accepted_revisions(setup) -> None:
    central, signers, coordinator, _ = setup
    coordinator.scan()
    # Untrusted: nothing accepted, so nothing new is taken for a replay.
    publish(central, signers[PC_DINKES], DINKES, 8, sequence=1_000)
    coordinator.scan()
    publish(central, signers[PC_DINKES], DINKES, 9, sequence=10)
    coordinator.scan()
    trust_all(coordinator, [PC_DINKES])
    assert coordinator.revision(_rev(DINKES, 9)).status == "valid"
    # Now 1,000 is accepted: a revision first seen later with a lower number is replayed.
    publish(central, signers[PC_DINKES], DINKES, 10, sequence=11)
    coordinator.scan()
    row = coordinator.revision(_rev(DINKES, 10))
    assert row.status == "replayed" and "1000" in row.render()
    # Sequence numbers of other devices are independent.
    coordinator.decide(PC_DISDIK, "trusted")
    publish(central, signers[PC_DISDIK], DISDIK, 11, sequence=2)
    coordinator.scan()
    assert coordinator.revision(_rev(DISDIK, 11)).status == "valid"
