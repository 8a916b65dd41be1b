"""The PostgreSQL server the server benchmarks measure on, and fresh databases on it.

Full mode starts its own throwaway cluster with ``fsync`` and ``synchronous_commit`` on (as
SQLite runs here with ``synchronous=FULL``: a fair comparison of commits); quick mode (CI)
uses the test server of ``LABINOV_TEST_PG_URL`` when set (fsync off: its ratios flatter the
server) and starts a durable one otherwise. Without PostgreSQL binaries: ``None``.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from labinov.store.db import Store
from labinov.store.engines import open_server_engine, schema_guard, upgrade_server
from tests.pg import server as pg
from tests.pg.fixtures import PG_URL_ENV, create_database, drop_database


@contextmanager
def bench_server(quick: bool) -> Iterator[tuple[str, str] | None]:
    """(admin URL, description) of the server to measure on, or None without binaries."""
    if quick and os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV], "CI test server, fsync off"
        return
    if pg.find_bin_dir() is None:
        print("  (no PostgreSQL binaries: server figures not measured)")
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="labinov-bench-pg-"))
    try:
        yield pg.start(folder, durable=True), "own cluster, fsync on"
    finally:
        pg.stop(folder)


@contextmanager
def fresh_database(url: str, prefix: str = "bench") -> Iterator[tuple[str, Store]]:
    """A new database at the head schema: (its URL, a Store opened as Labinov opens it)."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    database = create_database(url, name)
    try:
        upgrade_server(database)
        store = Store(open_server_engine(database), guard=schema_guard(database))
        try:
            yield database, store
        finally:
            store.dispose()
    finally:
        drop_database(url, name)
