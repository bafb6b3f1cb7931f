"""Tamper after the first scan: a coordinator that has read the folder once must not keep
counting a revision whose media file or post.json was changed afterwards.

An incremental scan compares each listed file's size and times with those taken before the
revision was last checked. A byte changed in place is caught whether or not the tool put
the modification time back: outside Windows by the change time (which no program can set),
and everywhere by a size change; a same-size change with the times put back on Windows is
only found by a full check, `medsos report --recheck` or `medsos scan --full`."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from coordinator_support import (
    DINKES,
    PC_DINKES,
    REGION,
    age,
    folder_truth,
    make_central,
    post_uuid,
    publish,
    service,
    trust_all,
)

from medsos_desktop.cli import main
from medsos_desktop.services.region_report import coordinator_report
from medsos_desktop.sync import walk as walk_module

TARGET = f"agencies/{DINKES}/posts/{post_uuid(2)}/r1"


def _tr(_context: str, text: str) -> str:
    return text


def _open_region(tmp_path: Path):
    central, signers = make_central(tmp_path, {DINKES: [PC_DINKES]})
    for number in range(1, 4):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    age(central)
    coordinator = service(central, tmp_path / "data")
    coordinator.scan()
    trust_all(coordinator)
    return central, coordinator


@pytest.fixture
def region(tmp_path: Path):
    central, coordinator = _open_region(tmp_path)
    yield central, coordinator
    coordinator.close()


@pytest.fixture
def region_without_change_times(tmp_path: Path, monkeypatch):
    """As on Windows, where a file has no change time a program cannot set (and sizes and
    times come from folder listings)."""
    monkeypatch.setattr(walk_module, "_CHANGE_TIME", False)
    monkeypatch.setattr(walk_module, "_FROM_LISTING", True)
    central, coordinator = _open_region(tmp_path)
    yield central, coordinator
    coordinator.close()


def _file(central: Path, which: str) -> Path:
    folder = central / TARGET
    return next((folder / "media").iterdir()) if which == "media" else folder / "post.json"


def _change(path: Path, *, keep_times: bool, grow: bool = False) -> None:
    """Flip one byte in place (or add one), as an editor or a script would."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    with open(path, "r+b") as handle:  # in place: same file, no folder changes
        handle.write(bytes(data) + (b" " if grow else b""))
    if keep_times:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _counted(coordinator) -> int:
    report, _data = coordinator_report(
        coordinator, date(2026, 11, 1), region=REGION, agency=None, agency_name=None, translate=_tr
    )
    return {f.label: f.value for f in report.summary}["Verified posts"]


@pytest.mark.parametrize("which", ["media", "post.json"])
@pytest.mark.parametrize("keep_times", [False, True], ids=["mtime-changed", "mtime-restored"])
def test_tamper_after_the_first_scan_is_caught_by_the_next(
    region, which: str, keep_times: bool
) -> None:
    if keep_times and os.name == "nt":
        pytest.skip("Windows keeps no change time: see the test without change times")
    central, coordinator = region
    assert _counted(coordinator) == 3
    _change(_file(central, which), keep_times=keep_times)
    summary = coordinator.scan()
    assert summary.checked == 1 and summary.listed_post_dirs == 0
    assert coordinator.revision(TARGET).status == "tampered"
    assert coordinator.folder_statuses() == folder_truth(central)
    assert _counted(coordinator) == 2
    assert coordinator.post_counts().held_back == {"tampered": 1}


@pytest.mark.parametrize("which", ["media", "post.json"])
def test_size_change_with_the_times_kept_is_caught_everywhere(
    region_without_change_times, which: str
) -> None:
    central, coordinator = region_without_change_times
    _change(_file(central, which), keep_times=True, grow=True)
    assert coordinator.scan().checked == 1
    assert coordinator.revision(TARGET).status == "tampered"
    assert _counted(coordinator) == 2


