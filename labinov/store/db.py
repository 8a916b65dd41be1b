"""The SQLite engine, its pragmas, migrations at start, and one transaction per call.

``synchronous=FULL``: in WAL mode NORMAL may lose the last commits when the laptop loses
power (the database stays consistent, but a note typed just before is gone). Moderators'
laptops die mid-workshop, and the benchmark (tests/bench/bench_store.py) measures a full
edit commit with FULL well under the 2 ms budget, so durability wins.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session, create_engine

from labinov.errors import QT_TRANSLATE_NOOP, StorageError
from labinov.paths import UserPaths
from labinov.reasons import reason
from labinov.store.edit_link import EditLink
from labinov.store.fast_edits import FastEdits
from labinov.store.write_errors import storage_error

SYNCHRONOUS = "FULL"
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(database: Path | str) -> Engine:
    """An engine on ``database`` (a path, or ``":memory:"``) with Labinov's pragmas."""
    engine = create_engine(f"sqlite:///{database}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Store:
    """The database of one data folder; hands out one session per transaction.

    ``read_only``: opened for reading only (the folder cannot be written); every write
    fails with a ``StorageError``. ``migrated_copy``: what is read is a temporary copy
    brought up to the current schema (the original is older and could not be migrated).
    ``guard``: a check of a server's schema run first in every transaction."""

    def __init__(
        self,
        engine: Engine,
        read_only: bool = False,
        migrated_copy: bool = False,
        cleanup: Path | None = None,
        database: Path | None = None,
        guard: Callable[[Connection], None] | None = None,
    ) -> None:
        self.engine = engine
        self._guard = guard
        self._database = database
        self.read_only = read_only
        self.migrated_copy = migrated_copy
        self._cleanup = cleanup
        self._edits: FastEdits | None = None

    @property
    def edits(self) -> FastEdits:
        """The hot edits' statements and long-lived connection (``store/fast_edits.py``)."""
        if self._edits is None:
            self._edits = FastEdits(EditLink(self.engine, storage_error, self.check_schema))
        return self._edits

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                self.check_schema(session.connection())
                yield session
                session.commit()
            except (OperationalError, DBAPIError) as error:
                session.rollback()
                if isinstance(error, IntegrityError):
                    raise
                raise storage_error(error) from error
            except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
                session.rollback()  # raw DB-API cursors (imports, exports) raise these
                if isinstance(error, sqlite3.IntegrityError):
                    raise
                raise storage_error(error) from error
            except BaseException:
                session.rollback()
                raise

    def check_schema(self, connection: Connection) -> None:
        """On a server: refuse to go on when a newer Labinov upgraded its schema since we
        connected (``store.engines.schema_guard``); nothing on SQLite. Every transaction
        starts with it; a fast path with a connection of its own must call it too."""
        if self._guard is not None:
            self._guard(connection)

    @property
    def database(self) -> Path:
        """The database file read (for a migrated copy: the original, not the copy)."""
        return self._database or Path(str(self.engine.url.database))

    def dispose(self) -> None:
        self.engine.dispose()
        if self._cleanup is not None:
            shutil.rmtree(self._cleanup, ignore_errors=True)
            self._cleanup = None


def open_store(paths: UserPaths) -> Store:
    """Open (creating if needed) the database of ``paths`` and bring its schema up to date;
    a database that cannot be written opens read-only (``open_read_only``).

    Raises ``StorageError`` when the folder cannot be created or the database not opened,
    ``NewerDatabaseError`` when a newer Labinov made it. With ``LABINOV_DATABASE_URL`` set,
    the store is that server instead (``labinov.store.engines``): connected, never migrated.
    """
    from labinov.store.engines import database_url, open_server_engine, schema_guard
    from labinov.store.migrate import upgrade
    from labinov.store.read_only import can_write

    url = database_url()
    if url is not None:
        return Store(open_server_engine(url), guard=schema_guard(url))

    if paths.database.is_file() and not can_write(paths):
        return open_read_only(paths)

    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("UserError", "Cannot use the data folder {path}: {reason}"),
            path=str(paths.data_dir),
            reason=reason(error),
        ) from error
    engine = make_engine(paths.database)
    try:
        upgrade(engine)
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise _cannot_open(paths, error) from error
    except BaseException:  # a newer schema: close the file as it was found
        engine.dispose()
        raise
    return Store(engine)


def _cannot_open(paths: UserPaths, error: BaseException) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("UserError", "Cannot open the database in {path}: {reason}"),
        path=str(paths.data_dir),
        reason=reason(error),
    )


def open_read_only(paths: UserPaths) -> Store:
    """The database of ``paths`` for reading only; at an older schema, a migrated copy."""
    from labinov.store.migrate import check_not_newer, current_revision, quick_head, upgrade
    from labinov.store.read_only import migrated_copy, read_only_engine

    def migrate(copy: Path) -> None:
        engine = make_engine(copy)
        try:
            upgrade(engine)
        finally:
            engine.dispose()

    engine = read_only_engine(paths.database)
    try:
        revision = current_revision(engine)
        check_not_newer(revision)
        if revision == quick_head():
            return Store(engine, read_only=True, database=paths.database)
        engine.dispose()
        copy, folder = migrated_copy(paths.database, migrate)
        return Store(
            read_only_engine(copy),
            read_only=True,
            migrated_copy=True,
            cleanup=folder,
            database=paths.database,
        )
    except (OperationalError, DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise _cannot_open(paths, error) from error
    except BaseException:
        engine.dispose()
        raise
