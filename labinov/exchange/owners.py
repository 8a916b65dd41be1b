"""What a deletion or an insert brings along (SYNC.md: "a kept row whose parent was
deleted keeps its parent too"): ``marks``, the statuses of an import plan (table → id →
status), adjusted so that no row written here refers to a missing one and no deletion
takes rows along that stay (added or edited here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from labinov.exchange.rows import BY_NAME, TABLES, Row, references

WRITTEN = ("new", "newer", "kept")  # bundle rows that are written here


def revive_owners(marks: dict[str, dict[str, str]], rows: dict[str, dict[str, Row]]) -> None:
    """A row the import writes needs the rows it refers to: one deleted here (stays
    "gone") comes back from the bundle, "kept" (SYNC.md: a kept row keeps its parent)."""
    changed = True
    while changed:
        changed = False
        for name, statuses in marks.items():
            for row_id, status in statuses.items():
                row = rows.get(name, {}).get(row_id)
                if row is None or status not in WRITTEN:
                    continue
                for column_name, target, _ in references(BY_NAME[name]):
                    target_id = row.get(column_name)
                    if target_id and marks.get(target, {}).get(target_id) == "gone":
                        marks[target][target_id] = "kept"
                        changed = True


def keep_owners(conn: Connection, marks: dict[str, dict[str, str]]) -> None:
    """A row here to be deleted that still owns rows staying here (added or edited here)
    stays too: a deletion would take them along (``ON DELETE CASCADE``)."""
    changed = True
    while changed:
        changed = False
        doomed: dict[str, list[str]] = {}
        for name, statuses in marks.items():
            doomed[name] = [i for i, s in statuses.items() if s == "deleted"]
        for table_ in TABLES:
            for column_name, target, cascade in references(table_):
                ids = doomed.get(target)
                if not cascade or not ids:
                    continue
                statuses = marks.get(table_.name, {})
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    query = select(table_.c.id, table_.c[column_name]).where(
                        table_.c[column_name].in_(chunk)
                    )
                    for child_id, owner_id in conn.execute(query):
                        if statuses.get(child_id) != "deleted" and (
                            marks[target][owner_id] == "deleted"
                        ):
                            marks[target][owner_id] = "kept"
                            changed = True
