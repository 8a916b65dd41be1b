"""Where a board reads and writes: the services' ``CanvasService``, or before they are
there the quick start's ``BootStore`` (``store/boot_store.py``), which answers the same
calls for the board's reads and first edits."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labinov.gui.context import AppContext
    from labinov.services.canvases import CanvasService
    from labinov.store.boot_store import BootStore

# the snapshot rows of a boot delete name their table; the services restore model classes
_TABLES = {"canvasitem": "CanvasItem", "link": "Link", "attachment": "Attachment"}


def canvas_store(context: AppContext) -> CanvasService | BootStore:
    if context.services is not None:
        return context.services.canvases
    if context.boot is None:
        raise RuntimeError("the board was opened before any store")
    return context.boot


def early(context: AppContext) -> bool:
    """The board works on the boot store: actions needing the services wait."""
    return context.services is None


def table_name(table: Any) -> str:
    """A snapshot row's table: a name (boot store) or a model class (services)."""
    return table if isinstance(table, str) else str(table.__tablename__)


def for_store(context: AppContext, rows: list) -> list:
    """A snapshot as ``canvas_store(context).restore`` takes it: a boot delete's table
    names become the models' classes once the services restore it (an undo after the
    hand-over)."""
    if context.services is None or not any(isinstance(table, str) for table, _v in rows):
        return rows
    from labinov.store import models

    return [
        (getattr(models, _TABLES[table]) if isinstance(table, str) else table, values)
        for table, values in rows
    ]
