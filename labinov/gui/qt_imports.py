"""PySide6's ``__feature__`` import hook, switched off for the rest of the process.

Importing PySide6 replaces ``builtins.__import__`` with a wrapper that, for every module
executing an ``import`` statement, reads that module's whole source file to see whether it
mentions PySide6 (to scope ``from __feature__ import snake_case, true_property``, which
Labinov never uses). A start imports ~450 modules after PySide6 (SQLAlchemy, SQLModel,
pydantic and our own): 0.1–0.2 s of CPU, about a third of a bare PySide6 window's whole
start, spent reading files to no purpose. The wrapper keeps the import it wrapped as
``builtins.__orig_import__`` (PySide6's lazy loading of Qt modules, itself cheap), so
putting that one back leaves every Qt import working as before.
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
