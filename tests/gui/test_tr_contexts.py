"""Every translated text of a class is looked up under that class's own name: Qt Linguist
shows the translator the class as the text's place, and a text moved to another class
must take its Indonesian along (``BoardEditor.waiting`` asked ``CanvasPanel``)."""

from __future__ import annotations

import ast
from pathlib import Path

import labinov.gui

GUI = Path(labinov.gui.__file__).parent
SHARED = {"UserError"}  # the errors' own context, whichever class raises them


def _classes() -> set[str]:
    """The names of the package's classes (other contexts, e.g. "CanvasCommands" for the
    undo texts of several classes, are shared groups and not checked here)."""
    return {
        node.name
        for path in GUI.parent.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def _wrong_contexts(tree: ast.AST, classes: set[str]) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, owner: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            owner = node.name
        if (
            owner
            and isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in classes - {owner, *SHARED}
        ):
            found.append((node.lineno, str(node.args[0].value), owner))
        for child in ast.iter_child_nodes(node):
            visit(child, owner)

    visit(tree, None)
    return found


def test_a_class_translates_under_its_own_name() -> None:
    """A text of one class under another class's name: ``BoardEditor.waiting`` asked
    ``CanvasPanel`` for its tooltip, its lock refusal ``BoardView``."""
    classes = _classes()
    wrong = [
        f"{path.relative_to(GUI)}:{line}: '{context}' in class {owner}"
        for path in sorted(GUI.rglob("*.py"))
        for line, context, owner in _wrong_contexts(ast.parse(path.read_text("utf-8")), classes)
    ]
    assert not wrong, "\n".join(wrong)


def test_the_boards_loading_tip_is_indonesian(qapp, language) -> None:
    """The tooltip of a paste while Labinov still loads, in the users' language."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "BoardEditor", "Available in a moment: Labinov is still loading"
    )
    assert text == "Sebentar lagi: Labinov masih memuat"
    locked = QCoreApplication.translate(
        "BoardEditor", "Locked: unlock it first (Arrange ▸ Lock or unlock, Ctrl+Shift+L)."
    )
    assert locked.startswith("Terkunci"), locked
