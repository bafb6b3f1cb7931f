"""The real app process: it starts on a fresh folder, and refuses bad ones with Indonesian
messages instead of tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.workspace import open_workspace


def _start(data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "medsos_desktop",
            "--data-dir",
            str(data_dir),
            "--benchmark-exit",
            "loaded",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_fresh_folder_starts_and_shows_posts(tmp_path: Path) -> None:
    result = _start(tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    assert "Traceback" not in result.stderr


def test_second_instance_is_refused_in_indonesian(tmp_path: Path) -> None:
    holder = open_workspace(AppPaths(tmp_path / "data"))
    try:
        result = _start(tmp_path / "data")
    finally:
        holder.close()
    assert result.returncode == 2
    assert "sudah terbuka" in result.stderr
    assert "Traceback" not in result.stderr


def test_newer_database_is_refused_in_indonesian(tmp_path: Path) -> None:
    open_workspace(AppPaths(tmp_path / "data")).close()
    database = tmp_path / "data" / "medsos.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    result = _start(tmp_path / "data")
    assert result.returncode == 2
    assert "versi Medsos Desktop yang lebih baru" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


# A process start each (1-3 s on 2 cores). In the default tier: a fresh start and the two
# refusals; the language option and the command line's self-test (whose steps
# tests/services/test_self_test.py runs in process) are `slow`, run by scripts/dev.sh test.
@pytest.mark.slow
def test_english_on_request(tmp_path: Path) -> None:
    holder = open_workspace(AppPaths(tmp_path / "data"))
    try:
        result = _start(tmp_path / "data", "--lang", "en")
    finally:
        holder.close()
    assert "already open" in result.stderr


@pytest.mark.slow
def test_cli_self_test_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "medsos_desktop.cli", "self-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout
