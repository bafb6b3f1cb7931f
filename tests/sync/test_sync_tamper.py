"""The reader against hostile and half-delivered folders: each fault is reported, never trusted,
and nothing raises."""

from __future__ import annotations

import base64
import calendar
import hashlib
import itertools
import json
import os
import random
import shutil
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from test_sync_support import (
    AGENCY,
    OTHER_AGENCY,
    make_central,
    make_package,
    post_uuid,
    publish,
    resign,
    signer_for,
    statuses,
    trusted,
)

from medsos_desktop.sync.central import (
    publish_device,
    publish_revision,
    read_revision,
    verify_central,
)
from medsos_desktop.sync.format import STATUSES, RevisionUnreadable, canonical_json

PC = "pc-humas-dinkes"
PC_OTHER = "pc-humas-kominfo"
DAY = 24 * 3600


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, dict, Path]:
    central, signers = make_central(tmp_path, {AGENCY: [PC], OTHER_AGENCY: [PC_OTHER]})
    revision = publish(central, signers[PC], 1, 1, sequence=1)
    return central, signers, revision


def _entry(
    central: Path, path: Path | str, pinned: dict | None = None, **options: float
) -> tuple[str, str]:
    report = verify_central(central, pinned, **options)
    rel = path if isinstance(path, str) else path.relative_to(central).as_posix()
    [entry] = [e for e in report.entries if e.path == rel]
    return entry.status, entry.render()


def _only(central: Path, pinned: dict | None = None) -> dict[str, str]:
    """Statuses of everything but the untouched reference revision's siblings."""
    return statuses(verify_central(central, pinned))


def _media(revision: Path) -> Path:
    return sorted((revision / "media").iterdir())[0]


# --- content changed after signing -------------------------------------------------------


def test_wrong_hash_same_size(setup) -> None:
    central, signers, revision = setup
    media = _media(revision)
    data = bytearray(media.read_bytes())
    data[100] ^= 0xFF
    media.write_bytes(bytes(data))
    status, text = _entry(central, revision, trusted(signers.values()))
    assert status == "tampered"
    assert "sha256" in text and media.name in text


def test_post_changed_same_size(setup) -> None:
    central, _signers, revision = setup
    post = revision / "post.json"
    post.write_bytes(post.read_bytes().replace(b"Posyandu", b"Posyandi"))
    assert _entry(central, revision)[0] == "tampered"
    with pytest.raises(RevisionUnreadable):
        read_revision(revision)


def test_file_larger_than_listed(setup) -> None:
    central, _, revision = setup
    with _media(revision).open("ab") as handle:
        handle.write(b"x")
    status, text = _entry(central, revision)
    assert status == "tampered" and "signed manifest says" in text


def test_bad_signature(setup) -> None:
    central, signers, revision = setup
    manifest = json.loads((revision / "manifest.json").read_bytes())
    manifest["sequence"] = 99
    (revision / "manifest.json").write_bytes(canonical_json(manifest))
    status, text = _entry(central, revision, trusted(signers.values()))
    assert status == "tampered" and "signature" in text


@pytest.mark.parametrize(
    "signature", [bytes(64), b"\x01" * 10, b"", b"x" * 65], ids=["zeros", "short", "empty", "long"]
)
def test_malformed_signature(setup, signature: bytes) -> None:
    central, _, revision = setup
    (revision / "manifest.sig").write_bytes(signature)
    assert _entry(central, revision)[0] == "tampered"


def test_signed_by_another_key_under_this_device_id(setup) -> None:
    central, signers, revision = setup
    thief = signer_for("pencuri")
    resign(revision, thief, lambda m: None)  # key id still says pc-humas-dinkes's key
    assert _entry(central, revision, trusted(signers.values()))[0] == "tampered"
    resign(revision, thief, lambda m: m.update(key_id=thief.key_id))
    status, text = _entry(central, revision, trusted(signers.values()))
    assert status == "unknown_device" and thief.key_id in text


# --- who signed ----------------------------------------------------------------------------


