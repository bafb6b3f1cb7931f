"""Per-user settings kept beside the database: readable before the database opens."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from medsos_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    actor_name: str = ""
    profile_prompt_dismissed: bool = False
    central_folder: str = ""


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings()
    settings = Settings()
    if isinstance(raw, dict):
        if raw.get("language") in LANGUAGES:
            settings.language = raw["language"]
        if isinstance(raw.get("actor_name"), str):
            settings.actor_name = raw["actor_name"][:120]
        settings.profile_prompt_dismissed = raw.get("profile_prompt_dismissed") is True
        if isinstance(raw.get("central_folder"), str):
            settings.central_folder = raw["central_folder"][:1000]
    return settings


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_settings(path: Path, settings: Settings) -> None:
    atomic_write_bytes(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
