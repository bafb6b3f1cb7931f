"""Choosing another language offers "Restart now", which closes the app cleanly and
starts the same command again in the new language (issue 11, item 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.app import restart_command

CHILD = Path(__file__).with_name("restart_child.py")


def test_restart_command_repeats_the_command_line_without_the_language() -> None:
    started = ["python3", "-m", "medsos_desktop", "--lang", "id", "--data-dir", "/d"]
    assert restart_command(started, frozen=False) == [
        sys.executable,
        "-m",
        "medsos_desktop",
        "--data-dir",
        "/d",
    ]
    script = ["/venv/bin/python", "/venv/bin/medsos-desktop", "--lang=en", "--coordinator", "/c"]
    assert restart_command(script, frozen=False) == [
        sys.executable,
        "/venv/bin/medsos-desktop",
        "--coordinator",
        "/c",
    ]


# Two whole app processes, one after the other: `slow` (scripts/dev.sh test runs it); the
# command it restarts with is checked above in the default tier.
@pytest.mark.slow
def test_restart_now_starts_the_app_again_in_the_chosen_language(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    arguments = ["--data-dir", str(tmp_path / "data"), "--lang", "id"]
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "marker"), *arguments],
        capture_output=True,
        text=True,
        timeout=180,  # both runs: the restarted one shares this one's output
        env=env,
    )
    out = result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "menus before: &Posting" in out, out + result.stderr
    assert "clicking: Mulai ulang sekarang" in out, out
    assert "first run exit 0" in out, out + result.stderr
    # The second process found the folder free (no "already open" error) and is English.
    assert "menus after: &Post," in out, out + result.stderr
    assert "second run exit 0" in out, out + result.stderr
