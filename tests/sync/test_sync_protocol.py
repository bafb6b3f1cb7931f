"""The writer and reader of protocol v1 together: round trip, idempotence, refusals."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from pathlib import Path

import pytest
from test_sync_support import (
    AGENCY,
    OTHER_AGENCY,
    REGION,
    make_central,
    make_package,
    publish,
    signer_for,
    trusted,
)

from medsos_desktop.sync import format as protocol_format
from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
    read_revision,
    verify_central,
)
from medsos_desktop.sync.format import (
    CENTRAL_FILE,
    CentralInvalid,
    CentralUnavailable,
    DeviceConflict,
    DeviceNotRegistered,
    NewerFormat,
    PostTooLarge,
    ProtocolViolation,
    RevisionConflict,
    SigningFailed,
    UnsafeCentral,
    canonical_json,
    key_id_for,
)
from medsos_desktop.sync.records import parse_manifest
from medsos_desktop.sync.reread import read_media
from medsos_desktop.sync.writer import Ed25519Signer, MediaFile


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every path under root with its bytes (None for folders), links not followed."""
    result: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        result[relative] = None if path.is_dir() else path.read_bytes()
    return result


def test_round_trip_publish_verify_read(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = signers["pc-humas-dinkes"]
    package = make_package(1, media=3)
    outcome = publish_revision(central, package, signer, sequence=1)
    assert outcome.state == "published"
    assert outcome.path == f"agencies/{AGENCY}/posts/{package.post_uuid}/r1"
    assert outcome.sequence == 1

    report = verify_central(central, trusted(signers.values()))
    assert report.all_valid and report.trust_pinned and not report.notices
    assert report.info is not None and report.info.region_name == REGION
    [entry] = report.entries
    assert (entry.status, entry.path, entry.device_id, entry.sequence) == (
        "valid",
        outcome.path,
        "pc-humas-dinkes",
        1,
    )
    assert entry.manifest_sha256 == outcome.manifest_sha256
    assert "is valid" in entry.render()

    manifest, post = read_revision(central / entry.path, entry.manifest_sha256)
    assert post == dict(package.post)
    assert (manifest.agency, manifest.post_uuid, manifest.revision) == (
        AGENCY,
        package.post_uuid,
        1,
    )
    assert manifest.key_id == signer.key_id == key_id_for(signer.public_key_bytes)
    media = {
        f.sha256: read_media(central / entry.path, f)
        for f in manifest.files
        if f.path != "post.json"
    }
    assert media == {m.sha256: m.data for m in package.media}

    # The files on disk are exactly the listed ones plus the manifest and its signature.
    names = sorted(
        p.relative_to(central / entry.path).as_posix() for p in (central / entry.path).rglob("*")
    )
    assert names == sorted(
        ["manifest.json", "manifest.sig", "media", "post.json"]
        + [f"media/{m.sha256}.{m.ext}" for m in package.media]
    )
    sig = (central / entry.path / "manifest.sig").read_bytes()
    assert len(sig) == 64
    assert protocol_format.signature_ok(
        signer.public_key_bytes, sig, (central / entry.path / "manifest.json").read_bytes()
    )


def test_unpinned_verification_uses_device_files_and_says_so(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    publish(central, signers["pc-humas-dinkes"], 1)
    report = verify_central(central)
    assert report.all_valid and not report.trust_pinned
    assert [n.message for n in report.notices] == [
        "No device keys are pinned: revisions were checked against the device files in the "
        "central folder itself, which anyone who can write to the folder could replace."
    ]
    [device] = report.devices
    assert (device.agency, device.device_id, device.public_key) == (
        AGENCY,
        "pc-humas-dinkes",
        signers["pc-humas-dinkes"].public_key_bytes,
    )


def test_republish_is_idempotent_whatever_the_sequence(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = signers["pc-humas-dinkes"]
    first = publish_revision(central, make_package(1), signer, sequence=5)
    before = _tree(central)
    again = publish_revision(central, make_package(1), signer, sequence=5)
    later = publish_revision(central, make_package(1), signer, sequence=9)
    assert (again.state, later.state) == ("already_present", "already_present")
    # The folder's manifest wins: its sequence and bytes are reported, nothing is rewritten.
    assert again.sequence == later.sequence == 5
    assert again.manifest_sha256 == first.manifest_sha256
    assert _tree(central) == before


def test_same_revision_with_other_content_is_never_overwritten(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = signers["pc-humas-dinkes"]
    publish_revision(central, make_package(1), signer, sequence=1)
    before = _tree(central)
    with pytest.raises(RevisionConflict) as caught:
        publish_revision(central, make_package(1, title="Judul lain"), signer, sequence=2)
    assert "was not replaced" in caught.value.render()
    with pytest.raises(RevisionConflict):
        publish_revision(central, make_package(1, media=1), signer, sequence=3)
    assert _tree(central) == before


def test_damaged_target_is_a_conflict_not_repaired(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    target = publish(central, signers["pc-humas-dinkes"], 1)
    damaged = (target / "post.json").read_bytes().replace(b"Posyandu", b"Posyandi")
    (target / "post.json").write_bytes(damaged)
    with pytest.raises(RevisionConflict) as caught:
        publish_revision(central, make_package(1), signers["pc-humas-dinkes"], sequence=2)
    assert caught.value.params["status"] == "tampered"
    assert (target / "post.json").read_bytes() == damaged


def test_incomplete_target_is_pending_and_left_alone(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    target = publish(central, signers["pc-humas-dinkes"], 1)
    media = next((target / "media").iterdir())
    media.unlink()
    with pytest.raises(protocol_format.RevisionPending):
        publish_revision(central, make_package(1), signers["pc-humas-dinkes"], sequence=2)
    assert not media.exists()


def test_revisions_and_posts_accumulate(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path, {AGENCY: ["pc-a", "pc-b"]})
    sequence = 0
    for number in range(1, 4):
        for revision in (1, 2):
            sequence += 1
            publish(central, signers["pc-a"], number, revision, sequence)
    publish(central, signers["pc-b"], 10, 1, 1)
    report = verify_central(central, trusted(signers.values()))
    assert report.all_valid
    assert len(report.revisions) == 7


def test_canonical_json() -> None:
    data = canonical_json({"b": 1, "a": ["é", 1.5, None, True], "c": {"z": 0, "y": "x"}})
    assert (
        data
        == (
            '{\n  "a": [\n    "é",\n    1.5,\n    null,\n    true\n  ],\n  "b": 1,\n'
            '  "c": {\n    "y": "x",\n    "z": 0\n  }\n}\n'
        ).encode()
    )
    for bad in (float("nan"), float("inf"), {1: "a"}, {"a": object()}, "\ud800", {"x": b"1"}):
        with pytest.raises(ValueError):
            canonical_json({"v": bad})
    deep: object = 1
    for _ in range(100):
        deep = [deep]
    with pytest.raises(ValueError):
        canonical_json(deep)


def test_package_input_is_checked_strictly(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    signer = signers["pc-humas-dinkes"]
    good = make_package(1)
    media = good.media[0]
    bad_packages = [
        RevisionPackage("../dinkes", good.post_uuid, 1, good.post, ()),
        RevisionPackage("dinkes/../../etc", good.post_uuid, 1, good.post, ()),
        RevisionPackage("Dinkes", good.post_uuid, 1, good.post, ()),
        RevisionPackage("con", good.post_uuid, 1, good.post, ()),
        RevisionPackage(AGENCY, good.post_uuid.replace("0", "A"), 1, good.post, ()),
        RevisionPackage(AGENCY, "../" + good.post_uuid, 1, good.post, ()),
        RevisionPackage(AGENCY, good.post_uuid, 0, good.post, ()),
        RevisionPackage(AGENCY, good.post_uuid, True, good.post, ()),
        RevisionPackage(AGENCY, good.post_uuid, 1, {"x": float("nan")}, ()),
        RevisionPackage(
            AGENCY, good.post_uuid, 1, good.post, (MediaFile(media.sha256, "jpg/..", media.data),)
        ),
        RevisionPackage(
            AGENCY, good.post_uuid, 1, good.post, (MediaFile(media.sha256, "JPG", media.data),)
        ),
        RevisionPackage(
            AGENCY, good.post_uuid, 1, good.post, (MediaFile("0" * 64, "jpg", media.data),)
        ),
        RevisionPackage(
            AGENCY, good.post_uuid, 1, good.post, (MediaFile("../x", "jpg", media.data),)
        ),
        RevisionPackage(
            AGENCY,
            good.post_uuid,
            1,
            good.post,
            (media, MediaFile(media.sha256, "png", media.data)),
        ),
    ]
    before = _tree(central)
    for package in bad_packages:
        with pytest.raises(ValueError):
            publish_revision(central, package, signer, sequence=1)
    for sequence in (0, -1, 1.5, True):
        with pytest.raises(ValueError):
            publish_revision(central, good, signer, sequence=sequence)  # type: ignore[arg-type]
    assert _tree(central) == before


def test_post_over_the_limit_is_refused(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    package = RevisionPackage(AGENCY, make_package(1).post_uuid, 1, {"caption": "a" * 1_000_001})
    with pytest.raises(PostTooLarge):
        publish_revision(central, package, signers["pc-humas-dinkes"], sequence=1)


def test_same_media_twice_is_stored_once(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    base = make_package(1, media=1)
    package = RevisionPackage(AGENCY, base.post_uuid, 1, base.post, (*base.media, *base.media))
    outcome = publish_revision(central, package, signers["pc-humas-dinkes"], sequence=1)
    assert len(list((central / outcome.path / "media").iterdir())) == 1
    assert verify_central(central).all_valid


def test_revision_without_media(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    target = publish(central, signers["pc-humas-dinkes"], 1, media=0)
    assert not (target / "media").exists()
    assert verify_central(central).all_valid


def test_device_must_be_registered_with_the_signing_key(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    stranger = signer_for("pc-tamu")
    with pytest.raises(DeviceNotRegistered):
        publish_revision(central, make_package(1), stranger, sequence=1)
    impostor = Ed25519Signer.generate("pc-humas-dinkes")
    with pytest.raises(DeviceConflict) as caught:
        publish_revision(central, make_package(1), impostor, sequence=1)
    assert caught.value.params["registered_key_id"] == signers["pc-humas-dinkes"].key_id
    # Registered under another agency does not count for this one.
    with pytest.raises(DeviceNotRegistered):
        publish_revision(
            central, make_package(1, agency=OTHER_AGENCY), signers["pc-humas-dinkes"], sequence=1
        )
    assert not (central / "agencies" / AGENCY / "posts").exists() or not any(
        (central / "agencies" / AGENCY / "posts").iterdir()
    )


class _BrokenSigner:
    def __init__(self, real: Ed25519Signer) -> None:
        self.device_id = real.device_id
        self.key_id = real.key_id

    def sign(self, data: bytes) -> bytes:
        return bytes(64)


def test_a_signature_that_does_not_verify_is_never_published(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    with pytest.raises(SigningFailed):
        publish_revision(central, make_package(1), _BrokenSigner(signers["pc-humas-dinkes"]), 1)
    assert not (central / "agencies" / AGENCY / "posts").exists()


def test_publish_device_is_write_once(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    signer = signer_for("pc-humas-dinkes")
    path = central / "agencies" / AGENCY / "devices" / "pc-humas-dinkes.json"
    before = path.read_bytes()
    again = publish_device(central, AGENCY, "pc-humas-dinkes", "Nama baru", signer.public_key_bytes)
    assert again.device_name == "PC pc-humas-dinkes"
    assert path.read_bytes() == before
    with pytest.raises(DeviceConflict):
        publish_device(central, AGENCY, "pc-humas-dinkes", "PC", signer_for("x").public_key_bytes)
    with pytest.raises(DeviceConflict) as caught:
        publish_device(central, OTHER_AGENCY, "pc-humas-dinkes", "PC", signer.public_key_bytes)
    assert caught.value.params["other"] == AGENCY
    assert path.read_bytes() == before
    record = json.loads(before)
    assert record == {
        "agency": AGENCY,
        "algorithm": "ed25519",
        "created": record["created"],
        "device_id": "pc-humas-dinkes",
        "device_name": "PC pc-humas-dinkes",
        "format": "medsos-device",
        "key_id": hashlib.sha256(signer.public_key_bytes).hexdigest()[:16],
        "public_key": base64.b64encode(signer.public_key_bytes).decode(),
        "version": 1,
    }
    for bad in ("../x", "PC-1", "a" * 65, "nul"):
        with pytest.raises(ValueError):
            publish_device(central, AGENCY, bad, "PC", signer.public_key_bytes)
    with pytest.raises(ValueError):
        publish_device(central, AGENCY, "pc-2", "PC\nbaru", signer.public_key_bytes)
    with pytest.raises(ValueError):
        publish_device(central, AGENCY, "pc-2", "PC", b"short")


def test_init_central_creates_once_and_keeps_the_first(tmp_path: Path) -> None:
    central = tmp_path / "central"
    central.mkdir()
    info = init_central(central, "Kota Sukamaju")
    data = (central / CENTRAL_FILE).read_bytes()
    assert json.loads(data) == {
        "created": info.created,
        "format": "medsos-central",
        "region_name": "Kota Sukamaju",
        "version": 1,
    }
    assert init_central(central, "Kabupaten Lain") == info
    assert (central / CENTRAL_FILE).read_bytes() == data
    assert (central / "agencies").is_dir()
    assert [p.name for p in central.iterdir() if p.name.startswith(".")] == []


def test_init_central_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    with pytest.raises(CentralUnavailable):
        init_central(tmp_path / "tidak-ada", REGION)
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / CENTRAL_FILE).write_text(
        json.dumps(
            {"format": "medsos-central", "version": 2, "region_name": "X", "created": "2030"}
        )
    )
    with pytest.raises(NewerFormat):
        init_central(newer, REGION)
    with pytest.raises(NewerFormat):
        verify_central(newer)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / CENTRAL_FILE).write_text("{not json")
    with pytest.raises(CentralInvalid):
        init_central(broken, REGION)
    report = verify_central(broken)
    assert report.info is None and not report.all_valid


def test_unmounted_share_is_never_written(tmp_path: Path) -> None:
    """An empty mount point looks like a folder; without medsos-central.json nothing is written."""
    _central, signers = make_central(tmp_path)
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    with pytest.raises(CentralUnavailable) as caught:
        publish_revision(mount_point, make_package(1), signers["pc-humas-dinkes"], sequence=1)
    assert "medsos-central.json" in caught.value.render()
    with pytest.raises(CentralUnavailable):
        publish_device(
            mount_point, AGENCY, "pc-x", "PC", signers["pc-humas-dinkes"].public_key_bytes
        )
    assert list(mount_point.iterdir()) == []


def test_stale_staging_is_cleaned_by_the_next_publish(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    staging = central / "agencies" / AGENCY / ".staging"
    old, fresh = staging / "0123456789abcdef", staging / "fedcba9876543210"
    (old / "media").mkdir(parents=True)
    (old / "media" / "x.jpg").write_bytes(b"x")
    fresh.mkdir()
    hour_ago = time.time() - 2 * 3600
    os.utime(old, (hour_ago, hour_ago))
    publish(central, signers["pc-humas-dinkes"], 1)
    assert sorted(p.name for p in staging.iterdir()) == [fresh.name]


def test_links_in_the_agency_folder_are_not_written_through(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    staging = central / "agencies" / AGENCY / ".staging"
    staging.rmdir()
    staging.symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeCentral):
        publish(central, signers["pc-humas-dinkes"], 1)
    staging.unlink()
    posts = central / "agencies" / AGENCY / "posts"
    posts.symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafeCentral):
        publish(central, signers["pc-humas-dinkes"], 1)
    assert list(outside.iterdir()) == []


def test_manifest_parser_refusals() -> None:
    signer = signer_for("pc-a")
    good = {
        "agency": AGENCY,
        "created": "2026-11-03T08:15:00Z",
        "device_id": "pc-a",
        "files": [{"path": "post.json", "sha256": "a" * 64, "size": 10}],
        "format": "medsos-revision",
        "key_id": signer.key_id,
        "post_uuid": make_package(1).post_uuid,
        "revision": 1,
        "sequence": 1,
        "version": 1,
    }
    assert parse_manifest(canonical_json(good)).sequence == 1

    def refused(change: dict[str, object], status: str = "invalid") -> None:
        data = json.dumps({**good, **change}).encode()
        with pytest.raises(ProtocolViolation) as caught:
            parse_manifest(data)
        assert caught.value.status == status, change

    def files(*paths: str, sha: str = "a" * 64) -> list[dict[str, object]]:
        return [{"path": p, "sha256": sha, "size": 1} for p in paths]

    refused({"revision": True})
    refused({"revision": "1"})
    refused({"sequence": 0})
    refused({"sequence": 1.0})
    refused({"created": "2026-13-45T99:99:99Z"})
    refused({"agency": "../x"})
    refused({"format": "medsos-template"})
    refused({"version": 2})
    refused({"files": {}})
    refused({"files": [*files("post.json"), *files("post.json")]})
    refused({"files": files("media/x.jpg", "post.json")})
    refused({"files": files("media/" + "b" * 64 + ".jpg", "post.json")})  # name != sha256
    refused({"files": []})
    refused({"files": [{"path": "post.json", "sha256": "a" * 64, "size": -1}]})
    refused({"files": [{"path": "post.json", "sha256": "a" * 64, "size": 2_000_000}]})
    for escaping in (
        "../post.json",
        "/etc/passwd",
        "media/../../x",
        "C:/x",
        "media\\x",
        "./post.json",
        "media//x",
    ):
        refused({"files": files(escaping, "post.json")}, "unsafe")
    for raw in (
        b"\xef\xbb\xbf{}",
        b"[]",
        b'{"a": NaN}',
        b'{"a": 1, "a": 2}',
        b"{" * 100_000,
        b"\xff",
    ):
        with pytest.raises(ProtocolViolation):
            parse_manifest(raw)


def test_a_linked_target_is_never_taken_for_a_published_revision(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    real = publish(central, signers["pc-humas-dinkes"], 1)
    elsewhere = tmp_path / "elsewhere"
    real.rename(elsewhere)
    real.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(RevisionConflict) as caught:
        publish_revision(central, make_package(1), signers["pc-humas-dinkes"], sequence=1)
    assert caught.value.params["status"] == "unsafe"


def test_display_name_is_total() -> None:
    assert protocol_format.display_name("r1\n\x00") == "r1\\x0a\\x00"
    assert protocol_format.display_name("a\ud800b\udcff") == "a\\ud800b\\udcff"
    assert protocol_format.display_name("Dinas Kesehatan é") == "Dinas Kesehatan é"


def test_report_summaries(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    target = publish(central, signers["pc-humas-dinkes"], 1)
    (target.parent / "r1-DESKTOP-7QK2J1M").mkdir()
    report = verify_central(central)
    assert report.revisions_valid and not report.all_valid
    assert report.counts() == {"valid": 1, "conflict_copy": 1}
    assert [e.status for e in report.problems] == ["conflict_copy"]
