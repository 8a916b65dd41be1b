"""Unhandled exceptions: logged to the user log folder and shown with copyable details.

The app keeps running: Qt calls Python slots from its event loop, and an exception that
escapes a slot reaches ``sys.excepthook`` instead of ending the process.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from labinov import __version__
from labinov.errors import UserError
from labinov.gui.errors import show_user_error
from labinov.paths import UserPaths

log = logging.getLogger("labinov")


def setup_logging(paths: UserPaths) -> str | None:
    """Log to ``logs/labinov.log`` (rotated); returns its path, or None if not writable."""
    import logging.handlers  # not at import time: start-up speed

    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "labinov.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return str(paths.log_dir / "labinov.log")


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: user errors get their message, bugs the crash dialog."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    parent = QApplication.activeWindow()
    if isinstance(error, UserError):
        show_user_error(parent, error)
        return
    details = f"Labinov {__version__}\n" + "".join(traceback.format_exception(kind, error, tb))
    log.error("unhandled exception\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    from labinov.gui.crash_dialog import CrashDialog  # only ever needed after a bug

    dialog = CrashDialog(f"{kind.__name__}: {error}", details, parent)
    dialog.open()


def thread_exception(hook: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: a worker thread's bug goes to the log (no dialog from a
    thread that is not the GUI's)."""
    if hook.exc_type is SystemExit:
        return
    details = "".join(traceback.format_exception(hook.exc_type, hook.exc_value, hook.exc_traceback))
    name = hook.thread.name if hook.thread is not None else "?"
    log.error("unhandled exception in thread %s\n%s", name, details)


def unraisable(hook: sys.UnraisableHookArgs) -> None:
    """``sys.unraisablehook``: errors in ``__del__`` and callbacks Python cannot raise."""
    details = "".join(traceback.format_exception(hook.exc_type, hook.exc_value, hook.exc_traceback))
    log.warning("%s: %r\n%s", hook.err_msg or "exception ignored", hook.object, details)


def install() -> Callable[[], None]:
    """Install the hooks; returns the function that puts the previous ones back."""
    previous = (sys.excepthook, threading.excepthook, sys.unraisablehook)
    sys.excepthook = handle_exception
    threading.excepthook = thread_exception
    sys.unraisablehook = unraisable

    def uninstall() -> None:
        sys.excepthook, threading.excepthook, sys.unraisablehook = previous

    return uninstall
