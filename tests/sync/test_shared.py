"""The coordinator's area, shared/: publishing signed items, trust on first use and key changes,
and the reader against hostile and half-delivered folders. Real folders, real Ed25519 keys."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import shutil
import tracemalloc
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_sync_support import AGENCY, make_central, media_file, publish, resign, signer_for

from medsos_desktop.sync import fsutil
from medsos_desktop.sync.central import init_central, verify_central
from medsos_desktop.sync.format import (
    SHARED_KINDS,
    STATUSES,
    CentralUnavailable,
    RenameRefused,
    RevisionConflict,
    RevisionPending,
    RevisionUnreadable,
    SigningFailed,
    UnsafeCentral,
    canonical_json,
    key_id_for,
    signature_ok,
)
from medsos_desktop.sync.records import (
    PinnedCoordinator,
    SharedReport,
    parse_coordinator,
    parse_shared_manifest,
)
from medsos_desktop.sync.shared import (
    CoordinatorConflict,
    CoordinatorNotSetUp,
    ItemTooLarge,
    init_coordinator,
    publish_shared_item,
    read_shared,
    read_shared_item,
    read_shared_media,
)
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

COORD = "pc-diskominfo-ikp"
REGION = "Kota Sukamaju"


@dataclass
class Area:
    central: Path
    signer: Ed25519Signer
    pin: PinnedCoordinator

    def item(self, kind: str, item_id: str, revision: int = 1) -> Path:
        return self.central / "shared" / kind / item_id / f"r{revision}"


def _item(kind: str, item_id: str, revision: int, **extra: object) -> dict[str, object]:
    return {"title": f"{kind} {item_id} rev {revision}", "body": "Sukamaju Sehat", **extra}


def _publish(
    area: Area,
    kind: str,
    item_id: str,
    revision: int,
    sequence: int,
    media: tuple[MediaFile, ...] = (),
    signer: Ed25519Signer | None = None,
    **extra: object,
) -> Path:
    outcome = publish_shared_item(
        area.central,
        kind,
        item_id,
        revision,
        _item(kind, item_id, revision, **extra),
        media,
        signer or area.signer,
        sequence,
    )
    return area.central / outcome.path


def _coordinator(central: Path, device_id: str = COORD) -> Ed25519Signer:
    signer = signer_for(device_id)
    init_coordinator(central, signer, signer.public_key_bytes, "PC Diskominfo (Bidang IKP)", REGION)
    return signer


@pytest.fixture
def area(tmp_path: Path) -> Area:
    """A central folder with one agency device and one item of every kind (templates twice)."""
    central, _ = make_central(tmp_path)
    signer = _coordinator(central)
    result = Area(central, signer, PinnedCoordinator(COORD, signer.public_key_bytes))
    _publish(result, "templates", "poster-kegiatan", 1, 1, (media_file("t1"), media_file("t2")))
    _publish(result, "templates", "poster-kegiatan", 2, 2, (media_file("t3"),))
    _publish(result, "assets", "logo-kota", 1, 3, (media_file("logo", 512, "png"),))
    _publish(result, "hashtags", "kesehatan", 1, 4)
    _publish(result, "calendar", "hari-besar-2026", 1, 5)
    _publish(result, "announcements", "libur-cuti-bersama", 1, 6)
    _publish(result, "packs", "hari-kesehatan-nasional", 1, 7, (media_file("p1"),))
    return result


def _status(report: SharedReport, path: Path | str, central: Path) -> tuple[str, str]:
    rel = path if isinstance(path, str) else path.relative_to(central).as_posix()
    found = [i for i in report.items if i.path == rel] + [
        e for e in report.entries if e.path == rel
    ]
    assert len(found) == 1, (rel, found)
    return found[0].status, found[0].render()


def _check(area: Area, path: Path | str, pinned: bool = True) -> tuple[str, str]:
    return _status(read_shared(area.central, area.pin if pinned else None), path, area.central)


def _statuses(report: SharedReport) -> dict[str, str]:
    return {x.path: x.status for x in (*report.items, *report.entries)}


def _media(item: Path) -> Path:
    return sorted((item / "media").iterdir())[0]


def _tree(root: Path, skip: str | None = None) -> dict[str, tuple[object, ...]]:
    """Every entry under `root` (but `skip`), with its type, size, time and content."""
    found: dict[str, tuple[object, ...]] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if skip is not None and (rel == skip or rel.startswith(skip + "/")):
            continue
        st = os.lstat(path)
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        found[rel] = (st.st_mode, st.st_size, st.st_mtime_ns, content)
    return found


# --- the round trip -------------------------------------------------------------------------


def test_round_trip_every_kind_with_media(area: Area) -> None:
    report = read_shared(area.central, None)
    assert report.key_status == "first_seen" and report.all_valid
    assert report.coordinator is not None
    assert report.coordinator.pin() == area.pin
    assert (report.coordinator.name, report.coordinator.region_name) == (
        "PC Diskominfo (Bidang IKP)",
        REGION,
    )
    assert report.coordinator.key_id == key_id_for(area.signer.public_key_bytes)
    assert "not pinned yet" in report.notices[-1].render()
    assert [i.status for i in report.items] == ["valid"] * 7
    assert {i.kind for i in report.items} == set(SHARED_KINDS)
    assert set(report.current) == {
        ("announcements", "libur-cuti-bersama"),
        ("assets", "logo-kota"),
        ("calendar", "hari-besar-2026"),
        ("hashtags", "kesehatan"),
        ("packs", "hari-kesehatan-nasional"),
        ("templates", "poster-kegiatan"),
    }
    template = report.current[("templates", "poster-kegiatan")]
    assert (template.revision, template.sequence, template.coordinator_id) == (2, 2, COORD)
    assert not template.withdrawn
    assert "is valid" in template.render()

    manifest, item = read_shared_item(area.central / template.path, template.manifest_sha256)
    assert item == _item("templates", "poster-kegiatan", 2)
    assert (manifest.kind, manifest.item_id, manifest.revision) == (
        "templates",
        "poster-kegiatan",
        2,
    )
    [entry] = [f for f in manifest.files if f.path.startswith("media/")]
    assert read_shared_media(area.central / template.path, entry) == media_file("t3").data

    logo = report.current[("assets", "logo-kota")]
    manifest, _ = read_shared_item(area.central / logo.path, logo.manifest_sha256)
    [entry] = [f for f in manifest.files if f.path.endswith(".png")]
    assert read_shared_media(area.central / logo.path, entry) == media_file("logo", 512, "png").data

    pinned = read_shared(area.central, area.pin)
    assert pinned.key_status == "pinned_ok" and pinned.all_valid and not pinned.notices
    # The agencies' verifier does not look into shared/, and shared/ changes nothing for it.
    assert verify_central(area.central).all_valid


def test_files_on_disk_are_exactly_the_listed_ones(area: Area) -> None:
    item = area.item("templates", "poster-kegiatan", 1)
    manifest = parse_shared_manifest((item / "manifest.json").read_bytes())
    names = sorted(p.relative_to(item).as_posix() for p in item.rglob("*"))
    assert names == sorted(
        ["manifest.json", "manifest.sig", "media", *(f.path for f in manifest.files)]
    )
    assert [f.path for f in manifest.files].count("item.json") == 1
    assert len(manifest.files) == 3
    signature = (item / "manifest.sig").read_bytes()
    assert len(signature) == 64
    assert signature_ok(
        area.signer.public_key_bytes, signature, (item / "manifest.json").read_bytes()
    )
    assert list((area.central / "shared" / ".staging").iterdir()) == []


def test_current_is_the_highest_valid_revision(area: Area) -> None:
    r2 = area.item("templates", "poster-kegiatan", 2)
    media = _media(r2)
    data = bytearray(media.read_bytes())
    data[10] ^= 0xFF
    media.write_bytes(bytes(data))
    report = read_shared(area.central, area.pin)
    assert _status(report, r2, area.central)[0] == "tampered"
    assert report.current[("templates", "poster-kegiatan")].revision == 1
    # A pending higher revision does not displace the valid one either.
    r3 = _publish(area, "templates", "poster-kegiatan", 3, 8)
    (r3 / "item.json").unlink()
    report = read_shared(area.central, area.pin)
    assert _status(report, r3, area.central)[0] == "pending"
    assert report.current[("templates", "poster-kegiatan")].revision == 1


def test_withdrawn_flag_of_the_current_revision(area: Area) -> None:
    _publish(area, "announcements", "libur-cuti-bersama", 2, 8, withdrawn=True)
    _publish(area, "hashtags", "kesehatan", 2, 9, withdrawn="yes")  # only true counts
    report = read_shared(area.central, area.pin)
    current = report.current[("announcements", "libur-cuti-bersama")]
    assert current.revision == 2 and current.withdrawn
    assert not report.current[("hashtags", "kesehatan")].withdrawn
    assert not report.current[("templates", "poster-kegiatan")].withdrawn
    # Only the current revisions' item.json is read for it.
    assert not any(i.withdrawn for i in report.items if i not in report.current.values())


# --- the writer --------------------------------------------------------------------------


def test_republish_is_idempotent_whatever_the_sequence(area: Area) -> None:
    first = read_shared(area.central, area.pin).current[("assets", "logo-kota")]
    outcome = publish_shared_item(
        area.central,
        "assets",
        "logo-kota",
        1,
        _item("assets", "logo-kota", 1),
        (media_file("logo", 512, "png"),),
        area.signer,
        42,
    )
    assert outcome.state == "already_present" and outcome.sequence == 3
    assert outcome.manifest_sha256 == first.manifest_sha256
    assert outcome.path == "shared/assets/logo-kota/r1"
    assert list((area.central / "shared" / ".staging").iterdir()) == []


def test_other_content_at_the_same_revision_is_never_overwritten(area: Area) -> None:
    before = _tree(area.central / "shared")
    with pytest.raises(RevisionConflict) as caught:
        _publish(area, "hashtags", "kesehatan", 1, 10, tags=["#SukamajuSehat"])
    assert "hashtags/kesehatan" in caught.value.render()
    with pytest.raises(RevisionConflict):  # same item, other media
        _publish(area, "hashtags", "kesehatan", 1, 10, (media_file("x"),))
    assert _tree(area.central / "shared") == before


def test_damaged_or_incomplete_target_is_left_alone(area: Area) -> None:
    item = area.item("calendar", "hari-besar-2026")
    (item / "manifest.sig").write_bytes(bytes(64))
    with pytest.raises(RevisionConflict):
        _publish(area, "calendar", "hari-besar-2026", 1, 5)
    assert (item / "manifest.sig").read_bytes() == bytes(64)
    item = area.item("packs", "hari-kesehatan-nasional")
    _media(item).unlink()
    with pytest.raises(RevisionPending) as caught:
        _publish(area, "packs", "hari-kesehatan-nasional", 1, 7, (media_file("p1"),))
    assert "not complete yet" in caught.value.render()


def test_publish_needs_the_coordinator(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = signer_for(COORD)
    with pytest.raises(CoordinatorNotSetUp) as caught:
        publish_shared_item(central, "hashtags", "umum", 1, {"tags": []}, (), signer, 1)
    assert "coordinator" in caught.value.render()
    assert not (central / "shared").exists()
    _coordinator(central)
    # An agency's device is not the coordinator, whatever it signs.
    with pytest.raises(CoordinatorConflict) as refused:
        publish_shared_item(
            central, "hashtags", "umum", 1, {"tags": []}, (), signers["pc-humas-dinkes"], 1
        )
    assert "only the coordinator" in refused.value.render()
    # Nor is another key under the coordinator's id.
    impostor = Ed25519Signer.generate(COORD)
    with pytest.raises(CoordinatorConflict):
        publish_shared_item(central, "hashtags", "umum", 1, {"tags": []}, (), impostor, 1)
    assert not (central / "shared" / "hashtags").exists()


class _BadSigner:
    """Claims the coordinator's key but signs with another one."""

    def __init__(self, real: Ed25519Signer) -> None:
        self.device_id = real.device_id
        self.key_id = real.key_id
        self._other = Ed25519Signer.generate(real.device_id)

    def sign(self, data: bytes) -> bytes:
        return self._other.sign(data)


