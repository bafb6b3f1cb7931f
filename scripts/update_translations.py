"""Refresh the Qt Linguist sources from the code.

    python scripts/update_translations.py [--tracked]

With --tracked only modules known to git (committed or staged) are read, so that work
in progress elsewhere in the tree does not enter the catalogues.

Runs pyside6-lupdate over every module (keeping existing translations), then
makes the English file complete: English is the source language, so each
English translation is the source text itself.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("id", "en")


def _sources(tracked_only: bool) -> list[str]:
    if tracked_only:
        listed = subprocess.run(
            ["git", "ls-files", "medsos_desktop"], cwd=ROOT, capture_output=True, text=True
        ).stdout.split()
        return sorted(p for p in listed if p.endswith(".py") and (ROOT / p).exists())
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "medsos_desktop").rglob("*.py"))


def lupdate(tracked_only: bool = False) -> Path:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = _sources(tracked_only)
    for language in LANGUAGES:
        target = ROOT / "translations" / f"medsos_{language}.ts"
        subprocess.run(
            [
                tool,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
            cwd=ROOT,
        )
    return ROOT / "translations" / "medsos_en.ts"


def complete_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        source = message.findtext("source", default="")
        if node is None:
            node = ET.SubElement(message, "translation")
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # A plural message (tr with "%n"): English's forms are its one source text.
            forms = node.findall("numerusform") or [ET.SubElement(node, "numerusform")]
            if len(forms) < 2:
                forms.append(ET.SubElement(node, "numerusform"))
            for form in forms:
                form.text = source
            node.text = None
            continue
        node.text = source
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    complete_english(lupdate(tracked_only="--tracked" in sys.argv[1:]))
