"""The machine-wide site configuration IT staff install with the app (issue 7).

One TOML file outside the user's data folder presets, for every user of the PC, the
central folder, the region, the coordinator's key fingerprint and the language, and
may lock some of them. A mistake in the file must not stop the app: every key that is
valid is applied, and every problem is listed with a message for IT.

    central_folder = '\\\\fileserver\\medsos'
    region_name = "Kota Sukamaju"
    coordinator_key_fingerprint = "3f2a 9c41 0b7e d815"
    default_language = "id"
    locked = ["central_folder"]
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import sys
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any, TypeVar

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.fileio import FileTooLarge, read_limited
from medsos_desktop.i18n import LANGUAGES

if TYPE_CHECKING:
    # Type only: settings.py applies this file when it loads (no import circle).
    from medsos_desktop.services.settings import Settings

log = logging.getLogger(__name__)

SITE_CONFIG_ENV = "MEDSOS_SITE_CONFIG"
FILE_NAME = "site.toml"
MAX_FILE_SIZE = 64 * 1024
MAX_TEXT = 1000
MIN_FINGERPRINT_DIGITS = 16
MAX_FINGERPRINT_DIGITS = 64  # all of a sha256
LOCKABLE = ("central_folder", "language")
KNOWN_KEYS = (
    "central_folder",
    "region_name",
    "coordinator_key_fingerprint",
    "default_language",
    "locked",
)
_CTX = "Settings"

MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Settings",
    "The site configuration {path} cannot be read ({reason}); the settings it would set are "
    "not applied. Ask IT staff to check the file.",
)
MSG_NOT_TOML = QT_TRANSLATE_NOOP(
    "Settings",
    "The site configuration {path} is not valid TOML ({reason}); none of its settings are "
    "applied. Ask IT staff to correct the file.",
)
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Settings",
    "The site configuration {path} is far too large to be a settings file; it is ignored. "
    "Ask IT staff to check the file.",
)
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Settings",
    'The site configuration {path} has an unknown setting "{key}"; it is ignored. Known '
    "settings: {known}.",
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "Settings",
    'In the site configuration {path}, "{key}" must be text in quotes (at most {limit} '
    "characters); it is ignored.",
)
MSG_BAD_FINGERPRINT = QT_TRANSLATE_NOOP(
    "Settings",
    'In the site configuration {path}, "coordinator_key_fingerprint" must be the '
    "coordinator's key fingerprint: {minimum} to {maximum} hexadecimal digits (0-9, a-f), "
    "spaces and colons allowed; it is ignored.",
)
MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP(
    "Settings",
    'In the site configuration {path}, "default_language" must be one of {choices}; it is ignored.',
)
MSG_BAD_LOCKED = QT_TRANSLATE_NOOP(
    "Settings",
    'In the site configuration {path}, "locked" must be a list of setting names, any of '
    '{choices}; "{value}" is ignored.',
)
MSG_LOCKED_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "Settings",
    'In the site configuration {path}, "{name}" is locked but the file does not set it '
    '("{key}"); users may still change it.',
)


class SiteConfigProblem(UserFacingError):
    """One thing wrong in the site configuration; listed, never raised at start-up."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


@dataclass(frozen=True)
class SiteConfig:
    """What IT preset for this computer; empty values mean "not set"."""

    path: Path | None = None
    central_folder: str = ""
    region_name: str = ""
    coordinator_key_fingerprint: str = ""  # lowercase hex, no separators
    default_language: str = ""
    locked: frozenset[str] = frozenset()
    problems: tuple[SiteConfigProblem, ...] = field(default=(), compare=False)

    @property
    def found(self) -> bool:
        return self.path is not None


