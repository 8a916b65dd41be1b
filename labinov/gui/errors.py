"""Telling the user: their mistakes in their language; our bugs logged, with details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from labinov.errors import StorageError, UserError

_unparented: list[QMessageBox] = []  # keeps parentless boxes alive until closed


class SaveState(QObject):
    """Whether the last write reached the store, for the main window's status bar.

    A refused write (``StorageError``, e.g. a full disk) turns it off; the next write that
    commits turns it back on. Process-wide, as the store is.

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


_save_state: SaveState | None = None


def save_state() -> SaveState:
    global _save_state
    if _save_state is None:
        _save_state = SaveState()
    return _save_state


def translate_error(error: UserError) -> str:
    return error.text(QCoreApplication.translate)


def show_user_error(parent: QWidget | None, error: UserError) -> QMessageBox:
    """A non-blocking warning box with the translated message; nothing else happens.

    ``open()`` rather than ``exec()``: the event loop keeps running (autosave timers,
    tests) and the box is found by its object name ``userErrorBox``.
    """
    if isinstance(error, StorageError):
        save_state().report(False)
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
    if parent is None:
        _unparented.append(box)
        box.finished.connect(lambda _result: _unparented.remove(box))
    box.open()
    return box
