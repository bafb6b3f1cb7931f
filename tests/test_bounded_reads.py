"""Every file read from outside is checked before it is read: plain files only, within a
size limit. A FIFO is refused at once (it used to hang the reader), /dev/zero at once
(it used to read until memory ran out), a 2 GB file without reading it (it used to be
read whole, 2.1 GB at the peak, before being refused)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from medsos_desktop import fileio
from medsos_desktop.cli import main
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.fileio import (
    FileTooLarge,
    InputFileError,
    NotRegularFile,
    open_limited,
    read_input_file,
    read_limited,
)
from medsos_desktop.paths import AppPaths
from medsos_desktop.render.images import import_image_file
from medsos_desktop.services.backup import inspect_backup
from medsos_desktop.services.brand import BrandService
from medsos_desktop.services.coordinator_publish import image_media_file
from medsos_desktop.services.infographics import InfographicService
from medsos_desktop.services.metrics import MetricsService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.site_config import load_site_config
from medsos_desktop.services.workspace import Workspace, open_workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")

TWO_GB = 2 * 2**30


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe nobody writes to: opening it for reading would wait forever."""
    path = tmp_path / "foto.jpg"
    os.mkfifo(path)
    yield path
    # Should a reader be stuck in open() after all, a writer lets it go.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@pytest.fixture
def sparse_2gb(tmp_path: Path) -> Path:
    """A 2 GB file that takes no disk space: a sparse file of zeros."""
    path = tmp_path / "IMG_besar.jpg"
    with open(path, "wb") as handle:
        handle.truncate(TWO_GB)
    return path


def _returns_within(seconds: float, call: Callable[[], Any]) -> Any:
    """Run `call` on a daemon thread; fail if it has not returned (or raised) in time."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the read blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _peak_python_bytes(call: Callable[[], Any]) -> int:
    """The most memory Python allocated while `call` ran (it is expected to raise)."""
    tracemalloc.start()
    try:
        with contextlib.suppress(UserFacingError, OSError):
            call()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- the helper ---------------------------------------------------------------------------


def test_a_fifo_is_refused_at_once(fifo: Path) -> None:
    with pytest.raises(NotRegularFile):
        _returns_within(10, lambda: read_limited(fifo, 100, follow_links=True))
    with pytest.raises(NotRegularFile):
        _returns_within(10, lambda: read_limited(fifo, 100))
    with pytest.raises(NotRegularFile):
        _returns_within(10, lambda: open_limited(fifo, 100, follow_links=True))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_unread(device: str) -> None:
    with pytest.raises(InputFileError) as info:
        _returns_within(10, lambda: read_input_file(device, 1024))
    assert "not an ordinary file" in info.value.render()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as info:
        read_input_file(tmp_path, 1024)
    assert "not an ordinary file" in info.value.render()


def test_a_large_file_is_refused_before_a_byte_is_read(sparse_2gb: Path) -> None:
    with pytest.raises(InputFileError) as info:
        read_input_file(sparse_2gb, 80 * 2**20)
    assert info.value.render() == (
        "IMG_besar.jpg is 2048 MB, more than the 80 MB that can be opened here. "
        "Choose a smaller file."
    )
    assert _peak_python_bytes(lambda: read_input_file(sparse_2gb, 80 * 2**20)) < 2**20


def test_a_link_the_user_chose_is_followed_to_a_plain_file_only(tmp_path: Path, fifo: Path) -> None:
    photo = tmp_path / "asli.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    (tmp_path / "pintasan.jpg").symlink_to(photo)
    assert read_input_file(tmp_path / "pintasan.jpg", 1000) == photo.read_bytes()
    with pytest.raises(NotRegularFile):  # the central folder's reads never follow links
        read_limited(tmp_path / "pintasan.jpg", 1000)
    (tmp_path / "ke-pipa.jpg").symlink_to(fifo)
    with pytest.raises(InputFileError):
        _returns_within(10, lambda: read_input_file(tmp_path / "ke-pipa.jpg", 1000))


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tumbuh.csv"
    path.write_bytes(b"a" * 1000)
    with open_limited(path, 1000) as stream:
        with open(path, "ab") as writer:
            writer.write(b"b" * 5000)
        with pytest.raises(FileTooLarge):
            stream.read()


def test_a_stream_reads_again_from_its_start(tmp_path: Path) -> None:
    path = tmp_path / "dua-kali.csv"
    path.write_bytes(b"kolom\n" * 1000)
    with open_limited(path, 10_000) as stream:
        first = stream.read()
        stream.seek(0)
        assert stream.read() == first == path.read_bytes()


def test_sizes_in_messages() -> None:
    assert fileio.size_text(TWO_GB) == "2048 MB"
    assert fileio.size_text(300 * 1024) == "300 KB"


# --- every place that reads a file the user gives ---------------------------------------


def _readers(ws: Workspace, tmp_path: Path) -> dict[str, Callable[[Path], Any]]:
    metrics = MetricsService(ws.db)
    return {
        "photo of a post": PostService(ws.db).import_image_file,
        "photo, command line": import_image_file,
        "logo": BrandService(ws.db).import_logo_file,
        "font": BrandService(ws.db).add_font_file,
        "template package": InfographicService(ws.db).import_package_file,
        "metrics CSV columns": metrics.columns,
        "metrics CSV": lambda path: metrics.preview_import(path, path.name),
        "coordinator's asset": image_media_file,
        "backup to restore": inspect_backup,
    }


@pytest.fixture(scope="module")
def reading_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One empty data folder for every reader below: each must refuse before it writes
    anything, so they can share it (a new folder each was most of these tests' time)."""
    ws = open_workspace(AppPaths(tmp_path_factory.mktemp("readers") / "data"), seed_demo=False)
    yield ws
    ws.close()


