"""`medsos devices` (the coordinator's trust decisions for IT and scripts) and `medsos verify`
with pinned keys and its exit codes (issue 12, defect 4)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from medsos_desktop.cli import main
from medsos_desktop.domain.fingerprint import format_fingerprint
from medsos_desktop.services.coordinator import CoordinatorService
from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
)
from medsos_desktop.sync.format import canonical_json
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

DINKES = "dinkes-kota-sukamaju"
DISDIK = "disdik-kota-sukamaju"
PC_DINKES = "pc-humas-dinkes"
PC_DISDIK = "pc-humas-disdik"


def _signer(device_id: str, seed: int) -> Ed25519Signer:
    return Ed25519Signer.from_private_bytes(device_id, bytes([seed]) * 32)


def _publish(central: Path, signer: Ed25519Signer, agency: str, number: int, seq: int) -> str:
    photo = f"foto {agency} {number}".encode() * 20
    import hashlib

    media = MediaFile(hashlib.sha256(photo).hexdigest(), "jpg", photo)
    uuid = f"00000000-0000-0000-0000-{number:012d}"
    package = RevisionPackage(agency, uuid, 1, {"title": f"Posting {number}"}, [media])
    return publish_revision(central, package, signer, seq).path


@pytest.fixture
def region(tmp_path: Path):
    """A central folder with two agencies' genuine posts, and a coordinator data folder."""
    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signers = {PC_DINKES: _signer(PC_DINKES, 1), PC_DISDIK: _signer(PC_DISDIK, 2)}
    for agency, device_id in ((DINKES, PC_DINKES), (DISDIK, PC_DISDIK)):
        key = signers[device_id].public_key_bytes
        publish_device(central, agency, device_id, f"PC Humas {agency[:6]}", key)
    paths = {
        "dinkes": _publish(central, signers[PC_DINKES], DINKES, 1, 1),
        "disdik": _publish(central, signers[PC_DISDIK], DISDIK, 2, 1),
    }
    return central, tmp_path / "diskominfo", signers, paths


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def _devices(central: Path, data: Path, *argv: str) -> list[str]:
    return ["devices", *argv, "--central", str(central), "--data-dir", str(data)]


def _forge(central: Path) -> tuple[Ed25519Signer, str]:
    forger = _signer("pc-palsu", 9)
    publish_device(central, DINKES, "pc-palsu", "PC Humas (baru)", forger.public_key_bytes)
    return forger, _publish(central, forger, DINKES, 7, 1)


# --- medsos devices ------------------------------------------------------------------------


