"""Undoable moderator edits: add, change, delete, reorder rows of a workshop (ids only)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext

if TYPE_CHECKING:
    from labinov.store.fast_edits import Version


class Edits:
    """Runs each change as one command on the workshop structure's undo stack."""

    def __init__(self, context: AppContext, on_change: Callable[[], None], parent: QWidget) -> None:
        self.context = context
        self.on_change = on_change
        self.parent = parent

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> bool:
        command = ServiceCommand(text, do=do, undo=undo, on_change=self.on_change)
        return execute(self.context.stack_for(None), command, self.parent)

    def run_checked(
        self,
        text: str,
        key: Hashable,
        do: Callable[[Version | None], Any],
        undo: Callable[[Any, Version | None], Any],
    ) -> bool:
        """``run``, each run (and its undo) checked against the version of row ``key`` this
        app last loaded or wrote (``Versions.run``): another moderator's edit since is
        refused, the views reload (``on_change``) and it is shown once."""
        versions, stale = self.context.versions, self.on_change
        return self.run(
            text,
            lambda: versions.run(key, do, stale),
            lambda previous: versions.run(key, lambda version: undo(previous, version), stale),
        )

    def run_order(
        self,
        text: str,
        key: Hashable,
        order: list[str],
        write: Callable[[list[str], str | None], Any],
    ) -> bool:
        """Put rows in ``order`` (``write(order, seen)`` returns the previous order), its
        undo putting that back, each checked against the order of ``key`` this app last
        loaded or wrote (``Versions.run_order``): another moderator's reorder since is
        refused, the views reload and it is shown once."""
        versions, stale = self.context.versions, self.on_change

        def put(ids: list[str]) -> Any:
            return versions.run_order(key, ids, lambda seen: write(ids, seen), stale)

        return self.run(text, lambda: put(order), put)

    def add(self, text: str, create: Callable[[], Any], delete: Callable[[str], Any]) -> str | None:
        """``create() -> row``; undo deletes it, redo puts the same row (same id) back."""
        services = self.context.services
        state: dict[str, Any] = {}

        def do() -> str:
            if "snapshot" in state:
                services.moderation.restore(state.pop("snapshot"))
                return state["id"]
            state["id"] = create().id
            return state["id"]

        def undo(row_id: str) -> None:
            state["snapshot"] = delete(row_id)

        return state.get("id") if self.run(text, do, undo) else None

    def delete(self, text: str, delete: Callable[[], Any]) -> bool:
        return self.run(text, delete, lambda rows: self.context.services.moderation.restore(rows))
