"""The post list read directly from the file, before the database layer is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from medsos_desktop.domain.posts import PostContent, PostRow
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.queries.post_list import read_rows_directly

REPO_ROOT = Path(__file__).resolve().parents[2]


def _by_id(rows: list[PostRow]) -> dict[int, PostRow]:
    return {row.id: row for row in rows}


def test_direct_read_gives_the_rows_the_service_lists(workspace: Workspace) -> None:
    posts = PostService(workspace.db)
    trashed = posts.create(PostContent(title="Ke tempat sampah"))
    posts.create(PostContent(title="Jadwal posyandu Kelurahan Cihapit"))
    posts.delete(trashed)

    direct = read_rows_directly(workspace.paths.database)

    assert direct is not None
    assert _by_id(direct) == _by_id(posts.list_rows())
    assert trashed not in _by_id(direct)
    assert "Jadwal posyandu Kelurahan Cihapit" in {row.title for row in direct}


def test_nothing_to_read_gives_none(tmp_path: Path) -> None:
    assert read_rows_directly(tmp_path / "missing.sqlite3") is None
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert read_rows_directly(empty) is None
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"not a database at all, but a text file " * 200)
    assert read_rows_directly(foreign) is None
    assert not (tmp_path / "missing.sqlite3").exists()  # a read never creates the file


def test_direct_read_loads_no_sqlalchemy(workspace: Workspace) -> None:
    """The point of it: the list is filled while SQLAlchemy is still being imported."""
    count = len(PostService(workspace.db).list_rows())
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from medsos_desktop.store.queries.post_list import read_rows_directly\n"
        f"rows = read_rows_directly(Path({str(workspace.paths.database)!r}))\n"
        "print(len(rows), sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    ).stdout
    assert out.split(maxsplit=1) == [str(count), "[]\n"]


def test_open_workspace_hands_the_list_over(paths: AppPaths) -> None:
    first = open_workspace(paths)  # a new folder: nothing to hand over
    try:
        expected = _by_id(PostService(first.db).list_rows())
    finally:
        first.close()
    seen: list[list[PostRow]] = []
    again = open_workspace(paths, early_rows=seen.append)
    try:
        assert len(seen) == 1
        assert _by_id(seen[0]) == expected
    finally:
        again.close()


def test_a_new_folder_hands_nothing_over(paths: AppPaths) -> None:
    seen: list[list[PostRow]] = []
    workspace = open_workspace(paths, early_rows=seen.append)
    try:
        assert seen == []
        assert PostService(workspace.db).list_rows()  # the sample posts, listed as before
    finally:
        workspace.close()


def test_the_rows_arrive_before_sqlalchemy_is_imported(paths: AppPaths) -> None:
    """What the window counts on: locking, recovering and reading the folder loads no
    SQLAlchemy, so the list shows while the database layer is still being imported."""
    open_workspace(paths).close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from medsos_desktop.paths import AppPaths\n"
        "from medsos_desktop.services.workspace import open_workspace\n"
        "def early(rows):\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith('sqlalchemy'))\n"
        "    print(len(rows), loaded)\n"
        f"open_workspace(AppPaths(Path({str(paths.data_dir)!r})), early_rows=early).close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    ).stdout
    count, loaded = out.split(maxsplit=1)
    assert int(count) > 0
    assert loaded == "[]\n"


def test_a_newer_schema_is_not_read_early(workspace: Workspace) -> None:
    """A database a newer version wrote is refused by the regular open, in Indonesian:
    nothing of it may be shown before that."""
    import sqlite3

    PostService(workspace.db).create(PostContent(title="Dari versi yang lebih baru"))
    database = workspace.paths.database
    workspace.close()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()

    assert read_rows_directly(database) is None
