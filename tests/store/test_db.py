"""Pragmas, and what happens when the disk is full or the folder cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from labinov.errors import StorageError
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store


@pytest.mark.sqlite_only
def test_pragmas(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def fill_disk(store: Store) -> None:
    """From now on the database cannot grow by a single page, like a full disk."""

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)


@pytest.mark.sqlite_only
def test_full_disk_is_a_user_error_and_leaves_the_database_intact(
    services: Services, store: Store, paths
) -> None:
    workshop = services.workshops.create("Labinov 2019")
    team = services.teams.create(workshop.id, "Dinas Kesehatan")
    fill_disk(store)
    with pytest.raises(StorageError) as raised:
        for index in range(2000):  # enough rows to need a new page
            services.projects.create(team.id, f"Proyek {index} " + "x" * 2000)
    assert "disk is full" in str(raised.value)
    assert "Disk penuh" in raised.value.text(_indonesian())
    store.engine.dispose()
    connection = sqlite3.connect(paths.database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the failed transaction left nothing half-written: each create is all or nothing
    projects = connection.execute("SELECT id FROM project").fetchall()
    works = connection.execute("SELECT count(*) FROM stagework").fetchone()[0]
    connection.close()
    assert works == 5 * len(projects)


def _indonesian():
    from labinov.i18n import translator

    return translator("id")


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as raised:
        open_store(user_paths(blocker / "data"))
    assert "Cannot use the data folder" in str(raised.value)


def test_data_dir_that_is_read_only_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        probe = folder / "probe"
        try:
            probe.write_text("x")
        except PermissionError:
            pass
        else:
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(StorageError):
            open_store(user_paths(folder))
    finally:
        folder.chmod(0o700)
