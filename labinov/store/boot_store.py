"""The quick start's store: the reopened project's board read and first edited with plain
``sqlite3``, while SQLAlchemy and the services still load.

Why it exists beside ``fast_edits.py``/``prepared.py``: importing SQLAlchemy alone (~0.5 s),
with SQLModel and pydantic ~0.8 s, costs more than the whole budget from a start to a board
that takes a new note (issue 14: ≤ 3× a bare PySide6 window). So after the first paint the
last project's board is built from the reads here and its edits — new notes, text, move,
resize, delete, undo of them — are written here until the store is open (``gui/boot.py``
hands over; nothing calls this afterwards). It is kept minimal and mirrors
``CanvasService``'s hot edits: the same file with the store's pragmas (``db.py``), one
transaction per edit, the row's ``rev`` matched in the WHERE clause (``StaleWriteError``
when it changed, nothing written), the sync triggers stamping ``rev``/``change_seq``.

It opens only on a file database at the head schema this process may write (``open``);
an older schema (a migration first), a newer one, a read-only folder or a server take the
normal path: the board waits for the store and nothing is written early.
"""

from __future__ import annotations

import builtins
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from labinov.errors import QT_TRANSLATE_NOOP, StaleWriteError
from labinov.store.boot_reads import NOT_READ, BootReads, not_found, stored_time
from labinov.store.canvas_rows import check_changes, new_rows, restricted, seen_by_caller
from labinov.store.ids import Fields, new_rev, utcnow, versioned
from labinov.store.write_errors import storage_error

# the store's pragmas (db.py; tests/gui/canvas/test_boot_store.py compares them)
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


class BootStore(BootReads):
    """One ``sqlite3`` connection on the data folder's database (``open``)."""

    @classmethod
    def open(cls, database: Path, head: str | None) -> BootStore | None:
        """The boot store, or None when the normal path must run: no file, a schema other
        than ``head``, or a file or folder this process cannot write."""
        if head is None or not database.is_file():
            return None
        if not (os.access(database.parent, os.W_OK) and os.access(database, os.W_OK)):
            return None
        uri = f"file:{quote(str(database.resolve()))}?mode=rw"
        try:
            db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            found = db.execute("SELECT version_num FROM alembic_version").fetchall()
            if [row[0] for row in found] != [head]:
                db.close()
                return None
            for pragma in PRAGMAS:
                db.execute(pragma)
            db.execute("BEGIN IMMEDIATE")  # takes the write lock: really writable
            db.execute("ROLLBACK")
        except sqlite3.Error:
            db.close()
            return None
        return cls(db)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise storage_error(error) from error
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as error:
            if self._db.in_transaction:  # SQLite ends it itself after an I/O error
                self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and not isinstance(error, sqlite3.IntegrityError):
                raise storage_error(error) from error
            raise

    # -- reads -------------------------------------------------------------------------

    def add_items(
        self,
        canvas_id: str,
        items: builtins.list[Fields],
        links: builtins.list[Fields] | None = None,
    ) -> builtins.list[str]:
        rows, link_rows = new_rows(
            canvas_id, items, links, now=stored_time(utcnow()), token=new_rev()
        )
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM canvas WHERE id = ?", (canvas_id,)).fetchone() is None:
                raise not_found(canvas_id)
            _insert(db, "canvasitem", rows)
            _insert(db, "link", link_rows)
        return [str(row["id"]) for row in rows]

    def update_items(
        self, changes: dict[str, Fields], previous: dict[str, Fields] | None = None
    ) -> dict[str, Fields]:
        """As ``CanvasService.update_items``: returns the previous values (the caller's
        ``previous`` when it holds them all, with the version it saw checked)."""
        if not changes:
            return {}
        check_changes(changes)
        if any("rev" not in fields for fields in changes.values()):
            changes = versioned(changes)
        now = stored_time(utcnow())
        with self._transaction() as db:
            held = restricted(previous, changes) if previous is not None else None
            if held is None:
                held = {}
                for item_id, fields in changes.items():
                    found = self._rows(
                        f"SELECT {', '.join(fields)} FROM canvasitem WHERE id = ?",
                        [item_id],
                        frozenset(),
                    )
                    if not found:
                        raise not_found(item_id)
                    held[item_id] = found[0]
                seen_by_caller(held, previous)
            seen = {item_id: fields.pop("rev") for item_id, fields in held.items()}
            for item_id, fields in changes.items():
                names = [name for name in fields if name != "rev"]
                sets = "".join(f"{name} = ?, " for name in names)
                touched = db.execute(
                    f"UPDATE canvasitem SET {sets}rev = ?, updated_at = ? WHERE id = ? AND rev = ?",
                    (*(fields[n] for n in names), fields["rev"], now, item_id, seen[item_id]),
                ).rowcount
                if touched != 1:
                    exists = db.execute("SELECT 1 FROM canvasitem WHERE id = ?", (item_id,))
                    if exists.fetchone() is None:
                        raise not_found(item_id)
                    raise _stale()
        return held

    def delete_items(
        self, item_ids: builtins.list[str], link_ids: Sequence[str] = ()
    ) -> builtins.list:
        """Delete items, the links touching them and the given links; returns the rows as
        ``[(table name, values)]`` for ``restore`` (``gui/canvas/commands.py`` turns the
        names into the models' classes when the services restore them)."""
        ids = list(item_ids)
        marks = ", ".join("?" * len(ids))
        link_marks = ", ".join("?" * len(link_ids))
        with self._transaction() as db:
            items = self._rows(f"SELECT * FROM canvasitem WHERE id IN ({marks})", ids, NOT_READ)
            links = self._rows(
                f"SELECT * FROM link WHERE id IN ({link_marks}) OR source_id IN ({marks})"
                f" OR target_id IN ({marks})",
                [*link_ids, *ids, *ids],
                NOT_READ,
            )
            rows: builtins.list = []
            for attachment_id in sorted({i["attachment_id"] for i in items if i["attachment_id"]}):
                others = db.execute(
                    "SELECT count(*) FROM canvasitem WHERE attachment_id = ?"
                    f" AND id NOT IN ({marks})",
                    (attachment_id, *ids),
                ).fetchone()[0]
                if not others:
                    rows += [
                        ("attachment", values)
                        for values in self._rows(
                            "SELECT * FROM attachment WHERE id = ?", [attachment_id], NOT_READ
                        )
                    ]
            rows += [("canvasitem", values) for values in items]
            rows += [("link", values) for values in links]
            for table, values in rows[::-1]:  # links, items, then their pictures
                db.execute(f"DELETE FROM {table} WHERE id = ?", (values["id"],))
        return rows

    def restore(self, rows: builtins.list) -> dict[str, str]:
        """Insert deleted rows again as new versions (``rev`` '' for the trigger to give
        one); returns ``{id: rev}`` they got."""
        revs: dict[str, str] = {}
        with self._transaction() as db:
            for table, values in rows:
                _insert(db, table, [{**values, "rev": ""}])
            for table, values in rows:
                found = db.execute(f"SELECT rev FROM {table} WHERE id = ?", (values["id"],))
                revs[values["id"]] = found.fetchone()[0]
        return revs


def _insert(db: sqlite3.Connection, table: str, rows: builtins.list[Fields]) -> None:
    for row in rows:
        names = list(row)
        db.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [_bound(row[name]) for name in names],
        )


def _bound(value: Any) -> Any:
    return stored_time(value) if isinstance(value, datetime) else value


def _stale() -> StaleWriteError:
    return StaleWriteError(
        QT_TRANSLATE_NOOP(
            "UserError", "This item was just changed by someone else; the view was reloaded."
        )
    )
