"""Copies of a row and everything beneath it, to undo a delete or duplicate a project.

Rows are plain dicts of column values (no ORM objects), so a snapshot outlives its session.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from labinov.store.models import (
    LOCAL_COLUMNS,
    Attachment,
    Canvas,
    CanvasItem,
    Link,
    Member,
    Project,
    Row,
    StageWork,
    Team,
    Workshop,
)
from labinov.store.types import new_rev

# parent table -> (child table, foreign key column), in insertion order
CHILDREN: dict[type[Row], tuple[tuple[type[Row], str], ...]] = {
    Workshop: ((Team, "workshop_id"),),
    Team: ((Member, "team_id"), (Project, "team_id")),
    Project: ((StageWork, "project_id"), (Attachment, "project_id"), (Canvas, "project_id")),
    Canvas: ((CanvasItem, "canvas_id"), (Link, "canvas_id")),
}

Snapshot = list[tuple[type[Row], dict[str, Any]]]


def row_values(row: Row) -> dict[str, Any]:
    return {
        column.name: getattr(row, column.name)
        for column in row.__table__.columns
        if column.name not in LOCAL_COLUMNS
    }


def take(session: Session, table: type[Row], row_id: str) -> Snapshot:
    """The row and all its descendants, parents before children."""
    row = session.get(table, row_id)
    if row is None:
        return []
    snapshot: Snapshot = [(table, row_values(row))]
    for child_table, column in CHILDREN.get(table, ()):
        children = session.exec(
            select(child_table).where(getattr(child_table, column) == row_id)
        ).all()
        for child in children:
            snapshot.extend(take(session, child_table, child.id))
    # links point at items, so they must come after every item of their canvas
    snapshot.sort(key=lambda entry: entry[0] is Link)
    return snapshot


def restore(session: Session, snapshot: Snapshot) -> dict[str, str]:
    """Insert the rows of ``snapshot`` again, with their original ids, as new versions
    (a deletion undone is a write, it must not pass for the deleted row); returns ``{id:
    rev}``. One token for the whole restore, given here rather than by the triggers, so
    callers that keep versions (the canvas document) know them without reading back."""
    token = new_rev()
    for table, values in snapshot:
        session.add(table(**{**values, "rev": token}))
        session.flush()
    return {values["id"]: token for _table, values in snapshot}
