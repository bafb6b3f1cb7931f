"""DESIGN.md's layer rule, enforced: Qt only in ui/ and app.py; domain imports nothing."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "medsos_desktop"


@cache
def _imports(path: Path) -> frozenset[str]:
    """The modules `path` imports by absolute name; each file is parsed once per run, as
    five tests below read the whole package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return frozenset(names)


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_qt_below_ui() -> None:
    offenders = []
    for path in _modules():
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        qt = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6"}}
        if qt:
            offenders.append(f"{relative}: {sorted(qt)}")
    assert offenders == []


def test_domain_imports_nothing_of_the_project_outside_domain() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("medsos_desktop") and not name.startswith("medsos_desktop.domain"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_lower_layers_do_not_import_services_or_ui() -> None:
    offenders = []
    for layer in ("domain", "store", "render", "sync"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("medsos_desktop.services", "medsos_desktop.ui")):
                    offenders.append(f"{layer}/{path.name}: {name}")
    assert offenders == []


def test_ui_does_not_reach_into_the_store_or_the_central_folder() -> None:
    """ui -> services only: the store's sessions and models, and the central folder's
    files, stay out of widgets (types from domain/ and template specs from render/ stay)."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.startswith(("medsos_desktop.store", "medsos_desktop.sync")):
                offenders.append(f"ui/{path.name}: {name}")
    assert offenders == []


def test_cli_calls_services_not_the_store_or_sync() -> None:
    """cli -> services only: types from domain/ and template specs from render/ stay allowed."""
    offenders = []
    for path in (PACKAGE / "cli").rglob("*.py"):
        for name in _imports(path):
            if name.startswith(("medsos_desktop.store", "medsos_desktop.sync")):
                offenders.append(f"cli/{path.name}: {name}")
    assert (PACKAGE / "cli" / "__init__.py").exists()
    assert offenders == []


# Services whose queries are still being moved into store/queries/ (issue 14). The list
# only shrinks: an entry that no longer imports SQLAlchemy fails the test below until it
# is taken off, so a service cannot quietly start building SQL again.
SERVICES_STILL_IMPORTING_SQLALCHEMY: frozenset[str] = frozenset()


def test_services_leave_sql_to_the_store() -> None:
    """services -> store.queries: the store owns queries and transactions, services only
    orchestrate them, so no module in services/ imports SQLAlchemy."""
    importing = set()
    for path in (PACKAGE / "services").rglob("*.py"):
        if any(name.split(".")[0] == "sqlalchemy" for name in _imports(path)):
            importing.add(path.relative_to(PACKAGE / "services").as_posix())
    assert sorted(importing - SERVICES_STILL_IMPORTING_SQLALCHEMY) == [], (
        "move these queries into medsos_desktop/store/queries/<area>.py"
    )
    assert sorted(SERVICES_STILL_IMPORTING_SQLALCHEMY - importing) == [], (
        "these no longer import sqlalchemy: take them off SERVICES_STILL_IMPORTING_SQLALCHEMY"
    )
