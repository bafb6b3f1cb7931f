"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

# ruff: noqa: E402 (the bytecode setting below must come before the app's modules load)

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# With PYTHONDONTWRITEBYTECODE set (some shells and containers set it), every xdist worker
# would compile the app and rewrite the asserts of all ~170 test files again at each run:
# about 5 s of each worker's start. The suite keeps them in __pycache__ (ignored by git) as a
# plain Python run does; child processes the tests start read them too.
sys.dont_write_bytecode = False

from collections.abc import Iterator
from pathlib import Path

import pytest

from medsos_desktop.paths import DATA_DIR_ENV, AppPaths
from medsos_desktop.services.workspace import Workspace, open_workspace


def _temporary_folders_in_memory() -> None:
    """Every test's data folder under /dev/shm (a RAM file system) where Linux has one:
    the app fsyncs each file and folder it writes, and on a disk those waits were about
    half of the default tier's time on a busy machine (the sync, backup and coordinator
    tests most). The file system calls are the same; a folder given with --basetemp,
    PYTEST_DEBUG_TEMPROOT or TMPDIR is kept."""
    if "PYTEST_DEBUG_TEMPROOT" in os.environ or "TMPDIR" in os.environ:
        return
    memory = "/dev/shm"
    if not sys.platform.startswith("linux") or not os.path.isdir(memory):
        return
    try:
        fs = os.statvfs(memory)
    except OSError:
        return
    free = fs.f_bavail * fs.f_frsize
    if fs.f_flag & (os.ST_RDONLY | os.ST_NOEXEC) or free < 2 << 30:
        return  # tests run programs they write; photos and backups need room
    if os.access(memory, os.W_OK | os.X_OK):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = memory


_temporary_folders_in_memory()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """How many workers the `-n auto` of pyproject's addopts starts: every core for the
    whole suite or a folder, none (this process) when files or tests are named one by one,
    where starting a worker (about 3 s) costs more than most files take. An `-n` on the
    command line, or PYTEST_XDIST_AUTO_NUM_WORKERS, keeps pytest-xdist's own choice."""
    given = config.invocation_params.args
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS") or any(
        arg.startswith(("-n", "--numprocesses")) for arg in given
    ):
        return None
    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        return None  # the testpaths: the whole suite
    here = config.invocation_params.dir
    named = [here / arg.split("::")[0] for arg in config.args]
    return 0 if named and all(path.is_file() for path in named) else None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may reach the real user's folders."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


@pytest.fixture(autouse=True)
def _keys_locked_after_each_test() -> Iterator[None]:
    """A key file unlocked in one test is not unlocked in the next (as with a new run of
    the app): the process-wide memory of unlocked keys is forgotten."""
    yield
    from medsos_desktop.services.identity import IdentityService

    IdentityService.forget_unlocked()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    ws = open_workspace(paths)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(paths: AppPaths) -> Iterator[Workspace]:
    ws = open_workspace(paths, seed_demo=False)
    yield ws
    ws.close()


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    """A password store in memory, set as keyring's backend for the test."""
    import keyring

    previous = keyring.get_keyring()
    cls = _memory_keyring_class()
    cls.active = True  # type: ignore[attr-defined]
    store = cls()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)
    cls.active = False  # type: ignore[attr-defined]


_MEMORY_KEYRING: type | None = None


def _memory_keyring_class() -> type:
    """Defined once: keyring registers every backend class it sees, and would otherwise
    pick this one as the default for later tests. Outside the fixture its priority is
    negative, which keeps it out of that choice."""
    global _MEMORY_KEYRING
    if _MEMORY_KEYRING is None:
        from keyring.backend import KeyringBackend
        from keyring.compat import properties

        class MemoryKeyring(KeyringBackend):
            active = False

            @properties.classproperty
            def priority(cls) -> float:
                return 1 if cls.active else -1

            def __init__(self) -> None:
                super().__init__()
                self.secrets: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.secrets.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.secrets[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.secrets.pop((service, username), None)

        _MEMORY_KEYRING = MemoryKeyring
    return _MEMORY_KEYRING
