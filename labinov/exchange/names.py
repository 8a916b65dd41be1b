"""How a preview names a row: the project's title and the row's own label, never an id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

from labinov.exchange.rows import BY_NAME, Row, parent_key, read_stored


@dataclass(frozen=True)
class Named:
    """A row as the user calls it: its table, the project's title ("" outside projects)
    and its label (the note's text, the member's name, the stage, …)."""

    table: str
    project: str
    item: str


def item_label(table: str, row: Row) -> str:
    """What the user reads for a row: its name, title or text (first line), else what
    it is (a stage, a canvas template, a file name)."""
    for column in ("name", "title", "text", "label", "filename"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            line = value.strip().splitlines()[0]
            return line if len(line) <= 80 else line[:77] + "..."
    for column in ("stage", "template", "kind", "table_name"):
        value = row.get(column)
        if isinstance(value, str) and value:
            return value
    return ""


class Namer:
    """Names rows of a bundle or of this store; finds a row's project by its owners (the
    bundle's rows first, then the store's)."""

    def __init__(self, connection: Connection, rows: dict[str, dict[str, Row]]) -> None:
        self.connection = connection
        self.rows = rows
        self._titles: dict[tuple[str, str], str] = {}

    def row(self, table: str, row_id: str) -> Row | None:
        found = self.rows.get(table, {}).get(row_id)
        if found is None:
            found = read_stored(self.connection, BY_NAME[table], [row_id]).get(row_id)
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
