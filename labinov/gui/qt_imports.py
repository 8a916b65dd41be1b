"""PySide6's ``__feature__`` import hook, switched off for the rest of the process.

Importing PySide6 replaces ``builtins.__import__`` with a wrapper that, for every module
executing an ``import`` statement, reads that module's whole source file to see whether it
mentions PySide6 (to scope ``from __feature__ import snake_case, true_property``, which
Labinov never uses). A start imports ~450 modules after PySide6 (SQLAlchemy, SQLModel,
pydantic and our own): 0.1–0.2 s of CPU, about a third of a bare PySide6 window's whole
start, spent reading files to no purpose. The wrapper keeps the import it wrapped as
``builtins.__orig_import__`` (PySide6's lazy loading of Qt modules, itself cheap), so
putting that one back leaves every Qt import working as before.

Reviewed (session 7, PySide6 6.12) and kept:
- There is no supported switch: PySide6 documents no option or environment variable that
  turns the hook off, and ``__feature__`` has only the per-module opt-in. Putting back the
  function PySide6 itself kept for this is the smallest thing that works; where a later
  PySide6 renames or drops these attributes, ``plain_imports`` changes nothing and returns
  False (the start is slower, nothing breaks).
- Threads: it runs once, on the first import of ``labinov.gui``, before any thread of ours
  exists; the swap is one attribute assignment (atomic under the GIL), and either function
  imports correctly, so even a racing import elsewhere could not fail.
- PyInstaller bundle: the bundle's modules load through its own ``sys.meta_path`` finder,
  which ``builtins.__import__`` reaches the same way with or without the wrapper; the
  wrapper found no sources there anyway. The bundle's ``--self-test`` runs this path.
- A later ``from __feature__ import ...`` would import the module but switch nothing on
  for its caller (the wrapper is what applies it): Labinov never uses it, and
  ``tests/gui/test_qt_imports.py`` fails if any module of ours does.
"""

from __future__ import annotations

import builtins
import sys


def plain_imports() -> bool:
    """Put back the import PySide6 wrapped, if PySide6 is loaded and still wraps it;
    True when it did. Safe to call more than once; never imports Qt itself."""
    if "shiboken6" not in sys.modules:
        return False
    wrapper = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapper is None or wrapped is None or builtins.__import__ is not wrapper:
        return False
    builtins.__import__ = wrapped
    return True
