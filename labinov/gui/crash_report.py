"""Evidence of crashes Python cannot catch, and of Qt's own warnings, for the log folder.

- ``FaultLog``: ``faulthandler`` writes the stacks of a hard crash (a segfault in Qt, an
  abort) to ``logs/crash.log``. At the next start a non-empty ``crash.log`` is kept as
  ``crash-<time>.log`` and offered to the user to copy; a clean exit leaves no file.
- ``route_qt_messages``: Qt's warnings go to the ``labinov.qt`` logger instead of a console
  nobody sees on Windows. Installed by ``run_gui`` only — never by ``build_context`` — so
  pytest-qt keeps capturing Qt messages in tests.
"""

from __future__ import annotations

import faulthandler
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QDialog, QWidget

from labinov.paths import UserPaths

CURRENT = "crash.log"
KEEP = 5  # older crash reports are deleted

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class FaultLog:
    """``faulthandler`` on ``logs/crash.log`` for one run of the application."""

    def __init__(self, paths: UserPaths) -> None:
        self.folder = paths.log_dir
        self._file: IO[str] | None = None

    def start(self) -> Path | None:
        """Enable faulthandler; returns the previous run's crash report, if it crashed."""
        current = self.folder / CURRENT
        previous = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if current.is_file() and current.stat().st_size > 0:
                stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(current.stat().st_mtime))
                previous = self.folder / f"crash-{stamp}.log"
                current.replace(previous)
                self._prune()
            self._file = current.open("w", encoding="utf-8")
        except OSError:
            return previous  # a read-only data folder: no crash log, the app still runs
        faulthandler.enable(self._file, all_threads=True)
        return previous

    def _prune(self) -> None:
        reports = sorted(self.folder.glob("crash-*.log"))
        for old in reports[:-KEEP]:
            old.unlink(missing_ok=True)

    def stop(self) -> None:
        """A clean exit: no crash to report next time."""
        if self._file is None:
            return
        faulthandler.disable()
        self._file.close()
        self._file = None
        current = self.folder / CURRENT
        if current.is_file() and current.stat().st_size == 0:
            current.unlink(missing_ok=True)


def route_qt_messages() -> Callable[[], None]:
    """Send Qt's messages to the log; returns the function that restores the previous
    handler."""
    log = logging.getLogger("labinov.qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category not in (None, "default") else ""
        log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    previous = qInstallMessageHandler(handler)
    return lambda: qInstallMessageHandler(previous)


def offer_report(parent: QWidget, report: Path) -> QDialog | None:
    """Show the previous run's crash report with its Copy button (not modal)."""
    from labinov.gui.crash_dialog import CrashDialog

    try:
        text = report.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    translate = QCoreApplication.translate
    dialog = CrashDialog(
        translate("CrashReport", "The report is kept in {path}.").format(path=report),
        text,
        parent,
        explanation=translate(
            "CrashReport",
            "Labinov closed unexpectedly the last time. Everything saved before that is "
            "still there. Please copy the report below and send it to your Labinov support.",
        ),
    )
    dialog.setObjectName("crashReportDialog")
    dialog.open()
    return dialog
