"""The folder misbehaves: it vanishes, is read-only, fills up, or a rename is refused the way
Windows refuses it while an antivirus holds a file. Each gives a clean SyncError subclass and
never a partial revision; the next sync finishes the work."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_sync_support import (
    AGENCY,
    REGION,
    make_central,
    make_package,
    signer_for,
    statuses,
    trusted,
)

from medsos_desktop.sync import fsutil
from medsos_desktop.sync.central import (
    init_central,
    publish_device,
    publish_revision,
    verify_central,
)
from medsos_desktop.sync.format import CentralUnavailable, DiskFull, RenameRefused, SyncError

PC = "pc-humas-dinkes"


def _revisions(central: Path) -> list[Path]:
    posts = central / "agencies" / AGENCY / "posts"
    return sorted(posts.glob("*/r*")) if posts.exists() else []


def _staging(central: Path) -> list[Path]:
    staging = central / "agencies" / AGENCY / ".staging"
    return sorted(staging.iterdir()) if staging.exists() else []


@contextlib.contextmanager
def _tmpfs(mount_point: Path, options: str) -> Iterator[Path]:
    """A small tmpfs at `mount_point`; skips the test where mounting is not permitted."""
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def _remount(mount_point: Path, options: str) -> None:
    subprocess.run(
        ["mount", "-o", f"remount,{options}", str(mount_point)], check=True, capture_output=True
    )


# --- the folder vanishes --------------------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_vanished_folder(tmp_path: Path, how: str) -> None:
    central, signers = make_central(tmp_path)
    if how == "deleted":
        shutil.rmtree(central)
    else:
        central.rename(tmp_path / "moved-away")
    with pytest.raises(CentralUnavailable) as caught:
        publish_revision(central, make_package(1), signers[PC], sequence=1)
    assert str(central) in caught.value.render()
    with pytest.raises(CentralUnavailable):
        verify_central(central)
    with pytest.raises(CentralUnavailable):
        init_central(central, REGION)
    assert not central.exists()


def test_folder_vanishes_in_the_middle_of_a_publish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    central, signers = make_central(tmp_path)
    away = tmp_path / "away"
    real_write = fsutil.write_all_durable

    def write_then_vanish(files: list[tuple[Path, bytes]]) -> None:
        real_write(files[:1])
        central.rename(away)  # the share drops after the first media file
        real_write(files[1:])

    monkeypatch.setattr(fsutil, "write_all_durable", write_then_vanish)
    with pytest.raises(CentralUnavailable):
        publish_revision(central, make_package(1), signers[PC], sequence=1)
    monkeypatch.undo()
    away.rename(central)  # the share comes back
    assert _revisions(central) == []
    assert verify_central(central).all_valid  # the half-built staging copy is ignored
    outcome = publish_revision(central, make_package(1), signers[PC], sequence=1)
    assert outcome.state == "published"
    assert statuses(verify_central(central, trusted(signers.values()))) == {outcome.path: "valid"}


def test_a_file_instead_of_the_folder(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "central"
    not_a_folder.write_text("x")
    signer = signer_for(PC)
    with pytest.raises(CentralUnavailable):
        init_central(not_a_folder, REGION)
    with pytest.raises(CentralUnavailable):
        publish_revision(not_a_folder, make_package(1), signer, sequence=1)
    with pytest.raises(CentralUnavailable):
        verify_central(not_a_folder)


# --- read-only -------------------------------------------------------------------------------


def test_read_only_mount(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "ro,size=1m") as central:
        with pytest.raises(CentralUnavailable) as caught:
            init_central(central, REGION)
        assert "Read-only" in caught.value.render()
        assert list(central.iterdir()) == []


def test_share_turns_read_only_before_a_publish(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "share", "size=1m") as central:
        init_central(central, REGION)
        signer = signer_for(PC)
        publish_device(central, AGENCY, PC, "PC Humas", signer.public_key_bytes)
        _remount(central, "ro")
        with pytest.raises(CentralUnavailable):
            publish_device(central, AGENCY, "pc-lain", "PC", signer_for("pc-lain").public_key_bytes)
        with pytest.raises(CentralUnavailable):
            publish_revision(central, make_package(1), signer, sequence=1)
        _remount(central, "rw")
        assert _revisions(central) == [] and _staging(central) == []
        outcome = publish_revision(central, make_package(1), signer, sequence=1)
        assert verify_central(central, trusted([signer])).all_valid
        assert outcome.state == "published"


# --- full ------------------------------------------------------------------------------------


def test_full_disk(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "small", "size=2m") as central:
        init_central(central, REGION)
        signer = signer_for(PC)
        publish_device(central, AGENCY, PC, "PC Humas", signer.public_key_bytes)
        big = make_package(1, media=3, media_size=1024 * 1024)  # 3 MB on a 2 MB disk
        with pytest.raises(DiskFull) as caught:
            publish_revision(central, big, signer, sequence=1)
        assert isinstance(caught.value, SyncError)
        assert "full" in caught.value.render()
        assert _revisions(central) == []
        assert _staging(central) == []  # the space is given back
        small = make_package(2, media=1, media_size=64 * 1024)
        assert publish_revision(central, small, signer, sequence=2).state == "published"
        report = verify_central(central, trusted([signer]))
        assert report.all_valid and len(report.revisions) == 1


def _fill(path: Path, leave_pages: int) -> None:
    """Fill the disk holding `path`, then give back `leave_pages` 4 KB pages."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave_pages * 4096))
    finally:
        os.close(fd)


