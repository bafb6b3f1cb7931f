"""The coordinator's incremental scan against real folders and keys: after every mutation the
index says what a full verify_central says, while re-reading only what changed."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from coordinator_support import (
    DINKES,
    DISDIK,
    KOMINFO,
    PC_DINKES,
    PC_DISDIK,
    age,
    folder_truth,
    make_central,
    post_uuid,
    publish,
    service,
    signer_for,
    tree,
    trust_all,
)

from medsos_desktop.services.coordinator import CoordinatorError, CoordinatorService
from medsos_desktop.sync import scan as scan_module
from medsos_desktop.sync import walk as walk_module
from medsos_desktop.sync.central import publish_device
from medsos_desktop.sync.format import CentralUnavailable, RevisionUnreadable
from medsos_desktop.sync.scan import replay_marks, run_scan, summarize_post
from medsos_desktop.sync.walk import ScanState


@pytest.fixture
def folder(tmp_path: Path):
    """Three agencies with a few valid revisions, synced "an hour ago", scanned once."""
    central, signers = make_central(tmp_path)
    publish(central, signers[PC_DINKES], DINKES, 1, 1, sequence=1)
    publish(central, signers[PC_DINKES], DINKES, 1, 2, sequence=2)
    publish(central, signers[PC_DINKES], DINKES, 2, 1, sequence=3)
    publish(central, signers[PC_DISDIK], DISDIK, 3, 1, sequence=1)
    age(central)
    coordinator = service(central, tmp_path / "data")
    summary = coordinator.scan()
    assert summary.checked == 4
    yield central, signers, coordinator
    coordinator.close()


def _agree(coordinator: CoordinatorService, central: Path) -> dict[str, str]:
    """Scan, then check the index against a full verification; returns the statuses."""
    coordinator.scan()
    truth = folder_truth(central)
    assert coordinator.folder_statuses() == truth
    return truth


def _rev(agency: str, number: int, revision: int) -> str:
    return f"agencies/{agency}/posts/{post_uuid(number)}/r{revision}"


# --- the first scan and what an incremental one reads ---------------------------------------


def test_first_scan_agrees_with_verify_central(folder) -> None:
    central, _signers, coordinator = folder
    assert coordinator.folder_statuses() == folder_truth(central)
    assert coordinator.count() == 4
    assert coordinator.counts() == {"untrusted": 4}  # nobody trusted yet
    assert {a.slug for a in coordinator.agencies()} == {DINKES, DISDIK, KOMINFO}


def test_nothing_new_reads_no_revision(folder) -> None:
    _central, _signers, coordinator = folder
    summary = coordinator.scan()
    assert (summary.checked, summary.listed_post_dirs, summary.removed) == (0, 0, 0)


def test_only_the_new_revision_is_checked(folder) -> None:
    central, signers, coordinator = folder
    revision = publish(central, signers[PC_DINKES], DINKES, 2, 2, sequence=4)
    age(revision)  # a sync program gives its files the times they had where written
    summary = coordinator.scan()
    assert summary.checked == 1 and summary.listed_post_dirs == 1
    assert coordinator.folder_statuses() == folder_truth(central)
    # Listed again while its mtime is within the racy window of the last scan, but its
    # valid revisions are not hashed again.
    assert coordinator.scan().checked == 0


def test_revision_written_just_before_its_check_is_checked_once_more(folder, monkeypatch) -> None:
    """A file changed again within the file system's clock tick would keep its times: a
    revision whose files were written that close to its check is checked at the next scan."""
    central, signers, coordinator = folder
    publish(central, signers[PC_DINKES], DINKES, 2, 2, sequence=4)
    monkeypatch.setattr(walk_module, "RACY_WINDOW_NS", 10**18)  # "just now", whatever the pace
    assert coordinator.scan().checked == 1
    assert coordinator.scan().checked == 1
    monkeypatch.setattr(walk_module, "RACY_WINDOW_NS", 0)
    assert coordinator.scan().checked == 1  # checked once more, no longer racy
    assert coordinator.scan().checked == 0
    assert coordinator.folder_statuses() == folder_truth(central)


def test_full_scan_rechecks_everything(folder, monkeypatch) -> None:
    """Where files have no change time (Windows), a byte changed in place with the size and
    the modification time kept is seen only by a full scan, or when the file is opened."""
    central, _signers, coordinator = folder
    monkeypatch.setattr(walk_module, "_CHANGE_TIME", False)
    coordinator.scan(full=True)  # fingerprints without change times
    media = next((central / _rev(DINKES, 1, 1) / "media").iterdir())
    before = media.stat()
    data = bytearray(media.read_bytes())
    data[0] ^= 0xFF
    media.write_bytes(bytes(data))  # same file, same size: no folder's mtime changes
    os.utime(media, ns=(before.st_atime_ns, before.st_mtime_ns))  # a tool that keeps times
    # An incremental scan compares sizes and times only ...
    assert coordinator.scan().checked == 0
    assert coordinator.folder_statuses()[_rev(DINKES, 1, 1)] == "valid"
    row = coordinator.revision(_rev(DINKES, 1, 1))
    manifest, _post = coordinator.open_revision(row.path)
    entry = next(f for f in manifest.files if f.path.startswith("media/"))
    with pytest.raises(RevisionUnreadable):
        coordinator.open_media(row.path, entry)
    # ... a full scan does.
    summary = coordinator.scan(full=True)
    assert summary.checked == 4
    assert coordinator.folder_statuses() == folder_truth(central)
    assert coordinator.folder_statuses()[_rev(DINKES, 1, 1)] == "tampered"


# --- incremental == full, mutation by mutation ----------------------------------------------


def test_revision_arriving_file_by_file(folder, tmp_path: Path) -> None:
    central, signers, coordinator = folder
    trust_all(coordinator)
    built = publish(central, signers[PC_DISDIK], DISDIK, 4, 1, sequence=2)
    held = tmp_path / "held"
    shutil.move(built, held)
    rel = built.relative_to(central).as_posix()
    _agree(coordinator, central)
    built.mkdir()
    # The post folder is then left alone (its mtime old): the incremental scan does not list
    # it again, but still rechecks the pending revision it remembers.
    old = os.stat(built.parent).st_mtime_ns - 3600 * 10**9
    os.utime(built.parent, ns=(old, old))
    coordinator.scan()
    media_name = next((held / "media").iterdir()).name
    # A sync program's order: anything, in any order, one file at a time.
    order = ["manifest.json", f"media/{media_name}", "manifest.sig", "post.json"]
    for number, name in enumerate(order, start=1):
        target = built / name
        target.parent.mkdir(exist_ok=True)
        if name == "post.json":  # first half of it, then the rest
            data = (held / name).read_bytes()
            target.write_bytes(data[: len(data) // 2])
            assert _agree(coordinator, central)[rel] == "pending"
        shutil.copyfile(held / name, target)
        summary = coordinator.scan()
        assert (summary.listed_post_dirs, summary.checked) == (0, 1)
        status = _agree(coordinator, central)[rel]
        assert status == ("valid" if number == len(order) else "pending"), name
    assert coordinator.revision(rel).status == "valid"


def test_folder_changed_within_the_same_mtime_tick_is_listed_again(folder) -> None:
    central, signers, coordinator = folder
    age(publish(central, signers[PC_DISDIK], DISDIK, 12, 1, sequence=5))
    coordinator.scan()
    post_dir = central / "agencies" / DISDIK / "posts" / post_uuid(12)
    recorded = os.stat(post_dir).st_mtime_ns
    publish(central, signers[PC_DISDIK], DISDIK, 12, 2, sequence=6)
    # On FAT or some SMB servers the folder keeps its mtime when changed in the same tick.
    os.utime(post_dir, ns=(recorded, recorded))
    summary = coordinator.scan()
    assert summary.checked == 1
    assert coordinator.folder_statuses() == folder_truth(central)


def test_tampered_file_in_a_new_revision(folder) -> None:
    central, signers, coordinator = folder
    revision = publish(central, signers[PC_DINKES], DINKES, 5, 1, sequence=4)
    post = revision / "post.json"
    post.write_bytes(post.read_bytes().replace(b"Penimbangan", b"Penimbangun"))
    assert _agree(coordinator, central)[_rev(DINKES, 5, 1)] == "tampered"
    assert coordinator.revision(_rev(DINKES, 5, 1)).status == "tampered"


def test_deleted_revision_post_and_agency_leave_the_index(folder) -> None:
    central, _signers, coordinator = folder
    shutil.rmtree(central / _rev(DINKES, 1, 2))
    _agree(coordinator, central)
    assert coordinator.revision(_rev(DINKES, 1, 2)) is None
    shutil.rmtree(central / "agencies" / DINKES / "posts" / post_uuid(2))
    _agree(coordinator, central)
    assert coordinator.revision(_rev(DINKES, 2, 1)) is None
    shutil.rmtree(central / "agencies" / DISDIK)
    _agree(coordinator, central)
    assert {r.path for r in coordinator.revisions()} == {_rev(DINKES, 1, 1)}
    assert DISDIK not in {a.slug for a in coordinator.agencies()}


def test_conflict_copies_appear_and_go(folder) -> None:
    central, _signers, coordinator = folder
    post_dir = central / "agencies" / DINKES / "posts" / post_uuid(1)
    shutil.copytree(post_dir / "r1", post_dir / "r1 (conflicted copy 2026-11-03 081500)")
    posts = central / "agencies" / DINKES / "posts"
    shutil.copytree(posts / post_uuid(2), posts / f"{post_uuid(2)}-LAPTOP-BUDI")
    (central / "agencies" / DISDIK / "devices" / f"{PC_DISDIK} - Copy.json").write_bytes(b"{}")
    truth = _agree(coordinator, central)
    copies = {path for path, status in truth.items() if status == "conflict_copy"}
    assert len(copies) == 3
    assert {e.path for e in coordinator.entries() if e.status == "conflict_copy"} == copies
    shutil.rmtree(post_dir / "r1 (conflicted copy 2026-11-03 081500)")
    truth = _agree(coordinator, central)
    assert sum(status == "conflict_copy" for status in truth.values()) == 2


def test_stateless_sequence_rules_over_the_whole_index(folder) -> None:
    central, signers, coordinator = folder
    # Sequence 3 again, on another post: both revisions are replayed ...
    publish(central, signers[PC_DINKES], DINKES, 6, 1, sequence=3)
    truth = _agree(coordinator, central)
    assert truth[_rev(DINKES, 6, 1)] == truth[_rev(DINKES, 2, 1)] == "replayed"
    # ... until one of them goes: the other, not rechecked itself, is valid again.
    shutil.rmtree(central / "agencies" / DINKES / "posts" / post_uuid(6))
    assert _agree(coordinator, central)[_rev(DINKES, 2, 1)] == "valid"
    # A later revision of a post with a lower sequence number than an earlier one.
    publish(central, signers[PC_DISDIK], DISDIK, 3, 2, sequence=1)
    assert _agree(coordinator, central)[_rev(DISDIK, 3, 2)] == "replayed"


def test_copy_back_of_a_deleted_revision_is_replayed(folder, tmp_path: Path) -> None:
    central, signers, coordinator = folder
    trust_all(coordinator)
    assert coordinator.counts() == {"valid": 4}
    old = central / _rev(DINKES, 2, 1)  # sequence 3, the highest accepted from the device
    kept = tmp_path / "kept"
    shutil.copytree(old, kept)
    shutil.rmtree(old)
    publish(central, signers[PC_DINKES], DINKES, 7, 1, sequence=4)
    _agree(coordinator, central)
    assert coordinator.revision(_rev(DINKES, 7, 1)).status == "valid"
    shutil.copytree(kept, old)
    # The folder alone cannot tell (verify_central says valid); the coordinator remembers.
    assert _agree(coordinator, central)[_rev(DINKES, 2, 1)] == "valid"
    row = coordinator.revision(_rev(DINKES, 2, 1))
    assert row.status == "replayed" and "copied back" in row.render()
    # A new revision above the highest sequence is still valid.
    publish(central, signers[PC_DINKES], DINKES, 8, 1, sequence=9)
    _agree(coordinator, central)
    assert coordinator.revision(_rev(DINKES, 8, 1)).status == "valid"
    assert coordinator.revision(_rev(DINKES, 2, 1)).status == "replayed"


def test_device_file_arriving_after_its_revisions(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path, {DINKES: [PC_DINKES]})
    publish(central, signers[PC_DINKES], DINKES, 1, 1, sequence=1)
    device = central / "agencies" / DINKES / "devices" / f"{PC_DINKES}.json"
    saved = device.read_bytes()
    device.unlink()
    with service(central, tmp_path / "data") as coordinator:
        # A sync program's order: still arriving (for days at most), not an unknown device.
        assert _agree(coordinator, central)[_rev(DINKES, 1, 1)] == "pending"
        assert coordinator.post_counts().held_back == {"pending": 1}
        device.write_bytes(saved)
        assert _agree(coordinator, central)[_rev(DINKES, 1, 1)] == "valid"
    with service(central, tmp_path / "data-impatient", device_wait=0) as coordinator:
        device.unlink()
        coordinator.scan()
        assert coordinator.folder_statuses()[_rev(DINKES, 1, 1)] == "unknown_device"


# --- hostile folders: reported, never a crash ------------------------------------------------


def _raw_revision(central: Path, agency: str, number: int, files: dict[str, bytes]) -> str:
    rel = _rev(agency, number, 1)
    folder = central / rel
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    return rel


def test_hostile_folder_is_reported_not_crashed_on(folder, tmp_path: Path) -> None:
    central, _signers, coordinator = folder
    agencies = central / "agencies"
    malformed = _raw_revision(
        central,
        KOMINFO,
        20,
        {"manifest.json": b'{"format": "medsos-revision",', "manifest.sig": bytes(64)},
    )
    duplicate_keys = _raw_revision(
        central, KOMINFO, 21, {"manifest.json": b'{"a": 1, "a": 2}', "manifest.sig": bytes(64)}
    )
    huge = _raw_revision(
        central,
        KOMINFO,
        22,
        {"manifest.json": b"{}", "manifest.sig": bytes(64), "post.json": b" " * 1_000_001},
    )
    outside = tmp_path / "outside"
    shutil.copytree(agencies / DISDIK, outside)
    (agencies / "disdik-kota-sukamaju-lama").symlink_to(outside, target_is_directory=True)
    link_post = agencies / KOMINFO / "posts" / post_uuid(23)
    link_post.symlink_to(outside / "posts" / post_uuid(3), target_is_directory=True)
    (central / _rev(DINKES, 1, 1)).parent.joinpath("r9").symlink_to(outside)
    fifo = _raw_revision(central, KOMINFO, 24, {"manifest.json": b"{}"})
    os.mkfifo(central / fifo / "manifest.sig")
    # A device of DISDIK's folder claiming to be DINKES's, and one id in two agencies.
    thief = signer_for("pc-pencuri")
    publish_device(central, DINKES, "pc-pencuri", "PC pencuri", thief.public_key_bytes)
    stolen = agencies / DINKES / "devices" / "pc-pencuri.json"
    (agencies / DISDIK / "devices" / "pc-pencuri.json").write_bytes(
        stolen.read_bytes().replace(DINKES.encode(), DISDIK.encode())
    )
    (agencies / DISDIK / "devices" / "pc-lain.json").write_bytes(
        stolen.read_bytes().replace(b"pc-pencuri", b"pc-lain")
    )
    (agencies / "CON").mkdir()
    (central / "shared").mkdir()  # the coordinator's area: not part of this scan
    truth = _agree(coordinator, central)
    assert truth[malformed] == "invalid" and truth[duplicate_keys] == "invalid"
    assert truth[huge] == "invalid"
    assert truth["agencies/disdik-kota-sukamaju-lama"] == "unsafe"
    assert truth[f"agencies/{KOMINFO}/posts/{post_uuid(23)}"] == "unsafe"
    assert truth[_rev(DINKES, 1, 9)] == "unsafe"
    assert truth[fifo] == "unsafe"  # never opened
    assert truth[f"agencies/{DISDIK}/devices/pc-pencuri.json"] == "unsafe"
    assert truth[f"agencies/{DINKES}/devices/pc-pencuri.json"] == "unsafe"
    assert truth[f"agencies/{DISDIK}/devices/pc-lain.json"] == "unsafe"
    assert truth["agencies/CON"] == "invalid"
    # Pinned before the thief came, the genuine devices are untouched by it; the shared one
    # is never recorded for a decision.
    assert "pc-pencuri" not in {d.device_id for d in coordinator.devices()}
    # A full scan agrees too.
    coordinator.scan(full=True)
    assert coordinator.folder_statuses() == folder_truth(central)


def test_files_planted_in_a_valid_revision_are_found_by_a_full_scan(folder) -> None:
    """The documented limit: a valid revision's folder is not listed again while its post
    folder is unchanged, so something added to its media/ waits for a full scan."""
    central, _signers, coordinator = folder
    media = central / _rev(DISDIK, 3, 1) / "media"
    os.mkfifo(media / "pipe")
    (media / ("0" * 64 + ".sync-conflict-20261103-081500-ABCDEF7.jpg")).write_bytes(b"x")
    coordinator.scan()
    assert coordinator.folder_statuses()[_rev(DISDIK, 3, 1)] == "valid"
    coordinator.scan(full=True)
    assert coordinator.folder_statuses() == folder_truth(central)
    assert coordinator.folder_statuses()[_rev(DISDIK, 3, 1)] == "unsafe"


def test_unmounted_share_forgets_nothing(folder, tmp_path: Path) -> None:
    central, _signers, coordinator = folder
    trust_all(coordinator)
    before = {r.path: r.status for r in coordinator.revisions()}
    shutil.move(central, tmp_path / "away")
    central.mkdir()  # the empty mount point of a share that is not connected
    summary = coordinator.scan()
    assert summary.removed == 0 and summary.notices
    assert {r.path: r.status for r in coordinator.revisions()} == before
    central.rmdir()
    shutil.move(tmp_path / "away", central)
    coordinator.scan()
    # Back: nothing is taken for new (and so for replayed).
    assert {r.path: r.status for r in coordinator.revisions()} == before
    assert coordinator.folder_statuses() == folder_truth(central)


def test_unreadable_central_folder(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    with service(central, tmp_path / "data") as coordinator:
        coordinator.scan()
        shutil.rmtree(central)
        with pytest.raises(CentralUnavailable):
            coordinator.scan()


def test_folder_without_medsos_central_json(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    publish(central, signers[PC_DINKES], DINKES, 1)
    (central / "medsos-central.json").unlink()
    with service(central, tmp_path / "data") as coordinator:
        summary = coordinator.scan()
        assert summary.notices  # told, not crashed
        assert coordinator.folder_statuses() == folder_truth(central)


# --- where the database lives ---------------------------------------------------------------


def test_database_is_never_on_the_share(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    publish(central, signers[PC_DINKES], DINKES, 1)
    with pytest.raises(CoordinatorError):
        CoordinatorService(central, central / "data")
    with pytest.raises(CoordinatorError):
        CoordinatorService(central, central)
    before = tree(central)
    data = tmp_path / "data"
    with service(central, data) as coordinator:
        coordinator.scan()
        trust_all(coordinator)
        coordinator.scan(full=True)
        assert coordinator.db_path.parent == data / "coordinator"
        assert coordinator.db_path.exists()
    assert tree(central) == before


def test_same_folder_elsewhere_keeps_its_database(tmp_path: Path) -> None:
    central, _ = make_central(tmp_path)
    with service(central, tmp_path / "data") as coordinator:
        first = coordinator.db_path
    moved = tmp_path / "mounted-as-z"
    shutil.move(central, moved)
    with service(moved, tmp_path / "data") as coordinator:
        assert coordinator.db_path == first  # decisions follow the folder, not the path
        assert coordinator.scan().full  # another path: checked in full once


# --- the pieces ----------------------------------------------------------------------------------


def test_worker_processes_give_the_same_result(tmp_path: Path, monkeypatch) -> None:
    central, signers = make_central(tmp_path)
    for number in range(1, 7):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    publish(central, signers[PC_DISDIK], DISDIK, 9, sequence=1)
    age(central)  # files written just now get no fingerprint, or one, by the clock
    single, single_checked = run_scan(central, ScanState(), workers=1)
    monkeypatch.setattr(scan_module, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(scan_module, "CHUNK", 2)
    pooled, pooled_checked = run_scan(central, ScanState(), workers=2)
    assert sorted(pooled_checked, key=lambda r: r.path) == sorted(
        single_checked, key=lambda r: r.path
    )
    assert pooled.post_dirs == single.post_dirs


def _die(*_args: object) -> None:
    """A worker process killed as it starts (an antivirus, the OOM killer)."""
    os._exit(3)


def test_dead_worker_processes_are_replaced_by_this_one(tmp_path: Path, monkeypatch) -> None:
    central, signers = make_central(tmp_path)
    for number in range(1, 6):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    age(central)  # as above: the same fingerprints whatever the pace
    _, expected = run_scan(central, ScanState(), workers=1)
    monkeypatch.setattr(scan_module, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(scan_module, "CHUNK", 2)
    monkeypatch.setattr(scan_module, "_init_worker", _die)
    _, checked = run_scan(central, ScanState(), workers=2)
    assert sorted(checked, key=lambda r: r.path) == sorted(expected, key=lambda r: r.path)


def test_post_summaries_survive_any_shape() -> None:
    assert summarize_post({}).title == ""
    hostile = {
        "agency": ["not", "text"],
        "content": {"title": {"x": 1}, "platforms": "instagram", "captions": [1, 2]},
        "approval": "yes",
        "media": None,
    }
    summary = summarize_post(hostile)
    assert summary.title == "" and summary.platforms == () and summary.captions == ""
    adopted = summarize_post({"content": {"title": "t"}, "source_pack": "packs/hut-ri/r2"})
    assert adopted.source_pack == "packs/hut-ri/r2"
    flat = summarize_post({"title": "Posyandu", "caption": "Ayo", "platforms": ["x", 3]})
    assert (flat.title, flat.captions, flat.platforms) == ("Posyandu", "Ayo", ("x",))
    long = summarize_post({"title": "t" * 10_000, "caption": "c" * 100_000})
    assert len(long.title) == 500 and len(long.captions) == 20_000


def test_replay_marks_match_the_reader() -> None:
    from medsos_desktop.sync.scan import IndexedSigned

    rows = [
        IndexedSigned("a/r1", "a", "p", 1, "d", 5),
        IndexedSigned("a/r2", "a", "p", 2, "d", 4),  # older sequence in a later revision
        IndexedSigned("b/r1", "a", "q", 1, "d", 7),
        IndexedSigned("c/r1", "a", "s", 1, "d", 7),  # duplicate sequence
        IndexedSigned("e/r1", "a", "s", 1, "other", 7),  # other devices are independent
    ]
    assert set(replay_marks(rows)) == {"a/r2", "b/r1", "c/r1"}


def test_filters_search_and_calendar(folder) -> None:
    central, signers, coordinator = folder
    publish(
        central,
        signers[PC_DISDIK],
        DISDIK,
        10,
        sequence=2,
        title="Vaksinasi campak rubela di SDN 5",
        planned="2026-12-02T09:00:00",
        platforms=("tiktok",),
        category="pengumuman",
        source_pack="packs/bias-2026/r1",
    )
    coordinator.scan()
    trust_all(coordinator, [PC_DISDIK])
    assert [r.title for r in coordinator.revisions(text="campak")] == [
        "Vaksinasi campak rubela di SDN 5"
    ]
    assert coordinator.count(text="vaksin rubela") == 1  # prefixes, every word
    assert coordinator.count(text="Disdik") == 2  # agency names are searchable too
    assert coordinator.count(platform="tiktok") == 1
    assert coordinator.count(category="pengumuman") == 1
    assert coordinator.count(agency=DINKES) == 3
    assert coordinator.count(status="valid") == 2
    assert coordinator.count(status=["untrusted", "valid"]) == 5
    assert coordinator.count(planned_from="2026-12-01", planned_to="2026-12-31") == 1
    assert coordinator.count(latest_only=True) == 4
    rows = coordinator.revisions(sort="title", descending=True, limit=2, offset=1)
    assert len(rows) == 2
    with pytest.raises(ValueError):
        coordinator.revisions(sort="title; DROP TABLE revision")
    november = coordinator.calendar("2026-11")
    items = november[next(iter(november))]
    assert {i.status for d in november.values() for i in d} == {"untrusted", "valid"}
    assert all(i.title for i in items)
    # Only the latest revision of each post: post 1 has r1 and r2.
    assert sum(len(v) for v in november.values()) == 3
    december = coordinator.calendar("2026-12")
    [(day, [item])] = december.items()
    assert (day.isoformat(), item.agency, item.status) == ("2026-12-02", DISDIK, "valid")
    [row] = coordinator.revisions(planned_from="2026-12-01")
    assert (row.source_pack, row.platforms) == ("packs/bias-2026/r1", ("tiktok",))
    assert row.media_count == 1
    assert row.first_media.startswith("media/") and row.reviewer == "dr. Rina Wulandari"
    assert row.agency_name == "Disdik Kota Sukamaju"


def test_progress_is_reported(folder) -> None:
    central, signers, coordinator = folder
    for number in range(30, 35):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    seen: list[tuple[int, int]] = []
    coordinator.scan(progress=lambda done, total: seen.append((done, total)))
    assert (5, 5) in seen
    phases = {step.phase for step in coordinator.scan_steps()}
    assert "posts" in phases


# --- the benchmark, small -----------------------------------------------------------------------


def _bench_module():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "coordinator_bench.py"
    spec = importlib.util.spec_from_file_location("coordinator_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["coordinator_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_small_benchmark_folder_is_valid_and_measured(tmp_path: Path) -> None:
    bench = _bench_module()
    central = bench.generate_folder(tmp_path, agencies=20, revisions=2000, media_bytes=1024)
    report = folder_truth(central)
    assert len(report) == 2000 and set(report.values()) == {"valid"}
    figures = bench.measure(tmp_path, runs=1)
    assert [f["name"] for f in figures] == [bench.FIRST_SCAN, bench.INCREMENTAL_SCAN]
    for figure in figures:
        assert set(figure) >= {"name", "ours", "baseline", "ratio", "budget"}
        assert figure["ours"] > 0 and figure["baseline"] > 0
    json.dumps(figures)