def test_a_signature_that_does_not_verify_is_never_published(area: Area) -> None:
    with pytest.raises(SigningFailed):
        publish_shared_item(
            area.central, "hashtags", "umum", 1, {"tags": []}, (), _BadSigner(area.signer), 9
        )
    assert not area.item("hashtags", "umum").exists()
    other = area.central.parent / "other"
    other.mkdir()
    init_central(other, REGION)
    with pytest.raises(SigningFailed):
        init_coordinator(other, _BadSigner(area.signer), area.signer.public_key_bytes, "x", REGION)
    assert not (other / "shared" / "coordinator.json").exists()


@pytest.mark.parametrize(
    ("kind", "item_id", "revision", "sequence"),
    [
        ("videos", "umum", 1, 1),
        ("Templates", "umum", 1, 1),
        ("templates", "Umum", 1, 1),
        ("templates", "../umum", 1, 1),
        ("templates", "con", 1, 1),
        ("templates", "umum", 0, 1),
        ("templates", "umum", 1_000_000, 1),
        ("templates", "umum", 1, 0),
        ("templates", "umum", 1, 2**63),
        ("templates", "umum", True, 1),
    ],
)
def test_input_is_checked_strictly(
    area: Area, kind: object, item_id: object, revision: object, sequence: object
) -> None:
    with pytest.raises(ValueError):
        publish_shared_item(
            area.central, kind, item_id, revision, {"a": 1}, (), area.signer, sequence
        )


