"""The state of one open canvas, mirrored from the store, with change signals.

Commands change the store through the services and then hand the resulting ``Change`` to
the ``CanvasHub`` of the app; every ``BoardDocument`` of that canvas applies it. So a
command never holds a document or a graphics item and still works after the board that
issued it was closed (the change then simply has no listener).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from labinov.gui.canvas.source import canvas_store
from labinov.method import templates

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

Row = dict[str, Any]


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a canvas is read and built: thousands of rows and
    items are made at once, none of them garbage, and each full collection on the way
    walked the whole heap (~0.1 s at 5,000 notes in an app holding a workshop)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Change:
    """What one edit did to one canvas, in plain values."""

    canvas_id: str
    added_items: list[Row] = field(default_factory=list)
    changed_items: dict[str, dict[str, Any]] = field(default_factory=dict)
    removed_items: list[str] = field(default_factory=list)
    added_links: list[Row] = field(default_factory=list)
    removed_links: list[str] = field(default_factory=list)
    changed_links: dict[str, dict[str, Any]] = field(default_factory=dict)
    refresh: bool = False  # the store refused a stale write: read the canvas's rows again


class CanvasHub(QObject):
    """Broadcasts canvas changes to the open boards of one app (one per AppContext).

    Signals:
        changed(object): a ``Change`` after an edit, undo or redo.
        canvases_changed(str, str): the list of canvases of (project id, stage) changed.
    """

    changed = Signal(object)
    canvases_changed = Signal(str, str)

    @staticmethod
    def of(context: AppContext) -> CanvasHub:
        """The hub of ``context`` (its ``canvas_hub``), made on first use."""
        if context.canvas_hub is None:
            context.canvas_hub = CanvasHub(context.events)  # goes with the context
        return context.canvas_hub


class BoardDocument(QObject):
    """Items and links of one canvas as dicts of column values, plus its template.

    Signals:
        item_added(str), item_changed(str, object), item_removed(str): an item by id; the
            changed signal carries the set of changed field names.
        link_added(str), link_changed(str), link_removed(str): a connector by id.
        reset(): everything was reloaded.
    """

    item_added = Signal(str)
    item_changed = Signal(str, object)
    item_removed = Signal(str)
    link_added = Signal(str)
    link_changed = Signal(str)
    link_removed = Signal(str)
    reset = Signal()

    def __init__(self, context: AppContext, canvas_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.canvas_id = canvas_id
        self.items: dict[str, Row] = {}
        self.links: dict[str, Row] = {}
        canvas = canvas_store(context).get(canvas_id)
        self.project_id = canvas.project_id
        self.stage = canvas.stage
        self.title = canvas.title
        self.view_state: dict[str, Any] = dict(canvas.view or {})
        self.template = templates.all_templates().get(canvas.template) or templates.get(
            templates.BLANK
        )
        self.reload()
        CanvasHub.of(context).changed.connect(self.apply)

    def reload(self) -> None:
        """Read every item and link in one query each (STYLE.md §12)."""
        with collection_paused():
            items, links = canvas_store(self.context).load(self.canvas_id)
            # marked conflict copies (the board badges them): copy id -> the note's label;
            # on the boot store none yet (``services_ready`` reads them)
            self.conflict_copies = self._conflict_copies()
            self.items = {row["id"]: row for row in items}
            self.links = {row["id"]: row for row in links}
        self.reset.emit()

    def _conflict_copies(self) -> dict[str, str]:
        if self.context.services is None:
            return {}
        return self.context.services.conflicts.copies_on_canvas(self.canvas_id)

    def services_ready(self) -> None:
        """The store took over from the boot store: the rows are the same (every edit
        went to the file), the conflict copies are read now."""
        copies = self._conflict_copies()
        if copies != self.conflict_copies:
            self.conflict_copies = copies
            self.reset.emit()

    def links_of(self, item_id: str) -> list[Row]:
        return [
            link
            for link in self.links.values()
            if link["source_id"] == item_id or link["target_id"] == item_id
        ]

    def next_z(self) -> float:
        return max((row["z"] for row in self.items.values()), default=0.0) + 1.0

    def refresh(self) -> None:
        """Read the rows again and take what differs (another user's edits, after a stale
        write was refused) as item and link changes: the rest of the board stays as it is
        (selection, scroll)."""
        items, links = canvas_store(self.context).load(self.canvas_id)
        rows = {row["id"]: row for row in items}
        edges = {row["id"]: row for row in links}
        change = Change(
            self.canvas_id,
            added_items=[row for i, row in rows.items() if i not in self.items],
            changed_items={
                i: {k: v for k, v in row.items() if self.items[i].get(k) != v}
                for i, row in rows.items()
                if i in self.items and self.items[i] != row
            },
            removed_items=[i for i in self.items if i not in rows],
            added_links=[row for i, row in edges.items() if i not in self.links],
            removed_links=[i for i in self.links if i not in edges],
            changed_links={
                i: row for i, row in edges.items() if i in self.links and self.links[i] != row
            },
        )
        self.apply(change)

    def apply(self, change: Change) -> None:
        """Bring the mirror in line with an edit made through the services."""
        if change.canvas_id != self.canvas_id:
            return
        if change.refresh:
            self.refresh()
            return
        for link_id in change.removed_links:
            if self.links.pop(link_id, None) is not None:
                self.link_removed.emit(link_id)
        for item_id in change.removed_items:
            for link in self.links_of(item_id):
                del self.links[link["id"]]
                self.link_removed.emit(link["id"])
            if self.items.pop(item_id, None) is not None:
                self.item_removed.emit(item_id)
        for row in change.added_items:
            self.items[row["id"]] = dict(row)
            self.item_added.emit(row["id"])
        for item_id, fields in change.changed_items.items():
            row = self.items.get(item_id)
            if row is not None:
                row.update(fields)
                self.item_changed.emit(item_id, set(fields))
        for row in change.added_links:
            self.links[row["id"]] = dict(row)
            self.link_added.emit(row["id"])
        for link_id, fields in change.changed_links.items():
            link = self.links.get(link_id)
            if link is not None:
                link.update(fields)
                self.link_changed.emit(link_id)
