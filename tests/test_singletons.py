"""No module-level mutable singletons (issue #14): state belongs on the ``AppContext`` the
composition root builds, so a test hands in its own and nothing leaks between apps.

Flagged: a ``global`` statement, and a module-level name bound to a list, dict or set (or
``None`` later replaced) that the module mutates (``append``, ``x[k] = …``, ``add``, …).
``@cache`` on pure loaders of bundled resources is fine (not flagged). ``KNOWN`` lists
what is left to move, and shrinks: a new one fails, and so does a stale entry.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "labinov"
MUTATORS = {"append", "extend", "insert", "add", "update", "pop", "popitem", "remove"}
MUTATORS |= {"clear", "setdefault", "discard"}
# what is still to move onto the AppContext (empty: issue #14 moved the last two)
KNOWN: set[str] = set()
# by name: memo caches of pure functions (the result depends on the arguments only, like
# ``@cache``) and the once-per-process guard of a PySide6 patch
ALLOWED = {"_NEEDED", "_SHAPED", "_WIDTHS", "_PROGRESS_CACHE", "_applied"}


def _module_containers(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        value = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        mutable = isinstance(value, ast.List | ast.Dict | ast.Set) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in ("list", "dict", "set", "defaultdict", "deque")
        )
        if mutable:
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def singletons(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    containers = _module_containers(tree)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found |= set(node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in MUTATORS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in containers
        ):
            found.add(node.func.value.id)
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
            targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in containers
                ):
                    found.add(target.value.id)
    return found


def test_no_new_module_level_singletons() -> None:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue
        relative = path.relative_to(PACKAGE).as_posix()
        found |= {f"{relative}:{name}" for name in singletons(path) - ALLOWED}
    assert found - KNOWN == set(), "module-level mutable state: put it on the AppContext"
    assert KNOWN - found == set(), "moved: remove it from KNOWN"


def test_the_rule_sees_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text(
        "_cache = {}\n_items: list = []\n_one = None\n"
        "def f(k):\n    _cache[k] = 1\n    _items.append(k)\n"
        "def g():\n    global _one\n    _one = object()\n"
        "CONSTANT = {'a': 1}\nCHOICES = [1, 2]\n"
    )
    assert singletons(sample) == {"_cache", "_items", "_one"}
