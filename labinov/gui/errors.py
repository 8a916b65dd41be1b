"""Telling the user: their mistakes in their language; our bugs logged, with details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from labinov.errors import UserError

_unparented: list[QMessageBox] = []  # keeps parentless boxes alive until closed


def translate_error(error: UserError) -> str:
    return error.text(QCoreApplication.translate)


def show_user_error(parent: QWidget | None, error: UserError) -> QMessageBox:
    """A non-blocking warning box with the translated message; nothing else happens.

    ``open()`` rather than ``exec()``: the event loop keeps running (autosave timers,
    tests) and the box is found by its object name ``userErrorBox``.
    """
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
