"""Fixtures shared by every test: a temp data folder per test, a fresh store, services.

Qt runs offscreen, and HOME/XDG folders point into a temp folder so nothing a test does
touches the real user's files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# offscreen, keeping options such as a screen size (``offscreen:configfile=…``, the journey)
if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen:"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="labinov-tests-"))
for _var in (
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
):
    os.environ[_var] = str(_SANDBOX / _var.lower())
# Qt and platformdirs want the runtime folder private (else Qt warns and looks elsewhere)
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
os.environ.pop("LABINOV_DATA_DIR", None)
os.environ.pop("LABINOV_DATABASE_URL", None)  # a developer's server must not leak into tests
os.environ["LANG"] = "id_ID.UTF-8"  # the users' language is the default under test

import pytest  # noqa: E402

from labinov.gui import refcount_guard  # noqa: E402
from labinov.paths import UserPaths, user_paths  # noqa: E402
from labinov.services import Services  # noqa: E402
from labinov.store.db import Store, open_store  # noqa: E402
from tests.pg.fixtures import (  # noqa: E402, F401 - fixtures and hooks of the PG engine
    db_engine,
    pg_server,
    pg_template,
    pytest_addoption,
    pytest_generate_tests,
    server_store,
)

refcount_guard.apply()  # as the app does at start: thousands of Qt calls per test run


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("LABINOV_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def paths(data_dir: Path) -> UserPaths:
    return user_paths(data_dir)


@pytest.fixture
def store(paths: UserPaths, db_engine: str, request: pytest.FixtureRequest) -> Iterator[Store]:  # noqa: F811
    """The store under test: the data folder's SQLite file, or (``db_engine`` ==
    "postgresql", see tests/pg/fixtures.py) a fresh database on the test server."""
    if db_engine == "postgresql":
        yield request.getfixturevalue("server_store")
        return
    opened = open_store(paths)
    yield opened
    opened.dispose()


@pytest.fixture
def services(store: Store) -> Services:
    return Services(store)