def test_item_and_media_are_checked(area: Area) -> None:
    with pytest.raises(ValueError):
        _publish(area, "templates", "umum", 1, 9, value=float("nan"))
    with pytest.raises(ValueError):
        _publish(area, "templates", "umum", 1, 9, value=object())
    wrong = MediaFile("0" * 64, "png", b"not that")
    with pytest.raises(ValueError):
        _publish(area, "templates", "umum", 1, 9, (wrong,))
    with pytest.raises(ItemTooLarge) as caught:
        _publish(area, "templates", "umum", 1, 9, body="x" * 1_000_001)
    assert "1000000" in caught.value.render()
    assert not (area.central / "shared" / "templates" / "umum").exists()


def test_unmounted_share_is_never_written(tmp_path: Path) -> None:
    empty = tmp_path / "mount"
    empty.mkdir()
    signer = signer_for(COORD)
    with pytest.raises(CentralUnavailable):
        init_coordinator(empty, signer, signer.public_key_bytes, "PC", REGION)
    with pytest.raises(CentralUnavailable):
        publish_shared_item(empty, "hashtags", "umum", 1, {}, (), signer, 1)
    assert list(empty.iterdir()) == []


def test_links_in_shared_are_not_written_through(area: Area, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (area.central / "shared" / "templates" / "umum").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeCentral):
        _publish(area, "templates", "umum", 1, 9)
    hashtags = area.central / "shared" / "hashtags"
    shutil.rmtree(hashtags)
    hashtags.symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeCentral):
        _publish(area, "hashtags", "umum", 1, 10)
    assert list(outside.iterdir()) == []
    # The link is reported, never entered.
    report = read_shared(area.central, area.pin)
    assert _statuses(report)["shared/hashtags"] == "unsafe"
    assert _statuses(report)["shared/templates/umum"] == "unsafe"


def test_a_linked_shared_folder_is_refused(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    signer = _coordinator(central)
    elsewhere = tmp_path / "elsewhere"
    (central / "shared").rename(elsewhere)
    (central / "shared").symlink_to(elsewhere, target_is_directory=True)
    before = _tree(elsewhere)
    with pytest.raises(UnsafeCentral):
        publish_shared_item(central, "hashtags", "umum", 1, {}, (), signer, 1)
    with pytest.raises(UnsafeCentral):
        init_coordinator(central, signer, signer.public_key_bytes, "PC", REGION)
    assert _tree(elsewhere) == before
    report = read_shared(central, None)
    assert report.key_status == "invalid" and report.coordinator is None
    assert _statuses(report) == {"shared": "unsafe"}


def _refuse(monkeypatch: pytest.MonkeyPatch, times: int | None) -> list[int]:
    """Stand in for Windows refusing a rename while an antivirus holds a file."""
    real = fsutil.rename_no_replace
    calls: list[int] = []

    def refusing(src: Path, dst: Path) -> None:
        calls.append(1)
        if times is None or len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(src))
        real(src, dst)

    monkeypatch.setattr(fsutil, "rename_no_replace", refusing)
    return calls