def test_unknown_device_pinned(setup) -> None:
    central, signers, revision = setup
    pinned = trusted([signers[PC_OTHER]])
    # Registered in the folder but not pinned: it awaits the coordinator's trust.
    status, text = _entry(central, revision, pinned)
    assert status == "untrusted" and PC in text
    (central / "agencies" / AGENCY / "devices" / f"{PC}.json").unlink()
    status, text = _entry(central, revision, pinned)
    assert status == "unknown_device" and PC in text


def test_unknown_device_unpinned(setup) -> None:
    central, _, revision = setup
    (central / "agencies" / AGENCY / "devices" / f"{PC}.json").unlink()
    # Without its device file the revision may be ahead of it (a sync program's order):
    # pending while recent, an unknown device once the wait is over.
    assert _entry(central, revision)[0] == "pending"
    assert _entry(central, revision, now=time.time() + 8 * DAY)[0] == "unknown_device"


def test_unregistered_device_signs(setup) -> None:
    central, _, revision = setup
    stranger = signer_for("pc-tamu")
    resign(revision, stranger, lambda m: m.update(device_id="pc-tamu", key_id=stranger.key_id))
    assert _entry(central, revision, device_wait=0)[0] == "unknown_device"
    assert _entry(central, revision, {"pc-tamu": signer_for("x").public_key_bytes})[0] == (
        "unknown_device"
    )


def test_device_of_another_agency_publishing_here(setup) -> None:
    """A device of dinkes signs a revision and puts it in diskominfo's folder."""
    central, signers, revision = setup
    target = central / "agencies" / OTHER_AGENCY / "posts" / post_uuid(1) / "r1"
    shutil.copytree(revision, target)
    resign(target, signers[PC], lambda m: m.update(agency=OTHER_AGENCY))
    for pinned in (None, trusted(signers.values())):
        status, text = _entry(central, target, pinned)
        assert status == "unsafe" and AGENCY in text
        assert _entry(central, revision, pinned)[0] == "valid"


def test_manifest_claiming_another_agency(setup) -> None:
    """The revision copied as is: its signed manifest names dinkes, the folder is diskominfo's."""
    central, signers, revision = setup
    target = central / "agencies" / OTHER_AGENCY / "posts" / post_uuid(1) / "r1"
    shutil.copytree(revision, target)
    assert _entry(central, target, trusted(signers.values()))[0] == "unsafe"


def test_device_file_claiming_another_agency(setup) -> None:
    central, _signers, _ = setup
    devices = central / "agencies" / OTHER_AGENCY / "devices"
    shutil.copy(central / "agencies" / AGENCY / "devices" / f"{PC}.json", devices / f"{PC}.json")
    status, text = _entry(central, f"agencies/{OTHER_AGENCY}/devices/{PC}.json")
    assert status == "unsafe" and "folder of" in text


def test_device_registered_in_two_agencies_is_trusted_nowhere(setup) -> None:
    central, _signers, revision = setup
    record = json.loads((central / "agencies" / AGENCY / "devices" / f"{PC}.json").read_bytes())
    record["agency"] = OTHER_AGENCY
    (central / "agencies" / OTHER_AGENCY / "devices" / f"{PC}.json").write_bytes(
        canonical_json(record)
    )
    report = verify_central(central)
    found = statuses(report)
    assert found[f"agencies/{AGENCY}/devices/{PC}.json"] == "unsafe"
    assert found[f"agencies/{OTHER_AGENCY}/devices/{PC}.json"] == "unsafe"
    assert found[revision.relative_to(central).as_posix()] == "unsafe"
    assert PC not in {d.device_id for d in report.devices}


