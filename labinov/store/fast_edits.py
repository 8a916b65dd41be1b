"""The hot edits' way to the database: SQLAlchemy Core statements built once per shape and
run on one long-lived connection, one transaction per user edit.

Why: a Session per transaction, ORM objects and statements built and compiled per call
cost ~3 ms of CPU per edit, more than the commit itself (tests/bench/bench_edits.py).
Writes: each Core statement is compiled once for the connection's dialect and run with
``exec_driver_sql``, its values put through the columns' own bind processors (a time
shared by every row of an edit once per edit, not once per row): a drag of 200 notes then
costs SQLAlchemy little more than sqlite3's own ``executemany``. Reads run as ordinary
Core statements (their results need the types' processing). Core rather than DB-API SQL:
the SQL comes from SQLAlchemy's compiler for the engine at hand, so the same statements
run on SQLite and PostgreSQL (no ``?``, no engine-only functions).

The connection opens at the first edit and closes when the engine is disposed; a lock
keeps a background thread from interleaving its transaction with the GUI thread's.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, event, insert, literal_column, select, update
from sqlalchemy.engine import Connection, Dialect, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.sql.dml import Insert, Update
from sqlalchemy.sql.selectable import Select

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError
from labinov.store.types import utcnow

IN_CHUNK = 500  # ids per IN (...): under SQLite's bound-variable limit
TRIGGER_SET = frozenset({"rev", "change_seq"})  # columns an insert leaves to the triggers

Fields = dict[str, Any]
T = TypeVar("T")


def not_found(row_id: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("UserError", "This item no longer exists (id {id})."), id=row_id
    )


@dataclass(frozen=True)
class Prepared:
    """A statement compiled for one dialect: its SQL, and for each parameter in the order
    the driver takes them, the row key it reads and the bind processor of its type.

    A parameter ``_name`` reads the row's ``name`` (a SET clause may not name its bind
    like its column); ``_now`` is the edit's time, processed once for all rows."""

    sql: str
    keys: tuple[str, ...]  # the driver's parameter names (for named paramstyles)
    sources: tuple[str, ...]  # the row key each parameter reads
    processors: tuple[Callable[[Any], Any] | None, ...]
    positional: bool

    @classmethod
    def of(cls, statement: Any, dialect: Dialect) -> Prepared:
        compiled = statement.compile(dialect=dialect)
        binds = compiled.binds
        names = tuple(compiled.positiontup or ()) if dialect.positional else tuple(binds)
        escaped = getattr(compiled, "escaped_bind_names", None) or {}
        return cls(
            str(compiled),
            tuple(escaped.get(name, name) for name in names),
            tuple(name.removeprefix("_") for name in names),
            tuple(binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names),
            bool(dialect.positional),
        )

    def rows(self, rows: Sequence[Fields], same: Fields) -> list[Any]:
        """Driver parameters for ``rows``; ``same`` holds values every row shares
        (processed once)."""
        template: list[Any] = []
        steps = []
        for index, (source, process) in enumerate(zip(self.sources, self.processors, strict=True)):
            if source in same:
                template.append(process(same[source]) if process else same[source])
            else:
                template.append(None)
                steps.append((index, source, process))
        result: list[Any] = []
        for row in rows:
            values = template.copy()
            for index, source, process in steps:
                value = row[source]
                values[index] = process(value) if process is not None else value
            result.append(
                tuple(values) if self.positional else dict(zip(self.keys, values, strict=True))
            )
        return result


