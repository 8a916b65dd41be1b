"""The fast edits' long-lived connection and their light transactions.

One SQLAlchemy ``Connection`` stays checked out of the engine's pool (the pool still owns
the driver connection: ``Engine.dispose`` closes it, a lost server invalidates it). A unit
of work runs its statements on the driver's cursor and ends with the driver's own
``commit()``/``rollback()``: SQLAlchemy's ``begin()``/``commit()`` (its transaction
object, events, the context manager) cost about as much CPU as the one-row UPDATE it
wrapped (``tests/bench/profile_edits.py``). The driver begins its transaction itself on
the first write (sqlite3's default transaction control, psycopg's non-autocommit mode),
as it does under SQLAlchemy's ``begin()`` on these dialects, so the statements' atomicity
is the same. A Core statement run in a unit (a read by a list of ids, a server's schema
check) begins SQLAlchemy's own transaction on the same driver connection: the unit then
ends through SQLAlchemy, which commits that same driver transaction.

The unit is a class, not a generator context manager: per edit, what is not SQLite's
work should cost next to nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError


class EditLink:
    """The connection (opened at the first edit, closed with the engine) and its units."""

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
        self.connection: Connection | None = None
        self._driver: Any = None  # the driver's connection under ``connection``
        self._open = False  # a unit is running (the lock is held)
        self._lock = threading.RLock()  # a background thread's unit waits for the GUI's
        # Engine.dispose() (Store.dispose, a restore, a test making the store read-only)
        # closes pooled connections only: this one must follow, or it would write on
        event.listen(engine, "engine_disposed", lambda _engine: self.close(discard=True))

    def transaction(self) -> Unit:
        """One unit of work: ``with link.transaction() as connection:`` committed on
        success, rolled back on any error; write failures become the store's
        ``StorageError`` (integrity errors pass through, as with ``Store.transaction``)."""
        return Unit(self)

    def cursor(self) -> Any:
        """A cursor of the driver's connection, inside the running unit."""
        if not self._open:
            raise RuntimeError("fast edits run inside FastEdits.transaction()")
        return self._driver.cursor()

    def close(self, discard: bool = False) -> None:
        """Give the connection back (``discard``: close the driver's connection too, as
        after ``Engine.dispose`` its pool is gone); the next edit opens another."""
        with self._lock:
            if self.connection is not None:
                if discard:
                    self.connection.invalidate()
                self.connection.close()
                self.connection = self._driver = None

    # -- the unit's two ends (the lock is held from begin to end) ----------------------

    def begin(self) -> Connection:
        self._lock.acquire()
        try:
            if self._open:
                raise RuntimeError("fast edit transactions do not nest")
            connection = self.connection
            if connection is None or connection.closed:
                connection = self.connection = self._engine.connect()
                self._driver = connection.connection.driver_connection
            self._open = True
            self._check_schema(connection)
        except BaseException as error:
            self.end(error)
            raise
        return connection

    def end(self, error: BaseException | None) -> None:
        """Commit (``error`` None) or roll back; raises the store's error for a driver's
        failure (a failed commit included), else lets ``error`` pass."""
        try:
            if error is None:
                try:
                    self._commit()
                    return
                except BaseException as failure:
                    self._rollback()
                    raise self._translated(failure) from failure
            self._rollback()
            translated = self._translated(error)
            if translated is not error:
                raise translated from error
        finally:
            self._open = False
            self._lock.release()

    def _commit(self) -> None:
        connection = self.connection
        if connection is None:
            return
        if connection.in_transaction():  # a Core statement began SQLAlchemy's
            connection.commit()
            return
        try:
            self._driver.commit()
        except connection.dialect.loaded_dbapi.Error as error:
            raise wrapped(connection, None, "COMMIT", (), error) from error

    def _rollback(self) -> None:
        connection = self.connection
        if connection is None or connection.closed:
            return
        try:
            if connection.in_transaction():
                connection.rollback()
            else:
                self._driver.rollback()
        except Exception:  # a connection that cannot roll back is not used again
            self.close(discard=True)

    def _translated(self, error: BaseException) -> BaseException:
        if isinstance(error, IntegrityError | sqlite3.IntegrityError):
            return error
        if isinstance(error, DBAPIError):
            if error.connection_invalidated:
                self.close(discard=True)
            return self._storage_error(error)
        if isinstance(error, sqlite3.OperationalError | sqlite3.DatabaseError):
            return self._storage_error(error)
        return error


class Unit:
    """``EditLink.transaction()``'s context manager."""

    __slots__ = ("_link",)

    def __init__(self, link: EditLink) -> None:
        self._link = link

    def __enter__(self) -> Connection:
        return self._link.begin()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._link.end(error)


def wrapped(
    connection: Connection, cursor: Any, sql: str, params: Any, error: Exception
) -> DBAPIError:
    """The driver's ``error`` as SQLAlchemy's own wrapper (``IntegrityError``, …), marked
    invalidated when the server connection is gone."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(
        error,  # type: ignore[arg-type]  # the driver's DB-API error
        connection.connection.dbapi_connection,
        cursor,
    )
    return DBAPIError.instance(  # type: ignore[return-value]
        sql,
        params,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
    )