def site_config_path(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> PurePath:
    """Where IT puts site.toml on this kind of system; MEDSOS_SITE_CONFIG wins."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if env.get(SITE_CONFIG_ENV):
        return Path(env[SITE_CONFIG_ENV]).expanduser()
    if system == "win32":
        program_data = env.get("PROGRAMDATA") or env.get("ALLUSERSPROFILE") or r"C:\ProgramData"
        return PureWindowsPath(program_data, "MedsosDesktop", FILE_NAME)
    if system == "darwin":
        return PurePosixPath("/Library/Application Support/MedsosDesktop", FILE_NAME)
    return PurePosixPath("/etc/medsos-desktop", FILE_NAME)


def normalise_fingerprint(text: str) -> str | None:
    """Lowercase hex without separators, or None when it is not a fingerprint."""
    digits = re.sub(r"[\s:]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]+", digits):
        return None
    if not MIN_FINGERPRINT_DIGITS <= len(digits) <= MAX_FINGERPRINT_DIGITS:
        return None
    return digits


def _clean_text(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    cleaned = value.strip()
    if not cleaned or any(not ch.isprintable() for ch in cleaned):
        return None
    return cleaned


def load_site_config(path: Path | None = None) -> SiteConfig:
    """Read the site configuration; a missing file is an empty configuration.

    Never raises for the file's content: the keys that are valid are applied and each
    problem is listed in `problems` (and logged) for IT to fix.
    """
    if path is None:
        path = Path(site_config_path())
    try:
        # Bounded, and a pipe or device put in its place is refused instead of read.
        raw = read_limited(path, MAX_FILE_SIZE, follow_links=True)
    except (FileNotFoundError, NotADirectoryError):
        return SiteConfig()
    except FileTooLarge:
        return _broken(path, SiteConfigProblem(MSG_TOO_LARGE, path=str(path)))
    except OSError as exc:
        return _broken(path, SiteConfigProblem(MSG_UNREADABLE, path=str(path), reason=_why(exc)))
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return _broken(path, SiteConfigProblem(MSG_NOT_TOML, path=str(path), reason="not UTF-8"))
    except tomllib.TOMLDecodeError as exc:
        return _broken(path, SiteConfigProblem(MSG_NOT_TOML, path=str(path), reason=str(exc)))
    return _from_table(path, data)


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _broken(path: Path, problem: SiteConfigProblem) -> SiteConfig:
    log.warning("site configuration: %s", problem)
    return SiteConfig(path=path, problems=(problem,))


def _from_table(path: Path, data: dict[str, Any]) -> SiteConfig:
    where = str(path)
    problems: list[SiteConfigProblem] = []
    values: dict[str, Any] = {}
    for key in data:
        if key not in KNOWN_KEYS:
            problems.append(
                SiteConfigProblem(MSG_UNKNOWN_KEY, path=where, key=key, known=", ".join(KNOWN_KEYS))
            )
    for key in ("central_folder", "region_name"):
        if key in data:
            text = _clean_text(data[key])
            if text is None:
                problems.append(
                    SiteConfigProblem(MSG_NOT_TEXT, path=where, key=key, limit=MAX_TEXT)
                )
            else:
                values[key] = text
    if "coordinator_key_fingerprint" in data:
        value = data["coordinator_key_fingerprint"]
        fingerprint = normalise_fingerprint(value) if isinstance(value, str) else None
        if fingerprint is None:
            problems.append(
                SiteConfigProblem(
                    MSG_BAD_FINGERPRINT,
                    path=where,
                    minimum=MIN_FINGERPRINT_DIGITS,
                    maximum=MAX_FINGERPRINT_DIGITS,
                )
            )
        else:
            values["coordinator_key_fingerprint"] = fingerprint
    if "default_language" in data:
        if data["default_language"] in LANGUAGES:
            values["default_language"] = data["default_language"]
        else:
            problems.append(
                SiteConfigProblem(MSG_BAD_LANGUAGE, path=where, choices=", ".join(LANGUAGES))
            )
    locked: set[str] = set()
    if "locked" in data:
        items = data["locked"]
        if not isinstance(items, list):
            items = [items]
        for item in items:
            if isinstance(item, str) and item in LOCKABLE:
                locked.add(item)
            else:
                problems.append(
                    SiteConfigProblem(
                        MSG_BAD_LOCKED, path=where, choices=", ".join(LOCKABLE), value=str(item)
                    )
                )
    for name, key in (("central_folder", "central_folder"), ("language", "default_language")):
        if name in locked and key not in values:
            problems.append(
                SiteConfigProblem(MSG_LOCKED_WITHOUT_VALUE, path=where, name=name, key=key)
            )
            locked.discard(name)
    for problem in problems:
        log.warning("site configuration: %s", problem)
    return SiteConfig(path=path, locked=frozenset(locked), problems=tuple(problems), **values)


def is_locked(site: SiteConfig, name: str) -> bool:
    """Whether IT locked the user setting `name` ("central_folder" or "language")."""
    return name in site.locked


# Each setting IT can preset (Settings field -> SiteConfig field); only LOCKABLE ones lock.
_SITE_VALUE = {
    "central_folder": "central_folder",
    "language": "default_language",
    "region_name": "region_name",
    "coordinator_key_fingerprint": "coordinator_key_fingerprint",
}


_Settings = TypeVar("_Settings", bound="Settings")


def apply_site_config(
    settings: _Settings, site: SiteConfig, user_keys: Collection[str] | None = None
) -> _Settings:
    """The settings in effect: site values fill what the user has not set; locked ones win.

    A new object is returned. `user_keys` names the settings present in the user's own
    file; without it, a value still equal to its default counts as not set by the user.
    """
    defaults = type(settings)()  # the defaults of the settings given
    changes: dict[str, str] = {}
    for name, site_key in _SITE_VALUE.items():
        value = getattr(site, site_key)
        if not value:
            continue
        if user_keys is None:
            user_set = getattr(settings, name) != getattr(defaults, name)
        else:
            user_set = name in user_keys and bool(getattr(settings, name))
        if is_locked(site, name) or not user_set:
            changes[name] = value
    return dataclasses.replace(settings, **changes)
