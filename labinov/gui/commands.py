"""Undo commands that call services: the store stays the truth (DESIGN.md, STYLE.md §3).

A command holds ids and values, never widgets or graphics items. ``execute`` runs the
first ``redo`` itself so a refused edit (empty name, full disk) is reported and never
reaches the stack; only a command that succeeded is pushed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from labinov.errors import UserError
from labinov.gui.errors import SaveState, show_user_error


class ServiceCommand(QUndoCommand):
    """An edit with ``do`` and ``undo`` callables, both calling services.

    ``do`` may return a value that ``undo`` needs (the previous values a service returned);
    it is passed to ``undo`` as its only argument. ``on_change`` is called after every
    do/undo so views can refresh from the store.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        on_change: Callable[[], None] | None = None,
        merge_id: int = -1,
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._on_change = on_change
        self._merge_id = merge_id
        self.merge_key = merge_key
        self._result: Any = None
        self._skip_redo = False

    def redo(self) -> None:
        if self._skip_redo:  # the first run happened in execute()
            self._skip_redo = False
            return
        self._result = self._do()
        self._changed()

    def undo(self) -> None:
        self._undo(self._result)
        self._changed()

    @property
    def result(self) -> Any:
        """What the last ``do`` returned (a new row's id, previous values)."""
        return self._result

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing into the same field merges into one step: keep our undo, take their do."""
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        if self.merge_key is None:
            return False
        self._do = other._do
        return True

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()


def execute(stack: QUndoStack, command: ServiceCommand, parent: QWidget | None = None) -> bool:
    """Run ``command`` once; push it when it worked, tell the user when it did not."""
    state = _save_state(stack)
    try:
        command.redo()
    except UserError as error:
        show_user_error(parent, error, state)
        return False
    if state is not None:
        state.report(True)
    command._skip_redo = True
    stack.push(command)
    return True


def safe_undo_redo(stack: QUndoStack, parent: QWidget | None, redo: bool) -> None:
    """Undo/redo that reports a refused store write instead of crashing the event loop."""
    try:
        if redo:
            stack.redo()
        else:
            stack.undo()
    except UserError as error:
        show_user_error(parent, error, _save_state(stack))


def _save_state(stack: QUndoStack) -> SaveState | None:
    """The app's save state an ``AppContext`` stack carries (a bare stack in a test has
    none)."""
    state = getattr(stack, "save_state", None)
    return state if isinstance(state, SaveState) else None


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)
