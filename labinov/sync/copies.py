"""Where a sync puts the marked copies of canvas items it makes (``placement.beside``),
given the canvas as both stores will hold it once the sync is done."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from labinov.sync import placement
from labinov.sync.apply import BY_NAME, Writes, data_columns
from labinov.sync.rules import Row, Side

SIDES: tuple[Side, Side] = ("here", "there")


def place_copies(
    connections: dict[Side, Connection], writes: dict[Side, Writes], copies: list[tuple[Row, Row]]
) -> None:
    """Each copied canvas item (paired with the item that stayed) beside the item that
    stayed, covering none of its canvas's items as they are once this sync is done: both
    stores' items, the versions written and the deletions carried out, and the copies
    placed before it (in order of id; ``placement.place_copies``, the import's rule too).
    A retried sync (after a cut between the two commits) finds that same canvas and
    builds the very same copy."""
    placement.place_copies(copies, lambda canvas: final_items(connections, writes, canvas))


def final_items(
    connections: dict[Side, Connection], writes: dict[Side, Writes], canvas: str
) -> dict[str, Row]:
    """The items of ``canvas`` as both stores will hold them after the writes."""
    table = BY_NAME["canvasitem"]
    query = select(*data_columns(table)).where(table.c.canvas_id == canvas)
    items: dict[str, Row] = {}
    for side in reversed(SIDES):  # an item unchanged on both: here's version
        for found in connections[side].execute(query).mappings():
            items[found["id"]] = dict(found)
    for side in SIDES:
        for group in (writes[side].inserts, writes[side].updates):
            for row_id, row in group.get("canvasitem", {}).items():
                if row.get("canvas_id") == canvas:
                    items[row_id] = row
                else:  # moved to another canvas
                    items.pop(row_id, None)
    for side in SIDES:
        gone = (
            *writes[side].deletes.get("canvasitem", ()),
            *writes[side].replaced.get("canvasitem", ()),
        )
        for row_id in gone:
            items.pop(row_id, None)
    return items
