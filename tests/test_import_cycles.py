"""No import circle between two files of the project.

A circle (a imports b, b imports a, often through an import hidden inside a function)
means neither file can be read, tested or changed alone. Every import counts, at the
top of a file or inside a function; only `if TYPE_CHECKING:` blocks are left out (they
never run). ui/ and services/ had circles from their history; the last were closed in
issue 14, so `KNOWN_CYCLE_EDGES_TO_REMOVE` (the imports that closed them) is empty and
must stay so: any circle fails. sync/, store/, render/, domain/ and the top-level
modules never had any.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "medsos_desktop"
ROOT = PACKAGE.name

# (importer, imported): the import that closes each circle known today.
# Remove an entry when its circle is gone; never add one.
KNOWN_CYCLE_EDGES_TO_REMOVE: frozenset[tuple[str, str]] = frozenset()
ALLOWED_TO_HAVE_KNOWN_CYCLES = (f"{ROOT}.ui.", f"{ROOT}.services.")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (n for child in node.orelse for n in _import_nodes_of(child))
            continue
        yield from _import_nodes_of(node)


def _import_nodes_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    else:
        yield from _import_nodes(node)


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules `name` imports (a package's __init__ only when it is named)."""
    tree = _tree(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        # `from a.b import c` names module a.b.c or a name in a.b: both are tried.
        found.update(target for target in targets if target in known)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    result.append(sorted(component))
    return sorted(result)


def test_the_cycle_finder_finds_a_circle_through_three_files() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_an_import_inside_a_function_counts(tmp_path: Path) -> None:
    """A file of one function importing lazily, and one `if TYPE_CHECKING:` import: the
    first is an edge of the graph, the second is not (it never runs)."""
    source = tmp_path / "lazy.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from medsos_desktop.services import posts\n"
        "def later():\n"
        "    from medsos_desktop.domain import text\n"
        "    return text\n",
        encoding="utf-8",
    )
    found = _imports(f"{ROOT}.lazy", source, _modules())
    assert found == {f"{ROOT}.domain.text", f"{ROOT}.domain"}


def test_no_import_circle_between_files() -> None:
    graph = _graph()
    for importer, imported in KNOWN_CYCLE_EDGES_TO_REMOVE:
        assert importer.startswith(ALLOWED_TO_HAVE_KNOWN_CYCLES), importer
        graph.get(importer, set()).discard(imported)
    assert _cycles(graph) == []
