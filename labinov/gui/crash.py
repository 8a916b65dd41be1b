"""Unhandled exceptions: logged to the user log folder and shown with copyable details.

The app keeps running: Qt calls Python slots from its event loop, and an exception that
escapes a slot reaches ``sys.excepthook`` instead of ending the process.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov import __version__
from labinov.errors import UserError
from labinov.gui.errors import show_user_error
from labinov.paths import UserPaths

log = logging.getLogger("labinov")


def setup_logging(paths: UserPaths) -> str | None:
    """Log to ``logs/labinov.log`` (rotated); returns its path, or None if not writable."""
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


class CrashDialog(QDialog):
    """Tells the user something went wrong, offers the details to copy for a bug report."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Labinov: unexpected error"))
        message = QLabel(
            self.tr(
                "Something went wrong, but your work is saved. You can keep working. "
                "Please send the details below to your Labinov support."
            )
        )
        message.setWordWrap(True)
        short = QLabel(summary)
        short.setTextFormat(Qt.TextFormat.PlainText)
        short.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        copy = QPushButton(self.tr("&Copy details"))
        copy.setObjectName("copyDetails")
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(short)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


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
    dialog = CrashDialog(f"{kind.__name__}: {error}", details, parent)
    dialog.open()


def install() -> None:
    sys.excepthook = handle_exception
