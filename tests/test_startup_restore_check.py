"""Opening a data folder checks for a killed restore cheaply: the backup package is
loaded only when something a restore or an export leaves behind is there."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medsos_desktop.paths import AppPaths
from medsos_desktop.services import workspace as workspace_module
from medsos_desktop.services.backup import model
from medsos_desktop.services.workspace import open_workspace

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_the_traces_are_the_backup_packages_names() -> None:
    journal_tmp = f".{model.RESTORE_JOURNAL}.1234.tmp"
    for name in (model.RESTORE_JOURNAL, journal_tmp, model.STAGING_PREFIX + "x"):
        assert name.startswith(workspace_module._RESTORE_TRACES)
    assert (model.EXPORT_WORK_PREFIX + "x").startswith(workspace_module._RESTORE_TRACES)
    assert workspace_module._ASIDE_TRACE == model.ASIDE_PREFIX


def _opens_without_backup_package(data_dir: Path) -> str:
    """Open the folder in a new interpreter; what it says about the backup package."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from medsos_desktop.paths import AppPaths\n"
        "from medsos_desktop.services.workspace import open_workspace\n"
        f"workspace = open_workspace(AppPaths(Path({str(data_dir)!r})), seed_demo=False)\n"
        "workspace.close()\n"
        "print('loaded' if 'medsos_desktop.services.backup' in sys.modules else 'not loaded')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


def test_a_clean_folder_does_not_load_the_backup_package(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_workspace(AppPaths(data), seed_demo=False).close()  # created, today's backup made
    assert _opens_without_backup_package(data) == "not loaded"


@pytest.mark.parametrize(
    "leftover",
    [model.STAGING_PREFIX + "abc", f".{model.RESTORE_JOURNAL}.99.tmp", "backups/aside"],
)
def test_leftovers_of_a_killed_restore_are_still_removed(tmp_path: Path, leftover: str) -> None:
    data = tmp_path / "data"
    paths = AppPaths(data)
    open_workspace(paths, seed_demo=False).close()
    if leftover == "backups/aside":
        target = paths.backups_dir / (model.ASIDE_PREFIX + "20260101-000000")
        target.mkdir(parents=True)  # empty: a restore killed before its journal
    elif leftover.endswith(".tmp"):
        target = data / leftover
        target.write_text("{", encoding="utf-8")  # a half-written journal
    else:
        target = data / leftover
        target.mkdir()
        (target / model.DATABASE).write_bytes(b"staged")
    assert workspace_module._restore_traces(paths)
    open_workspace(paths, seed_demo=False).close()
    assert not target.exists()
    assert not workspace_module._restore_traces(paths)


def test_a_stale_export_folder_is_removed_and_a_fresh_one_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = AppPaths(data)
    open_workspace(paths, seed_demo=False).close()
    stale, fresh = (
        data / (model.EXPORT_WORK_PREFIX + "old"),
        data / (model.EXPORT_WORK_PREFIX + "new"),
    )
    stale.mkdir()
    fresh.mkdir()
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(stale, (week_ago, week_ago))
    open_workspace(paths, seed_demo=False).close()
    assert not stale.exists()
    assert fresh.exists()  # an export may still be writing there


def test_no_traces_in_a_missing_folder(tmp_path: Path) -> None:
    assert not workspace_module._restore_traces(AppPaths(tmp_path / "nowhere"))
