"""The wait cursor while the GUI thread does a short job that blocks it (a restore's check
and copy): the window cannot repaint then, and the cursor tells the user it is working."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QGuiApplication


@contextmanager
def wait_cursor() -> Iterator[None]:
    from PySide6.QtCore import Qt  # the Qt namespace: built well after the first paint

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
