"""Whole rows of any data table written many at a time: the one writer under bundle import
and replication (``exchange/merge.py``, rows in their stored text form) and sync
(``sync/apply.py``, rows as Python values), on SQLite and PostgreSQL.

A row is a dict holding every column but the local ones (``change_seq``: the triggers set
it, ``store/sync_schema.py``); its ``rev`` is written as given (the triggers give a new
one only when it is empty or unchanged). The INSERT/UPDATE by id is a Core statement
compiled once per table and dialect (``store/prepared.py``), run with one ``executemany``
on the driver's cursor of the connection's transaction: an import writes tens of
thousands of rows, and SQLAlchemy's execution layer (a dict per row, its events) cost
more than SQLite's inserting (``tests/bench/bench_exchange.py``). psycopg pipelines an
executemany; multi-row VALUES measured 3 to 10 times slower on a server.

Values: as Python values through the columns' own bind processors (what Core would send),
or, when the caller gives ``convert`` (column → function or None), through those instead
(the import's stored text goes to the driver nearly as it is). Rows are built as the driver
asks for them (a generator), so a binary read lazily is read one row at a time. Driver
errors come back as SQLAlchemy's (``IntegrityError``, …), as from ``Connection.execute``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.engine import Connection, Dialect

from labinov.store.edit_link import wrapped
from labinov.store.models import LOCAL_COLUMNS
from labinov.store.prepared import Fields, Prepared

Convert = Mapping[str, Callable[[Any], Any] | None]


def insert_rows(
    connection: Connection, table: Table, rows: Iterable[Fields], convert: Convert | None = None
) -> None:
    """Insert complete ``rows`` (every data column) with one executemany."""
    _run(connection, _compiled(table, "insert", _kind(connection.dialect)), rows, convert)


def update_rows(
    connection: Connection, table: Table, rows: Iterable[Fields], convert: Convert | None = None
) -> None:
    """Overwrite rows by id with every data column of ``rows`` (``rev`` included)."""
    _run(connection, _compiled(table, "update", _kind(connection.dialect)), rows, convert)


def data_names(table: Table) -> list[str]:
    """The columns a row carries between stores (all but the local change number)."""
    return [c.name for c in table.columns if c.name not in LOCAL_COLUMNS]


def _run(
    connection: Connection, prepared: Prepared, rows: Iterable[Fields], convert: Convert | None
) -> None:
    if convert is not None:
        prepared = _converting(prepared, tuple(sorted(convert.items())))
    build, shared = prepared.bound({})
    params = (build(row, None, None, shared) for row in rows)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(prepared.sql, params)  # type: ignore[arg-type]  # an iterator: sqlite3 and psycopg take one
    except connection.dialect.loaded_dbapi.Error as error:
        raise wrapped(connection, cursor, prepared.sql, (), error) from error
    finally:
        cursor.close()


class _DialectKey:
    """What a compiled statement depends on: the dialect's class and parameter style
    (each engine has its own dialect object; the cache keeps the first one per key)."""

    __slots__ = ("dialect", "key")

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.key = (type(dialect), dialect.paramstyle)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _DialectKey) and other.key == self.key


def _kind(dialect: Dialect) -> _DialectKey:
    return _DialectKey(dialect)


@cache
def _compiled(table: Table, statement: str, dialect: _DialectKey) -> Prepared:
    names = data_names(table)
    values = {name: bindparam(f"_{name}", type_=table.c[name].type) for name in names}
    if statement == "insert":
        built: Any = insert(table).values(values)
    else:
        del values["id"]
        built = update(table).where(table.c.id == bindparam("_id")).values(values)
    return Prepared.of(built, dialect.dialect)


@cache
def _converting(
    prepared: Prepared, convert: tuple[tuple[str, Callable[[Any], Any] | None], ...]
) -> Prepared:
    """``prepared`` with the caller's converters instead of the bind processors."""
    by_name = dict(convert)
    processors = tuple(by_name.get(source) for source in prepared.sources)
    return dataclasses.replace(prepared, processors=processors, _plans={})
