"""Rows of any table as JSON-ready dicts, generically from the models' columns.

Nothing here names a column except the foreign keys found by reflection, so a table or
column added by another feature (with its migration) travels in bundles without changes
here. Values are converted by column type: datetimes as ISO text in UTC, dates as ISO
dates, JSON columns as they are, binary data (attachments) kept out of the documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import LargeBinary, Table, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from labinov.store.models import ALL_TABLES, Workshop

_ORDER = {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}
# parents before children, whatever order other features list their tables in
TABLES: tuple[Table, ...] = tuple(
    sorted((m.__table__ for m in ALL_TABLES), key=lambda t: _ORDER[t.name])  # type: ignore[attr-defined]
)
BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
ROOT = Workshop.__table__.name  # type: ignore[attr-defined]

Row = dict[str, Any]


def parent_key(table: Table) -> tuple[str, str] | None:
    """The (column, parent table) of the required foreign key that owns a row, or None."""
    for column in table.columns:
        if column.nullable or not column.foreign_keys:
            continue
        target = next(iter(column.foreign_keys)).column.table
        if target is not table:
            return column.name, target.name
    return None


def children_of(name: str) -> list[tuple[Table, str]]:
    """Tables owned by table ``name`` with their owning column, in FK-safe order."""
    out = []
    for table in TABLES:
        key = parent_key(table)
        if key is not None and key[1] == name:
            out.append((table, key[0]))
    return out


def binary_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, LargeBinary)]


def to_json(table: Table, values: Row) -> Row:
    """A row read from the database (Python values) as JSON-ready values."""
    out: Row = {}
    for column in table.columns:
        if isinstance(column.type, LargeBinary):
            continue
        value = values[column.name]
        if isinstance(value, datetime):
            value = value.astimezone(UTC).isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        out[column.name] = value
    return out


def read_rows(connection: Connection, table: Table, where: Any = None) -> list[Row]:
    """All rows of ``table`` (optionally filtered), as Python values, ordered by id."""
    query = select(table)
    if where is not None:
        query = query.where(where)
    return [dict(r._mapping) for r in connection.execute(query.order_by(table.c.id))]


def subtree(
    connection: Connection, name: str, ids: Iterable[str], skip: frozenset[str] = frozenset()
) -> Iterator[tuple[Table, Row]]:
    """Rows of table ``name`` with ``ids`` and everything they own (tables in ``skip`` and
    what they own left out), parents first."""
    table = BY_NAME[name]
    ids = list(ids)
    if not ids:
        return
    rows: list[Row] = []
    for chunk in _chunks(ids):
        rows.extend(read_rows(connection, table, table.c.id.in_(chunk)))
    for row in rows:
        yield table, row
    for child, column in children_of(name):
        if child.name in skip:
            continue
        child_ids: list[str] = []
        for chunk in _chunks([r["id"] for r in rows]):
            child_ids.extend(
                r[0]
                for r in connection.execute(select(child.c.id).where(child.c[column].in_(chunk)))
            )
        yield from subtree(connection, child.name, child_ids, skip)


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def canonical_dump(connection: Connection) -> dict[str, list[Row]]:
    """Every row of every table as JSON values (binary as hex), ordered: compares two stores."""
    dump: dict[str, list[Row]] = {}
    for table in TABLES:
        rows = []
        for row in read_rows(connection, table):
            values = to_json(table, row)
            for name in binary_columns(table):
                values[name] = bytes(row[name]).hex()
            rows.append(values)
        dump[table.name] = rows
    return dump