def test_full_disk_at_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Space runs out at each file in turn, up to the manifest: never anything partial."""
    with _tmpfs(tmp_path / "small", "size=2m") as central:
        init_central(central, REGION)
        signer = signer_for(PC)
        publish_device(central, AGENCY, PC, "PC Humas", signer.public_key_bytes)
        real_write = fsutil.write_all_durable
        failed_at: set[str] = set()

        def recording(files: list[tuple[Path, bytes]]) -> None:
            for path, data in files:  # one by one, to learn which file the space ran out at
                try:
                    real_write([(path, data)])
                except OSError:
                    failed_at.add(path.name)
                    raise

        monkeypatch.setattr(fsutil, "write_all_durable", recording)
        package = make_package(1, media=2, media_size=8192)
        filler = central / "filler"
        published = False
        for pages in range(12):
            _fill(filler, pages)
            try:
                outcome = publish_revision(central, package, signer, sequence=1)
            except DiskFull:
                assert _revisions(central) == [] and _staging(central) == []
                continue
            finally:
                filler.unlink()
            published = True
            assert outcome.state == "published"
            assert verify_central(central, trusted([signer])).all_valid
            break
        assert published
        assert {"manifest.json", "manifest.sig", "post.json"} & failed_at
        assert any(name.endswith(".jpg") for name in failed_at)


# --- rename refused (Windows, antivirus) ----------------------------------------------------


def _refuse(monkeypatch: pytest.MonkeyPatch, times: int | None) -> list[int]:
    """Make fsutil's rename raise PermissionError `times` times (None: always)."""
    real = fsutil.rename_no_replace
    calls: list[int] = []

    def refusing(src: Path, dst: Path) -> None:
        calls.append(1)
        if times is None or len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(src))
        real(src, dst)

    monkeypatch.setattr(fsutil, "rename_no_replace", refusing)
    return calls


def test_rename_refused_a_few_times_then_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    central, signers = make_central(tmp_path)
    calls = _refuse(monkeypatch, 3)
    outcome = publish_revision(central, make_package(1), signers[PC], 1, retries=5, backoff=0.001)
    assert outcome.state == "published" and outcome.rename_attempts == 4 == len(calls)
    assert _staging(central) == []
    assert verify_central(central, trusted(signers.values())).all_valid


def test_rename_refused_throughout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    central, signers = make_central(tmp_path)
    calls = _refuse(monkeypatch, None)
    with pytest.raises(RenameRefused) as caught:
        publish_revision(central, make_package(1), signers[PC], 1, retries=3, backoff=0.001)
    assert len(calls) == 4  # the first try and three retries
    assert "next sync" in caught.value.render()
    assert _revisions(central) == [] and _staging(central) == []
    monkeypatch.undo()
    # The next sync: published once, nothing duplicated.
    assert publish_revision(central, make_package(1), signers[PC], 1).state == "published"
    assert publish_revision(central, make_package(1), signers[PC], 1).state == "already_present"
    assert len(_revisions(central)) == 1
    assert verify_central(central, trusted(signers.values())).all_valid


