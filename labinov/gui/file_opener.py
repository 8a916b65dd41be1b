"""Opening ``.labinov`` files handed to the application: on its command line, by a second
start (``SingleInstance.raise_requested``) or by macOS (``QFileOpenEvent``, the Finder's
"Open with"). Each file gets the import preview; nothing is imported without the user.

Files that arrive while the store is still loading wait for ``services_ready()``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

log = logging.getLogger("labinov")


class FileOpener(QObject):
    """Brings the window forward and shows the import preview of each file it is given."""

    def __init__(
        self,
        window_of: Callable[[], MainWindow],
        parent: QObject,
        file_open_events: bool = sys.platform == "darwin",
    ) -> None:
        super().__init__(parent)
        self._window_of = window_of  # the live window: a language switch builds a new one
        self._pending: list[Path] = []
        self.dialogs: list[object] = []  # the import dialogs opened, newest last
        app = QCoreApplication.instance()
        # Only macOS sends QFileOpenEvent; elsewhere an application-wide Python filter
        # would only slow every event of every widget down.
        if app is not None and file_open_events:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open_files([Path(event.file())])
            return True
        return False

    @property
    def window(self) -> MainWindow:
        return self._window_of()

    def bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_files(self, files: Sequence[Path]) -> None:
        if files:
            log.info("asked to open %s", ", ".join(str(f) for f in files))
        self.bring_forward()
        self._pending.extend(Path(f) for f in files)
        if self.window.context.services is not None:
            self.services_ready()

    def services_ready(self) -> None:
        pending, self._pending = self._pending, []
        for path in pending:
            self._open(path)

    def _open(self, path: Path) -> None:
        if not path.is_file():
            from PySide6.QtWidgets import (
                QMessageBox,  # its class and enums: not for the first paint
            )

            QMessageBox.warning(
                self.window,
                "Labinov",
                self.tr("The file {path} does not exist.").format(path=path),
            )
            return
        actions = getattr(self.window, "exchange_actions", None)
        if actions is None:  # the exchange feature is not installed
            return
        dialog = actions.import_bundle(path)
        if dialog is not None:
            self.dialogs.append(dialog)
            dialog.loaded.connect(
                lambda: log.info(
                    "import preview of %s shown: %d rows", path, dialog.table.rowCount()
                )
            )
