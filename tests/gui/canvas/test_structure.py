"""The board's code is composed of parts: no import cycle among the modules of
``labinov/gui/canvas`` (imports for type checkers only do not run, so they do not count)
and no mixin classes (a class with several bases, or a base faked for type checkers)."""

from __future__ import annotations

import ast
from pathlib import Path

import labinov.gui.canvas as package

FOLDER = Path(package.__file__).parent
PREFIX = "labinov.gui.canvas."


def _runtime_imports(tree: ast.Module) -> set[str]:
    """Modules of the package imported when the module runs (not under TYPE_CHECKING)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(PREFIX):
                found.add(node.module.removeprefix(PREFIX))
            elif node.module == PREFIX.rstrip("."):
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(
                a.name.removeprefix(PREFIX) for a in node.names if a.name.startswith(PREFIX)
            )
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _trees() -> dict[str, ast.Module]:
    return {
        path.stem: ast.parse(path.read_text(encoding="utf-8"))
        for path in FOLDER.glob("*.py")
        if path.stem != "__init__"
    }


def test_no_import_cycle_in_the_canvas_package() -> None:
    graph = {name: _runtime_imports(tree) for name, tree in _trees().items()}
    assert graph["view"] and graph["panel"]  # the parse sees the imports at all
    done: set[str] = set()

    def walk(name: str, path: list[str]) -> None:
        assert name not in path, "import cycle: " + " → ".join([*path, name])
        if name in done:
            return
        for imported in sorted(graph.get(name, ())):
            walk(imported, [*path, name])
        done.add(name)

    for name in sorted(graph):
        walk(name, [])


def test_no_mixin_classes_in_the_canvas_package() -> None:
    classes = 0
    for name, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes += 1
                bases = [ast.unparse(base) for base in node.bases]
                assert len(bases) <= 1, f"{name}.{node.name} mixes {bases}"
                assert not any("TYPE_CHECKING" in base for base in bases), (name, node.name)
    assert classes > 20
