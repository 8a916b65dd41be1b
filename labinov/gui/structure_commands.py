"""Undoable edits of the workshop structure: create, rename, edit, delete, duplicate.

Creating and deleting keep ids stable across undo/redo: undoing a creation deletes the row
and keeps its snapshot; redoing restores that snapshot, so later commands that name the
row's id stay valid.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from labinov.gui.commands import ServiceCommand
from labinov.gui.context import AppContext

if TYPE_CHECKING:
    from labinov.store.snapshot import Snapshot


def create_command(
    context: AppContext,
    text: str,
    create: Callable[[], Any],
    delete: Callable[[str], Snapshot],
) -> ServiceCommand:
    """``create()`` returns the new row; the command's result is its id."""
    state: dict[str, Any] = {"id": None, "rows": None}
    restore = context.services.workshops.restore  # any service restores any snapshot

    def do() -> str:
        if state["rows"] is None:
            state["id"] = create().id
        else:
            restore(state["rows"])
        return str(state["id"])

    def undo(row_id: str) -> None:
        state["rows"] = delete(row_id)

    return ServiceCommand(text, do, undo, on_change=context.structure_changed)


def delete_command(
    context: AppContext, text: str, row_id: str, delete: Callable[[str], Snapshot]
) -> ServiceCommand:
    restore = context.services.workshops.restore
    return ServiceCommand(
        text, lambda: delete(row_id), restore, on_change=context.structure_changed
    )


def update_command(
    context: AppContext,
    text: str,
    update: Callable[..., dict[str, Any]],
    row_id: str,
    changes: dict[str, Any],
    project_id: str | None = None,
    version_key: Hashable | None = None,
) -> ServiceCommand:
    """``update(row_id, **changes)`` returns the previous values; undo writes them back.

    ``version_key``: the row in ``context.versions``; ``update`` then takes ``version=``,
    each run is checked against the version this app last loaded or wrote, and a stale
    one reloads the views (and is shown once by the caller)."""

    def changed() -> None:
        context.structure_changed()
        if project_id:
            context.project_changed(project_id)

    def run(values: dict[str, Any]) -> dict[str, Any]:
        if version_key is None:
            return update(row_id, **values)
        return context.versions.run(
            version_key, lambda version: update(row_id, version=version, **values), changed
        )

    return ServiceCommand(
        text,
        lambda: run(changes),
        run,
        on_change=changed,
    )
