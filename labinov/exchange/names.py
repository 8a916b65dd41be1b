"""How an import preview names a row: the project's title and the row's own label (as a
sync preview does: ``labinov.sync.names``), never an id; the rows are the bundle's or
this store's."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from labinov.exchange.rows import BY_NAME, Row, parent_key, read_stored
from labinov.sync.names import Named, label

__all__ = ["Named", "Namer", "item_label"]


def item_label(table: str, row: Row) -> str:
    """What the user reads for a row (as a sync preview calls it), else what it is (a
    frame or picture on a canvas has no text)."""
    return label(row) or str(row.get("kind") or "")


class Namer:
    """Names rows of a bundle or of this store; finds a row's project by its owners (the
    bundle's rows first, then the store's)."""

    def __init__(self, connection: Connection, rows: dict[str, dict[str, Row]]) -> None:
        self.connection = connection
        self.rows = rows
        self._titles: dict[tuple[str, str], str] = {}
        self._here: dict[str, dict[str, Row]] = {}  # rows read from this store

    def prefetch(self, table: str, ids: list[str]) -> None:
        """Read the rows ``ids`` of ``table`` not in the bundle at once (a deleted project
        names thousands of rows)."""
        bundle = self.rows.get(table, {})
        missing = [i for i in ids if i not in bundle]
        if missing:
            found = read_stored(self.connection, BY_NAME[table], missing)
            self._here.setdefault(table, {}).update(found)

    def row(self, table: str, row_id: str) -> Row | None:
        found = self.rows.get(table, {}).get(row_id) or self._here.get(table, {}).get(row_id)
        if found is None:
            found = read_stored(self.connection, BY_NAME[table], [row_id]).get(row_id)
            if found is not None:
                self._here.setdefault(table, {})[row_id] = found
        return found

    def project(self, table: str, row: Row) -> str:
        """The title of the project ``row`` belongs to, "" when none."""
        if table == "project":
            return str(row.get("title", ""))
        key = ("project", row["project_id"]) if row.get("project_id") else None
        if key is None:
            owner = parent_key(BY_NAME[table])
            if owner is None or not row.get(owner[0]):
                return ""
            key = (owner[1], row[owner[0]])
        if key not in self._titles:
            parent = self.row(*key)
            self._titles[key] = "" if parent is None else self.project(key[0], parent)
        return self._titles[key]

    def named(self, table: str, row: Row) -> Named:
        return Named(table, self.project(table, row), item_label(table, row))
