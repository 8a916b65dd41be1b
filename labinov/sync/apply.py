"""Reading and writing rows of any data table on any Connection (SQLite or PostgreSQL),
in SQLAlchemy Core: what sync (and bundle import) carry out once the rules have decided.

Rows are dicts of Python values as Core reads them (aware datetimes, dates, parsed JSON,
booleans, bytes), every column but ``change_seq`` (local: the triggers set it). A row
written with its ``rev`` keeps that version (the triggers give a new one only when the
statement leaves it unchanged or empty). ``apply`` writes parents before children and
deletes children before parents. Inserts and overwrites go through the one row writer
that bundle import uses too (``store/bulk.py``: rows as Python values here, through the
columns' bind processors; the import's in their stored text form).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    Column,
    Table,
    delete,
    exists,
    literal,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from labinov.store import bulk
from labinov.store.models import ALL_TABLES, LOCAL_COLUMNS, Tombstone
from labinov.store.sync_schema import owner_column
from labinov.sync.rules import Row, Tomb

IN_CHUNK = 500  # ids per IN (...): under SQLite's bound-variable limit

_ORDER = {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}
TABLES: tuple[Table, ...] = tuple(
    sorted((m.__table__ for m in ALL_TABLES), key=lambda t: _ORDER[t.name])  # type: ignore[attr-defined]
)
"""The data tables, parents before children."""
BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}
TOMBSTONES: Table = Tombstone.__table__  # type: ignore[attr-defined]


@cache
def data_columns(table: Table) -> tuple[Column[Any], ...]:
    """Every column a row carries between stores (all but the local change number)."""
    return tuple(c for c in table.columns if c.name not in LOCAL_COLUMNS)


@cache
def parents(table: Table) -> list[tuple[str, str]]:
    """(column, parent table) of every foreign key of ``table``."""
    return [
        (c.name, next(iter(c.foreign_keys)).column.table.name)
        for c in table.columns
        if c.foreign_keys
    ]


def chunks(values: Iterable[str], size: int = IN_CHUNK) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _rows(connection: Connection, query: Any) -> dict[str, Row]:
    out: dict[str, Row] = {}
    for mapping in connection.execute(query).mappings():
        row = dict(mapping)
        if isinstance(row.get("data"), memoryview):
            row["data"] = bytes(row["data"])
        out[row["id"]] = row
    return out


def _present(connection: Connection, column: Any, ids: set[str], where: Any = None) -> set[str]:
    """The ids among many ``ids`` found in ``column``: when the table holds no more rows
    than are asked for (a first sync into an empty server), one read of its ids instead of
    a query per chunk."""
    if len(ids) <= IN_CHUNK:
        return ids
    query = select(column).limit(len(ids) + 1)
    if where is not None:
        query = query.where(where)
    found = set(connection.execute(query).scalars())
    return ids & found if len(found) <= len(ids) else ids


def read_rows(connection: Connection, table: Table, ids: Iterable[str]) -> dict[str, Row]:
    """The rows of ``table`` with ``ids`` that exist, by id."""
    out: dict[str, Row] = {}
    for chunk in chunks(sorted(_present(connection, table.c.id, set(ids)))):
        query = select(*data_columns(table)).where(table.c.id.in_(chunk))
        out.update(_rows(connection, query))
    return out


def read_changed(
    connection: Connection, table: Table, after: int, upto: int | None = None
) -> dict[str, Row]:
    """The rows of ``table`` written here after change number ``after`` (up to ``upto``)."""
    query = select(*data_columns(table)).where(table.c.change_seq > after)
    if upto is not None:
        query = query.where(table.c.change_seq <= upto)
    return _rows(connection, query)


def tables_changed(connection: Connection, after: int) -> set[str]:
    """The data tables with rows written here after change number ``after``: one query
    (an incremental sync reads only those)."""
    parts = [
        select(literal(table.name).label("name")).where(exists().where(table.c.change_seq > after))
        for table in TABLES
    ]
    return set(connection.execute(union_all(*parts)).scalars())


def _tomb(mapping: Any) -> Tomb:
    return Tomb(
        mapping["row_id"],
        mapping["table_name"],
        mapping["rev"],
        mapping["parent_id"],
        mapping["device_id"],
    )


def read_tombs(
    connection: Connection, ids: Iterable[str], table: str | None = None
) -> dict[str, Tomb]:
    """The tombstones of ``ids`` (rows of ``table``, when given) kept here, by row id."""
    out: dict[str, Tomb] = {}
    where = None if table is None else TOMBSTONES.c.table_name == table
    for chunk in chunks(sorted(_present(connection, TOMBSTONES.c.row_id, set(ids), where))):
        query = select(TOMBSTONES).where(TOMBSTONES.c.row_id.in_(chunk))
        for mapping in connection.execute(query).mappings():
            out[mapping["row_id"]] = _tomb(mapping)
    return out


def read_changed_tombs(connection: Connection, after: int) -> dict[str, Tomb]:
    """The tombstones written here after change number ``after``, by row id."""
    query = select(TOMBSTONES).where(TOMBSTONES.c.change_seq > after)
    return {m["row_id"]: _tomb(m) for m in connection.execute(query).mappings()}


def existing_ids(connection: Connection, table: Table, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(ids):
        found.update(connection.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    return found


def insert_rows(connection: Connection, table: Table, rows: list[Row]) -> None:
    """Insert complete rows (every data column), their ``rev`` kept: one executemany of
    the shared row writer (``store/bulk.py``, which bundle import uses too)."""
    if rows:
        bulk.insert_rows(connection, table, rows)


def update_rows(connection: Connection, table: Table, rows: list[Row]) -> None:
    """Overwrite rows by id with every data column of ``rows`` (``rev`` included)."""
    if rows:
        bulk.update_rows(connection, table, rows)


def delete_rows(connection: Connection, table: Table, ids: Iterable[str]) -> None:
    """Delete rows by id (the triggers leave their tombstones; cascades follow)."""
    for chunk in chunks(ids):
        connection.execute(delete(table).where(table.c.id.in_(chunk)))


@dataclass
class Writes:
    """What to write on one store: rows to insert or overwrite (by table, by id) and ids
    to delete. Conflict copies and ``conflict`` rows are inserts like any other."""

    inserts: dict[str, dict[str, Row]] = field(default_factory=dict)
    updates: dict[str, dict[str, Row]] = field(default_factory=dict)
    deletes: dict[str, set[str]] = field(default_factory=dict)
    # deleted before anything is inserted: a row giving way to another store's row of
    # the same unique key (a project's work in one stage)
    replaced: dict[str, set[str]] = field(default_factory=dict)

    def replace(self, table: str, row_id: str) -> None:
        self.deletes.get(table, set()).discard(row_id)
        self.replaced.setdefault(table, set()).add(row_id)

    def insert(self, table: str, row: Row) -> None:
        self.inserts.setdefault(table, {})[row["id"]] = row

    def update(self, table: str, row: Row) -> None:
        self.updates.setdefault(table, {})[row["id"]] = row

    def delete(self, table: str, row_id: str) -> None:
        self.deletes.setdefault(table, set()).add(row_id)

    def write(self, table: str, row: Row, exists: bool) -> None:
        (self.update if exists else self.insert)(table, row)

    def undelete(self, table: str, row_id: str) -> None:
        self.deletes.get(table, set()).discard(row_id)

    def written(self, table: str, row_id: str) -> bool:
        return row_id in self.inserts.get(table, {}) or row_id in self.updates.get(table, {})

    def deleting(self, table: str, row_id: str) -> bool:
        return row_id in self.deletes.get(table, set())

    def counts(self) -> dict[str, int]:
        """Rows written or deleted, per table."""
        out: dict[str, int] = {}
        for group in (self.inserts, self.updates):
            for table, rows in group.items():
                if rows:
                    out[table] = out.get(table, 0) + len(rows)
        for table, ids in (*self.deletes.items(), *self.replaced.items()):
            if ids:
                out[table] = out.get(table, 0) + len(ids)
        return out

    def empty(self) -> bool:
        return not self.counts()


def apply(
    connection: Connection,
    writes: Writes,
    step: Callable[[], None] | None = None,
) -> None:
    """Carry out ``writes`` in the connection's transaction: rows giving way first, then
    inserts parents first, then updates (a row may move under a parent inserted just
    now), then deletions children first (a row moved away from a deleted parent is not
    taken by its cascade). ``step()`` is called after each table (progress, cancel)."""
    for table in reversed(TABLES):
        ids = writes.replaced.get(table.name)
        if ids:
            delete_rows(connection, table, sorted(ids))
    for table in TABLES:
        insert_rows(connection, table, list(writes.inserts.get(table.name, {}).values()))
        update_rows(connection, table, list(writes.updates.get(table.name, {}).values()))
        if step is not None:
            step()
    for table in reversed(TABLES):
        ids = writes.deletes.get(table.name)
        if ids:
            delete_rows(connection, table, sorted(ids))
    if step is not None:
        step()


def owner(table: Table) -> str | None:
    """The column of a row's owner (see ``store.sync_schema.owner_column``)."""
    return owner_column(table)
