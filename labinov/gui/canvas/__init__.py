"""The sticky-note board: document (model) + scene (graphics) + view, edited through undo
commands that hold ids (STYLE.md §3) and interaction objects per gesture (§4)."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject


def keep_none_alive() -> bool:
    """Work around shiboken6 6.12.0 on Python 3.11: every call of a Qt method returning
    ``void`` hands back ``None`` without a new reference, so None's count drops by one per
    call and the process aborts ("none_dealloc") after a few thousand paints. Python 3.12
    made None immortal; on 3.11 we detect the leak and give None a count it cannot reach
    zero from. Returns whether the workaround was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    if sys.getrefcount(None) > before - 100:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt is the first field
    return True


NONE_GUARD = keep_none_alive()
