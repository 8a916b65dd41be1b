"""PySide6's ``__feature__`` import hook is off after ``labinov.gui`` is imported, Qt's
imports still work, and nothing of ours relies on the hook (``gui/qt_imports.py``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import labinov

_SCRIPT = """
import builtins, sys
import PySide6.QtCore
wrapped = builtins.__import__ is getattr(builtins, "__feature_import__", None)
import labinov.gui
from labinov.gui.qt_imports import plain_imports
from PySide6.QtWidgets import QWidget  # Qt's lazy loading still answers
from PySide6 import QtSvg  # a Qt module first imported after the swap
print(wrapped, builtins.__import__ is getattr(builtins, "__feature_import__", None),
      plain_imports(), QWidget.__name__, QtSvg.__name__)
"""


def test_the_hook_is_off_and_qt_imports_still_work() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    was_wrapped, still_wrapped, again, widget, svg = done.stdout.split()
    if was_wrapped == "True":  # this PySide6 installs the hook: it is gone now
        assert still_wrapped == "False"
    assert again == "False"  # a second call changes nothing
    assert (widget, svg) == ("QWidget", "PySide6.QtSvg")


def test_no_module_of_ours_uses_pyside_features() -> None:
    """With the hook off, ``from __feature__ import snake_case`` would switch nothing on."""
    root = Path(labinov.__file__).parent
    users = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if re.search(r"^\s*from __feature__ import", path.read_text(encoding="utf-8"), re.M)
    ]
    assert users == []
