"""Rows of any table as JSON-ready dicts, generically from the models' columns.

Nothing here names a column except the foreign keys found by reflection, so a table or
column added by another feature (with its migration) travels in bundles without changes
here. Values are converted by column type: datetimes as ISO text in UTC, dates as ISO
dates, JSON columns as they are, binary data (attachments) kept out of the documents.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, DateTime, LargeBinary, Table, select
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from labinov.store import bulk
from labinov.store.engines import is_sqlite, placeholder
from labinov.store.models import ALL_TABLES, LOCAL_COLUMNS, Workshop

_ORDER = {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}
# parents before children, whatever order other features list their tables in
TABLES: tuple[Table, ...] = tuple(
    sorted((m.__table__ for m in ALL_TABLES), key=lambda t: _ORDER[t.name])  # type: ignore[attr-defined]
)
BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
ROOT = Workshop.__table__.name  # type: ignore[attr-defined]

Row = dict[str, Any]


@cache
def columns(table: Table) -> tuple[Column[Any], ...]:
    """The columns of ``table`` that travel: all but ``LOCAL_COLUMNS`` (the local change
    counter, SYNC.md), which stays out of bundle documents, the format, comparisons and
    digests and is never written by an import (the store's trigger owns it). ``rev``, the
    row's version, travels (format 4)."""
    return tuple(c for c in table.columns if c.name not in LOCAL_COLUMNS)


def parent_key(table: Table) -> tuple[str, str] | None:
    """The (column, parent table) of the required foreign key that owns a row, or None."""
    for column in table.columns:
        if column.nullable or not column.foreign_keys:
            continue
        target = next(iter(column.foreign_keys)).column.table
        if target is not table:
            return column.name, target.name
    return None


@cache
def references(table: Table) -> tuple[tuple[str, str, bool], ...]:
    """(column, referenced table, deleting the referenced row deletes this one) of every
    foreign key of ``table``: what must exist before a row is written, and what a deletion
    would take along."""
    out = []
    for column in table.columns:
        for key in column.foreign_keys:
            cascade = (key.ondelete or "").upper() == "CASCADE"
            out.append((column.name, key.column.table.name, cascade))
    return tuple(out)


def children_of(name: str) -> list[tuple[Table, str]]:
    """Tables owned by table ``name`` with their owning column, in FK-safe order."""
    out = []
    for table in TABLES:
        key = parent_key(table)
        if key is not None and key[1] == name:
            out.append((table, key[0]))
    return out


@cache
def binary_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, LargeBinary)]


def to_json(table: Table, values: Row) -> Row:
    """A row read from the database (Python values) as JSON-ready values."""
    out: Row = {}
    for column in columns(table):
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
    query = select(*columns(table))
    if where is not None:
        query = query.where(where)
    return [dict(r._mapping) for r in connection.execute(query.order_by(table.c.id))]


def _converter(column: Any) -> Any:
    """Stored SQLite value → the JSON value ``to_json`` gives, without SQLAlchemy types."""
    kind = column.type
    kind = getattr(kind, "impl", kind) if not isinstance(kind, type) else kind
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else _iso(v)
    if isinstance(kind, JSON):  # text in SQLite; psycopg parses it already
        return lambda v: json.loads(v) if isinstance(v, str) else v
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    return None


def stored_time(value: datetime) -> str:
    """An aware datetime as UtcDateTime stores it: naive UTC text with microseconds."""
    offset = value.utcoffset()
    if offset:
        value = value - offset
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def raw_cursor(connection: Connection) -> Any:
    """The DB-API cursor of this transaction's connection: no result processing, and
    ``executemany`` takes a generator (sqlite3 and psycopg alike)."""
    return connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def marks(connection: Connection, count: int) -> str:
    """``count`` parameter markers of the driver (``?`` for sqlite3, ``%s`` for psycopg)."""
    return ", ".join([placeholder(connection)] * count)


