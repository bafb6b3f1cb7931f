"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from medsos_desktop.paths import DATA_DIR_ENV, AppPaths
from medsos_desktop.services.workspace import Workspace, open_workspace


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
