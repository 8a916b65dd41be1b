"""Backups through the sqlite3 backup API: automatic, now, restore with a safety copy."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from labinov.errors import UserError
from labinov.exchange import backup
from labinov.paths import UserPaths
from labinov.services import Services
from labinov.store.db import open_store
from tests.exchange.conftest import dump

# SQLite's backup API on the data folder's file (a server: pg_dump, see test_server_cli)
pytestmark = pytest.mark.sqlite_only


def test_backup_is_consistent_while_the_app_writes(services: Services, paths: UserPaths) -> None:
    services.samples.create()
    made = backup.backup_now(paths)
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM project").fetchone()[0] == 3
    assert not Path(f"{made}-wal").exists()


def test_auto_backup_at_most_daily_and_keeps_the_last(services: Services, paths: UserPaths) -> None:
    services.samples.create()
    start = datetime(2026, 11, 1, tzinfo=UTC)
    assert backup.auto_backup(paths, keep=3, now=start) is not None
    assert backup.auto_backup(paths, keep=3, now=start) is None  # same day
    import os

    for day in range(1, 6):
        newest = backup.backups(paths)[-1]
        old = (start + timedelta(days=day - 2)).timestamp()
        os.utime(newest, (old, old))
        assert backup.auto_backup(paths, keep=3, now=start + timedelta(days=day)) is not None
    assert len(backup.backups(paths)) == 3


def test_restore_after_a_safety_backup(
    services: Services, paths: UserPaths, tmp_path: Path
) -> None:
    services.samples.create()
    saved = backup.backup_to(paths.database, tmp_path / "saved.sqlite")
    before = dump(services.store)
    project = services.projects.summaries()[0]
    services.projects.rename(project.id, "changed after the backup")
    changed = dump(services.store)
    services.store.dispose()
    safety = backup.restore(paths, saved)
    store = open_store(paths)
    try:
        assert dump(store) == before
    finally:
        store.dispose()
    again = open_store(paths)  # the safety copy holds the changed data
    again.dispose()
    with sqlite3.connect(safety) as connection:
        titles = [r[0] for r in connection.execute("SELECT title FROM project")]
    assert "changed after the backup" in titles and changed != before


def test_restore_refuses_what_is_not_a_backup(
    services: Services, paths: UserPaths, tmp_path: Path
) -> None:
    services.samples.create()
    before = dump(services.store)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError):
        backup.restore(paths, junk)
    with sqlite3.connect(tmp_path / "other.sqlite") as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    with pytest.raises(UserError, match="update Labinov"):
        backup.restore(paths, tmp_path / "other.sqlite")
    assert dump(services.store) == before and backup.backups(paths) == []


def test_a_file_whose_migration_fails_in_any_way_is_not_labinov_data(
    services: Services, paths: UserPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program's file can make a migration step fail with any error (Alembic's own,
    a KeyError in a data step): the restore says it is not Labinov's data, never "unexpected
    error"."""
    from labinov.store import migrate

    services.samples.create()
    source = backup.backup_now(paths)

    def fails(_engine: object, _revision: str = "head") -> None:
        raise KeyError("session_id")

    monkeypatch.setattr(migrate, "upgrade", fails)
    with pytest.raises(UserError) as refused:
        backup.check_schema(source)
    assert "not a Labinov database" in refused.value.text(lambda _context, text: text)
