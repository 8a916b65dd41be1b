"""Load fontconfig's configuration on a thread while the GUI's modules import.

On Linux and the BSDs the first text Qt draws waits for fontconfig to parse its XML
configuration and map its caches: ~45M instructions, a sixth of what a start adds to a bare
window, all in C. ``FcInit`` is thread-safe and releases the GIL (a ctypes call), so it runs
beside the ~140M instructions of Python imports that come before the window on a second
core; Qt's own ``FcInit`` then finds the configuration loaded. Nothing here imports Qt.
On Windows and macOS Qt does not use fontconfig: nothing is started.
"""

from __future__ import annotations

import sys
import threading

LIBRARY = "libfontconfig.so.1"  # the soname Qt's libQt6Gui links against


def start() -> threading.Thread | None:
    """Start loading fontconfig; returns the thread (None where there is no fontconfig)."""
    if sys.platform in ("win32", "darwin"):
        return None
    thread = threading.Thread(target=_load, name="fontconfig-warmup", daemon=True)
    thread.start()
    return thread


def _load() -> None:
    import ctypes
    from contextlib import suppress

    with suppress(OSError, AttributeError):  # no fontconfig: Qt says what it misses
        ctypes.CDLL(LIBRARY).FcInit()
