"""Restoring a file that cannot be opened as Labinov's data (an SQLite file with a Labinov
schema revision but not its tables): the window says what is wrong, in Indonesian, and
keeps the data as it was, open and editable. Also when a restored file could still not be
opened (the check passed it): the data as it was is put back and reopened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from labinov.exchange import backup
from labinov.gui.main_window import MainWindow
from labinov.services import Services


def labinov_revision_without_tables(path: Path, revision: str, *tables: str) -> Path:
    """Another program's database that says it is at a Labinov schema revision."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    for table in tables:
        connection.execute(f"CREATE TABLE {table} (x)")
    connection.commit()
    connection.close()
    return path


def _boxes(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "userErrorBox")]


def _still_works(window: MainWindow, project_id: str, title: str) -> None:
    services = window.context.services
    assert services.projects.get(project_id).title == title
    services.projects.rename(project_id, "Akta Lahir Sehari, tetap")  # still writable
    assert services.projects.get(project_id).title == "Akta Lahir Sehari, tetap"


def test_a_file_with_a_labinov_revision_but_not_its_tables_is_refused(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    workshop, _ = services.samples.create()
    project = services.projects.summaries(workshop.id)[0]
    store = window.context.services.store
    kept = backup.backups(window.context.paths)
    bad = labinov_revision_without_tables(tmp_path / "lain.sqlite", "0010_exchange_rev")

    assert window.exchange_actions.restore(bad, confirm=False) is None
    [message] = _boxes(window)
    assert "lain.sqlite tidak dapat dipulihkan: berkas itu bukan basis data Labinov" in message
    assert "tidak ada" in message  # the table it lacks
    assert window.context.services.store is store  # never closed
    assert backup.backups(window.context.paths) == kept  # nothing done, not even a backup
    _still_works(window, project.id, project.title)


def test_a_restored_file_that_cannot_be_opened_puts_the_data_back(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop, _ = services.samples.create()
    project = services.projects.summaries(workshop.id)[0]
    bad = labinov_revision_without_tables(tmp_path / "lama.sqlite", "0001_initial", "workshop")
    monkeypatch.setattr(backup, "check_schema", lambda source: None, raising=False)  # old check

    assert window.exchange_actions.restore(bad, confirm=False) is None
    [message] = _boxes(window)
    assert "tidak dapat dibuka" in message  # the store's own message: cannot be opened
    _still_works(window, project.id, project.title)
    window.context.services.store.dispose()


def test_when_even_the_data_as_it_was_cannot_be_put_back_the_user_is_told(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second failure (the disk, putting the safety backup back) was an unexpected
    error: now one message names where the data before the restore is, and the window
    closes, as nothing is left to work on."""
    services.samples.create()
    bad = labinov_revision_without_tables(tmp_path / "lama.sqlite", "0001_initial", "workshop")
    monkeypatch.setattr(backup, "check_schema", lambda source: None, raising=False)

    def disk_fails(_paths: object, _safety: Path) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # SQLITE_IOERR, as the sqlite3 module sets it
        raise error

    monkeypatch.setattr(backup, "put_back", disk_fails)
    window.show()
    assert window.exchange_actions.restore(bad, confirm=False) is None
    [box] = window.findChildren(QMessageBox, "reopenFailedBox")
    assert "tidak dapat dibuka lagi" in box.text()
    assert "disk tidak dapat dibaca atau ditulis" in box.text()  # the reason, translated
    kept = backup.backups(window.context.paths)[-1]
    assert str(kept) in box.text()  # the data before the restore
    assert window.isVisible()
    box.done(0)
    assert not window.isVisible()  # closed: nothing left to show or edit
