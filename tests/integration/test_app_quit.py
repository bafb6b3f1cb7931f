"""Quitting the real app after its dialogs ran background work: exit code 0, no traceback,
the database closed and the single-instance lock released (issue 11, item 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.workspace import acquire_lock

CHILD = Path(__file__).with_name("quit_child.py")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_quit_after_shared_items_and_gallery_closes_the_workspace(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(CHILD), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    # Every step ran: the dialogs were opened and closed before the window was.
    for step in ("shared", "close_shared", "gallery", "close_gallery"):
        assert f"done {step}" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "already deleted" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    held = [line for line in result.stdout.splitlines() if line.startswith("still open:")]
    assert held, result.stdout
    still_open = {name.strip() for name in held[0].removeprefix("still open:").split(",")}
    # Closed by workspace.close() before main() returned, not by the end of the process.
    assert not {".medsos.lock", "medsos.sqlite3", "medsos.sqlite3-wal"} & still_open, held
    acquire_lock(AppPaths(data_dir)).release()
