"""The hot edits' way to the database: SQLAlchemy Core statements built once per shape and
run on one long-lived connection, one transaction per user edit.

Why: a Session per transaction, ORM objects and statements built and compiled per call
cost ~3 ms of CPU per edit, more than the commit itself (tests/bench/bench_edits.py).
Each Core statement is compiled once for the connection's dialect (``store/prepared.py``)
and run on the driver's cursor of the SQLAlchemy connection (its pool), in a light
transaction ended by the driver's own commit (``store/edit_link.py``): SQLAlchemy's
execution layer (events, result set-up) and its begin/commit cost more CPU per edit than
the driver's own calls. Values go through the columns' own bind processors (and a SELECT's
results through their result processors); driver errors are wrapped as SQLAlchemy would
wrap them. Core rather than DB-API SQL: the SQL comes from SQLAlchemy's compiler for the
engine at hand, so the same statements run on SQLite and PostgreSQL (no ``?``, no
engine-only functions). Reads by a list of ids (rare: error messages, callers without
the previous values) run as ordinary Core statements.

Optimistic concurrency (SYNC.md, issue 16): every update sets ``rev`` to a new token and,
when the caller says which version it last saw, matches it in the WHERE clause next to the
primary key (on SQLite one more compare on the row the primary key finds). Zero rows
matched on a row that exists → ``StaleWriteError``, the transaction rolls back, nothing
is written. A caller that keeps rows' versions (the canvas document) writes
``versioned(changes)``: it then knows the new token without reading back. The rows of one
edit share its token (versions are compared per row id, never across rows).

The connection opens at the first edit and closes when the engine is disposed; a lock
keeps a background thread from interleaving its transaction with the GUI thread's
(``store/edit_link.py``: the light transaction on the driver's connection).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert, Update
from sqlalchemy.sql.selectable import Select

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError, StaleWriteError
from labinov.store.edit_link import EditLink, Unit, wrapped
from labinov.store.ids import new_rev, utcnow
from labinov.store.ids import versioned as versioned  # its home before ids.py
from labinov.store.prepared import Fields, Prepared

IN_CHUNK = 500  # ids per IN (...): under SQLite's bound-variable limit
TRIGGER_OWNED = frozenset({"change_seq"})  # set by the sync triggers, never by a statement

T = TypeVar("T")


def not_found(row_id: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("UserError", "This item no longer exists (id {id})."), id=row_id
    )


def stale() -> StaleWriteError:
    return StaleWriteError(
        QT_TRANSLATE_NOOP(
            "UserError", "This item was just changed by someone else; the view was reloaded."
        )
    )


@dataclass(frozen=True)
class Version:
    """A caller's versions of one row: the ``rev`` it loaded (checked) and the one its
    write gives the row (so it knows it without reading back)."""

    seen: str
    new: str = field(default_factory=new_rev)


class FastEdits:
    """Cached Core statements and the connection they run on."""

    def __init__(self, link: EditLink) -> None:
        self._link = link  # the connection and its light transactions
        self._statements: dict[Hashable, Any] = {}
        self._prepared: dict[int, Prepared] = {}  # by id() of a statement in _statements

    def transaction(self) -> Unit:
        """One unit of work: ``with edits.transaction() as connection:`` committed on
        success, rolled back on any error; write failures become the store's
        ``StorageError`` (integrity errors pass through, as with ``Store.transaction``).
        A light transaction on the driver's connection (``store/edit_link.py``)."""
        return self._link.transaction()

    @property
    def connection(self) -> Connection | None:
        """The long-lived connection, None before the first edit and after ``close``."""
        return self._link.connection

    def close(self, discard: bool = False) -> None:
        """Give the connection back (``discard``: close the driver's connection too);
        the next edit opens another."""
        self._link.close(discard)

    # -- statements, each built once per table and set of columns ---------------------

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        """The statement stored under ``key``, built by ``build`` the first time."""
        statement = self._statements.get(key)
        if statement is None:
            statement = self._statements[key] = build()
        return statement  # type: ignore[no-any-return]

    def prepared(self, connection: Connection, statement: Any) -> Prepared:
        """``statement`` (from ``cached``) compiled for the connection's dialect, once."""
        prepared = self._prepared.get(id(statement))
        if prepared is None:
            prepared = self._prepared[id(statement)] = Prepared.of(statement, connection.dialect)
        return prepared

    def run(
        self,
        connection: Connection,
        statement: Any,
        rows: Sequence[Fields],
        same: Fields | None = None,
    ) -> int:
        """Execute a write ``statement`` (from ``cached``) once per row, compiled once;
        returns the number of rows it touched."""
        prepared = self.prepared(connection, statement)
        return self.execute(connection, prepared.sql, prepared.rows(rows, same or {}))

    def execute(self, connection: Connection, sql: str, params: list[Any]) -> int:
        """Run ``sql`` once per parameter set on the driver's cursor; rows touched."""
        cursor = self._link.cursor()
        try:
            if len(params) == 1:
                cursor.execute(sql, params[0])
            else:
                cursor.executemany(sql, params)
            return int(cursor.rowcount)
        except connection.dialect.loaded_dbapi.Error as error:
            raise wrapped(connection, cursor, sql, params, error) from error
        finally:
            cursor.close()

    def first(
        self, connection: Connection, statement: Any, values: Fields
    ) -> tuple[Any, ...] | None:
        """The first row of a SELECT ``statement`` (from ``cached``) with bind ``values``,
        through its columns' result processors; None when there is none."""
        prepared = self.prepared(connection, statement)
        params = prepared.rows([values], {})
        cursor = self._link.cursor()
        try:
            cursor.execute(prepared.sql, params[0])
            found = cursor.fetchone()
        except connection.dialect.loaded_dbapi.Error as error:
            raise wrapped(connection, cursor, prepared.sql, params, error) from error
        finally:
            cursor.close()
        if found is None:
            return None
        return tuple(
            value if process is None else process(value)
            for value, process in zip(found, prepared.results, strict=True)
        )

    def update_by_id(self, table: Table, names: tuple[str, ...], checked: bool) -> Update:
        """``UPDATE table SET name = :_name…, rev = :_rev, updated_at = :_now WHERE id =
        :_id`` (``checked``: ``AND rev = :_seen``, the version the caller saw)."""

        def build() -> Update:
            values: dict[str, Any] = {name: bindparam(f"_{name}") for name in names}
            values.setdefault("rev", bindparam("_rev"))
            where = table.c.id == bindparam("_id")
            if checked:
                where = where & (table.c.rev == bindparam("_seen"))
            return update(table).where(where).values(updated_at=bindparam("_now"), **values)

        return self.cached(("update", table.name, names, checked), build)

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
        """``INSERT`` of every column but those the triggers own (``change_seq``); a
        row's ``rev`` is the caller's token (then it knows the new row's version), or ''
        for the trigger to give one."""

        def build() -> Insert:
            names = [c.name for c in table.columns if c.name not in TRIGGER_OWNED]
            values: dict[str, Any] = {
                name: bindparam(f"_{name}", type_=table.c[name].type) for name in names
            }
            return insert(table).values(values)

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

    def write(
        self,
        connection: Connection,
        table: Table,
        changes: Mapping[str, Fields],
        seen: Mapping[str, str] | None = None,
    ) -> None:
        """Set the fields of ``changes`` (``{id: {name: value}}``), ``updated_at`` and
        ``rev`` (the row's ``rev`` in ``changes``, else one new token): one executemany per
        set of field names. ``seen``: ``{id: rev}`` the caller last saw, matched in the
        WHERE clause (a row it names is checked: its value is a rev, never None).
        ``NotFoundError`` when a row is missing, ``StaleWriteError`` when one changed
        since it was seen (then the caller rolls the transaction back)."""
        seen = seen or {}
        shapes = {tuple(fields) for fields in changes.values()}
        checked_all = seen.keys() >= changes.keys()
        batches: list[tuple[tuple[str, ...], bool, Iterable[tuple[str, Fields]]]]
        if len(shapes) == 1 and (checked_all or not seen.keys() & changes.keys()):
            batches = [(shapes.pop(), checked_all, changes.items())]  # one statement
        else:
            groups: dict[tuple[tuple[str, ...], bool], list[tuple[str, Fields]]] = {}
            for row_id, fields in changes.items():
                key = (tuple(fields), row_id in seen)
                groups.setdefault(key, []).append((row_id, fields))
            batches = [(names, checked, rows) for (names, checked), rows in groups.items()]
        touched = 0
        now = utcnow()
        token = None if all("rev" in names for names, _c, _r in batches) else new_rev()
        expected = seen.get
        for names, checked, rows in batches:
            same = {"now": now} if "rev" in names else {"now": now, "rev": token}
            prepared = self.prepared(connection, self.update_by_id(table, names, checked))
            build, shared = prepared.bound(same)
            params = [build(fields, row_id, expected(row_id), shared) for row_id, fields in rows]
            touched += self.execute(connection, prepared.sql, params)
        if touched != len(changes):  # then find which one, for the message
            found = self.read(connection, table, list(changes), ())
            missing = sorted(set(changes) - set(found))
            if missing:
                raise not_found(missing[0])
            raise stale()

    def insert(self, connection: Connection, table: Table, rows: Sequence[Fields]) -> None:
        """Insert complete rows (every row with a value for every column)."""
        if rows:
            self.run(connection, self.insert_into(table), rows)
