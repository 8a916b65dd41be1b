"""The ``labinov`` command's entry point (``pyproject.toml``, ``python -m labinov``, the bundle).

A window start first spends ~60 ms of one core importing Python: the CLI's modules, then
Qt's bindings. Two pieces of C work would wait behind that: the dynamic linker loading Qt's
libraries (~20M instructions of relocations) and fontconfig reading its configuration
(~35M; the first text Qt draws waits for it). Both release the GIL, so a window start runs
them on a thread from its first line, on another core: Python then finds Qt's libraries
loaded, and Qt's own ``FcInit`` finds fontconfig ready. Nothing here imports Qt, and
commands (``labinov list``…) start no thread. ``cli.main`` still decides what runs: the
thread is only a head start.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

# the top-level options a window start takes, and whether each takes a value
GUI_OPTIONS = {"--data-dir": True, "--database-url": True, "--lang": True, "--self-test": False}
BUNDLE_SUFFIX = ".labinov"
# Qt's widgets library (it brings Gui and Core), as the PySide6 wheel lays it out on Linux
QT_LIBRARY = Path("Qt", "lib", "libQt6Widgets.so.6")
FONTCONFIG = "libfontconfig.so.1"  # the soname Qt's libQt6Gui links against


def main(argv: Sequence[str] | None = None) -> int:
    if window_start(sys.argv[1:] if argv is None else argv):
        warm_up()
    from labinov.cli import main as run  # the CLI's imports overlap the thread's work

    return run(argv)


def window_start(argv: Sequence[str]) -> bool:
    """Whether ``argv`` opens the window: only the window's options, or ``.labinov`` files."""
    value_next = False
    for argument in argv:
        if value_next:
            value_next = False
            continue
        name, has_value, _value = argument.partition("=")
        if name in GUI_OPTIONS:
            value_next = GUI_OPTIONS[name] and not has_value
        elif argument.startswith("-") or not argument.lower().endswith(BUNDLE_SUFFIX):
            return False
    return True


def warm_up() -> threading.Thread | None:
    """Load Qt's libraries and fontconfig on a thread; None where there is nothing to do
    (Windows and macOS: no fontconfig, and Qt's libraries are laid out otherwise)."""
    if sys.platform in ("win32", "darwin"):
        return None
    thread = threading.Thread(target=_load_native, name="labinov-warm-up", daemon=True)
    thread.start()
    return thread


def qt_library() -> Path | None:
    """PySide6's Qt widgets library, found without importing PySide6."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    for folder in (spec and spec.submodule_search_locations) or ():
        if (Path(folder) / QT_LIBRARY).is_file():
            return Path(folder) / QT_LIBRARY
    return None


def _load_native() -> None:
    import ctypes

    library = qt_library()
    if library is not None:
        with suppress(OSError):  # Python's import of PySide6 will say what is wrong
            ctypes.CDLL(str(library))
    with suppress(OSError, AttributeError):  # no fontconfig: Qt says what it misses
        ctypes.CDLL(FONTCONFIG).FcInit()
