"""Helpers of the fault trials (``test_faults.py``): table digests, snapshots of a laptop's
data folder and of a server database, the ``labinov sync`` process, and the moment a sync
holds its server transaction.

A trial restores a laptop and a server from a snapshot, starts ``python3 -m labinov sync``
in a process of its own, waits until its server transaction is open (seen in
``pg_stat_activity``), lets it run a random part of its measured length, then kills it or
crashes the server. Each side must then be exactly as before or as after a complete sync.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from labinov.paths import user_paths
from labinov.store.db import Store, open_store
from labinov.store.engines import open_server_engine, schema_guard
from labinov.store.models import ALL_TABLES
from labinov.sync import marks
from labinov.sync.identity import fingerprint, peer_key
from tests.pg.fixtures import create_database, database_url, drop_database

ROOT = Path(__file__).resolve().parents[2]
CLI = (sys.executable, "-m", "labinov")
LOCAL_ONLY = frozenset({"change_seq"})  # SYNC.md: never travels, never in a digest

Digest = dict[str, tuple[int, str]]  # table -> (rows, sha256 of its canonical rows)


def _plain(value: Any) -> Any:
    """One canonical JSON value for both engines (times in UTC, JSON with sorted keys)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    return value


def digest(store: Store) -> Digest:
    """Every data table (``ALL_TABLES``) without its local columns: rows and a hash."""
    result: Digest = {}
    with store.engine.connect() as connection:
        for model in ALL_TABLES:
            table = model.__table__
            columns = [c for c in table.columns if c.name not in LOCAL_ONLY]
            rows = connection.execute(select(*columns).order_by(table.c.id)).all()
            canonical = json.dumps([[_plain(v) for v in row] for row in rows], ensure_ascii=False)
            result[table.name] = (len(rows), hashlib.sha256(canonical.encode()).hexdigest())
    return result


def differing(one: Digest, other: Digest) -> str:
    """The tables whose rows differ between two digests, with their row counts."""
    names = sorted(t for t in one if one[t] != other.get(t))
    return "tables differ: " + ", ".join(f"{t} ({one[t][0]} vs {other[t][0]} rows)" for t in names)


def rows_of(store: Store, model: Any) -> dict[str, dict[str, Any]]:
    """Every row of one table by id (without local columns), for precise assertions."""
    table = model.__table__
    columns = [c for c in table.columns if c.name not in LOCAL_ONLY]
    with store.engine.connect() as connection:
        return {
            row["id"]: {k: _plain(v) for k, v in row.items()}
            for row in connection.execute(select(*columns)).mappings()
        }


def open_laptop(folder: Path) -> Store:
    return open_store(user_paths(folder))


def open_server(url: str) -> Store:
    return Store(open_server_engine(url), guard=schema_guard(url))


@contextmanager
def opened(store: Store) -> Iterator[Store]:
    try:
        yield store
    finally:
        store.dispose()


@dataclass(frozen=True)
class Snapshot:
    """A laptop's data folder (copied) and a server database kept as a template."""

    admin_url: str  # the cluster's superuser, on its maintenance database
    laptop: Path
    template: str

    def restore(self, laptop: Path, database: str) -> str:
        """A fresh copy of both, the laptop's marks kept for the copy (``same_server``);
        returns the copied database's URL."""
        shutil.rmtree(laptop, ignore_errors=True)
        shutil.copytree(self.laptop, laptop)
        url = create_database(self.admin_url, database, template=self.template)
        same_server(laptop, url)
        return url

    def discard(self, database: str) -> None:
        drop_database(self.admin_url, database)


def same_server(laptop: Path, url: str) -> None:
    """The laptop's marks for the snapshot's server, taken over by its copy at ``url``:
    each trial plays the very server the laptop synced with. A template copy is another
    database, which the sync tells apart by its fingerprint (``sync/identity.py``) and
    would compare whole."""
    with opened(open_server(url)) as server, server.engine.connect() as connection:
        device = marks.device(connection)
        key = peer_key(device, fingerprint(connection))
    with opened(open_laptop(laptop)) as store, store.engine.begin() as connection:
        connection.execute(
            update(marks.PEERS)
            .where(marks.PEERS.c.peer_id.startswith(device, autoescape=True))
            .values(peer_id=key)
        )


def take_snapshot(admin_url: str, laptop: Path, server_db: str, into: Path) -> Snapshot:
    """Keep ``laptop`` (closed) and ``server_db`` (no connection left) as they are now."""
    shutil.copytree(laptop, into)
    template = f"{server_db}_tpl"
    create_database(admin_url, template, template=server_db)
    return Snapshot(admin_url, into, template)


def sync_process(laptop: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    """``python3 -m labinov sync URL`` on the data folder ``laptop``, as a user runs it."""
    env = {**os.environ, "LABINOV_DATA_DIR": str(laptop)}
    env.pop("LABINOV_DATABASE_URL", None)
    return subprocess.Popen(
        [*CLI, "sync", url, "--data-dir", str(laptop), "--lang", "en", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Watcher:
    """Polls ``pg_stat_activity`` of one database for a ``labinov`` session whose
    transaction has an id — it has locked or written a row: the sync's server transaction
    once it holds the change counter (SYNC.md: locked first, kept to commit). The schema
    check at connecting reads only, and does not count."""

    def __init__(self, admin_url: str, database: str) -> None:
        self.engine = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        self.database = database
        self.query = text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND "
            "application_name = 'labinov' AND backend_xid IS NOT NULL"
        )

    def wait_for_transaction(self, process: subprocess.Popen[str], timeout: float = 60) -> float:
        """Seconds until the process's server transaction is open (it may have ended
        already when the process is that fast: then the exit time)."""
        start = time.perf_counter()
        with self.engine.connect() as connection:
            while time.perf_counter() - start < timeout:
                if connection.execute(self.query, {"db": self.database}).scalar():
                    return time.perf_counter() - start
                if process.poll() is not None:
                    return time.perf_counter() - start
                time.sleep(0.002)
        raise AssertionError("the sync never opened its server transaction")

    def wait_for_commit(self, process: subprocess.Popen[str], timeout: float = 60) -> None:
        """Until that transaction has ended (the server committed), polled tightly: the
        laptop's own commit comes right after it."""
        start = time.perf_counter()
        with self.engine.connect() as connection:
            while time.perf_counter() - start < timeout:
                if not connection.execute(self.query, {"db": self.database}).scalar():
                    return
                if process.poll() is not None:
                    return
        raise AssertionError("the sync never ended its server transaction")

    def dispose(self) -> None:
        self.engine.dispose()


def finish(process: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def with_database(admin_url: str, name: str) -> str:
    return database_url(admin_url, name)


def role_url(admin_url: str, database: str, user: str, password: str) -> str:
    url = make_url(admin_url).set(database=database, username=user, password=password)
    return url.render_as_string(hide_password=False)
