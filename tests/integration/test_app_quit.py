"""The real app process: quitting after its dialogs ran background work, and coordinator
mode on its own, end with exit code 0, no traceback, the database closed and the
single-instance lock released (issue 11, item 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.workspace import acquire_lock
from medsos_desktop.sync.central import init_central

CHILD = Path(__file__).with_name("app_child.py")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(CHILD), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _assert_quit_cleanly(result: subprocess.CompletedProcess[str], data_dir: Path) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "already deleted" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    held = [line for line in result.stdout.splitlines() if line.startswith("still open:")]
    assert held, result.stdout
    still_open = {name.strip() for name in held[0].removeprefix("still open:").split(",")}
    # Closed by workspace.close() before main() returned, not by the end of the process.
    assert not {".medsos.lock", "medsos.sqlite3", "medsos.sqlite3-wal"} & still_open, held
    acquire_lock(AppPaths(data_dir)).release()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_quit_after_shared_items_and_gallery_closes_the_workspace(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = _run("dialogs", str(data_dir))
    # Every step ran: the dialogs were opened and closed before the window was.
    for step in ("open_shared", "close_shared", "open_gallery", "close_gallery"):
        assert f"done {step}" in result.stdout, result.stdout + result.stderr
    _assert_quit_cleanly(result, data_dir)


# A whole app process: the default tier keeps the quit after dialogs above; the coordinator
# option runs with the slow tier (scripts/dev.sh test).
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_coordinator_option_opens_only_the_coordinator_window(tmp_path: Path) -> None:
    data_dir, central = tmp_path / "data", tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    result = _run("coordinator", str(data_dir), str(central))
    shown = [line for line in result.stdout.splitlines() if line.startswith("windows: ")]
    assert shown, result.stdout + result.stderr
    # No agency window, no welcome dialog over it: Diskominfo's window alone.
    assert shown[0] == "windows: CoordinatorWindow:coordinator_window", shown
    _assert_quit_cleanly(result, data_dir)
