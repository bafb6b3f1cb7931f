"""Every location the app reads or writes, in one place.

The data directory comes from platformdirs, unless `--data-dir` or the
`MEDSOS_DATA_DIR` environment variable names another one (portable use on a
laptop, tests, benchmarks).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "MedsosDesktop"
DATA_DIR_ENV = "MEDSOS_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "medsos.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / ".medsos.lock"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The command line wins over the environment, which wins over the platform default."""
    env = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser().absolute()
    return default_data_dir()


def app_paths(cli_value: str | os.PathLike[str] | None = None) -> AppPaths:
    return AppPaths(resolve_data_dir(cli_value))


def _bundle_roots() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots += [here, here.parent]  # installed wheel, then the source tree
    return roots


def bundled(kind: str) -> Path:
    """`resources` or `translations`, wherever this copy of the app keeps them."""
    for root in _bundle_roots():
        candidate = root / kind
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {kind!r} not found")


def resource_path(*parts: str) -> Path:
    return bundled("resources").joinpath(*parts)
