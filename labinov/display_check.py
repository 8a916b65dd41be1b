"""Can Qt open a window here? Answered without Qt.

Qt answers a missing display or a missing xcb library with ``qFatal`` (SIGABRT, a core
dump and a hint about ``libxcb-cursor0`` in English). Labinov says it instead, in one line
in the user's language, and exits 1. Only Linux and the BSDs use X11/Wayland; Windows and
macOS always have their platform plugin.

The start asks the cheap questions (is there a display at all?) before importing Qt; the
library check loads the xcb plugin (~0.05 s), so it runs only when Qt has failed to load
its platform (``labinov.app.run_gui(on_no_platform=)``), to name what is missing.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from importlib.util import find_spec
from pathlib import Path

from labinov.errors import QT_TRANSLATE_NOOP, Translate

CONTEXT = "Startup"  # lupdate reads the literal in each QT_TRANSLATE_NOOP below
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Startup",
    "No screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start "
    "Labinov from the desktop, or use the commands in 'labinov --help'.",
)
NO_WAYLAND = QT_TRANSLATE_NOOP(
    "Startup",
    "No Wayland screen to open a window on (WAYLAND_DISPLAY is not set): start Labinov "
    "from the desktop, or use the commands in 'labinov --help'.",
)
MISSING_LIBRARY = QT_TRANSLATE_NOOP(
    "Startup",
    "The system library {library} that a window needs is missing: install it with "
    "'sudo apt install {package}' (the README lists them all).",
)

# Platform plugins that need no display server.
HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}

# What Qt's xcb plugin loads outside Qt itself (ldd of libqxcb.so and libQt6XcbQpa.so.6,
# Qt 6.12), with the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM`` may list several)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _wayland_available(env: Mapping[str, str]) -> bool:
    if env.get("WAYLAND_DISPLAY"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")  # libwayland's default socket
    return bool(runtime) and (Path(runtime) / "wayland-0").exists()


def _xcb_plugin() -> Path | None:
    spec = find_spec("PySide6")  # the location only: PySide6 is not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_xcb_library() -> str | None:
    """The soname of the first library the xcb plugin cannot load, or ``None``."""
    import ctypes  # only on this path: it costs the start of the window otherwise

    plugin = _xcb_plugin()
    if plugin is not None:
        try:
            ctypes.CDLL(str(plugin))  # the loader names exactly what is missing
            return None
        except OSError as error:
            found = re.search(r"([\w.+-]+\.so[\w.]*): cannot open", str(error))
            if found and not found.group(1).startswith(("libQt6", "libpyside6", "libshiboken")):
                return found.group(1)
    for library in XCB_LIBRARIES:  # no plugin to ask (a bundle): try the list
        try:
            ctypes.CDLL(library)
        except OSError:
            return library
    return None


def problem(
    translate: Translate,
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    libraries: bool = True,
) -> str | None:
    """One line saying why no window can open here, or ``None`` when one can
    (``libraries=False``: without loading the xcb plugin to check its libraries)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    env = os.environ if env is None else env
    candidates = _platforms(env)
    if any(name in HEADLESS for name in candidates):
        return None
    if any(name.startswith("wayland") for name in candidates) and _wayland_available(env):
        return None
    if "xcb" not in candidates:
        return translate(CONTEXT, NO_WAYLAND)
    if not env.get("DISPLAY"):
        return translate(CONTEXT, NO_DISPLAY)
    library = missing_xcb_library() if libraries else None
    if library is not None:
        package = XCB_LIBRARIES.get(library, library.split(".so")[0])
        return translate(CONTEXT, MISSING_LIBRARY).format(library=library, package=package)
    return None
