"""The monthly report and the coordinator count a post by its newest valid revision: a newer
revision that is empty, still arriving or tampered never makes a post vanish; every such
post is listed by reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from coordinator_support import (
    DINKES,
    DISDIK,
    PC_DINKES,
    PC_DISDIK,
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
from medsos_desktop.services.region_report import coordinator_report, posts_from_coordinator

NOVEMBER = date(2026, 11, 1)


def _tr(_context: str, text: str) -> str:
    return text


@pytest.fixture
def region(tmp_path: Path):
    """Four posts of the Dinkes and one of the Disdik planned in November, all valid."""
    central, signers = make_central(tmp_path)
    for number in range(1, 5):
        publish(central, signers[PC_DINKES], DINKES, number, sequence=number)
    publish(central, signers[PC_DISDIK], DISDIK, 9, sequence=1)
    age(central)
    coordinator = service(central, tmp_path / "data")
    coordinator.scan()
    trust_all(coordinator)
    yield central, signers, coordinator
    coordinator.close()


def _figures(coordinator) -> dict[str, object]:
    report, _data = coordinator_report(
        coordinator, NOVEMBER, region=REGION, agency=None, agency_name=None, translate=_tr
    )
    return {f.label: (f.value, f.note) for f in report.summary}


def _post_dir(central: Path, agency: str, number: int) -> Path:
    return central / "agencies" / agency / "posts" / post_uuid(number)


def _break_newer_revisions(central: Path, signers: dict) -> None:
    """Post 1: an empty r9 (a sync program made the folder first). Post 2: r2 whose
    manifest has not arrived. Post 3: r2 with a byte of post.json changed. Post 5: a new
    post whose only revision is still arriving."""
    (_post_dir(central, DINKES, 1) / "r9" / "media").mkdir(parents=True)
    second = publish(central, signers[PC_DINKES], DINKES, 2, 2, sequence=5)
    (second / "manifest.json").unlink()
    third = publish(central, signers[PC_DINKES], DINKES, 3, 2, sequence=6)
    post = third / "post.json"
    post.write_bytes(post.read_bytes().replace(b"Penimbangan", b"Penimbangun"))
    new = publish(central, signers[PC_DINKES], DINKES, 5, 1, sequence=7)
    (new / "manifest.sig").unlink()


def test_every_post_counts_while_all_is_valid(region) -> None:
    _central, _signers, coordinator = region
    figures = _figures(coordinator)
    assert figures["Verified posts"][0] == 5
    assert figures["Posts not counted (no valid revision)"][0] == 0
    assert figures["Posts counted by an older revision"][0] == 0
    assert coordinator.post_counts().held_back == {}


def test_a_newer_revision_not_valid_never_drops_a_post(region) -> None:
    central, signers, coordinator = region
    _break_newer_revisions(central, signers)
    coordinator.scan()
    truth = folder_truth(central)
    assert coordinator.folder_statuses() == truth
    # Counted by their newest valid revision: none of the five vanishes ...
    figures = _figures(coordinator)
    assert figures["Verified posts"][0] == 5
    # ... and the reports says which ones have a newer revision that is not valid, and why.
    assert figures["Posts counted by an older revision"] == (
        3,
        "A newer revision is not valid: 2 still arriving, 1 damaged",
    )
    # The new post cannot be placed in a month yet: listed (in every month), not counted.
    assert figures["Posts not counted (no valid revision)"] == (1, "1 still arriving")
    posts, not_counted = posts_from_coordinator(coordinator, NOVEMBER, None)
    assert (len(posts), not_counted) == (5, 1)
    counts = coordinator.post_counts()
    assert (counts.posts, counts.counted, counts.not_counted) == (6, 5, 1)
    assert counts.held_back == {"pending": 3, "tampered": 1}
    held = {(h.post_uuid, h.counted_revision, h.status) for h in coordinator.held_back()}
    assert held == {
        (post_uuid(1), 1, "pending"),
        (post_uuid(2), 1, "pending"),
        (post_uuid(3), 1, "tampered"),
        (post_uuid(5), None, "pending"),
    }
    # One agency's report lists only its own.
    _report, data = coordinator_report(
        coordinator, NOVEMBER, region=REGION, agency=DISDIK, agency_name="Disdik", translate=_tr
    )
    assert (len(data.posts), data.held_back) == (1, [])


def test_calendar_keeps_a_post_whose_newer_revision_is_not_valid(region) -> None:
    central, signers, coordinator = region
    _break_newer_revisions(central, signers)
    coordinator.scan()
    november = coordinator.calendar("2026-11")
    shown = {item.path.split("/")[3]: item for day in november.values() for item in day}
    assert set(shown) == {post_uuid(n) for n in (1, 2, 3, 4, 9)}
    assert shown[post_uuid(1)].path.endswith("/r1") and shown[post_uuid(1)].status == "valid"


def test_a_month_lists_posts_planned_in_it_only(region) -> None:
    central, signers, coordinator = region
    publish(central, signers[PC_DISDIK], DISDIK, 10, sequence=2, planned="2026-12-03T08:00:00")
    age(central)
    coordinator.scan()
    trust_all(coordinator)
    assert _figures(coordinator)["Verified posts"][0] == 5
    second = publish(central, signers[PC_DISDIK], DISDIK, 10, 2, sequence=3)
    (second / "manifest.json").unlink()
    coordinator.scan()
    figures = _figures(coordinator)
    assert figures["Posts counted by an older revision"][0] == 0  # a December post
    december, _ = coordinator_report(
        coordinator,
        date(2026, 12, 1),
        region=REGION,
        agency=None,
        agency_name=None,
        translate=_tr,
    )
    held = {f.label: f.value for f in december.summary}
    assert held["Verified posts"] == 1 and held["Posts counted by an older revision"] == 1


def test_medsos_report_says_the_same(region, tmp_path: Path, capsys) -> None:
    central, signers, _coordinator = region
    _break_newer_revisions(central, signers)
    out = tmp_path / "laporan.xlsx"
    argv = ["report", "--central", str(central), "--month", "2026-11", "--out", str(out)]
    assert main([*argv, "--data-dir", str(tmp_path / "data"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["posts"] == 5 and result["not_counted"] == 1
    assert result["counted_by_older"] == 3
    assert result["held_back"] == {"pending": 3, "tampered": 1}
    assert main([*argv, "--data-dir", str(tmp_path / "data"), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Posts counted by an older revision (a newer one is not valid): 3" in text
    assert "2 still arriving, 1 damaged" in text
    assert main([*argv, "--data-dir", str(tmp_path / "data"), "--lang", "id"]) == 0
    assert "2 posting belum lengkap tiba, 1 rusak" in capsys.readouterr().out
