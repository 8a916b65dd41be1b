"""Backups of the database with SQLite's online backup API.

Never a plain file copy: with WAL the latest commits may live in ``labinov.sqlite-wal``,
and a copy taken while the app writes can be torn. The backup API copies a consistent
snapshot, also while the app is editing. Automatic backups at start are taken at most once
a day and only the newest ``KEEP`` are kept. A restore first checks the file, takes a safety
backup of the current data, then copies the backup into the live database.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.files import cannot_write, write_atomically
from labinov.paths import UserPaths
from labinov.reasons import reason
from labinov.store.read_only import can_write, read_only_uri

KEEP = 10
AUTO_INTERVAL = timedelta(days=1)
PREFIX = "labinov-"
SUFFIX = ".sqlite"


BACKUP_FAILED = QT_TRANSLATE_NOOP("UserError", "The backup {path} could not be made: {reason}")


def backup_to(database: Path, target: Path) -> Path:
    """Copy ``database`` to ``target`` (atomically) through the backup API."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot_write(target, error, BACKUP_FAILED) from error

    def write(temp: Path) -> None:
        source = sqlite3.connect(read_only_uri(Path(database)), uri=True)
        try:
            destination = sqlite3.connect(temp)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                destination.close()
        finally:
            source.close()

    write_atomically(target, write, BACKUP_FAILED, (OSError, sqlite3.Error))
    return target


def backups(paths: UserPaths) -> list[Path]:
    """Backups in the backup folder, oldest first."""
    if not paths.backup_dir.is_dir():
        return []
    return sorted(p for p in paths.backup_dir.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def backup_now(paths: UserPaths, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return backup_to(paths.database, paths.backup_dir / f"{PREFIX}{stamp}{SUFFIX}")


def auto_backup(paths: UserPaths, keep: int = KEEP, now: datetime | None = None) -> Path | None:
    """Back up at start unless the newest backup is less than a day old; prune to ``keep``."""
    if not paths.database.exists() or not can_write(paths):
        return None  # a read-only data folder: backups go elsewhere, by hand
    now = now or datetime.now(UTC)
    existing = backups(paths)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if now - newest < AUTO_INTERVAL:
            return None
    made = backup_now(paths, now)
    for old in backups(paths)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def check_backup(source: Path) -> str:
    """The schema revision of a Labinov backup; ``UserError`` when it is not one we can use."""
    from alembic.script import ScriptDirectory

    from labinov.store.migrate import alembic_config

    bad = UserError(
        QT_TRANSLATE_NOOP("UserError", "{path} is not a Labinov backup."), path=str(source)
    )
    if not Path(source).is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(source)
        )
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise bad
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise bad from error
    if revision is None:
        raise bad
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision[0])
    except Exception:  # alembic raises several kinds for an unknown id
        known = None
    if known is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This backup was made by a newer Labinov; please update Labinov to restore it.",
            )
        )
    check_schema(source)
    return str(revision[0])


def check_schema(source: Path) -> None:
    """Refuse a file with a Labinov revision whose tables are not Labinov's (another
    program's database, a damaged one): a copy of it is brought up to date as opening it
    would, then every table and column of the models must be there. ``UserError`` saying
    what is missing; ``source`` is only read."""
    import tempfile

    from alembic.util import CommandError
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError
    from sqlmodel import SQLModel

    from labinov.store import models  # noqa: F401 - the tables of SQLModel.metadata
    from labinov.store.db import make_engine
    from labinov.store.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="labinov-restore-") as folder:
        copy = backup_to(source, Path(folder) / "check.sqlite")
        engine = make_engine(copy)
        try:
            upgrade(engine)
            with engine.connect() as connection:
                found = inspect(connection)
                names = {
                    t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()
                }
                missing = [
                    f"{table.name}.{column.name}" if table.name in names else table.name
                    for table in SQLModel.metadata.sorted_tables
                    for column in table.columns
                    if column.name not in names.get(table.name, ())
                ]
        except (SQLAlchemyError, sqlite3.Error, CommandError, LookupError, ValueError) as error:
            # another program's file: a migration may fail on it in any of these ways (an
            # Alembic error, a KeyError in a script's data step): not Labinov's data
            cause = getattr(error, "orig", None) or error
            why = QT_TRANSLATE_NOOP(
                "UserError", "{path} cannot be restored: it is not a Labinov database ({reason})."
            )
            raise UserError(why, path=str(source), reason=reason(cause)) from error
        finally:
            engine.dispose()
    if missing:  # a table, or a column of one (table.column): the first in table order
        why = QT_TRANSLATE_NOOP(
            "UserError", "{path} cannot be restored: it is not a Labinov database (no {name})."
        )
        raise UserError(why, path=str(source), name=missing[0])


def restore(paths: UserPaths, source: Path, checked: bool = False) -> Path:
    """Replace the data with the backup ``source``; returns the safety backup of the data
    as it was. The caller reopens (and so migrates) the store afterwards. ``checked``: the
    caller has just passed ``source`` through ``check_backup``."""
    if not checked:
        check_backup(source)
    safety = backup_now(paths) if paths.database.exists() else paths.database
    try:
        _copy_into(source, paths.database)
    except sqlite3.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The backup could not be restored ({reason}); a copy of your data is in {path}.",
            ),
            reason=reason(error),
            path=str(safety),
        ) from error
    return safety


def put_back(paths: UserPaths, safety: Path) -> None:
    """The data as it was before ``restore`` (its safety backup) back in place: the
    restored data could not be opened after all."""
    _copy_into(safety, paths.database)


def _copy_into(source: Path, database: Path) -> None:
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        live = sqlite3.connect(database, timeout=5)
        try:
            backup.backup(live)
        finally:
            live.close()
    finally:
        backup.close()
