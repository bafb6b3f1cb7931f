"""Indonesian first: every visible string is translated, with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from medsos_desktop.i18n import load_catalog, translator

ROOT = Path(__file__).resolve().parent.parent
FIELD = re.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}(?!\})")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            out[(name, message.findtext("source", default=""))] = message
    return out


def _extract_from_code(tmp_path: Path) -> set[tuple[str, str]]:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "medsos_desktop").rglob("*.py"))
    target = tmp_path / "fresh.ts"
    subprocess.run(
        [tool, "-locations", "none", *sources, "-ts", str(target)], check=True, capture_output=True
    )
    return set(_messages(target))


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_string_in_the_code_is_translated(tmp_path: Path, language: str) -> None:
    committed = _messages(ROOT / "translations" / f"medsos_{language}.ts")
    missing = sorted(_extract_from_code(tmp_path) - set(committed))
    assert missing == [], "run scripts/update_translations.py and translate these"
    unfinished = sorted(
        key
        for key, message in committed.items()
        if (node := message.find("translation")) is None
        or node.get("type") == "unfinished"
        or not (node.text or "").strip()
    )
    assert unfinished == []


@pytest.mark.parametrize("language", ["id", "en"])
def test_placeholders_match(language: str) -> None:
    wrong = []
    for (context, source), message in _messages(
        ROOT / "translations" / f"medsos_{language}.ts"
    ).items():
        translation = message.findtext("translation", default="")
        if sorted(FIELD.findall(source)) != sorted(FIELD.findall(translation)):
            wrong.append((context, source, translation))
    assert wrong == []


def test_qt_widget_strings_have_indonesian() -> None:
    catalog = load_catalog("id")
    assert catalog[("QLineEdit", "&Copy")] != "&Copy"
    assert catalog[("QPlatformTheme", "Cancel")] == "Batal"


def test_indonesian_is_default_and_domain_messages_translate() -> None:
    from medsos_desktop.domain.checks import check_caption
    from medsos_desktop.domain.platforms import Platform

    finding = next(
        f for f in check_caption("NIK 3273012505900001", Platform.INSTAGRAM) if f.code == "pii.nik"
    )
    indonesian = finding.render(translator("id"))
    assert indonesian != finding.render(translator("en"))
    assert "3273" in indonesian