def test_replaced_device_file_is_flagged_and_pinned_key_still_used(setup) -> None:
    central, signers, revision = setup
    path = central / "agencies" / AGENCY / "devices" / f"{PC}.json"
    record = json.loads(path.read_bytes())
    thief = signer_for("pencuri")
    record.update(
        public_key=base64.b64encode(thief.public_key_bytes).decode(),
        key_id=thief.key_id,
    )
    path.write_bytes(canonical_json(record))
    pinned = trusted(signers.values())
    found = _only(central, pinned)
    assert found[f"agencies/{AGENCY}/devices/{PC}.json"] == "tampered"
    assert found[revision.relative_to(central).as_posix()] == "valid"
    # Unpinned, the folder's (replaced) key is all there is: the signature fails.
    assert _entry(central, revision)[0] in ("tampered", "unknown_device")


# --- sequence numbers ----------------------------------------------------------------------


def test_replayed_older_sequence(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    first = publish(central, signers["pc-humas-dinkes"], 1, 1, sequence=5)
    second = publish(central, signers["pc-humas-dinkes"], 1, 2, sequence=3)
    found = _only(central)
    assert found[first.relative_to(central).as_posix()] == "valid"
    status, text = _entry(central, second)
    assert status == "replayed" and "not greater than 5" in text


def test_reused_sequence_number(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path, {AGENCY: ["pc-a", "pc-b"]})
    a = publish(central, signers["pc-a"], 1, 1, sequence=7)
    b = publish(central, signers["pc-a"], 2, 1, sequence=7)
    c = publish(central, signers["pc-b"], 3, 1, sequence=7)  # another device: its own numbers
    found = _only(central)
    assert found[a.relative_to(central).as_posix()] == "replayed"
    assert found[b.relative_to(central).as_posix()] == "replayed"
    assert found[c.relative_to(central).as_posix()] == "valid"


def test_sequence_gaps_and_order_across_posts_are_fine(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    publish(central, signers["pc-humas-dinkes"], 2, 1, sequence=10)
    publish(central, signers["pc-humas-dinkes"], 1, 1, sequence=3)
    publish(central, signers["pc-humas-dinkes"], 1, 2, sequence=40)
    assert verify_central(central).all_valid


# --- paths and links -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "../../../../etc/passwd",
        "/etc/passwd",
        "media/../../r2/post.json",
        "C:/Windows/win.ini",
        "media\\..\\x",
    ],
)
def test_escaping_path_in_signed_manifest(setup, path: str) -> None:
    central, signers, revision = setup

    def escape(manifest: dict) -> None:
        manifest["files"].append({"path": path, "sha256": "a" * 64, "size": 1})

    resign(revision, signers[PC], escape)
    status, text = _entry(central, revision, trusted(signers.values()))
    assert status == "unsafe" and "outside" in text


def test_symlinked_media_file(setup, tmp_path: Path) -> None:
    central, _, revision = setup
    media = _media(revision)
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(media.read_bytes())  # identical bytes: following it would pass
    media.unlink()
    media.symlink_to(outside)
    status, text = _entry(central, revision)
    assert status == "unsafe" and "link" in text


def test_symlinked_manifest(setup, tmp_path: Path) -> None:
    central, _, revision = setup
    outside = tmp_path / "manifest.json"
    shutil.move(revision / "manifest.json", outside)
    (revision / "manifest.json").symlink_to(outside)
    assert _entry(central, revision)[0] == "unsafe"


def test_symlinked_media_folder(setup, tmp_path: Path) -> None:
    central, _, revision = setup
    outside = tmp_path / "media-outside"
    shutil.move(revision / "media", outside)
    (revision / "media").symlink_to(outside, target_is_directory=True)
    assert _entry(central, revision)[0] == "unsafe"


