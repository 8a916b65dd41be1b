"""Guard None, True and False against the lost references of shiboken6 6.12.0 on Python 3.11.

Every call of a Qt method returning ``void`` hands back ``None`` without a new reference,
and ``Signal.emit`` does the same with ``True``/``False``: their counts drop by one per
call and the interpreter aborts ("none_dealloc", "bool_dealloc") after a few thousand
paints or emits. Python 3.12 made these singletons immortal; on 3.11 we detect the leak
once at start and give the three singletons a count no session can exhaust. Applied by
the composition root (``labinov.app``) and the test suite, so no feature needs its own
workaround. Where PySide is fixed, nothing is touched.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40  # far beyond any number of calls a session makes
_applied: bool | None = None


def _leaks_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 100


def apply() -> bool:
    """Detect the leak and protect None, True and False; returns whether it was needed.
    Idempotent: the probe runs once per process."""
    global _applied
    if _applied is None:
        needed = (
            sys.version_info < (3, 12) and sys.implementation.name == "cpython" and _leaks_none()
        )
        if needed:
            for singleton in (None, True, False):
                # ob_refcnt is the first field of every CPython object.
                ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL
        _applied = needed
    return _applied
