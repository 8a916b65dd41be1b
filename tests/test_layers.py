"""DESIGN.md's layering: Qt only in labinov/gui (and the composition root app.py)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "labinov"
QT_ALLOWED = ("gui",)


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_outside_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in QT_ALLOWED or relative == Path("app.py"):
            continue
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6")}
        if qt:
            offenders.append(f"{relative}: {sorted(qt)}")
    assert offenders == []


def test_core_never_imports_gui() -> None:
    offenders = []
    for layer in ("method", "store", "services", "exchange", "report"):
        for path in (PACKAGE / layer).rglob("*.py"):
            gui = {
                m for m in imported_modules(path) if m.startswith(("labinov.gui", "labinov.app"))
            }
            if gui:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(gui)}")
    assert offenders == []