def test_symlinked_revision_post_agency_and_device(setup, tmp_path: Path) -> None:
    central, signers, revision = setup
    outside = tmp_path / "outside"
    shutil.copytree(revision, outside / "r1")
    (revision.parent / "r2").symlink_to(outside / "r1", target_is_directory=True)
    posts = central / "agencies" / AGENCY / "posts"
    (posts / post_uuid(5)).symlink_to(outside, target_is_directory=True)
    (central / "agencies" / "dishub-kota-sukamaju").symlink_to(outside, target_is_directory=True)
    devices = central / "agencies" / AGENCY / "devices"
    (devices / "pc-link.json").symlink_to(devices / f"{PC}.json")
    found = _only(central, trusted(signers.values()))
    assert found[f"agencies/{AGENCY}/posts/{post_uuid(1)}/r2"] == "unsafe"
    assert found[f"agencies/{AGENCY}/posts/{post_uuid(5)}"] == "unsafe"
    assert found["agencies/dishub-kota-sukamaju"] == "unsafe"
    assert found[f"agencies/{AGENCY}/devices/pc-link.json"] == "unsafe"
    assert found[revision.relative_to(central).as_posix()] == "valid"


def test_symlinked_agencies_folder(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    shutil.move(central / "agencies", tmp_path / "elsewhere")
    (central / "agencies").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert statuses(verify_central(central)) == {"agencies": "unsafe"}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", ["post.json", "media-fifo", "manifest.sig"])
def test_fifo_never_blocks(setup, name: str) -> None:
    central, _, revision = setup
    target = revision / name
    if target.exists():
        target.unlink()
    os.mkfifo(target)
    assert _entry(central, revision)[0] == "unsafe"


# --- delivery in any order -----------------------------------------------------------------


def test_any_partial_delivery_is_pending_never_valid(setup, tmp_path: Path) -> None:
    """A sync program delivers the files of a revision one by one, in any order."""
    central, signers, revision = setup
    files = sorted(p.relative_to(revision).as_posix() for p in revision.rglob("*") if p.is_file())
    assert len(files) == 5
    pinned = trusted(signers.values())
    for count in range(len(files) + 1):
        for delivered in itertools.combinations(files, count):
            copy = tmp_path / "copy" / f"{count}-{abs(hash(delivered))}"
            shutil.copytree(central, copy, ignore=shutil.ignore_patterns("posts"))
            target = copy / revision.relative_to(central)
            target.mkdir(parents=True)
            for name in delivered:
                (target / name).parent.mkdir(exist_ok=True)
                shutil.copy(revision / name, target / name)
            status, _ = _entry(copy, target, pinned)
            assert status == ("valid" if count == len(files) else "pending"), delivered


@pytest.mark.parametrize("which", ["media", "post.json"])
def test_half_copied_file_is_pending(setup, which: str) -> None:
    central, _, revision = setup
    path = _media(revision) if which == "media" else revision / "post.json"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    status, text = _entry(central, revision)
    assert status == "pending" and "not complete" in text


def test_empty_revision_folder_is_pending(setup) -> None:
    central, _, revision = setup
    empty = revision.parent / "r2"
    empty.mkdir()
    assert _entry(central, empty)[0] == "pending"


def test_empty_newer_revision_folder_leaves_the_older_one_valid(setup) -> None:
    """An empty r9 (a sync program made the folder; its files have not come) is pending and
    changes nothing about the post's valid revision."""
    central, signers, revision = setup
    empty = revision.parent / "r9"
    empty.mkdir()
    (empty / "media").mkdir()
    found = _only(central, trusted(signers.values()))
    assert found[empty.relative_to(central).as_posix()] == "pending"
    assert found[revision.relative_to(central).as_posix()] == "valid"


# --- a revision ahead of its device file -------------------------------------------------


def _signed_at(revision: Path) -> float:
    created = json.loads((revision / "manifest.json").read_bytes())["created"]
    return calendar.timegm(time.strptime(created, "%Y-%m-%dT%H:%M:%SZ"))


def _ahead_of_its_device_file(central: Path) -> tuple[Path, Callable[[], None]]:
    """A new PC's first revision, delivered before its device file; and the delivery."""
    newcomer = signer_for("pc-humas-dinkes-2")
    publish_device(central, AGENCY, newcomer.device_id, "Laptop Humas", newcomer.public_key_bytes)
    revision = publish(central, newcomer, 2, 1, sequence=1)
    device = central / "agencies" / AGENCY / "devices" / f"{newcomer.device_id}.json"
    data = device.read_bytes()
    device.unlink()
    return revision, lambda: device.write_bytes(data)


def test_revision_arriving_before_its_device_file_is_pending(setup) -> None:
    """Syncthing delivers files in any order: a new PC's first revision may come before the
    device file that registers its key. That is "still arriving", not an unknown device."""
    central, _signers, _ = setup
    revision, deliver = _ahead_of_its_device_file(central)
    status, text = _entry(central, revision)
    assert status == "pending" and "pc-humas-dinkes-2" in text and "device file" in text
    deliver()
    assert _entry(central, revision)[0] == "valid"


def test_device_file_waited_for_a_configurable_time(setup) -> None:
    central, _signers, _ = setup
    revision, deliver = _ahead_of_its_device_file(central)
    signed = _signed_at(revision)
    assert _entry(central, revision, now=signed + 7 * DAY - 60)[0] == "pending"
    status, text = _entry(central, revision, now=signed + 7 * DAY + 60)
    assert status == "unknown_device" and "not registered" in text
    assert _entry(central, revision, now=signed + 3 * 3600, device_wait=2 * 3600)[0] == (
        "unknown_device"
    )
    # The device file arriving late still makes it valid.
    deliver()
    assert _entry(central, revision, now=signed + 30 * DAY)[0] == "valid"


def test_revision_dated_ahead_is_not_waited_for(setup) -> None:
    """The date is the manifest's own word (no key to check it with yet): a revision dated
    days ahead cannot stay "still arriving" for longer than the wait."""
    central, _signers, _ = setup
    revision, _deliver = _ahead_of_its_device_file(central)
    newcomer = signer_for("pc-humas-dinkes-2")
    resign(revision, newcomer, lambda m: m.update(created="2099-01-01T00:00:00Z"))
    assert _entry(central, revision)[0] == "unknown_device"
    resign(revision, newcomer, lambda m: m.update(created="2000-01-01T00:00:00Z"))
    assert _entry(central, revision)[0] == "unknown_device"


# --- conflict copies -----------------------------------------------------------------------


def test_conflict_copies_are_reported_and_ignored(setup) -> None:
    central, signers, revision = setup
    media = _media(revision)
    copies = [
        revision / "manifest.sync-conflict-20261103-081500-ABCDEF7.json",
        revision / "post (conflicted copy 2026-11-03 081500).json",
        revision / "post-DESKTOP-7QK2J1M.json",
        revision / "manifest - Copy.json",
        revision / "manifest - Salinan.json",
        revision / "media" / f"{media.stem}-LAPTOP-BUDI{media.suffix}",
        revision / "media" / f"{media.stem} (1){media.suffix}",
    ]
    for copy in copies:
        shutil.copy(revision / "post.json", copy)
    shutil.copytree(revision, revision.parent / "r1-DESKTOP-7QK2J1M")
    shutil.copytree(revision.parent, revision.parent.parent / f"{post_uuid(1)} (conflicted copy)")
    devices = central / "agencies" / AGENCY / "devices"
    shutil.copy(
        devices / f"{PC}.json", devices / f"{PC}.sync-conflict-20261103-081500-ABCDEF7.json"
    )
    shutil.copy(devices / f"{PC}.json", devices / f"{PC}-DESKTOP-7QK2J1M.json")
    found = _only(central, trusted(signers.values()))
    expected = {c.relative_to(central).as_posix() for c in copies} | {
        f"agencies/{AGENCY}/posts/{post_uuid(1)}/r1-DESKTOP-7QK2J1M",
        f"agencies/{AGENCY}/posts/{post_uuid(1)} (conflicted copy)",
        f"agencies/{AGENCY}/devices/{PC}.sync-conflict-20261103-081500-ABCDEF7.json",
        f"agencies/{AGENCY}/devices/{PC}-DESKTOP-7QK2J1M.json",
    }
    assert {path for path, status in found.items() if status == "conflict_copy"} == expected
    assert found[revision.relative_to(central).as_posix()] == "valid"
    report = verify_central(central)
    assert (
        "conflict copy" in next(e for e in report.entries if e.status == "conflict_copy").render()
    )


def test_conflict_copy_never_stands_in_for_the_original(setup) -> None:
    central, _, revision = setup
    shutil.move(
        revision / "manifest.json", revision / "manifest.sync-conflict-20261103-0815-AB.json"
    )
    assert _entry(central, revision)[0] == "pending"


# --- sizes -----------------------------------------------------------------------------------


def _sparse(path: Path, size: int = 200 * 1024 * 1024) -> None:
    if path.exists():
        path.unlink()
    with path.open("wb") as handle:
        handle.truncate(size)


@pytest.mark.parametrize("name", ["post.json", "manifest.json", "manifest.sig"])
def test_200_mb_file_refused_by_size_without_reading(setup, name: str) -> None:
    central, signers, revision = setup
    _sparse(revision / name)
    tracemalloc.start()
    try:
        status, text = _entry(central, revision, trusted(signers.values()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024
    assert status == ("tampered" if name == "manifest.sig" else "invalid")
    if name != "manifest.sig":
        assert "209715200 bytes" in text
        with pytest.raises(RevisionUnreadable):
            read_revision(revision)


def test_200_mb_device_and_central_files(setup) -> None:
    central, _, _ = setup
    _sparse(central / "agencies" / OTHER_AGENCY / "devices" / f"{PC_OTHER}.json")
    report = verify_central(central)
    assert statuses(report)[f"agencies/{OTHER_AGENCY}/devices/{PC_OTHER}.json"] == "invalid"
    _sparse(central / "medsos-central.json")
    report = verify_central(central)
    assert report.info is None and not report.all_valid


def test_smaller_limit_is_honoured(setup) -> None:
    central, _, revision = setup
    report = verify_central(central, max_json_bytes=100)
    assert statuses(report)[revision.relative_to(central).as_posix()] == "invalid"


# --- other deviations ----------------------------------------------------------------------


def test_unlisted_file_or_folder(setup) -> None:
    central, _, revision = setup
    (revision / "catatan.txt").write_text("tambahan")
    status, text = _entry(central, revision)
    assert status == "tampered" and "catatan.txt" in text
    (revision / "catatan.txt").unlink()
    (revision / "extra").mkdir()
    assert _entry(central, revision)[0] == "tampered"


def test_junk_and_hidden_files_are_ignored(setup) -> None:
    central, _, revision = setup
    for name in ("Thumbs.db", "desktop.ini", ".DS_Store", ".syncthing.post.json.tmp", "~$x"):
        (revision / name).write_bytes(b"x")
    (revision / "media" / "Thumbs.db").write_bytes(b"x")
    (central / "agencies" / AGENCY / ".staging" / "half").mkdir(parents=True, exist_ok=True)
    (central / ".stfolder").mkdir()
    assert _entry(central, revision)[0] == "valid"
    assert verify_central(central).all_valid


def test_signed_revision_moved_to_another_slot(setup) -> None:
    """An old approved revision copied over as a newer one: its signed manifest says r1."""
    central, signers, revision = setup
    newer = revision.parent / "r2"
    shutil.copytree(revision, newer)
    status, text = _entry(central, newer, trusted(signers.values()))
    assert status == "tampered" and "r1" in text
    other_post = central / "agencies" / AGENCY / "posts" / post_uuid(9) / "r1"
    shutil.copytree(revision, other_post)
    assert _entry(central, other_post)[0] == "tampered"


@pytest.mark.parametrize(
    "content",
    [
        b"{",
        b"[]",
        b'{"format": "medsos-revision", "version": 1}',
        b"\xef\xbb\xbf{}",
        b'{"a": NaN}',
        b"\x00" * 50,
    ],
)
def test_malformed_manifest_is_invalid(setup, content: bytes) -> None:
    central, _, revision = setup
    (revision / "manifest.json").write_bytes(content)
    assert _entry(central, revision)[0] == "invalid"


def test_manifest_of_a_newer_version(setup) -> None:
    central, signers, revision = setup
    resign(revision, signers[PC], lambda m: m.update(version=2))
    status, text = _entry(central, revision)
    assert status == "invalid" and "version 2" in text


def test_post_json_that_is_not_an_object(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    target = publish(central, signers["pc-humas-dinkes"], 1)
    data = b"[1, 2]\n"
    (target / "post.json").write_bytes(data)
    resign(
        target,
        signers["pc-humas-dinkes"],
        lambda m: m["files"][-1].update(size=len(data), sha256=hashlib.sha256(data).hexdigest()),
    )
    assert _entry(central, target)[0] == "invalid"


def test_stray_entries_are_reported(setup) -> None:
    central, _, _ = setup
    (central / "agencies" / "Bukan Slug").mkdir()
    (central / "agencies" / "catatan.txt").write_text("x")
    (central / "agencies" / AGENCY / "lain").mkdir()
    (central / "agencies" / AGENCY / "posts" / "bukan-uuid").mkdir()
    (central / "agencies" / AGENCY / "posts" / post_uuid(1) / "R1").mkdir()
    found = _only(central)
    for path in (
        "agencies/Bukan Slug",
        "agencies/catatan.txt",
        f"agencies/{AGENCY}/lain",
        f"agencies/{AGENCY}/posts/bukan-uuid",
        f"agencies/{AGENCY}/posts/{post_uuid(1)}/R1",
    ):
        assert found[path] == "invalid", path


# --- nothing crashes -------------------------------------------------------------------------


def test_mutated_manifests_never_crash(setup) -> None:
    central, signers, revision = setup
    original = (revision / "manifest.json").read_bytes()
    rng = random.Random(4)
    pinned = trusted(signers.values())
    for _ in range(150):
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
        (revision / "manifest.json").write_bytes(bytes(data))
        report = verify_central(central, pinned)
        for entry in report.entries:
            assert entry.status in STATUSES
            entry.render()
        [entry] = [e for e in report.entries if e.path == revision.relative_to(central).as_posix()]
        assert entry.status != "valid" or bytes(data) == original


def test_random_hostile_trees_never_crash(tmp_path: Path) -> None:
    rng = random.Random(11)
    names = [
        "r1",
        "r0",
        "r01",
        "post.json",
        "manifest.json",
        "manifest.sig",
        "media",
        "devices",
        "posts",
        "..",
        "x" * 200,
        "\udcff",
        "é",
        "con",
        " ",
        "a\nb",
        "r1 (1)",
        ".hidden",
        post_uuid(1),
        AGENCY,
        "Thumbs.db",
        "x.sync-conflict-1-2-3.json",
    ]
    for round_number in range(40):
        central, signers = make_central(tmp_path / str(round_number))
        publish(central, signers["pc-humas-dinkes"], 1)
        folders = [p for p in central.rglob("*") if p.is_dir() and not p.is_symlink()]
        for _ in range(15):
            parent = rng.choice(folders)
            name = rng.choice(names)
            if name == "..":
                continue
            path = parent / name
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
                    path.write_bytes(
                        json.dumps({"format": "medsos-revision", "files": [1]}).encode()
                    )
                elif kind < 0.9:
                    path.symlink_to(rng.choice(["/", "/etc/passwd", "..", str(central), "nowhere"]))
                else:
                    os.mkfifo(path)
            except (OSError, UnicodeEncodeError):
                continue
        report = verify_central(central)
        for entry in report.entries:
            assert entry.status in STATUSES
            assert isinstance(entry.render(), str)
            entry.render().encode("utf-8")


def test_publishing_next_to_hostile_content_still_works(setup) -> None:
    central, signers, revision = setup
    (revision.parent / "r2").symlink_to("/etc", target_is_directory=True)
    outcome = publish_revision(central, make_package(1, 3), signers[PC], sequence=2)
    assert outcome.state == "published"
    assert _entry(central, central / outcome.path)[0] == "valid"
