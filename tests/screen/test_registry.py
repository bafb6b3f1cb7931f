"""A new dialog cannot be forgotten: every top-level window or dialog the app's source
defines or creates must be in tests/screen/dialogs.py, which the screen tier opens.

Runs in the default tier (it only reads the source)."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from tests.screen.dialogs import REGISTRY

SOURCE = Path(__file__).resolve().parents[2] / "medsos_desktop"

# Qt classes that make a top-level window of their own.
QT_TOP_LEVEL = {
    "QDialog",
    "QMainWindow",
    "QMessageBox",
    "QWizard",
    "QFileDialog",
    "QColorDialog",
    "QFontDialog",
    "QInputDialog",
    "QProgressDialog",
    "QErrorMessage",
}
# A widget made a window by its flags.
_WINDOW_FLAG = re.compile(r"WindowType\.(Window|Dialog|Tool|SplashScreen)\b")


def _base_names(node: ast.ClassDef) -> set[str]:
    names = set()
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.add(base.id)
        elif isinstance(base, ast.Attribute):
            names.add(base.attr)
    return names


def top_level_classes() -> dict[str, str]:
    """Every window or dialog of the source, by name, with where it is defined or made."""
    return dict(_scan_source())


@cache
def _scan_source() -> dict[str, str]:
    """The scan behind `top_level_classes`, done once for the three tests here."""
    classes: dict[str, tuple[set[str], str]] = {}
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        where = str(path.relative_to(SOURCE.parent))
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (_base_names(node), where)
                # The class's own lines (ast.get_source_segment re-splits the file each call).
                if _WINDOW_FLAG.search("\n".join(lines[node.lineno - 1 : node.end_lineno])):
                    found[node.name] = where
            elif isinstance(node, ast.Call):
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.value.id
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    else None
                )
                if name in QT_TOP_LEVEL:  # QMessageBox(...), QFileDialog.getOpenFileName(...)
                    found.setdefault(name, where)
    # Subclasses, also of the project's own dialog classes.
    changed = True
    while changed:
        changed = False
        for name, (bases, where) in classes.items():
            if name not in found and bases & (QT_TOP_LEVEL | set(found)):
                found[name] = where
                changed = True
    return found


def test_every_window_and_dialog_is_registered() -> None:
    covered = {name for entry in REGISTRY for name in entry.covers}
    missing = {
        name: where
        for name, where in top_level_classes().items()
        if name not in covered and name != "QDialog" and name != "QMainWindow"
    }
    assert not missing, (
        "add these to tests/screen/dialogs.py (register a factory that opens each as the app "
        f"does): {missing}"
    )


def test_the_registry_finds_what_it_must() -> None:
    """The scan itself: it sees the dialogs we know, so an empty result means something."""
    found = top_level_classes()
    assert {"MainWindow", "SettingsDialog", "ReviewDialog", "QMessageBox"} <= set(found)


def test_registry_names_are_unique_and_covered_classes_exist() -> None:
    names = [entry.name for entry in REGISTRY]
    assert len(names) == len(set(names))
    known = set(top_level_classes())
    stale = {name for entry in REGISTRY for name in entry.covers} - known
    assert not stale, f"registered but no longer in the source: {stale}"