@pytest.mark.parametrize("which", ["media", "post.json"])
def test_same_size_change_with_the_times_kept_needs_a_full_check(
    region_without_change_times, which: str, tmp_path: Path, capsys
) -> None:
    """What an incremental scan cannot see (on Windows): a byte changed with the size and the
    modification time kept. `medsos report --recheck` re-hashes every file and catches it."""
    central, coordinator = region_without_change_times
    _change(_file(central, which), keep_times=True)
    assert coordinator.scan().checked == 0
    assert coordinator.revision(TARGET).status == "valid"  # the documented limit
    assert folder_truth(central)[TARGET] == "tampered"  # medsos verify reads everything
    out = tmp_path / "laporan.xlsx"
    argv = ["report", "--central", str(central), "--month", "2026-11", "--out", str(out)]
    argv += ["--data-dir", str(tmp_path / "data"), "--json"]
    assert main(argv) == 0
    plain = json.loads(capsys.readouterr().out)
    assert (plain["posts"], plain["rechecked"]) == (3, False)
    assert main([*argv, "--recheck"]) == 0
    rechecked = json.loads(capsys.readouterr().out)
    assert (rechecked["posts"], rechecked["rechecked"]) == (2, True)
    assert rechecked["held_back"] == {"tampered": 1}
    assert rechecked["last_full_check"] is not None
    assert coordinator.revision(TARGET).status == "tampered"


def test_medsos_scan_full_rechecks_every_file(
    region_without_change_times, tmp_path: Path, capsys
) -> None:
    central, coordinator = region_without_change_times
    before = coordinator.last_full_check()
    assert before is not None  # the first scan reads every file
    _change(_file(central, "media"), keep_times=True)
    argv = ["scan", "--central", str(central), "--data-dir", str(tmp_path / "data"), "--json"]
    assert main(argv) == 0  # nothing seen: sizes and times are as they were
    assert json.loads(capsys.readouterr().out)["checked"] == 0
    assert main([*argv, "--full"]) == 1  # something to investigate: exit 1
    result = json.loads(capsys.readouterr().out)
    assert result["full"] and result["checked"] == 3
    assert (result["posts"], result["counted"], result["held_back"]) == (3, 2, {"tampered": 1})
    assert coordinator.last_full_check() >= before
    assert main([*argv[:-1], "--lang", "en"]) == 1
    text = capsys.readouterr().out
    assert "Posts whose newest revision is not valid: 1 damaged." in text
    assert "Every file was last re-checked on" in text


def test_a_replaced_file_is_caught_by_the_next_scan(region) -> None:
    """A file replaced whole (written beside it, then renamed over it) with its times kept."""
    central, coordinator = region
    path = _file(central, "post.json")
    before = path.stat()
    replacement = path.with_name(".post.json.tmp")
    replacement.write_bytes(path.read_bytes().replace(b"Penimbangan", b"Penimbangun"))
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, path)
    assert coordinator.scan().checked == 1
    assert coordinator.revision(TARGET).status == "tampered"


def test_a_big_folder_compares_its_files_in_turns(tmp_path: Path) -> None:
    """An incremental scan compares the files of a bounded share of the valid revisions
    (20,000 by default, so 100,000 stay under a second): with room for one a scan, each of
    three revisions has its turn within three scans, and a byte changed in place is caught
    at its revision's turn, never missed."""
    from medsos_desktop.sync.walk import fingerprint_share

    central, signers = make_central(tmp_path, {DINKES: [PC_DINKES]})
    for number in range(1, 4):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    age(central)
    with service(central, tmp_path / "data", fingerprints_per_scan=1) as coordinator:
        coordinator.scan()  # the first scan checks everything: the next one is round 1
        paths = sorted(coordinator.folder_statuses())
        turns = {path: fingerprint_share(path, 3) for path in paths}
        assert len(paths) == 3
        _change(_file(central, "media"), keep_times=False)
        caught_at = None
        for round_ in range(1, 4):
            summary = coordinator.scan()
            if coordinator.revision(TARGET).status == "tampered":
                caught_at = round_
                assert summary.checked == 1
                break
            assert summary.checked == 0
        assert caught_at is not None and caught_at % 3 == turns[TARGET]
        assert coordinator.folder_statuses() == folder_truth(central)
