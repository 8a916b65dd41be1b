"""Telling the user: their mistakes in their language; our bugs logged, with details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from labinov.errors import StorageError, UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class SaveState(QObject):
    """Whether the last write reached the store, for the main window's status bar.

    A refused write (``StorageError``, e.g. a full disk) turns it off; the next write that
    commits turns it back on. One per app: ``AppContext.save_state``; its undo stacks carry
    it (``ContextStack``), so ``commands.execute`` reports each edit's outcome.

    Signals:
        changed(bool): True once writes commit again, False when one was refused.
    """

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.ok = True

    def report(self, ok: bool) -> None:
        if ok != self.ok:  # only transitions: this is called on every save
            self.ok = ok
            self.changed.emit(ok)


def translate_error(error: UserError) -> str:
    return error.text(QCoreApplication.translate)


def show_user_error(
    parent: QWidget | None, error: UserError, save_state: SaveState | None = None
) -> QMessageBox:
    """A non-blocking warning box with the translated message; a refused write also turns
    ``save_state`` off.

    ``open()`` rather than ``exec()``: the event loop keeps running (autosave timers,
    tests) and the box is found by its object name ``userErrorBox``.
    """
    if isinstance(error, StorageError) and save_state is not None:
        save_state.report(False)
    from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Labinov"),
        translate_error(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("userErrorBox")
    from PySide6.QtCore import Qt  # not at import time: see gui/models/navigator.py

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # the connection holds the box until it closes (and is deleted)
        box.finished.connect(lambda _result, keep=box: None)
    box.open()
    return box
