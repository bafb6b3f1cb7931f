"""The order of a start: the post list is filled before the database layer is loaded,
so that the worker opening the data folder does not take the interpreter from the GUI
thread while it fills the list (a new process: this one has long loaded SQLAlchemy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace

REPO_ROOT = Path(__file__).resolve().parents[2]

# The app as `medsos-desktop --benchmark-exit loaded` starts it, telling what was loaded
# when the list was filled and how many rows it showed.
PROBE = """\
import sys
from medsos_desktop import app
from medsos_desktop.ui.main_window import MainWindow

filled = MainWindow._list_filled

def probe(self):
    if not self._filled:
        print("filled", self.model.rowCount(), "sqlalchemy" in sys.modules, flush=True)
    filled(self)

MainWindow._list_filled = probe
raise SystemExit(app.main(["--data-dir", sys.argv[1], "--benchmark-exit", "loaded"]))
"""


def test_the_list_is_filled_before_sqlalchemy_is_imported(paths: AppPaths) -> None:
    workspace = open_workspace(paths, seed_demo=False)
    try:
        posts = PostService(workspace.db)
        for number in range(25):
            posts.create(PostContent(title=f"Posting {number}"))
        expected = len(posts.list_rows())
    finally:
        workspace.close()
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MEDSOS_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(paths.data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert f"filled {expected} False" in lines, done.stdout
    assert any(line.startswith("ready ") for line in lines)
