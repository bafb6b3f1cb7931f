"""Per-user settings kept beside the database: readable before the database opens."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medsos_desktop.fileio import atomic_write
from medsos_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from medsos_desktop.services.site_config import SiteConfig

log = logging.getLogger(__name__)

_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


ROLES = ("admin", "reviewer")


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    actor_name: str = ""
    profile_prompt_dismissed: bool = False
    central_folder: str = ""
    # Usually preset by IT in the site configuration (services/site_config.py).
    region_name: str = ""
    coordinator_key_fingerprint: str = ""  # lowercase hex, a prefix of the key's sha256
    reminder_days: int = 7  # greeting days are listed this many days ahead
    # The main window's last geometry and splitter, base64 of what Qt saves (opaque here).
    window_geometry: str = ""
    window_splitter: str = ""
    # "admin" (the agency's PIC medsos) or "reviewer" (a head of office approving on
    # their own PC, issue 16); asked once, at the first start.
    role: str = ""
    reviewer_name: str = ""
    reviewer_jabatan: str = ""


def load_settings(path: Path, site: SiteConfig | None = None) -> Settings:
    """The settings in effect: the user's file with the site configuration applied.

    `site` defaults to the machine-wide file IT installed (services/site_config.py).
    The result remembers what came from the user's own file, so `save_settings` never
    copies IT's presets into it (a later change of the site file then still applies).
    """
    from medsos_desktop.services.site_config import apply_site_config, load_site_config

    user, keys = _load_user_settings(path)
    effective = apply_site_config(user, load_site_config() if site is None else site, keys)
    effective._origin = _Origin(user, keys, dataclasses.replace(effective))  # type: ignore[attr-defined]
    return effective


@dataclass(frozen=True)
class _Origin:
    user: Settings  # the values in the user's own file
    keys: frozenset[str]  # the names present in it
    applied: Settings  # the settings in effect right after loading


def _load_user_settings(path: Path) -> tuple[Settings, frozenset[str]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), frozenset()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings(), frozenset()
    settings = Settings()
    keys: set[str] = set()  # only the values accepted: an invalid one counts as not set
    if isinstance(raw, dict):
        if raw.get("language") in LANGUAGES:
            settings.language = raw["language"]
            keys.add("language")
        if isinstance(raw.get("actor_name"), str):
            settings.actor_name = raw["actor_name"][:120]
            keys.add("actor_name")
        settings.profile_prompt_dismissed = raw.get("profile_prompt_dismissed") is True
        if isinstance(raw.get("profile_prompt_dismissed"), bool):
            keys.add("profile_prompt_dismissed")
        if isinstance(raw.get("central_folder"), str):
            settings.central_folder = raw["central_folder"][:1000]
            keys.add("central_folder")
        days = raw.get("reminder_days")
        if type(days) is int and 0 <= days <= 60:
            settings.reminder_days = days
            keys.add("reminder_days")
        for name in ("region_name", "coordinator_key_fingerprint"):
            if isinstance(raw.get(name), str):
                setattr(settings, name, raw[name][:200])
                keys.add(name)
        if raw.get("role") in ROLES:
            settings.role = raw["role"]
            keys.add("role")
        for name in ("reviewer_name", "reviewer_jabatan"):
            if isinstance(raw.get(name), str):
                setattr(settings, name, raw[name][:200])
                keys.add(name)
        for name in ("window_geometry", "window_splitter"):
            value = raw.get(name)
            if isinstance(value, str) and len(value) <= 4000 and _BASE64.fullmatch(value):
                setattr(settings, name, value)
                keys.add(name)
    return settings, frozenset(keys)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """`fileio.atomic_write` (temporary file, fsync, rename, folder fsync) into a folder
    made first if missing: for the settings file and the files the user exports."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)


def save_settings(path: Path, settings: Settings) -> None:
    """Write what the user set: values from the site configuration stay out of the file."""
    values = asdict(settings)
    origin = getattr(settings, "_origin", None)
    if isinstance(origin, _Origin):
        values = _user_values(values, origin)
    atomic_write_bytes(path, json.dumps(values, indent=2).encode("utf-8"))


def _user_values(values: dict[str, object], origin: _Origin) -> dict[str, object]:
    kept: dict[str, object] = {}
    for name, current in values.items():
        if current != getattr(origin.applied, name):
            kept[name] = current  # changed since loading: the user's choice
        elif name in origin.keys:
            kept[name] = getattr(origin.user, name)  # the user's own value, even when locked
    return kept
