"""Opening a data folder: first start, second instance, read-only, network share, full disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medsos_desktop.paths import AppPaths, resolve_data_dir
from medsos_desktop.services.fs_checks import filesystem_type, is_network_path
from medsos_desktop.services.posts import PostService, StorageError
from medsos_desktop.services.workspace import WorkspaceError, open_workspace

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
//fileserver/medsos /mnt/share cifs rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
"""


def test_first_start_creates_demo_workspace(paths: AppPaths) -> None:
    workspace = open_workspace(paths)
    try:
        rows = PostService(workspace.db).list_rows()
        assert workspace.created
        assert len(rows) >= 5
        assert {r.status for r in rows} >= {"draft", "submitted", "approved", "published"}
        assert all(r.is_demo for r in rows)
    finally:
        workspace.close()
    again = open_workspace(paths)  # no second demo
    try:
        assert len(PostService(again.db).list_rows()) == len(rows)
        assert not again.created
    finally:
        again.close()


def test_data_dir_resolution_order(tmp_path: Path) -> None:
    env = {"MEDSOS_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert "MedsosDesktop" in str(resolve_data_dir(None, {}))


def test_second_instance_is_refused_with_a_message(paths: AppPaths) -> None:
    first = open_workspace(paths)
    try:
        with pytest.raises(WorkspaceError) as info:
            open_workspace(paths)
        assert "already open" in info.value.render()
    finally:
        first.close()
    open_workspace(paths).close()  # released on close


def test_lock_is_released_when_the_holder_is_killed(paths: AppPaths) -> None:
    code = (
        "import sys, time; from medsos_desktop.paths import AppPaths; "
        "from medsos_desktop.services.workspace import open_workspace; "
        f"w = open_workspace(AppPaths(__import__('pathlib').Path({str(paths.data_dir)!r}))); "
        "print('open', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceError):
            open_workspace(paths)
    finally:
        child.kill()
        child.wait()
    open_workspace(paths).close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WorkspaceError) as info:
            open_workspace(AppPaths(folder))
        assert "read-only" in info.value.render()
    finally:
        folder.chmod(0o700)


def test_read_only_folder_is_explained_even_for_root(tmp_path: Path) -> None:
    """A read-only bind mount refuses root too; without mount rights, a file in the way."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WorkspaceError) as info:
        open_workspace(AppPaths(blocker / "data"))
    assert str(blocker / "data") in info.value.render()


def test_network_share_detection() -> None:
    assert is_network_path(Path(r"\\server\medsos\data"), mounts_text=MOUNTS)
    assert is_network_path(Path("/mnt/share/agency"), mounts_text=MOUNTS)
    assert is_network_path(Path("/mnt/nfs/x"), mounts_text=MOUNTS)
    assert not is_network_path(Path("/mnt/share/local/db"), mounts_text=MOUNTS)
    assert not is_network_path(Path("/home/admin"), mounts_text=MOUNTS)
    assert filesystem_type(Path("/mnt/share"), MOUNTS) == "cifs"


def test_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medsos_desktop.services import data_folder

    monkeypatch.setattr(data_folder, "is_network_path", lambda _p: True)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(AppPaths(tmp_path / "share"))
    assert "network share" in info.value.render()
    assert not (tmp_path / "share").exists()


def test_full_disk_keeps_stored_data_and_says_so(paths: AppPaths) -> None:
    """SQLITE_FULL, produced for real by capping the file's page count."""
    workspace = open_workspace(paths, seed_demo=False)
    service = PostService(workspace.db)
    from medsos_desktop.domain.posts import PostContent

    post_id = service.create(PostContent(title="Sebelum penuh", base_caption="isi awal"))
    with workspace.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    workspace.close()

    capped = open_workspace(paths, seed_demo=False, max_page_count=pages + 1)
    try:
        service = PostService(capped.db)
        huge = PostContent(title="Sesudah penuh", base_caption="kata " * 400_000)
        with pytest.raises(StorageError) as info:
            service.save(post_id, huge)
        assert "full" in info.value.render()
        snapshot = service.load(post_id)
        assert snapshot.content.title == "Sebelum penuh"
        assert snapshot.content.base_caption == "isi awal"
        with capped.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        capped.close()


@pytest.fixture
def tmpfs(tmp_path: Path):
    """Mount small tmpfs folders (root only); skip where this machine cannot."""
    mounted: list[Path] = []

    def mount(name: str, options: str) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True
        )
        if result.returncode != 0:
            pytest.skip("cannot mount tmpfs here (needs root)")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_read_only_mount_is_explained(tmpfs) -> None:
    folder = tmpfs("ro", "ro,size=1m")
    with pytest.raises(WorkspaceError) as info:
        open_workspace(AppPaths(folder / "data"))
    assert str(folder / "data") in info.value.render()


def test_really_full_disk_at_start_and_while_saving(tmpfs) -> None:
    """A 2 MB tmpfs: the demo fits; a huge draft does not, and nothing stored breaks."""
    from medsos_desktop.domain.posts import PostContent

    folder = tmpfs("small", "size=2m")
    workspace = open_workspace(AppPaths(folder / "data"))
    try:
        service = PostService(workspace.db)
        post_id = service.list_rows()[0].id
        before = service.load(post_id).content
        with pytest.raises(StorageError) as info:
            service.save(post_id, PostContent(title="x", base_caption="kata " * 600_000))
        assert "full" in info.value.render()
        assert service.load(post_id).content == before
        with workspace.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        workspace.close()
    # Fill the rest of the disk: opening again must say "full", not crash.
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    with pytest.raises((WorkspaceError, StorageError)) as info2:
        open_workspace(AppPaths(folder / "data2"))
    assert "full" in info2.value.render()