def test_devices_list_trust_reject_revoke(region, capsys: pytest.CaptureFixture[str]) -> None:
    central, data, signers, _ = region
    assert main([*_devices(central, data, "list"), "--json"]) == 0
    rows = _json(capsys)
    assert [(r["agency"], r["device_id"], r["decision"]) for r in rows] == [
        (DINKES, PC_DINKES, "pending"),
        (DISDIK, PC_DISDIK, "pending"),
    ]
    key = signers[PC_DINKES].public_key_bytes
    assert rows[0]["fingerprint"] == format_fingerprint(key)
    assert rows[0]["key_id"] == signers[PC_DINKES].key_id
    assert rows[0]["device_name"] == "PC Humas dinkes" and rows[0]["awaiting_decision"]

    code = main([*_devices(central, data, "trust", PC_DINKES), "--note", "dibacakan lewat telepon"])
    assert code == 0
    out = capsys.readouterr().out
    assert PC_DINKES in out and format_fingerprint(key) in out
    assert main([*_devices(central, data, "reject", PC_DISDIK), "--json"]) == 0
    assert _json(capsys)["decision"] == "rejected"
    assert main([*_devices(central, data, "list"), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    [line] = [row for row in text.splitlines() if PC_DINKES in row]
    assert "trusted" in line and DINKES in line and format_fingerprint(key) in line
    assert "PC Humas dinkes" in line
    assert main([*_devices(central, data, "revoke", PC_DINKES), "--note", "laptop hilang"]) == 0
    capsys.readouterr()

    # The same decisions as the window's: the coordinator service sees them.
    with CoordinatorService(central, data) as service:
        decisions = {d.device_id: (d.decision, d.note) for d in service.devices()}
        log = [entry[2] for entry in service.trust_log(PC_DINKES)]
    assert decisions == {PC_DINKES: ("revoked", "laptop hilang"), PC_DISDIK: ("rejected", "")}
    assert log == ["trusted", "revoked"]


def test_devices_bad_usage_exits_two(region, capsys: pytest.CaptureFixture[str]) -> None:
    central, data, _signers, _ = region
    assert main(_devices(central, data, "trust", "pc-tidak-ada")) == 2
    err = capsys.readouterr().err
    assert "pc-tidak-ada" in err and len(err.strip().splitlines()) == 1
    assert main(_devices(central, data, "list")) == 0
    capsys.readouterr()
    assert main([*_devices(central, data, "trust", PC_DINKES), "--key-id", "0" * 16]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert main(["devices", "list", "--central", str(central / "tidak-ada")]) == 2
    assert main(["devices", "frobnicate", "--central", str(central)]) == 2
    capsys.readouterr()


def test_devices_list_shows_a_changed_key(region, capsys: pytest.CaptureFixture[str]) -> None:
    central, data, _signers, _ = region
    assert main(_devices(central, data, "list")) == 0
    assert main(_devices(central, data, "trust", PC_DINKES)) == 0
    thief = _signer(PC_DINKES, 7)
    path = central / "agencies" / DINKES / "devices" / f"{PC_DINKES}.json"
    record = json.loads(path.read_bytes())
    record.update(public_key=base64.b64encode(thief.public_key_bytes).decode(), key_id=thief.key_id)
    path.write_bytes(canonical_json(record))
    capsys.readouterr()
    assert main([*_devices(central, data, "list"), "--json"]) == 0
    [row] = [r for r in _json(capsys) if r["device_id"] == PC_DINKES]
    assert row["decision"] == "trusted" and row["awaiting_decision"]
    assert row["changed_key"]["fingerprint"] == format_fingerprint(thief.public_key_bytes)
    assert main([*_devices(central, data, "list"), "--lang", "en"]) == 0
    assert format_fingerprint(thief.public_key_bytes) in capsys.readouterr().out


# --- medsos verify with pinned keys ----------------------------------------------------------


def test_verify_with_a_trust_file_refuses_a_forged_device(
    region, capsys: pytest.CaptureFixture[str]
) -> None:
    central, data, _signers, paths = region
    assert main(_devices(central, data, "list")) == 0
    for device_id in (PC_DINKES, PC_DISDIK):
        assert main(_devices(central, data, "trust", device_id)) == 0
    trust = data / "kunci-perangkat.json"
    assert main([*_devices(central, data, "export"), "--out", str(trust)]) == 0
    assert "2" in capsys.readouterr().out
    assert main(["verify", str(central), "--trust", str(trust), "--json"]) == 0
    report = _json(capsys)
    assert report["trust_pinned"] and report["counts"] == {"valid": 2}

    _forger, forged = _forge(central)
    # Without pinning, the folder's word is all there is: the forgery verifies.
    assert main(["verify", str(central)]) == 0
    capsys.readouterr()
    assert main(["verify", str(central), "--trust", str(trust), "--json"]) == 1
    report = _json(capsys)
    by_path = {e["path"]: e["status"] for e in report["entries"]}
    assert by_path[forged] == "untrusted"
    assert by_path["agencies/dinkes-kota-sukamaju/devices/pc-palsu.json"] == "untrusted"
    assert by_path[paths["dinkes"]] == by_path[paths["disdik"]] == "valid"
    # The coordinator's own data folder gives the same pins.
    assert main(["verify", str(central), "--coordinator", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "untrusted" in out and forged in out


def test_verify_with_a_swapped_device_key(region, capsys: pytest.CaptureFixture[str]) -> None:
    central, data, _signers, paths = region
    assert main(_devices(central, data, "list")) == 0
    assert main(_devices(central, data, "trust", PC_DINKES)) == 0
    assert main(_devices(central, data, "trust", PC_DISDIK)) == 0
    thief = _signer(PC_DINKES, 7)
    path = central / "agencies" / DINKES / "devices" / f"{PC_DINKES}.json"
    record = json.loads(path.read_bytes())
    record.update(public_key=base64.b64encode(thief.public_key_bytes).decode(), key_id=thief.key_id)
    path.write_bytes(canonical_json(record))
    forged = _publish(central, thief, DINKES, 8, 2)
    capsys.readouterr()
    argv = ["verify", str(central), "--coordinator", "--data-dir", str(data), "--json"]
    assert main(argv) == 1
    by_path = {e["path"]: e["status"] for e in _json(capsys)["entries"]}
    assert by_path[forged] == "untrusted"
    assert by_path[paths["dinkes"]] == "valid"
    assert by_path[f"agencies/{DINKES}/devices/{PC_DINKES}.json"] == "tampered"


def test_verify_trust_bad_input_exits_two(region, capsys: pytest.CaptureFixture[str]) -> None:
    central, data, _signers, _ = region
    bad = data.parent / "bukan-kunci.json"
    bad.write_text('{"format": "medsos-device"}')
    for argv in (
        ["verify", str(central), "--trust", str(bad)],
        ["verify", str(central), "--trust", str(data.parent / "tidak-ada.json")],
        ["verify", str(central), "--coordinator", "--data-dir", str(data.parent / "kosong")],
        ["verify", str(central), "--coordinator", "--trust", str(bad)],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert not (data.parent / "kosong").exists()  # verify created nothing


# --- medsos verify exits 1 for anything unsafe, foreign or conflicting ----------------------


def _other_agency_device_file(central: Path) -> None:
    source = central / "agencies" / DINKES / "devices" / f"{PC_DINKES}.json"
    shutil.copy(source, central / "agencies" / DISDIK / "devices" / f"{PC_DINKES}.json")


def _conflict_copy(central: Path) -> None:
    devices = central / "agencies" / DINKES / "devices"
    shutil.copy(
        devices / f"{PC_DINKES}.json", devices / f"{PC_DINKES}.sync-conflict-20261103-ABC.json"
    )


def _stray_name(central: Path) -> None:
    (central / "agencies" / DINKES / "catatan.txt").write_text("junk")


def _link(central: Path) -> None:
    (central / "agencies" / DINKES / "tautan").symlink_to(central.parent)


@pytest.mark.parametrize(
    "spoil",
    [_other_agency_device_file, _conflict_copy, _stray_name, _link],
    ids=["foreign-device-file", "conflict-copy", "stray-name", "link"],
)
def test_verify_exits_one_for_anything_unsafe_foreign_or_conflicting(
    region, spoil, capsys: pytest.CaptureFixture[str]
) -> None:
    if spoil is _link and sys.platform == "win32":
        pytest.skip("symbolic links need privileges on Windows")
    central, _data, _signers, _ = region
    assert main(["verify", str(central)]) == 0
    capsys.readouterr()
    spoil(central)
    assert main(["verify", str(central), "--json"]) == 1
    report = _json(capsys)
    assert report["counts"]["valid"] == 2  # the revisions themselves are still valid
    assert set(report["counts"]) - {"valid"}


def test_verify_ignores_hidden_names_and_os_junk(region, capsys) -> None:
    central, _data, _signers, _ = region
    (central / "agencies" / DINKES / "Thumbs.db").write_bytes(b"x")
    (central / ".stfolder").mkdir()
    os.makedirs(central / "agencies" / DINKES / ".staging" / "setengah")
    assert main(["verify", str(central)]) == 0
