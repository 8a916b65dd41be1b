"""Opening a database that cannot be written: a USB stick with its write switch on, a
folder IT shares read-only, a CD of last year's cohort.

The database is opened through an SQLite URI with ``mode=ro`` (and ``immutable=1`` when
its folder cannot be written either: SQLite could not create the WAL index beside it, and
nobody can be writing there). A database at an older schema cannot be migrated in place:
it is copied to a temporary folder with the backup API, migrated there and the copy opened
read-only; the copy is removed when the store is disposed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from labinov.paths import UserPaths

if TYPE_CHECKING:  # the quick start reads with sqlite3 alone: SQLAlchemy only when needed
    from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000


def can_write(paths: UserPaths) -> bool:
    """Whether the data folder and its database may be written by this process (a folder
    that does not exist yet is created, and fails there if it cannot be)."""
    folder = paths.data_dir
    if not folder.exists():
        return True
    if not os.access(folder, os.W_OK):
        return False
    database = paths.database
    return not database.exists() or os.access(database, os.W_OK)


def read_only_uri(database: Path) -> str:
    """The SQLite URI reading ``database`` without ever writing beside it."""
    uri = f"file:{quote(str(database))}?mode=ro"
    if not os.access(database.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def read_only_engine(database: Path) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine

    uri = read_only_uri(database)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _pragmas)
    return engine


def migrated_copy(database: Path, migrate: Callable[[Path], None]) -> tuple[Path, Path]:
    """Copy ``database`` into a new temporary folder and bring the copy's schema up to
    date with ``migrate(copy)``; returns (the copy, its folder to remove when done)."""
    folder = Path(tempfile.mkdtemp(prefix="labinov-read-only-"))
    copy = folder / database.name
    try:
        source = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        migrate(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy, folder
