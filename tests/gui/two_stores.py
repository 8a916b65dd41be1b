"""Two apps on one database (issue 16, item 2): each with its own store — the PostgreSQL
test server (skipped without one), and a SQLite file opened twice (two windows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labinov.paths import user_paths
from labinov.store.db import Store, open_store

MESSAGE = "Catatan ini baru saja diubah orang lain; tampilan dimuat ulang"


@pytest.fixture(params=["postgresql", "sqlite"])
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    if request.param == "postgresql":
        from labinov.store.engines import open_server_engine, schema_guard

        first: Store = request.getfixturevalue("server_store")
        url = first.engine.url.render_as_string(hide_password=False)
        second = Store(open_server_engine(url), guard=schema_guard(url))
        yield first, second
        second.dispose()
        return
    first = open_store(user_paths(tmp_path / "data"))
    second = open_store(user_paths(tmp_path / "data"))
    yield first, second
    second.dispose()
    first.dispose()