READERS = [
    "photo of a post",
    "photo, command line",
    "logo",
    "font",
    "template package",
    "metrics CSV columns",
    "metrics CSV",
    "coordinator's asset",
    "backup to restore",
]


@pytest.mark.parametrize("reader", READERS)
def test_every_reader_refuses_a_fifo_at_once(
    reader: str, fifo: Path, reading_workspace: Workspace, tmp_path: Path
) -> None:
    read = _readers(reading_workspace, tmp_path)[reader]
    with pytest.raises(UserFacingError) as info:
        _returns_within(10, lambda: read(fifo))
    assert fifo.name in info.value.render()


@pytest.mark.parametrize("reader", READERS)
def test_every_reader_refuses_dev_zero_at_once(
    reader: str, reading_workspace: Workspace, tmp_path: Path
) -> None:
    read = _readers(reading_workspace, tmp_path)[reader]
    with pytest.raises(UserFacingError):
        _returns_within(10, lambda: read(Path("/dev/zero")))


@pytest.mark.parametrize("reader", [r for r in READERS if r != "backup to restore"])
def test_every_reader_refuses_2gb_without_reading_it(
    reader: str, sparse_2gb: Path, reading_workspace: Workspace, tmp_path: Path
) -> None:
    """A backup is allowed to be large (it is read piece by piece, never whole)."""
    read = _readers(reading_workspace, tmp_path)[reader]
    with pytest.raises(UserFacingError) as info:
        read(sparse_2gb)
    assert "2048" in info.value.render() or "2097152" in info.value.render()
    assert _peak_python_bytes(lambda: read(sparse_2gb)) < 4 * 2**20


def test_the_site_configuration_in_a_fifo_is_a_problem_not_a_hang(fifo: Path) -> None:
    config = _returns_within(10, lambda: load_site_config(fifo))
    assert config.problems and config.path == fifo


def test_the_command_line_refuses_unread(
    fifo: Path, sparse_2gb: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    for path in (fifo, Path("/dev/zero"), sparse_2gb):
        assert _returns_within(10, lambda p=path: main(["import-image", str(p), *data])) == 2
        err = capfd.readouterr().err
        assert err.startswith("medsos: ") and err.count("\n") == 1 and "Traceback" not in err
    render = ["render", "infografis-poin", "--out", str(tmp_path / "o.png"), *data]
    assert _returns_within(10, lambda: main([*render, "--set", f"photo=@{fifo}"])) == 2
    assert "bukan berkas biasa" in capfd.readouterr().err


def test_a_caption_from_an_endless_stdin_is_refused(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": zero})())
        code = main(["check-caption", "--platform", "x", "--data-dir", str(tmp_path / "d")])
    assert code == 2
    assert "1024 KB" in capfd.readouterr().err


# --- the metrics CSV: streamed, with a row limit -------------------------------------------


@pytest.mark.slow
def test_a_csv_of_more_rows_than_the_limit_is_refused_without_holding_it(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    """A UTF-16 export of 200,001 rows (the issue's was a million: 2.4 GB and 7 minutes)."""
    path = tmp_path / "statistik.csv"
    with open(path, "w", encoding="utf-16", newline="") as out:
        out.write("Permalink,Reach,Likes\r\n")
        for i in range(200_001):
            out.write(f"https://www.instagram.com/p/C{i:09d}/,{1000 + i},{i % 500}\r\n")
    service = MetricsService(empty_workspace.db)
    tracemalloc.start()
    try:
        with pytest.raises(UserFacingError) as info:
            service.preview_import(path, path.name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.render().startswith("The file has more than 200000 rows")
    assert peak < 8 * 2**20 < path.stat().st_size
    # The columns step reads only the first lines.
    assert service.columns(path).headers == ("Permalink", "Reach", "Likes")


def test_a_csv_file_previews_as_its_bytes_do(empty_workspace: Workspace) -> None:
    data_dir = Path(__file__).resolve().parent / "data" / "metrics"
    service = MetricsService(empty_workspace.db)
    for path in sorted(data_dir.glob("*.csv")):
        try:
            from_bytes = service.preview_import(path.read_bytes(), path.name)
        except UserFacingError as exc:
            with pytest.raises(type(exc)):
                service.preview_import(path, path.name)
            continue
        assert service.preview_import(path, path.name).parsed == from_bytes.parsed
        assert service.columns(path) == service.columns(path.read_bytes())
