"""Ten agencies with two PCs each publish to one folder at the same moment: nothing is
overwritten, nothing is lost, and two PCs racing for the same revision get one winner."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path
from typing import Any

import pytest
from test_sync_support import AGENCIES, REGION, make_package, signer_for, trusted

from medsos_desktop.sync.central import (
    init_central,
    publish_device,
    publish_revision,
    read_revision,
    verify_central,
)
from medsos_desktop.sync.format import SyncError

POSTS_PER_DEVICE = 6
SHARED_SAME = 900  # both PCs of an agency publish identical content for this post
SHARED_DIFFERENT = 901  # ... and different content for this one


def _device_id(agency: str, index: int) -> str:
    return f"pc-{index}-{agency}"[:64].rstrip("-")


def _expected_title(agency: str, number: int, device: int) -> str | None:
    if number == SHARED_DIFFERENT:
        return f"Versi PC {device}"
    return None


def _worker(central: str, agency: str, index: int, barrier: Any, results: Any) -> None:
    """One PC: set up, register, wait for everyone, then publish as fast as it can."""
    sys.path.insert(0, str(Path(__file__).parent))
    folder = Path(central)
    device_id = _device_id(agency, index)
    signer = signer_for(device_id)
    barrier.wait()
    init_central(folder, REGION)  # every PC races to set the folder up
    publish_device(folder, agency, device_id, f"PC {index}", signer.public_key_bytes)
    barrier.wait()
    outcomes = []
    numbers = [index * 100 + n for n in range(1, POSTS_PER_DEVICE + 1)]
    plan = [(SHARED_SAME, 1), (SHARED_DIFFERENT, 1)]
    plan += [(n, r) for n in numbers for r in (1, 2)]
    for sequence, (number, revision) in enumerate(plan, start=1):
        package = make_package(
            number, revision, agency=agency, title=_expected_title(agency, number, index)
        )
        try:
            outcome = publish_revision(folder, package, signer, sequence)
            outcomes.append((number, revision, outcome.state))
        except SyncError as exc:
            outcomes.append((number, revision, type(exc).__name__))
    results.put((agency, index, outcomes))


@pytest.mark.slow
def test_ten_agencies_with_two_pcs_each_publish_at_once(tmp_path: Path) -> None:
    more = tuple(f"kelurahan-sukamaju-{n}" for n in range(1, 7))
    _publish_at_once(tmp_path, AGENCIES + more)


def _publish_at_once(tmp_path: Path, agencies: tuple[str, ...]) -> None:
    central = tmp_path / "central"
    central.mkdir()
    context = multiprocessing.get_context("spawn")
    workers = [(agency, index) for agency in agencies for index in (1, 2)]
    barrier = context.Barrier(len(workers))
    results = context.Queue()
    processes = [
        context.Process(target=_worker, args=(str(central), agency, index, barrier, results))
        for agency, index in workers
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    by_worker = {(agency, index): outcomes for agency, index, outcomes in collected}
    for agency in agencies:
        first, second = by_worker[(agency, 1)], by_worker[(agency, 2)]
        same = sorted(o[2] for o in (first[0], second[0]))
        different = sorted(o[2] for o in (first[1], second[1]))
        assert same == ["already_present", "published"], agency
        assert different == ["RevisionConflict", "published"], agency
        for outcomes in (first, second):
            assert all(state == "published" for _, _, state in outcomes[2:])

    pinned = trusted(signer_for(_device_id(a, i)) for a, i in workers)
    report = verify_central(central, pinned)
    assert report.all_valid, [e.render() for e in report.problems]
    per_agency = 2 * POSTS_PER_DEVICE * 2 + 2
    assert len(report.revisions) == len(agencies) * per_agency
    assert {d.device_id for d in report.devices} == set(pinned)
    # Every revision holds exactly what its winner published: nothing overwritten or mixed.
    for entry in report.revisions:
        manifest, post = read_revision(central / entry.path, entry.manifest_sha256)
        number = int(manifest.post_uuid.replace("-", ""), 16)
        device = int(manifest.device_id.split("-")[1])
        expected = make_package(
            number,
            manifest.revision,
            agency=manifest.agency,
            title=_expected_title(manifest.agency, number, device),
        )
        assert post == dict(expected.post)
        assert {f.sha256 for f in manifest.files if f.path != "post.json"} == {
            m.sha256 for m in expected.media
        }
    assert [p for a in agencies for p in (central / "agencies" / a / ".staging").iterdir()] == []
