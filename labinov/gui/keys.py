"""Keyboard shortcuts set without the start-up cost of ``QAction.setShortcut``."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_shortcut(action: QAction, key: str | QKeySequence | QKeySequence.StandardKey) -> None:
    """Give ``action`` the shortcut ``key`` (all of the platform's bindings for a standard key).

    ``setShortcut`` resolves its overloads through the ``Qt`` namespace, whose ~90 enum
    types PySide creates lazily: the first call costs ~15 ms, a tenth of a start-up.
    ``setShortcuts`` with a list does the same job without touching them."""
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(key))
    else:
        action.setShortcuts([QKeySequence(key)])
