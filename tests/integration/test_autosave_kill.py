"""Kill -9 during autosave, again and again: the database stays consistent and every
acknowledged edit is there."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from autosave_child import content_for  # noqa: E402


def _run_and_kill(data_dir: Path, post_id: int, first: int, rng: random.Random) -> int | None:
    """Start the child, let it save for a random moment, SIGKILL it; return the last ack."""
    child = subprocess.Popen(
        [sys.executable, str(HERE / "autosave_child.py"), str(data_dir), str(post_id), str(first)],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    last_ack = None
    try:
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.005, 0.25)
        while time.monotonic() < deadline:
            ready, _, _ = select.select([child.stdout], [], [], 0.01)
            if ready:
                line = child.stdout.readline().strip()
                if line.startswith("ack "):
                    last_ack = int(line.split()[1])
        os.kill(child.pid, signal.SIGKILL)
        # Lines already written before the kill are acknowledged edits too.
        for line in child.stdout:
            if line.startswith("ack "):
                last_ack = int(line.split()[1])
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    return last_ack


def _check(data_dir: Path, post_id: int, acked: int | None) -> int:
    """Integrity, then the stored edit is a whole edit no older than the last ack."""
    workspace = open_workspace(AppPaths(data_dir), seed_demo=False)
    try:
        with workspace.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        service = PostService(workspace.db)
        stored = service.load(post_id).content
        edit = int(stored.title.rsplit(" ", 1)[1])
        assert stored == content_for(edit), "a torn write: fields from different edits"
        if acked is not None:
            assert edit >= acked, f"edit {acked} was acknowledged but {edit} is stored"
        # The search index moved with the record, in the same transaction.
        assert service.search(f"suntingan{edit}") == [post_id]
        return edit
    finally:
        workspace.close()


def _kill_loop(tmp_path: Path, rounds: int, seed: int) -> None:
    data_dir = tmp_path / "data"
    workspace = open_workspace(AppPaths(data_dir), seed_demo=False)
    post_id = PostService(workspace.db).create(PostContent(title="Judul suntingan 0"))
    PostService(workspace.db).save(post_id, content_for(0))
    workspace.close()
    rng = random.Random(seed)
    next_edit, total_acks = 1, 0
    for _ in range(rounds):
        acked = _run_and_kill(data_dir, post_id, next_edit, rng)
        stored = _check(data_dir, post_id, acked)
        if acked is not None:
            total_acks += acked - next_edit + 1
        next_edit = max(stored, acked or 0) + 1
    assert total_acks > rounds, "the child hardly saved anything; the test proves nothing"


@pytest.mark.slow
def test_sigkill_during_autosave_quick(tmp_path: Path) -> None:
    _kill_loop(tmp_path, rounds=12, seed=20261122)


@pytest.mark.slow
def test_sigkill_during_autosave_many(tmp_path: Path) -> None:
    _kill_loop(tmp_path, rounds=120, seed=7)
