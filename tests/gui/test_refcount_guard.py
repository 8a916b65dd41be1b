"""The app-wide guard against shiboken6 6.12's lost references to None/True/False."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Thousands of void calls and connected emits: enough to free None or True without the guard.
_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, Signal
    from labinov.gui import refcount_guard
    applied = refcount_guard.apply() if sys.argv[1] == "guard" else None

    class Source(QObject):
        ping = Signal(int)

    source = Source()
    source.ping.connect(lambda value: None)
    for index in range(20000):
        source.setObjectName("x")
        source.ping.emit(index)
    print("applied" if applied else "unguarded")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode], capture_output=True, text=True, timeout=60
    )


def test_guarded_process_survives_many_calls_and_emits() -> None:
    guarded = _run("guard")
    assert guarded.returncode == 0, guarded.stderr
    if guarded.stdout.strip() == "applied":
        # The guard was needed, so the same work without it must crash: the test can fail.
        unguarded = _run("none")
        assert unguarded.returncode != 0
        assert "dealloc" in unguarded.stderr


def test_apply_is_idempotent() -> None:
    from labinov.gui import refcount_guard

    first = refcount_guard.apply()
    assert refcount_guard.apply() is first
    assert sys.getrefcount(None) < 2 << 40  # raised at most once, however often applied
