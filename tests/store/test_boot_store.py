"""The quick start's boot store writes what the services write (issue 14): the same rows,
the same version checks, the store's pragmas; and it never opens a database the normal
path must handle first (older or newer schema, read-only)."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

from labinov.cli import main
from labinov.errors import NotFoundError, StaleWriteError, StorageError
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.boot_store import BootStore
from labinov.store.db import open_store
from labinov.store.ids import versioned
from labinov.store.migrate import quick_head
from tests.store.test_read_only import _as_user, home, needs_user  # noqa: F401

PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first project
SKIP = {"id", "rev", "created_at", "updated_at", "change_seq"}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["sample", "--data-dir", str(folder), "--lang", "id"]) == 0
    return folder


@pytest.fixture
def both(sample: Path):
    """The services and a boot store on the same file."""
    store = open_store(user_paths(sample))
    boot = BootStore.open(sample / "labinov.sqlite", quick_head())
    assert boot is not None
    yield Services(store), boot
    boot.close()
    store.dispose()


def _row(database: Path, table: str, row_id: str) -> dict:
    with sqlite3.connect(database) as db:
        db.row_factory = sqlite3.Row
        found = db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return clean(dict(found)) if found else {}


def clean(values: dict) -> dict:
    return {k: v for k, v in values.items() if k not in SKIP}


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / "labinov.sqlite").read_bytes()).hexdigest()


def test_a_note_made_moved_edited_deleted_and_restored_gives_the_same_rows(both, sample):
    services, boot = both
    database = sample / "labinov.sqlite"
    canvas = services.canvases.list(PROJECT, "diagnose")[0].id
    note = {"kind": "note", "x": 10.0, "y": 20.0, "text": "Antrian panjang", "zone": "people"}
    (by_services,) = services.canvases.add_items(canvas, [note])
    (by_boot,) = boot.add_items(canvas, [note])
    assert _row(database, "canvasitem", by_boot) == _row(database, "canvasitem", by_services)

    items = {row["id"]: row for row in boot.load(canvas)[0]}
    assert items == {row["id"]: row for row in services.canvases.load(canvas)[0]}
    for ids, writer in (([by_services], services.canvases), ([by_boot], boot)):
        for changes in ({"x": 55.5, "y": 66.0, "width": 300.0}, {"text": "Antrian 2 jam"}):
            (item_id,) = ids
            change = versioned({item_id: changes})
            held = {item_id: {k: items[item_id][k] for k in change[item_id]}}
            previous = writer.update_items(change, held)
            assert previous == {item_id: {k: items[item_id][k] for k in changes}}
            items[item_id].update(change[item_id])  # the document's mirror
            assert _row(database, "canvasitem", item_id)["text"] == items[item_id]["text"]
            with sqlite3.connect(database) as db:  # the version the caller gave is stored
                stored = db.execute("SELECT rev FROM canvasitem WHERE id = ?", (item_id,))
                assert stored.fetchone()[0] == change[item_id]["rev"]
    assert _row(database, "canvasitem", by_boot) == _row(database, "canvasitem", by_services)

    kept = _row(database, "canvasitem", by_boot)
    saved_services = services.canvases.delete_items([by_services])
    saved_boot = boot.delete_items([by_boot])
    assert _row(database, "canvasitem", by_boot) == {}
    assert [t for t, _v in saved_boot] == ["canvasitem"]
    assert [clean(v) for _t, v in saved_boot] == [clean(v) for _t, v in saved_services]
    stamps = [saved_boot[0][1]["created_at"], saved_services[0][1]["created_at"]]
    assert all(stamp.tzinfo is not None for stamp in stamps)  # as the ORM hands them
    revs = boot.restore(saved_boot)
    services.canvases.restore(saved_services)
    assert _row(database, "canvasitem", by_boot) == kept
    with sqlite3.connect(database) as db:  # a restore is a new version, the trigger's
        stored = db.execute("SELECT rev, change_seq FROM canvasitem WHERE id = ?", (by_boot,))
        rev, change_seq = stored.fetchone()
    assert revs == {by_boot: rev} and rev and change_seq > 0


def test_a_stale_or_missing_row_is_refused_and_nothing_is_written(both, sample):
    services, boot = both
    canvas = services.canvases.list(PROJECT, "diagnose")[0].id
    (note,) = boot.add_items(canvas, [{"text": "satu"}])
    services.canvases.update_items({note: {"text": "dua"}})  # someone else, since
    before = _row(sample / "labinov.sqlite", "canvasitem", note)
    change = versioned({note: {"text": "tiga"}})
    with pytest.raises(StaleWriteError):
        boot.update_items(change, {note: {"text": "satu", "rev": "seen-before"}})
    assert _row(sample / "labinov.sqlite", "canvasitem", note) == before
    with pytest.raises(NotFoundError):
        boot.update_items(versioned({"no-such-note": {"text": "x"}}))
    with pytest.raises(NotFoundError):
        boot.add_items("no-such-canvas", [{"text": "x"}])


def test_the_boot_store_uses_the_stores_pragmas(both):
    services, boot = both
    pragmas = ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    with services.store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        expected = [raw.execute(f"PRAGMA {name}").fetchone()[0] for name in pragmas]
    assert [boot._db.execute(f"PRAGMA {name}").fetchone()[0] for name in pragmas] == expected


@pytest.mark.parametrize("revision", ["0009_sync", "9999_from_the_future"])
def test_an_older_or_newer_schema_is_left_to_the_normal_path(sample, revision):
    with sqlite3.connect(sample / "labinov.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    before = _digest(sample)
    assert BootStore.open(sample / "labinov.sqlite", quick_head()) is None
    assert _digest(sample) == before


def test_no_database_yet_is_left_to_the_normal_path(tmp_path):
    assert BootStore.open(tmp_path / "labinov.sqlite", quick_head()) is None
    assert not (tmp_path / "labinov.sqlite").exists()


@needs_user
def test_a_folder_the_user_cannot_write_is_left_to_the_normal_path(home, sample):  # noqa: F811
    before = _digest(sample)
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from labinov.store.boot_store import BootStore\n"
        "from labinov.store.migrate import quick_head\n"
        "print(BootStore.open(Path(sys.argv[1]), quick_head()))\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = _as_user([sys.executable, "-c", script, str(sample / "labinov.sqlite")], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "False"]
    assert _digest(sample) == before


def test_a_version_the_caller_saw_is_checked_without_its_old_values(both, sample):
    """``previous`` holding only the version seen (not the old text): the current values
    are read for undo, but the write is refused when that version is no longer stored,
    by the boot store as by the services."""
    services, boot = both
    canvas = services.canvases.list(PROJECT, "diagnose")[0].id
    for writer in (services.canvases, boot):
        (note,) = writer.add_items(canvas, [{"text": "satu"}])
        (seen,) = [row["rev"] for row in boot.load(canvas)[0] if row["id"] == note]
        services.canvases.update_items({note: {"text": "dua"}})  # someone else, since
        before = _row(sample / "labinov.sqlite", "canvasitem", note)
        with pytest.raises(StaleWriteError):
            writer.update_items(versioned({note: {"text": "tiga"}}), {note: {"rev": seen}})
        assert _row(sample / "labinov.sqlite", "canvasitem", note) == before


def test_a_full_disk_says_so_and_writes_nothing(both, sample):
    """SQLite ends the transaction itself when the disk is full: the boot store must not
    try to roll it back again (that failure hid the message behind "cannot rollback")."""
    services, boot = both
    canvas = services.canvases.list(PROJECT, "diagnose")[0].id
    count = "SELECT count(*) FROM canvasitem"
    before = boot._db.execute(count).fetchone()[0]
    pages = boot._db.execute("PRAGMA page_count").fetchone()[0]
    boot._db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: "full"
    with pytest.raises(StorageError) as raised:
        boot.add_items(canvas, [{"text": "Antrian panjang " * 1200}])
    assert "disk is full" in raised.value.text(lambda _context, text: text)
    assert boot._db.execute(count).fetchone()[0] == before


class _CommitFails:
    """The boot store's connection whose COMMIT meets an I/O error (a USB stick pulled):
    SQLite then rolls the transaction back itself, as it documents for SQLITE_IOERR."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, *args):
        if sql == "COMMIT":
            self._db.execute("ROLLBACK")
            raise sqlite3.OperationalError("disk I/O error")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


def test_a_commit_that_fails_is_the_stores_error_and_writes_nothing(both):
    """Not "cannot rollback - no transaction is active", SQLite's English from a second
    rollback, on the bug path: the user's message, nothing written."""
    services, boot = both
    canvas = services.canvases.list(PROJECT, "diagnose")[0].id
    count = "SELECT count(*) FROM canvasitem"
    before = boot._db.execute(count).fetchone()[0]
    real, boot._db = boot._db, _CommitFails(boot._db)
    try:
        with pytest.raises(StorageError) as raised:
            boot.add_items(canvas, [{"text": "Antrian panjang"}])
    finally:
        boot._db = real
    assert "could not be saved" in raised.value.text(lambda _context, text: text)
    assert boot._db.execute(count).fetchone()[0] == before
    boot.add_items(canvas, [{"text": "Antrian panjang"}])  # and the next edit works
    assert boot._db.execute(count).fetchone()[0] == before + 1
