"""`medsos sync` killed with SIGKILL at random moments, then run again until it finishes:
every approved post arrives exactly once, the folder verifies, every post ends as sent.

The outbox marks arrivals in batches (one commit per revision would cost more than the
revision's files), so a kill can lose marks: the next run must find those revisions
already present instead of publishing them twice or failing on them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medsos_desktop.domain.posts import Status
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.sync.central import verify_central

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

PASSPHRASE_ENV = "MEDSOS_TEST_PASSPHRASE"


def _revisions(central: Path) -> int:
    return sum(1 for _ in central.glob("agencies/*/posts/*/r*"))


def _run_sync(data: Path, central: Path, kill_after_arrivals: int | None) -> int | None:
    """Run `medsos sync`; with `kill_after_arrivals`, SIGKILL it as soon as that many more
    revisions have arrived in the folder (so the kill lands in the middle of the work,
    whatever the speed of the machine)."""
    env = {**os.environ, PASSPHRASE_ENV: "kunci-uji-coba-2026", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "medsos_desktop.cli",
            "sync",
            "--data-dir",
            str(data),
            "--central",
            str(central),
            "--passphrase-env",
            PASSPHRASE_ENV,
            "--json",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if kill_after_arrivals is None:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err.decode()
        return json.loads(out)["published"]
    start = _revisions(central)
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if _revisions(central) >= start + kill_after_arrivals:
            # A little later, so the kill also lands inside the next revision's writes.
            time.sleep(random.uniform(0, 0.01))
            break
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    return None


def _kill_rounds(tmp_path: Path, posts: int, kills: int, seed: int) -> None:
    from sync_bench import _store_approved

    data, central = tmp_path / "data", tmp_path / "pusat"
    central.mkdir()
    _store_approved(data, posts, 20_000, seed)
    # The child needs a key: no password store here, so a passphrase-protected key file.
    rng = random.Random(seed)
    killed_midway = 0
    for _ in range(kills):
        before = _revisions(central)
        left = posts - before
        if left < 4:
            break
        _run_sync(data, central, kill_after_arrivals=rng.randint(1, left // 2))
        after = _revisions(central)
        killed_midway += before < after < posts
        report = verify_central(central)
        # Whatever the moment of the kill: nothing partial is ever accepted.
        assert all(r.status in ("valid",) for r in report.revisions), report.problems
    assert killed_midway, "no kill landed in the middle of a sync: the test proves nothing"
    _run_sync(data, central, kill_after_arrivals=None)

    report = verify_central(central)
    assert report.revisions_valid
    uuids = [r.post_uuid for r in report.revisions]
    assert len(uuids) == len(set(uuids)) == posts  # a real agency: the sample never goes
    workspace = open_workspace(AppPaths(data))
    try:
        statuses = {row.status for row in PostService(workspace.db).list_rows()}
        with workspace.db.engine.connect() as conn:
            states = dict(
                conn.exec_driver_sql("SELECT state, count(*) FROM sync_outbox GROUP BY state").all()
            )
    finally:
        workspace.close()
    assert Status.APPROVED.value not in statuses  # every approved post is now sent
    assert states == {"published": posts}


@pytest.mark.slow
def test_sync_killed_and_restarted_sends_everything_once(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, posts=120, kills=4, seed=7)


@pytest.mark.slow
def test_sync_killed_many_times_sends_everything_once(tmp_path: Path) -> None:
    _kill_rounds(tmp_path, posts=600, kills=20, seed=11)
