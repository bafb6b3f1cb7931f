"""Translations without Qt, read from the same Qt Linguist `.ts` files the UI uses.

The UI installs a QTranslator backed by this catalog (see `ui/common/translation.py`), and
the command line uses it directly, so there is one set of translations and no
compile step that could leave a stale `.qm` behind.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from medsos_desktop.paths import bundled

DEFAULT_LANGUAGE = "id"
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}

Translate = Callable[[str, str], str]


@lru_cache(maxsize=4)
def load_catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished entries only.

    Reads `medsos_<lang>.ts` (our strings) and any other `*_<lang>.ts`, such as
    `qt_<lang>.ts` with the Qt widgets' own strings (context menus, buttons) that
    Qt does not ship in Indonesian.
    """
    catalog: dict[tuple[str, str], str] = {}
    for path in sorted(bundled("translations").glob(f"*_{language}.ts")):
        _read_ts(path, catalog)
    return catalog


def _read_ts(path: Path, catalog: dict[tuple[str, str], str]) -> None:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            node = message.find("translation")
            if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if node.text:
                catalog[(name, source)] = node.text


def translator(language: str = DEFAULT_LANGUAGE) -> Translate:
    catalog = load_catalog(language)

    def translate(context: str, source: str) -> str:
        return catalog.get((context, source), source)

    return translate