def test_back_off_doubles_and_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse(monkeypatch, None)
    delays: list[float] = []
    (tmp_path / "a").mkdir()
    with pytest.raises(PermissionError):
        fsutil.rename_with_backoff(
            tmp_path / "a", tmp_path / "b", retries=6, backoff=0.5, max_delay=5, sleep=delays.append
        )
    assert delays == [0.5, 1.0, 2.0, 4.0, 5, 5]


def test_cifs_sharing_violation_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Linux CIFS mount reports a Windows sharing violation as EBUSY."""
    central, signers = make_central(tmp_path)
    real = fsutil.rename_no_replace
    calls: list[int] = []

    def busy(src: Path, dst: Path) -> None:
        calls.append(1)
        if len(calls) <= 2:
            raise OSError(errno.EBUSY, "Device or resource busy", str(src))
        real(src, dst)

    monkeypatch.setattr(fsutil, "rename_no_replace", busy)
    outcome = publish_revision(central, make_package(1), signers[PC], 1, backoff=0.001)
    assert outcome.state == "published" and outcome.rename_attempts == 3


def test_only_held_files_are_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def failing(src: Path, dst: Path) -> None:
        calls.append(1)
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fsutil, "rename_no_replace", failing)
    with pytest.raises(OSError):
        fsutil.rename_with_backoff(tmp_path / "a", tmp_path / "b", retries=5, backoff=0.001)
    assert len(calls) == 1


# --- the primitives ---------------------------------------------------------------------------


@pytest.mark.parametrize("native", [True, False], ids=["renameat2", "fallback"])
def test_rename_never_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, native: bool
) -> None:
    if not native:
        monkeypatch.setattr(fsutil, "_RENAMEAT2", None)
    source = tmp_path / "src"
    source.mkdir()
    (source / "f").write_text("baru")
    empty, full, file = tmp_path / "empty", tmp_path / "full", tmp_path / "file"
    empty.mkdir()
    full.mkdir()
    (full / "f").write_text("lama")
    file.write_text("lama")
    for target in (empty, full, file):
        with pytest.raises(FileExistsError):
            fsutil.rename_no_replace(source, target)
    assert (full / "f").read_text() == "lama" and list(empty.iterdir()) == []
    fsutil.rename_no_replace(source, tmp_path / "new")
    assert (tmp_path / "new" / "f").read_text() == "baru"


def test_create_no_replace_and_durable_write(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    fsutil.create_no_replace(target, b"1", tmp_path / "work", "t1")
    with pytest.raises(FileExistsError):
        fsutil.create_no_replace(target, b"2", tmp_path / "work", "t2")
    assert target.read_bytes() == b"1"
    assert list((tmp_path / "work").iterdir()) == []
    with pytest.raises(FileExistsError):
        fsutil.write_durable(target, b"3")


def test_bounded_reads(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"a" * 100)
    assert fsutil.read_limited(path, 100) == b"a" * 100
    with pytest.raises(fsutil.FileTooLarge):
        fsutil.read_limited(path, 99)
    assert fsutil.hash_file(path, 100)[0] == 100
    assert fsutil.hash_file(path, 10)[0] == 11  # stops one byte past the limit
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(fsutil.NotRegularFile):
        fsutil.read_limited(tmp_path / "fifo", 10)
    (tmp_path / "link").symlink_to(path)
    with pytest.raises(fsutil.NotRegularFile):
        fsutil.read_limited(tmp_path / "link", 100)


def test_disk_full_detection() -> None:
    assert fsutil.is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert fsutil.is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert not fsutil.is_disk_full(OSError(errno.EACCES, "Permission denied"))


def test_every_os_error_becomes_a_sync_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    central, signers = make_central(tmp_path)
    for code in (errno.EIO, errno.EACCES, errno.ESTALE, errno.ENOTCONN, errno.ENOSPC):

        def failing(files: list[tuple[Path, bytes]], code: int = code) -> None:
            raise OSError(code, os.strerror(code), str(files[0][0]))

        monkeypatch.setattr(fsutil, "write_all_durable", failing)
        package = make_package(int(uuid.uuid4().int % 1000) + 1)
        with pytest.raises(SyncError) as caught:
            publish_revision(central, package, signers[PC], sequence=1)
        expected = DiskFull if code == errno.ENOSPC else CentralUnavailable
        assert type(caught.value) is expected
        assert _revisions(central) == [] and _staging(central) == []