class FastEdits:
    """Cached Core statements and the connection they run on."""

    def __init__(
        self,
        engine: Engine,
        storage_error: Callable[[BaseException], Exception],
        check_schema: Callable[[Connection], None],
    ) -> None:
        self._engine = engine
        self._storage_error = storage_error
        # a server upgraded by a newer Labinov refuses this client's writes, as in
        # Store.transaction (a no-op on SQLite)
        self._check_schema = check_schema
        self._connection: Connection | None = None
        self._lock = threading.RLock()
        self._statements: dict[Hashable, Any] = {}
        self._prepared: dict[int, Prepared] = {}  # by id() of a statement in _statements
        # Engine.dispose() (Store.dispose, a restore, a test making the store read-only)
        # closes pooled connections only: this one must follow, or it would write on
        event.listen(engine, "engine_disposed", lambda _engine: self.close(discard=True))

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work: committed on success, rolled back on any error; write failures
        become the store's ``StorageError`` (integrity errors pass through, as with
        ``Store.transaction``)."""
        with self._lock:
            connection = self._connect()
            try:
                with connection.begin():
                    self._check_schema(connection)
                    yield connection
            except IntegrityError:
                raise
            except DBAPIError as error:
                if error.connection_invalidated:
                    self.close()
                raise self._storage_error(error) from error
            except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
                if isinstance(error, sqlite3.IntegrityError):
                    raise
                raise self._storage_error(error) from error

    def close(self, discard: bool = False) -> None:
        """Give the connection back (``discard``: close the driver's connection too, as
        after ``Engine.dispose`` its pool is gone); the next edit opens another."""
        with self._lock:
            if self._connection is not None:
                if discard:
                    self._connection.invalidate()
                self._connection.close()
                self._connection = None

    def _connect(self) -> Connection:
        if self._connection is None or self._connection.closed:
            self._connection = self._engine.connect()
        return self._connection

    # -- statements, each built once per table and set of columns ---------------------

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        """The statement stored under ``key``, built by ``build`` the first time."""
        statement = self._statements.get(key)
        if statement is None:
            statement = self._statements[key] = build()
        return statement  # type: ignore[no-any-return]

    def run(
        self,
        connection: Connection,
        statement: Any,
        rows: Sequence[Fields],
        same: Fields | None = None,
    ) -> int:
        """Execute a write ``statement`` (from ``cached``) once per row, compiled once;
        returns the number of rows it touched."""
        prepared = self._prepared.get(id(statement))
        if prepared is None:
            prepared = self._prepared[id(statement)] = Prepared.of(statement, connection.dialect)
        params = prepared.rows(rows, same or {})
        many = params if len(params) != 1 else params[0]
        return connection.exec_driver_sql(prepared.sql, many).rowcount  # type: ignore[arg-type]

    def update_by_id(self, table: Table, names: tuple[str, ...]) -> Update:
        """``UPDATE table SET name = :_name…, updated_at = :_now WHERE id = :_id``."""

        def build() -> Update:
            values: dict[str, Any] = {name: bindparam(f"_{name}") for name in names}
            return (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(updated_at=bindparam("_now"), **values)
            )

        return self.cached(("update", table.name, names), build)

    def select_by_ids(self, table: Table, names: tuple[str, ...]) -> Select[Any]:
        """``SELECT id, names… FROM table WHERE id IN (:ids)`` (an expanding parameter)."""

        def build() -> Select[Any]:
            columns = [table.c.id, *(table.c[name] for name in names)]
            return select(*columns).where(table.c.id.in_(bindparam("ids", expanding=True)))

        return self.cached(("select", table.name, names), build)

    def select_by_id(self, table: Table, names: tuple[str, ...]) -> Select[Any]:
        """``SELECT id, names… FROM table WHERE id = :_id``."""

        def build() -> Select[Any]:
            columns = [table.c[name] for name in names]
            return select(table.c.id, *columns).where(table.c.id == bindparam("_id"))

        return self.cached(("select one", table.name, names), build)

    def insert_into(self, table: Table) -> Insert:
        """``INSERT`` of every column but ``rev`` and ``change_seq``: the triggers give
        the new row its version and change number (store/sync_schema.py)."""

        def build() -> Insert:
            names = [c.name for c in table.columns if c.name not in TRIGGER_SET]
            values: dict[str, Any] = {
                name: bindparam(f"_{name}", type_=table.c[name].type) for name in names
            }
            # '' written as such (not the model's default as a parameter rows lack)
            return insert(table).values(rev=literal_column("''"), **values)

        return self.cached(("insert", table.name), build)

    # -- operations inside a transaction ------------------------------------------------

    def read(
        self, connection: Connection, table: Table, ids: Sequence[str], names: Iterable[str]
    ) -> dict[str, Fields]:
        """Current values of ``names`` for the rows of ``ids`` that exist."""
        fields = tuple(names)
        statement = self.select_by_ids(table, fields)
        found: dict[str, Fields] = {}
        for start in range(0, len(ids), IN_CHUNK):
            chunk = list(ids[start : start + IN_CHUNK])
            for row in connection.execute(statement, {"ids": chunk}):
                found[row[0]] = dict(zip(fields, row[1:], strict=True))
        return found

    def read_one(
        self, connection: Connection, table: Table, row_id: str, names: Iterable[str]
    ) -> Fields | None:
        """Current values of ``names`` in the row ``row_id``, None when it is gone."""
        fields = tuple(names)
        found = connection.execute(self.select_by_id(table, fields), {"_id": row_id}).first()
        return None if found is None else dict(zip(fields, found[1:], strict=True))

    def write(self, connection: Connection, table: Table, changes: Mapping[str, Fields]) -> None:
        """Set the fields of ``changes`` (``{id: {name: value}}``) and ``updated_at``: one
        executemany per set of field names. ``NotFoundError`` when a row is missing."""
        groups: dict[tuple[str, ...], list[Fields]] = {}
        for row_id, fields in changes.items():
            groups.setdefault(tuple(sorted(fields)), []).append({**fields, "id": row_id})
        touched = 0
        same = {"now": utcnow()}
        for names, rows in groups.items():
            touched += self.run(connection, self.update_by_id(table, names), rows, same)
        if touched != len(changes):  # then find which one, for the message
            found = self.read(connection, table, list(changes), ())
            missing = sorted(set(changes) - set(found))
            if missing:
                raise not_found(missing[0])

    def insert(self, connection: Connection, table: Table, rows: Sequence[Fields]) -> None:
        """Insert complete rows (every row with a value for every column)."""
        if rows:
            self.run(connection, self.insert_into(table), rows)
