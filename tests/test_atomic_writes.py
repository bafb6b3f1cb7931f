"""The one atomic writer and folder fsync (`fileio`), and the writers that use it: a
failure at any point leaves the old file or the new one, never half of one, and the new
name is made durable by syncing its folder (the settings writer did not)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from medsos_desktop import fileio
from medsos_desktop.fileio import atomic_output, atomic_write, fsync_dir, write_new

REPO = Path(__file__).resolve().parents[1]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_creates_and_replaces_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    atomic_write(target, b"first")
    atomic_write(target, b"second" * 300_000)  # more than one write chunk
    assert target.read_bytes() == b"second" * 300_000
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    atomic_write(target, b"shared", mode=0o644)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _leftovers(tmp_path) == []


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "backup.zip"
    target.write_bytes(b"old backup")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"half of a new backup")
        raise RuntimeError("the source vanished")
    assert target.read_bytes() == b"old backup"
    assert _leftovers(tmp_path) == []


def test_a_write_refused_by_the_kernel_keeps_the_old_file(tmp_path: Path) -> None:
    """A real short disk: the file-size limit makes the kernel refuse the write (EFBIG),
    as a full disk refuses it with ENOSPC. Run in a child so the limit stays there."""
    target = tmp_path / "settings.json"
    target.write_bytes(b'{"language": "id"}')
    child = textwrap.dedent(
        f"""
        import errno, resource, signal, sys
        from medsos_desktop.fileio import atomic_write
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        try:
            atomic_write({str(target)!r}, b"x" * 1_000_000)
        except OSError as exc:
            sys.exit(0 if exc.errno == errno.EFBIG else 3)
        sys.exit(4)
        """
    )
    result = subprocess.run([sys.executable, "-c", child], cwd=REPO, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    assert target.read_bytes() == b'{"language": "id"}'
    assert _leftovers(tmp_path) == []


def test_write_new_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "device-key.pem"
    write_new(target, b"the first key")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_new(target, b"another key")
    assert target.read_bytes() == b"the first key"
    assert _leftovers(tmp_path) == []


def test_fsync_dir_of_a_missing_folder_is_harmless(tmp_path: Path) -> None:
    fsync_dir(tmp_path / "not-there")
    fsync_dir(tmp_path)


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """What is fsynced, by path (Linux: /proc/self/fd); every fsync still happens."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name a descriptor")
    seen: list[Path] = []
    real_fsync = os.fsync

    def recording(fd: int) -> None:
        seen.append(Path(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    monkeypatch.setattr(fileio.os, "fsync", recording)
    yield seen


def test_settings_are_saved_with_their_folder_synced(tmp_path: Path, synced: list[Path]) -> None:
    from medsos_desktop.services.settings import Settings, load_settings, save_settings

    path = tmp_path / "data" / "settings.json"
    settings = Settings()
    settings.language = "en"
    save_settings(path, settings)
    assert load_settings(path).language == "en"
    assert path.parent in synced  # the rename itself is durable now
    assert synced.index(path.parent) == len(synced) - 1  # after the file's own data
    assert _leftovers(path.parent) == []


def test_every_layer_uses_the_one_fsync_dir() -> None:
    from medsos_desktop.services.backup import restoring
    from medsos_desktop.store import backup as store_backup
    from medsos_desktop.sync import fsutil

    assert fsutil.fsync_dir is fileio.fsync_dir
    assert store_backup.fsync_dir is fileio.fsync_dir
    assert restoring.fsync_dir is fileio.fsync_dir
