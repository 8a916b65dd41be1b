"""PDF documents with reportlab (no Qt): the proposal of a project and the PDFs of a whole
workshop. See ``export`` for the entry points and ``builder`` for what a proposal holds.

The names below load on first use (PEP 562): ``labinov.report.cli`` is imported by every
``labinov`` command, and reportlab/SQLModel must not slow ``labinov list`` or the start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Options": "labinov.report.builder",
    "ExportCancelled": "labinov.report.document",
    "default_filename": "labinov.report.export",
    "export_project": "labinov.report.export",
    "export_workshop": "labinov.report.export",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'labinov.report' has no attribute {name!r}")
