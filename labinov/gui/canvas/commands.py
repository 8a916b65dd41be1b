"""Undo commands of the board. They hold ids and plain values, call the services, and
announce the resulting ``Change`` on the app's ``CanvasHub`` (never touching items).

Adds are undone by a delete that keeps a snapshot, and redone by restoring that snapshot,
so redo brings back the very same rows (ids, creation times) and later commands that name
those ids keep working.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from labinov.errors import StaleWriteError
from labinov.gui.canvas.document import CanvasHub, Change, Row
from labinov.gui.canvas.source import canvas_store, for_store, table_name
from labinov.gui.commands import ServiceCommand, execute
from labinov.store import canvas_rows
from labinov.store.ids import new_id, new_rev, versioned

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

TYPING_MERGE_ID = 0x4C42  # "LB": typing in one note merges into one step

ITEM_DEFAULTS: Row = {**canvas_rows.ITEM_DEFAULTS, "attachment_id": None}


def complete_item(canvas_id: str, values: Row) -> Row:
    """A full item row (new id unless given) from partial values."""
    row = {**ITEM_DEFAULTS, **{k: v for k, v in values.items() if k in ITEM_DEFAULTS}}
    row["id"] = values.get("id") or new_id()
    row["canvas_id"] = canvas_id
    row["rev"] = new_rev()  # the version the new row gets: the document then knows it
    return row


def _snapshot_change(canvas_id: str, rows: list, revs: dict[str, str]) -> Change:
    """The rows a restore put back, with the versions they got (``revs``)."""

    def restored(table: str) -> list[Row]:
        return [
            {**values, "rev": revs.get(values["id"], values.get("rev"))}
            for kind, values in rows
            if table_name(kind) == table
        ]

    return Change(canvas_id, added_items=restored("canvasitem"), added_links=restored("link"))


class AddCommand(ServiceCommand):
    """Adding items; when given a ``merge_key``, the text typed into the new note right
    away (the editor saves with that key) merges into this step, so "add a note and write
    it" is undone at once. Undo deletes the note whatever its text; redo restores the
    snapshot taken at undo, which holds that text."""

    def mergeWith(self, other: QUndoCommand) -> bool:
        return (
            isinstance(other, ServiceCommand)
            and self.merge_key is not None
            and other.merge_key == self.merge_key
        )


class Board:
    """What every command of one canvas needs: services, hub, undo stack, a parent for
    error messages. Holds no graphics items."""

    def __init__(
        self,
        context: AppContext,
        canvas_id: str,
        parent: QWidget | None,
        items: Callable[[], dict[str, Row]] | None = None,
        links: Callable[[], dict[str, Row]] | None = None,
    ) -> None:
        self.context = context
        self.canvas_id = canvas_id
        self.parent = parent
        self._items = items  # the document's rows: the values undo needs, without a read
        self._links = links  # and its connectors
        self.stack = context.stack_for(canvas_store(context).get(canvas_id).project_id)

    @property
    def service(self):
        """The services' canvases, or the boot store until they are there (``source``)."""
        return canvas_store(self.context)

    def restore(self, rows: list) -> dict[str, str]:
        return self.service.restore(for_store(self.context, rows))

    def held(
        self, changes: dict[str, dict[str, Any]], of: Callable[[], dict[str, Row]] | None = None
    ) -> dict[str, dict[str, Any]] | None:
        """The document's current values of the fields ``changes`` sets (of its items, or
        of the rows ``of`` gives), when it holds them all (the store then needs no read for
        undo's values)."""
        source = of or self._items
        rows = source() if source is not None else {}
        try:
            return {i: {k: rows[i][k] for k in fields} for i, fields in changes.items()}
        except KeyError:
            return None

    def emit(self, change: Change) -> Change:
        CanvasHub.of(self.context).changed.emit(change)
        return change

    def write(
        self,
        changes: dict[str, dict[str, Any]],
        held: dict[str, dict[str, Any]] | None = None,
        token: str | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Change items from the versions the document holds (or ``held``: values and
        versions the caller knows), giving them a new one (``token`` when given); returns
        the previous values. A row changed by someone else since (``StaleWriteError``,
        nothing written): the open boards reload the changed rows and the error goes on
        to the command's caller, which shows it once."""
        token = token or new_rev()
        changes = {item_id: {**fields, "rev": token} for item_id, fields in changes.items()}
        previous = self._checked(
            lambda: self.service.update_items(changes, held or self.held(changes))
        )
        self.emit(Change(self.canvas_id, changed_items=changes))
        return previous

    def _checked(self, write: Callable[[], Any]) -> Any:
        """``write()``; refused as stale, the open boards reload and the error goes on."""
        try:
            return write()
        except StaleWriteError:
            self.emit(Change(self.canvas_id, refresh=True))
            raise

    def run(
        self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any], merge_key: Any = None
    ) -> bool:
        command = ServiceCommand(
            text, do, undo, merge_id=TYPING_MERGE_ID if merge_key else -1, merge_key=merge_key
        )
        return execute(self.stack, command, self.parent)

    # -- the edits -------------------------------------------------------------------

    def add(
        self,
        items: list[Row],
        links: Iterable[Row] = (),
        text: str = "",
        merge_key: Any = None,
    ) -> list[str]:
        """Add items (and links among them); returns their ids, or [] when refused.

        ``merge_key``: a text edit saved with this key while the add is the newest step
        becomes part of it (see ``AddCommand``)."""
        rows = [complete_item(self.canvas_id, values) for values in items]
        link_rows = [  # each with the version it gets, as items (``complete_item``): a
            # pasted connector's label edit is then checked against it like any other
            dict(link, id=link.get("id") or new_id(), canvas_id=self.canvas_id, rev=new_rev())
            for link in links
        ]
        ids = [row["id"] for row in rows]
        saved: list = []

        def do() -> None:
            if saved:  # redo: the rows as they were when undone (text typed since the add)
                snap = saved.pop()
                revs = self.restore(snap)
                self.emit(_snapshot_change(self.canvas_id, snap, revs))
            else:
                self.service.add_items(self.canvas_id, rows, link_rows)
                self.emit(Change(self.canvas_id, added_items=rows, added_links=link_rows))

        def undo(_result: Any) -> None:
            saved.append(self.service.delete_items(ids, [link["id"] for link in link_rows]))
            self.emit(
                Change(
                    self.canvas_id, removed_items=ids, removed_links=[r["id"] for r in link_rows]
                )
            )

        label = text or (
            QCoreApplication.translate("CanvasCommands", "Add note")
            if len(rows) == 1
            else QCoreApplication.translate("CanvasCommands", "Add %n notes").replace(
                "%n", str(len(rows))
            )
        )
        command = AddCommand(
            label, do, undo, merge_id=TYPING_MERGE_ID if merge_key else -1, merge_key=merge_key
        )
        return ids if execute(self.stack, command, self.parent) else []

    def update(self, changes: dict[str, dict[str, Any]], text: str, merge_key: Any = None) -> bool:
        """Change fields of items (move, resize, recolour, text, zone, votes, z-order)."""
        changes = {item_id: dict(fields) for item_id, fields in changes.items() if fields}
        if not changes:
            return False

        def do() -> dict[str, dict[str, Any]]:
            return self.write(changes)

        def undo(previous: dict[str, dict[str, Any]]) -> None:
            self.write(previous)

        return self.run(text, do, undo, merge_key)

    def delete(self, item_ids: list[str], link_ids: Iterable[str] = (), text: str = "") -> bool:
        """Delete items with every link touching them, plus the given links."""
        item_ids, link_ids = list(item_ids), list(link_ids)
        if not item_ids and not link_ids:
            return False

        def do() -> list:
            saved = self.service.delete_items(item_ids, link_ids)
            gone_links = [values["id"] for table, values in saved if table_name(table) == "link"]
            self.emit(Change(self.canvas_id, removed_items=item_ids, removed_links=gone_links))
            return saved

        def undo(saved: list) -> None:
            revs = self.restore(saved)
            self.emit(_snapshot_change(self.canvas_id, saved, revs))

        return self.run(text or QCoreApplication.translate("CanvasCommands", "Delete"), do, undo)

    def link(self, source_id: str, target_id: str) -> str | None:
        link_id = new_id()
        saved: list = []
        made: list[Row] = []

        def do() -> None:
            if saved:  # redo: the link as undone, with the version the restore gave it
                snap = saved.pop()
                self.emit(_snapshot_change(self.canvas_id, snap, self.restore(snap)))
                return
            made.append(
                self.service.add_link(self.canvas_id, source_id, target_id, link_id=link_id)
            )
            self.emit(Change(self.canvas_id, added_links=[made[0]]))

        def undo(_result: Any) -> None:
            saved.append(self.service.delete_items([], [link_id]))
            self.emit(Change(self.canvas_id, removed_links=[link_id]))

        return (
            link_id
            if self.run(QCoreApplication.translate("CanvasCommands", "Connect notes"), do, undo)
            else None
        )

    def relabel(self, link_id: str, label: str) -> bool:
        """Set a connector's label (one step), from the version the document holds; its
        undo and redo from the version the document holds then, or without a document the
        one this command last wrote (another app's label since is refused, not lost)."""
        label = label.strip()
        written: dict[str, dict[str, Any]] = {}  # the link as this command last wrote it

        def put(fields: dict[str, Any]) -> dict[str, dict[str, Any]]:
            changes = versioned({link_id: fields})
            held = self.held(changes, self._links) if self._links is not None else None
            previous = self._checked(
                lambda: self.service.update_links(changes, held or written or None)
            )
            written.update(changes)
            self.emit(Change(self.canvas_id, changed_links=changes))
            return previous

        return self.run(
            QCoreApplication.translate("CanvasCommands", "Edit connector label"),
            lambda: put({"label": label}),
            lambda previous: put(previous[link_id]),
        )

    def reset_votes(self) -> bool:
        """Every vote of the board to zero (one step). Without a document (no board open)
        the store says which notes have votes, reading and resetting them at once; the
        undo and redo are then checked against the versions this command last gave those
        notes (a vote another app gave since is refused, not overwritten)."""
        text = QCoreApplication.translate("CanvasCommands", "Reset votes")
        if self._items is not None:
            items = self._items

            def do() -> dict[str, dict[str, Any]]:
                voted = [i for i, row in items().items() if row.get("votes")]
                return self.write({item_id: {"votes": 0} for item_id in voted})

            return self.run(text, do, self.write)
        state: dict[str, Any] = {}  # the votes before, and each note's version written last

        def put(votes: dict[str, dict[str, Any]]) -> None:
            held = {i: {"votes": state["now"][i]["votes"], "rev": state["rev"]} for i in votes}
            token = new_rev()
            self.write(votes, held, token)
            state.update(now=votes, rev=token)

        def do() -> dict[str, dict[str, Any]]:
            if "before" in state:  # redo: from the versions the undo gave
                put({item_id: {"votes": 0} for item_id in state["before"]})
                return state["before"]
            token = new_rev()
            previous = self._checked(lambda: self.service.reset_votes(self.canvas_id, token))
            state.update(before=previous, now={i: {"votes": 0} for i in previous}, rev=token)
            self.emit(Change(self.canvas_id, refresh=True))
            return previous

        return self.run(text, do, put)