def test_held_rename_is_retried_then_reported(area: Area, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _refuse(monkeypatch, 2)
    outcome = publish_shared_item(
        area.central, "hashtags", "umum", 1, {}, (), area.signer, 9, backoff=0.001
    )
    assert outcome.state == "published" and outcome.rename_attempts == 3 == len(calls)
    monkeypatch.undo()
    calls = _refuse(monkeypatch, None)
    with pytest.raises(RenameRefused) as caught:
        publish_shared_item(
            area.central, "hashtags", "umum", 2, {}, (), area.signer, 10, retries=2, backoff=0.001
        )
    assert len(calls) == 3
    assert "hashtags/umum" in caught.value.render() and "next sync" in caught.value.render()
    assert not area.item("hashtags", "umum", 2).exists()
    assert list((area.central / "shared" / ".staging").iterdir()) == []


def test_writes_stay_inside_shared(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path / "root")
    publish(central, signers["pc-humas-dinkes"], 1)
    outside_before = _tree(tmp_path, skip="root/central")
    central_before = _tree(central, skip="shared")
    signer = _coordinator(central)
    area = Area(central, signer, PinnedCoordinator(COORD, signer.public_key_bytes))
    _publish(area, "templates", "umum", 1, 1, (media_file("a"),))
    _publish(area, "templates", "umum", 1, 2, (media_file("a"),))  # already present
    with pytest.raises(RevisionConflict):
        _publish(area, "templates", "umum", 1, 3, (media_file("b"),))
    init_coordinator(central, signer, signer.public_key_bytes, "PC", REGION)
    assert _tree(central, skip="shared") == central_before
    assert _tree(tmp_path, skip="root/central") == outside_before
    # Reading writes nothing at all.
    everything = _tree(tmp_path)
    read_shared(central, None)
    read_shared(central, area.pin)
    assert _tree(tmp_path) == everything


# --- coordinator.json, pinning and key changes ------------------------------------------------


def test_init_coordinator_is_write_once(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    signer = _coordinator(central)
    data = (central / "shared" / "coordinator.json").read_bytes()
    record = parse_coordinator(data)
    assert record.pin() == (COORD, signer.public_key_bytes)
    again = init_coordinator(central, signer, signer.public_key_bytes, "Another name", "Other")
    assert again == record and again.name == "PC Diskominfo (Bidang IKP)"
    assert (central / "shared" / "coordinator.json").read_bytes() == data
    newcomer = signer_for("pc-diskominfo-baru")
    with pytest.raises(CoordinatorConflict) as caught:
        init_coordinator(central, newcomer, newcomer.public_key_bytes, "PC baru", REGION)
    text = caught.value.render()
    assert record.key_id in text and "replace it only on purpose" in text
    assert (central / "shared" / "coordinator.json").read_bytes() == data
    with pytest.raises(ValueError):  # a public key that is not the signer's
        init_coordinator(central, signer, newcomer.public_key_bytes, "PC", REGION)
    with pytest.raises(ValueError):
        init_coordinator(central, signer, signer.public_key_bytes, "\x07bell", REGION)


def test_key_replacement_is_loud_for_agencies(area: Area) -> None:
    old_data = (area.central / "shared" / "coordinator.json").read_bytes()
    old_key_id = area.signer.key_id
    newcomer = signer_for("pc-diskominfo-baru")
    record = init_coordinator(
        area.central, newcomer, newcomer.public_key_bytes, "PC baru", REGION, replace_key=True
    )
    assert record.pin() == (newcomer.device_id, newcomer.public_key_bytes)
    [aside] = [p for p in (area.central / "shared").iterdir() if p.name.startswith(".coordinator-")]
    assert aside.name.startswith(f".coordinator-{old_key_id}-") and aside.name.endswith(".json.old")
    assert aside.read_bytes() == old_data
    new_pin = record.pin()
    new_area = Area(area.central, newcomer, new_pin)
    _publish(new_area, "hashtags", "kesehatan", 2, 1)

    # An agency that pinned the old key: nothing is trusted, loudly.
    report = read_shared(area.central, area.pin)
    assert report.key_status == "changed" and not report.all_valid
    assert report.coordinator is not None and report.coordinator.pin() == new_pin
    assert report.current == {}
    assert len(report.items) == 8
    assert {i.status for i in report.items} == {"unknown_device"}
    assert all("not the pinned one" in i.render() for i in report.items)
    notice = report.notices[-1].render()
    assert "changed" in notice and old_key_id in notice and newcomer.key_id in notice
    # The old coordinator cannot publish any more.
    with pytest.raises(CoordinatorConflict):
        _publish(area, "hashtags", "umum", 1, 20)

    # Once the new key is pinned: its items are valid, the old key's are not trusted.
    for pinned in (new_pin, None):
        report = read_shared(area.central, pinned)
        assert report.key_status == ("pinned_ok" if pinned else "first_seen")
        new_item = "shared/hashtags/kesehatan/r2"
        assert _statuses(report)[new_item] == "valid"
        assert {s for p, s in _statuses(report).items() if p != new_item} == {"unknown_device"}
        assert list(report.current) == [("hashtags", "kesehatan")]
    # Replacing again keeps both old files.
    init_coordinator(
        area.central, area.signer, area.signer.public_key_bytes, "PC", REGION, replace_key=True
    )
    assert len(list((area.central / "shared").glob(".coordinator-*.json.old"))) == 2
    assert read_shared(area.central, area.pin).key_status == "pinned_ok"


def test_a_forged_coordinator_file_trusts_nothing(area: Area) -> None:
    """Someone with write access replaces coordinator.json and re-signs an item with their key."""
    thief_as_coord = Ed25519Signer.from_private_bytes(
        COORD, hashlib.sha256(b"medsos-test-key:thief").digest()
    )
    (area.central / "shared" / "coordinator.json").unlink()
    init_coordinator(
        area.central, thief_as_coord, thief_as_coord.public_key_bytes, "PC Diskominfo", REGION
    )
    item = area.item("hashtags", "kesehatan")
    resign(item, thief_as_coord, lambda m: m.update(key_id=thief_as_coord.key_id))
    report = read_shared(area.central, area.pin)
    assert report.key_status == "changed" and report.current == {}
    assert {i.status for i in report.items} == {"unknown_device"}
    # Unpinned, the forged key is taken at its word (that is what pinning is for), and the
    # items signed with the real key are not trusted.
    report = read_shared(area.central, None)
    assert report.key_status == "first_seen"
    assert _statuses(report)["shared/hashtags/kesehatan/r1"] == "valid"
    assert _statuses(report)["shared/templates/poster-kegiatan/r1"] == "unknown_device"


def test_missing_coordinator_file(area: Area) -> None:
    (area.central / "shared" / "coordinator.json").unlink()
    report = read_shared(area.central, None)
    assert report.key_status == "missing" and report.coordinator is None
    assert {i.status for i in report.items} == {"unknown_device"} and report.current == {}
    assert "no usable shared/coordinator.json" in report.items[0].render()
    # The pinned key still proves what it signed.
    report = read_shared(area.central, area.pin)
    assert report.key_status == "missing"
    assert {i.status for i in report.items} == {"valid"} and len(report.current) == 6
    assert any("pinned coordinator key" in n.render() for n in report.notices)
    assert not report.all_valid


@pytest.mark.parametrize(
    "content",
    [
        b"{",
        b"[]",
        b'{"format": "medsos-coordinator", "version": 1, "version": 1}',
        b'\xef\xbb\xbf{"format": "medsos-coordinator"}',
        b'{"format": "medsos-coordinator", "version": 2}',
        b'{"format": "medsos-device", "version": 1}',
    ],
)
def test_invalid_coordinator_file(area: Area, content: bytes) -> None:
    (area.central / "shared" / "coordinator.json").write_bytes(content)
    report = read_shared(area.central, None)
    assert report.key_status == "invalid" and report.coordinator is None
    assert {i.status for i in report.items} == {"unknown_device"}
    assert report.notices and all(n.render() for n in report.notices)
    assert read_shared(area.central, area.pin).current  # the pin still works


def test_coordinator_file_with_a_wrong_key_id(area: Area) -> None:
    path = area.central / "shared" / "coordinator.json"
    obj = json.loads(path.read_bytes())
    obj["key_id"] = "0" * 16
    path.write_bytes(canonical_json(obj))
    assert read_shared(area.central, None).key_status == "invalid"


def test_coordinator_file_as_a_link_huge_or_copied(area: Area, tmp_path: Path) -> None:
    path = area.central / "shared" / "coordinator.json"
    copy = area.central / "shared" / "coordinator (conflicted copy 2026-11-03 081500).json"
    shutil.copy(path, copy)
    shutil.copy(path, area.central / "shared" / "coordinator-DESKTOP-7QK2J1M.json")
    report = read_shared(area.central, area.pin)
    assert report.key_status == "pinned_ok"
    assert _statuses(report)[copy.relative_to(area.central).as_posix()] == "conflict_copy"
    assert _statuses(report)["shared/coordinator-DESKTOP-7QK2J1M.json"] == "conflict_copy"

    real = tmp_path / "real.json"
    path.rename(real)
    path.symlink_to(real)
    report = read_shared(area.central, None)
    assert report.key_status == "invalid"
    assert _statuses(report)["shared/coordinator.json"] == "unsafe"
    with pytest.raises(UnsafeCentral):
        _publish(area, "hashtags", "umum", 1, 9)

    path.unlink()
    _sparse(path)
    tracemalloc.start()
    try:
        report = read_shared(area.central, None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # refused by its size, not read
    assert report.key_status == "invalid"
    with pytest.raises(CoordinatorConflict):
        _publish(area, "hashtags", "umum", 1, 9)


def test_coordinator_file_as_a_folder(area: Area) -> None:
    path = area.central / "shared" / "coordinator.json"
    path.unlink()
    path.mkdir()
    report = read_shared(area.central, None)
    assert report.key_status == "invalid"
    assert _statuses(report)["shared/coordinator.json"] == "invalid"
    assert any("not a plain file" in n.render() for n in report.notices)
    assert read_shared(area.central, area.pin).current  # the pin still works


def test_bad_pins_are_refused(area: Area) -> None:
    for pin in [("Bad Id", area.signer.public_key_bytes), (COORD, b"short"), (COORD, "text")]:
        with pytest.raises(ValueError):
            read_shared(area.central, pin)  # type: ignore[arg-type]


def test_central_unavailable_and_empty(tmp_path: Path) -> None:
    with pytest.raises(CentralUnavailable):
        read_shared(tmp_path / "not-mounted", None)
    central, _ = make_central(tmp_path)
    report = read_shared(central, None)
    assert report.key_status == "missing" and report.items == () and report.entries == ()
    assert "not in the central folder" in report.notices[-1].render()


# --- the reader against hostile content --------------------------------------------------------


def test_wrong_hash_same_size(area: Area) -> None:
    item = area.item("assets", "logo-kota")
    media = _media(item)
    data = bytearray(media.read_bytes())
    data[100] ^= 0xFF
    media.write_bytes(bytes(data))
    status, text = _check(area, item)
    assert status == "tampered" and "sha256" in text and media.name in text


def test_item_json_changed_same_size(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    data = (item / "item.json").read_bytes()
    (item / "item.json").write_bytes(data.replace(b"Sukamaju", b"Sukamaji"))
    assert _check(area, item)[0] == "tampered"


def test_wrong_sizes(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    (item / "item.json").write_bytes((item / "item.json").read_bytes() + b" ")
    assert _check(area, item)[0] == "tampered"
    item = area.item("assets", "logo-kota")
    media = _media(item)
    media.write_bytes(media.read_bytes()[:-10])  # still arriving
    status, text = _check(area, item)
    assert status == "pending" and "not complete yet" in text


def test_bad_signature(area: Area) -> None:
    item = area.item("calendar", "hari-besar-2026")
    signature = bytearray((item / "manifest.sig").read_bytes())
    signature[5] ^= 1
    (item / "manifest.sig").write_bytes(bytes(signature))
    status, text = _check(area, item)
    assert status == "tampered" and "signature" in text
    (item / "manifest.sig").write_bytes(bytes(signature) + b"\n")
    assert _check(area, item)[0] == "tampered"


def test_manifest_edited_without_the_key(area: Area) -> None:
    item = area.item("announcements", "libur-cuti-bersama")
    manifest = json.loads((item / "manifest.json").read_bytes())
    manifest["sequence"] = 99
    (item / "manifest.json").write_bytes(canonical_json(manifest))
    assert _check(area, item)[0] == "tampered"


@pytest.mark.parametrize("missing", ["item.json", "manifest.json", "manifest.sig", "media"])
def test_missing_file_is_pending(area: Area, missing: str) -> None:
    item = area.item("packs", "hari-kesehatan-nasional")
    target = _media(item) if missing == "media" else item / missing
    target.unlink()
    status, text = _check(area, item)
    assert status == "pending", text
    report = read_shared(area.central, area.pin)
    assert ("packs", "hari-kesehatan-nasional") not in report.current


def test_any_partial_delivery_is_pending_never_valid(area: Area, tmp_path: Path) -> None:
    item = area.item("templates", "poster-kegiatan", 1)
    files = sorted(p.relative_to(item) for p in item.rglob("*") if p.is_file())
    saved = tmp_path / "saved"
    shutil.copytree(item, saved)
    rng = random.Random(5)
    for _ in range(12):
        shutil.rmtree(item)
        item.mkdir()
        keep = [f for f in files if rng.random() < 0.6]
        if set(keep) == set(files):
            keep = keep[1:]
        for rel in keep:
            (item / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(saved / rel, item / rel)
        assert _check(area, item)[0] == "pending"


@pytest.mark.parametrize(
    ("target", "kind", "item_id", "revision"),
    [
        ("other item", "hashtags", "pendidikan", 1),
        ("other kind", "templates", "kesehatan", 1),
        ("other revision", "hashtags", "kesehatan", 5),
    ],
)
def test_signed_item_moved_elsewhere_is_tampered(
    area: Area, target: str, kind: str, item_id: str, revision: int
) -> None:
    source = area.item("hashtags", "kesehatan")
    moved = area.item(kind, item_id, revision)
    moved.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, moved)
    status, text = _check(area, moved)
    assert status == "tampered", target
    assert "shared/hashtags/kesehatan/r1" in text
    report = read_shared(area.central, area.pin)
    assert report.current[("hashtags", "kesehatan")].revision == 1


@pytest.mark.parametrize("path", ["../escape.json", "/etc/passwd", "media/../../x", "C:x", ""])
def test_escaping_path_in_signed_manifest(area: Area, path: str) -> None:
    item = area.item("hashtags", "kesehatan")

    def add(manifest: dict) -> None:
        manifest["files"].append({"path": path, "size": 1, "sha256": "0" * 64})

    resign(item, area.signer, add)
    status, text = _check(area, item)
    assert status == ("invalid" if path == "" else "unsafe"), text


def test_manifest_naming_another_coordinator(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    resign(item, area.signer, lambda m: m.update(coordinator_id="pc-lain"))
    status, text = _check(area, item)
    assert status == "unknown_device" and "pc-lain" in text
    resign(item, area.signer, lambda m: m.update(coordinator_id=COORD, key_id="0" * 16))
    status, text = _check(area, item)
    assert status == "unknown_device" and "0" * 16 in text


def test_symlinked_item_revision_and_media(area: Area, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    shutil.copytree(area.item("hashtags", "kesehatan").parent, outside / "kesehatan")
    templates = area.central / "shared" / "templates"
    (templates / "kesehatan").symlink_to(outside / "kesehatan", target_is_directory=True)
    item = area.item("hashtags", "kesehatan")
    (item.parent / "r2").symlink_to(outside / "kesehatan" / "r1", target_is_directory=True)
    logo = area.item("assets", "logo-kota")
    media = _media(logo)
    real = tmp_path / "logo.png"
    media.rename(real)
    media.symlink_to(real)
    report = read_shared(area.central, area.pin)
    found = _statuses(report)
    assert found["shared/templates/kesehatan"] == "unsafe"
    assert found["shared/hashtags/kesehatan/r2"] == "unsafe"
    assert found["shared/assets/logo-kota/r1"] == "unsafe"
    assert found["shared/hashtags/kesehatan/r1"] == "valid"
    assert not any(i.kind == "templates" and i.item_id == "kesehatan" for i in report.items)
    assert ("assets", "logo-kota") not in report.current


def test_fifo_never_blocks(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    (item / "item.json").unlink()
    os.mkfifo(item / "item.json")
    assert _check(area, item)[0] == "unsafe"


def test_conflict_copies_are_reported_and_ignored(area: Area) -> None:
    item = area.item("templates", "poster-kegiatan", 2)
    media = _media(item)
    copies = [
        item / "manifest.sync-conflict-20261103-081500-ABCDEF7.json",
        item / "manifest - Copy.json",
        item / "item (conflicted copy 2026-11-03 081500).json",
        item / "item-DESKTOP-7QK2J1M.json",
        item / "media" / f"{media.stem} (1){media.suffix}",
    ]
    for copy in copies:
        shutil.copy(item / "item.json", copy)
    shutil.copytree(item, item.parent / "r2-LAPTOP-BUDI")
    shutil.copytree(item.parent, item.parent.parent / "poster-kegiatan (1)")
    shutil.copytree(
        area.central / "shared" / "hashtags",
        area.central / "shared" / "hashtags.sync-conflict-20261103-081500-ABCDEF7",
    )
    report = read_shared(area.central, area.pin)
    found = _statuses(report)
    expected = {c.relative_to(area.central).as_posix() for c in copies} | {
        "shared/templates/poster-kegiatan/r2-LAPTOP-BUDI",
        "shared/templates/poster-kegiatan (1)",
        "shared/hashtags.sync-conflict-20261103-081500-ABCDEF7",
    }
    assert {p for p, s in found.items() if s == "conflict_copy"} == expected
    assert found["shared/templates/poster-kegiatan/r2"] == "valid"
    assert len(report.items) == 7  # no copy is ever checked as an item
    assert "conflict copy" in next(e for e in report.entries).render()


def test_conflict_copy_never_stands_in_for_the_original(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    shutil.move(item / "manifest.json", item / "manifest.sync-conflict-20261103-0815-AB.json")
    assert _check(area, item)[0] == "pending"


def _sparse(path: Path, size: int = 200 * 1024 * 1024) -> None:
    if path.exists():
        path.unlink()
    with path.open("wb") as handle:
        handle.truncate(size)


@pytest.mark.parametrize("name", ["item.json", "manifest.json", "manifest.sig"])
def test_200_mb_file_refused_by_size_without_reading(area: Area, name: str) -> None:
    item = area.item("hashtags", "kesehatan")
    _sparse(item / name)
    tracemalloc.start()
    try:
        status, text = _check(area, item)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024
    assert status == ("tampered" if name == "manifest.sig" else "invalid")
    if name != "manifest.sig":
        assert "209715200 bytes" in text
        with pytest.raises(RevisionUnreadable):
            read_shared_item(item)


def test_smaller_limit_is_honoured(area: Area) -> None:
    report = read_shared(area.central, area.pin, max_json_bytes=100)
    assert {i.status for i in report.items} == {"invalid"}


@pytest.mark.parametrize(
    "content",
    [b"{", b"[1, 2]", b'{"a": 1, "a": 2}', b'{"a": NaN}', b"\xef\xbb\xbf{}", b"\xff\xfe"],
)
def test_malformed_item_json_is_invalid(area: Area, content: bytes) -> None:
    """Signed by the coordinator, but not a strict JSON object."""
    item = area.item("hashtags", "kesehatan")
    (item / "item.json").write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    resign(
        item,
        area.signer,
        lambda m: m.update(files=[{"path": "item.json", "size": len(content), "sha256": digest}]),
    )
    status, text = _check(area, item)
    assert status == "invalid", text
    assert "item.json" in text
    with pytest.raises(RevisionUnreadable):
        read_shared_item(item)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"null",
        b'{"format": "medsos-shared", "format": "medsos-shared"}',
        b'{"format": "medsos-revision", "version": 1}',
        b'{"format": "medsos-shared", "version": 2}',
    ],
)
def test_malformed_manifest_is_invalid(area: Area, content: bytes) -> None:
    item = area.item("hashtags", "kesehatan")
    (item / "manifest.json").write_bytes(content)
    assert _check(area, item)[0] == "invalid"


def test_manifest_of_an_unknown_kind_or_without_item_json(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    resign(item, area.signer, lambda m: m.update(kind="videos"))
    assert _check(area, item)[0] == "invalid"
    resign(
        item,
        area.signer,
        lambda m: m.update(kind="hashtags", files=[dict(f, path="post.json") for f in m["files"]]),
    )
    status, text = _check(area, item)
    assert status == "invalid" and "post.json" in text


def test_unlisted_file_or_folder(area: Area) -> None:
    item = area.item("hashtags", "kesehatan")
    (item / "catatan.txt").write_text("tambahan")
    status, text = _check(area, item)
    assert status == "tampered" and "catatan.txt" in text


def test_stray_names_and_unknown_kinds(area: Area) -> None:
    shared = area.central / "shared"
    (shared / "videos" / "promo" / "r1").mkdir(parents=True)
    (shared / "readme.txt").write_text("jangan dihapus")
    (shared / "coordinator.json.bak").write_text("{}")
    (shared / "hashtags" / "Bad Name").mkdir()
    (shared / "hashtags" / "kesehatan" / "r01").mkdir()
    (shared / "hashtags" / "kesehatan" / "notes.txt").write_text("x")
    (shared / "templates" / "kosong").mkdir()  # an item folder without revisions: not reported
    report = read_shared(area.central, area.pin)
    found = _statuses(report)
    for path in [
        "shared/videos",
        "shared/readme.txt",
        "shared/coordinator.json.bak",
        "shared/hashtags/Bad Name",
        "shared/hashtags/kesehatan/r01",
        "shared/hashtags/kesehatan/notes.txt",
    ]:
        assert found[path] == "invalid", path
    [videos] = [e for e in report.entries if e.path == "shared/videos"]
    assert "not a kind of shared item" in videos.render() and "templates" in videos.render()
    assert not any("kosong" in p for p in found)
    assert {i.status for i in report.items} == {"valid"}


def test_junk_and_hidden_names_are_ignored(area: Area) -> None:
    shared = area.central / "shared"
    item = area.item("hashtags", "kesehatan")
    for folder in [shared, shared / "hashtags", item.parent, item]:
        (folder / "Thumbs.db").write_bytes(b"junk")
        (folder / "desktop.ini").write_bytes(b"junk")
        (folder / ".DS_Store").write_bytes(b"junk")
        (folder / "~lock").write_bytes(b"junk")
    (shared / ".staging" / "abc").mkdir()
    (shared / ".staging" / "abc" / "manifest.json").write_text("{")
    (shared / ".coordinator-0000000000000000-ab.json.old").write_text("{")
    assert read_shared(area.central, area.pin).all_valid


def test_replayed_sequence_numbers(area: Area) -> None:
    # The same number on two items: both replayed (which one is the original is unknown).
    _publish(area, "hashtags", "pendidikan", 1, 50)
    _publish(area, "announcements", "banjir", 1, 50)
    # A later revision with a lower number than an earlier one of the same item.
    _publish(area, "templates", "infografis", 1, 60)
    _publish(area, "templates", "infografis", 2, 55)
    report = read_shared(area.central, area.pin)
    found = _statuses(report)
    assert found["shared/hashtags/pendidikan/r1"] == "replayed"
    assert found["shared/announcements/banjir/r1"] == "replayed"
    assert found["shared/templates/infografis/r2"] == "replayed"
    assert found["shared/templates/infografis/r1"] == "valid"
    assert report.current[("templates", "infografis")].revision == 1
    assert ("hashtags", "pendidikan") not in report.current
    [entry] = [i for i in report.items if i.path == "shared/templates/infografis/r2"]
    assert "replayed" in entry.render() and entry.sequence == 55 and entry.coordinator_id == COORD
    # Gaps, and items published in any order, are fine.
    assert found["shared/templates/poster-kegiatan/r2"] == "valid"


def test_read_shared_item_refuses_what_changed(area: Area) -> None:
    report = read_shared(area.central, area.pin)
    current = report.current[("hashtags", "kesehatan")]
    item = area.central / current.path
    with pytest.raises(RevisionUnreadable):
        read_shared_item(item, "0" * 64)
    moved = area.item("hashtags", "lain")
    shutil.copytree(item.parent, moved.parent)
    with pytest.raises(RevisionUnreadable):
        read_shared_item(moved, current.manifest_sha256)
    manifest, _ = read_shared_item(item, current.manifest_sha256)
    logo = report.current[("assets", "logo-kota")]
    logo_manifest, _ = read_shared_item(area.central / logo.path)
    [entry] = [f for f in logo_manifest.files if f.path.startswith("media/")]
    media = area.central / logo.path / entry.path
    media.write_bytes(media.read_bytes()[::-1])
    with pytest.raises(RevisionUnreadable):
        read_shared_media(area.central / logo.path, entry)
    with pytest.raises(RevisionUnreadable):
        read_shared_media(item, manifest.files[0])  # item.json is not a media file


def test_mutated_manifests_never_crash(area: Area) -> None:
    item = area.item("templates", "poster-kegiatan", 1)
    original = (item / "manifest.json").read_bytes()
    rng = random.Random(7)
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            position = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.4:
                data[position] = rng.randrange(256)
            elif choice < 0.7:
                del data[position : position + rng.randint(1, 20)]
            else:
                data[position:position] = rng.choice(
                    [b"..", b"/", b"\\", b'"', b"{", b"[", b"1e999", b"-1", b"null", b"\x00"]
                )
        (item / "manifest.json").write_bytes(bytes(data))
        report = read_shared(area.central, area.pin)
        for found in (*report.items, *report.entries):
            assert found.status in STATUSES
            found.render().encode("utf-8")
        status = _statuses(report)[item.relative_to(area.central).as_posix()]
        assert status != "valid" or bytes(data) == original


def test_random_hostile_trees_never_crash(tmp_path: Path) -> None:
    rng = random.Random(13)
    names = [
        "r1",
        "r0",
        "r01",
        "item.json",
        "manifest.json",
        "manifest.sig",
        "coordinator.json",
        "media",
        "templates",
        "videos",
        "x" * 200,
        "\udcff",
        "é",
        "con",
        " ",
        "a\nb",
        "r1 (1)",
        ".hidden",
        "kesehatan",
        "Thumbs.db",
        "x.sync-conflict-1-2-3.json",
    ]
    for round_number in range(15):
        central, _ = make_central(tmp_path / str(round_number))
        signer = _coordinator(central)
        area = Area(central, signer, PinnedCoordinator(COORD, signer.public_key_bytes))
        _publish(area, "hashtags", "kesehatan", 1, 1, (media_file("h"),))
        folders = [p for p in (central / "shared").rglob("*") if p.is_dir()]
        for _ in range(15):
            path = rng.choice(folders) / rng.choice(names)
            try:
                kind = rng.random()
                if path.exists() or path.is_symlink():
                    continue
                if kind < 0.3:
                    path.mkdir()
                    folders.append(path)
                elif kind < 0.6:
                    path.write_bytes(rng.randbytes(rng.randint(0, 300)))
                elif kind < 0.75:
                    path.write_bytes(json.dumps({"format": "medsos-shared", "files": [1]}).encode())
                elif kind < 0.9:
                    path.symlink_to(rng.choice(["/", "/etc/passwd", "..", str(central), "nowhere"]))
                else:
                    os.mkfifo(path)
            except (OSError, UnicodeEncodeError):
                continue
        for pinned in (None, area.pin):
            report = read_shared(central, pinned)
            for found in (*report.items, *report.entries, *report.notices):
                assert getattr(found, "status", "valid") in STATUSES
                found.render().encode("utf-8")


def test_agency_revisions_and_shared_items_do_not_mix(area: Area) -> None:
    """A signed agency revision copied into shared/ is not an item (and the reverse)."""
    outcome_path = publish(area.central, signer_for("pc-humas-dinkes"), 1)
    fake = area.item("templates", "dari-dinkes")
    fake.parent.mkdir(parents=True)
    shutil.copytree(outcome_path, fake)
    status, text = _check(area, fake)
    assert status == "invalid" and "not a medsos-shared file" in text
    revision_slot = outcome_path.parent / "r2"
    shutil.copytree(area.item("hashtags", "kesehatan"), revision_slot)
    report = verify_central(area.central)
    [entry] = [e for e in report.entries if e.path.endswith("/r2")]
    assert entry.status == "invalid" and "not a medsos-revision file" in entry.render()
    assert entry.agency == AGENCY


# --- the document ----------------------------------------------------------------------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "central-folder.md"
DOC_SEED = hashlib.sha256(b"medsos-desktop docs coordinator key").digest()
DOC_MEDIA = b"contoh logo\n"


def _doc_vectors() -> dict[str, bytes]:
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- shared-vector: (\w+) -->\n```[a-z]*\n(.*?)\n```", text, re.DOTALL)
    return {name: (body + "\n").encode("utf-8") for name, body in found}


def test_the_documented_vector_is_what_the_code_writes_and_accepts(tmp_path: Path) -> None:
    vectors = _doc_vectors()
    assert set(vectors) == {"coordinator", "item", "manifest", "signature"}
    record = parse_coordinator(vectors["coordinator"])
    signer = Ed25519Signer.from_private_bytes(record.coordinator_id, DOC_SEED)
    assert record.public_key == signer.public_key_bytes
    assert record.key_id == key_id_for(record.public_key) == signer.key_id
    manifest = parse_shared_manifest(vectors["manifest"])
    signature = bytes.fromhex(vectors["signature"].decode().strip())
    assert signer.sign(vectors["manifest"]) == signature  # Ed25519 is deterministic
    assert signature_ok(record.public_key, signature, vectors["manifest"])

    central = tmp_path / "central"
    central.mkdir()
    init_central(central, REGION, created=datetime(2026, 10, 1, 7, 0, tzinfo=UTC))
    init_coordinator(
        central,
        signer,
        signer.public_key_bytes,
        record.name,
        record.region_name,
        created=datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
    )
    outcome = publish_shared_item(
        central,
        manifest.kind,
        manifest.item_id,
        manifest.revision,
        json.loads(vectors["item"]),
        (MediaFile(hashlib.sha256(DOC_MEDIA).hexdigest(), "png", DOC_MEDIA),),
        signer,
        manifest.sequence,
        created=datetime(2026, 11, 1, 2, 0, tzinfo=UTC),
    )
    item = central / outcome.path
    assert outcome.path == "shared/assets/logo-kota-sukamaju/r1"
    assert (central / "shared" / "coordinator.json").read_bytes() == vectors["coordinator"]
    assert (item / "item.json").read_bytes() == vectors["item"]
    assert (item / "manifest.json").read_bytes() == vectors["manifest"]
    assert (item / "manifest.sig").read_bytes() == signature
    assert read_shared(central, record.pin()).all_valid