def as_stored(value: Any) -> Any:
    """A value read by a server's driver (PostgreSQL hands back datetime and date objects)
    → the text SQLite stores, which the import compares and which sorts like time."""
    if isinstance(value, datetime):
        return stored_time(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fetched(connection: Connection, cursor: Any) -> Iterable[tuple[Any, ...]]:
    """The cursor's rows in SQLite's stored forms (SQLite's own rows untouched: exports
    read tens of thousands)."""
    if is_sqlite(connection):
        return cursor  # type: ignore[no-any-return]
    return (tuple(as_stored(v) for v in values) for values in cursor)


@cache
def _driver_classes(name: str) -> tuple[type[BaseException], ...]:
    """The exception class ``name`` of every driver Labinov may use (sqlite3, psycopg)."""
    import sqlite3

    found: list[type[BaseException]] = [getattr(sqlite3, name)]
    try:
        import psycopg

        found.append(getattr(psycopg, name))
    except ImportError:
        pass
    return tuple(found)


def driver_errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors of every driver Labinov may use, for raw cursor work."""
    return _driver_classes("Error")


def integrity_errors() -> tuple[type[BaseException], ...]:
    return _driver_classes("IntegrityError")


class Deferred:
    """A binary value read only when its row is written: an import of two thousand
    pictures holds one at a time, not all of them."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[[], bytes]) -> None:
        self.read = read


def _binary(value: Any) -> Any:
    return value.read() if isinstance(value, Deferred) else value


def _storer(column: Any, sqlite: bool = True) -> Any:
    """Import-form value (see ``format``: times and dates already as stored text) → what
    SQLAlchemy would store for ``column``."""
    kind = column.type
    kind = getattr(kind, "impl", kind)
    if isinstance(kind, LargeBinary):
        return _binary
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(kind, Boolean):  # SQLite stores 0/1; a server has a real boolean
        return (lambda v: None if v is None else int(v)) if sqlite else None
    return None


@cache
def _storers(table: Table, sqlite: bool) -> tuple[tuple[str, Any], ...]:
    """(column, storer) of ``table``: the converters the shared row writer applies to
    rows in import form instead of the columns' bind processors (built once, so the
    writer's compiled statement with them is found again)."""
    return tuple((c.name, _storer(c, sqlite)) for c in columns(table))


def insert_rows(connection: Connection, table: Table, rows: list[Row]) -> None:
    """Insert ``rows`` (import form, every column present) with one executemany of the
    shared row writer (``store/bulk.py``): an import writes tens of thousands of rows.
    Values are made as the driver takes them, so ``Deferred`` binaries are read one row
    at a time."""
    convert = dict(_storers(table, is_sqlite(connection)))
    bulk.insert_rows(connection, table, rows, convert)


def update_rows(connection: Connection, table: Table, rows: list[Row]) -> None:
    """Overwrite rows (import form, every column present) by id with one executemany."""
    convert = dict(_storers(table, is_sqlite(connection)))
    bulk.update_rows(connection, table, rows, convert)


def read_stored(connection: Connection, table: Table, ids: list[str]) -> dict[str, Row]:
    """Rows of ``table`` with ``ids`` in import form (times as stored text, JSON parsed,
    booleans as bool; binary as bytes), by id: what an incoming row is compared with."""
    names = [c.name for c in columns(table)]
    readers: list[tuple[str, Callable[[Any], Any]]] = []
    for column in columns(table):
        kind = getattr(column.type, "impl", column.type)
        if isinstance(kind, JSON):  # text in SQLite; psycopg parses it already
            readers.append((column.name, lambda v: json.loads(v) if isinstance(v, str) else v))
        elif isinstance(kind, Boolean):
            readers.append((column.name, bool))
    out: dict[str, Row] = {}
    cursor = raw_cursor(connection)
    for chunk in _chunks(ids):
        cursor.execute(
            f'SELECT {", ".join(names)} FROM "{table.name}" '
            f"WHERE id IN ({marks(connection, len(chunk))})",
            tuple(chunk),
        )
        for values in _fetched(connection, cursor):
            row = dict(zip(names, values, strict=True))
            for name, read in readers:
                if row[name] is not None:
                    row[name] = read(row[name])
            out[row["id"]] = row
    return out


def _iso(text: str) -> str:
    if len(text) == 26 and text[10] == " ":  # how UtcDateTime stores: naive UTC, microseconds
        return f"{text[:10]}T{text[11:]}+00:00"
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC).isoformat()


def _raw_rows(connection: Connection, table: Table, column: str, ids: list[str]) -> list[Row]:
    """Rows of ``table`` whose ``column`` is in ``ids`` as JSON values (binary as bytes),
    read with plain SQL: exports read tens of thousands of rows."""
    names = [c.name for c in columns(table)]
    converters = [(c.name, _converter(c)) for c in columns(table)]
    converters = [(n, f) for n, f in converters if f is not None]
    out: list[Row] = []
    for chunk in _chunks(ids):
        cursor = raw_cursor(connection)
        cursor.execute(
            f'SELECT {", ".join(names)} FROM "{table.name}" '
            f'WHERE "{column}" IN ({marks(connection, len(chunk))}) ORDER BY id',
            tuple(chunk),
        )
        for values in _fetched(connection, cursor):
            row = dict(zip(names, values, strict=True))
            for name, convert in converters:
                row[name] = convert(row[name])
            out.append(row)
    return out


def subtree(
    connection: Connection, name: str, ids: Iterable[str], skip: frozenset[str] = frozenset()
) -> Iterator[tuple[Table, Row]]:
    """Rows (JSON values; binary columns as bytes) of table ``name`` with ``ids`` and
    everything they own, tables in ``skip`` and what they own left out; parents first."""
    table = BY_NAME[name]
    rows = _raw_rows(connection, table, "id", list(ids))
    if not rows:
        return
    for row in rows:
        yield table, row
    for child, column in children_of(name):
        if child.name in skip:
            continue
        yield from _children(connection, child, column, [r["id"] for r in rows], skip)


def _children(
    connection: Connection, table: Table, column: str, parent_ids: list[str], skip: frozenset[str]
) -> Iterator[tuple[Table, Row]]:
    rows = _raw_rows(connection, table, column, parent_ids)
    for row in rows:
        yield table, row
    for child, child_column in children_of(table.name):
        if child.name not in skip and rows:
            yield from _children(connection, child, child_column, [r["id"] for r in rows], skip)


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
