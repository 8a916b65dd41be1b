"""The SQLite engine, its pragmas, migrations at start, and one transaction per call.

``synchronous=FULL``: in WAL mode NORMAL may lose the last commits when the laptop loses
power (the database stays consistent, but a note typed just before is gone). Moderators'
laptops die mid-workshop, and the benchmark (tests/bench/bench_store.py) measures a full
edit commit with FULL well under the 2 ms budget, so durability wins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

from labinov.errors import QT_TRANSLATE_NOOP, StorageError
from labinov.paths import UserPaths
from labinov.reasons import reason

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


def storage_error(error: BaseException, where: Path | str = "") -> StorageError:
    """Turn SQLite's write failures into a message the user can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if "full" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("UserError", "The disk is full: the last change was not saved.")
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "The data folder is read-only: the last change was not saved."
            )
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "The database is busy in another program: please try again."
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP("UserError", "The data could not be saved: {reason}"),
        reason=reason(error),
    )


class Store:
    """The database of one data folder; hands out one session per transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except (OperationalError, DBAPIError) as error:
                session.rollback()
                if isinstance(error.orig, sqlite3.IntegrityError):
                    raise
                raise storage_error(error) from error
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(paths: UserPaths) -> Store:
    """Open (creating if needed) the database of ``paths`` and bring its schema up to date.

    Raises ``StorageError`` when the folder cannot be created or written.
    """
    from labinov.store.migrate import upgrade

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
        raise StorageError(
            QT_TRANSLATE_NOOP("UserError", "Cannot open the database in {path}: {reason}"),
            path=str(paths.data_dir),
            reason=reason(error),
        ) from error
    except BaseException:  # a newer schema: close the file as it was found
        engine.dispose()
        raise
    return Store(engine)
