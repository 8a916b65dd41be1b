"""The PostgreSQL engine under test.

The server's URL (a superuser on a throwaway cluster, see ``tests/pg/server.py``) comes
from ``--pg-url`` or ``LABINOV_TEST_PG_URL`` (``.ci/run`` starts the cluster and sets it).
Tests of the store, services and exchange that use the ``store`` fixture run once per
engine (``[sqlite]``, ``[postgresql]``); without a server the PostgreSQL runs skip with the
reason shown, except under ``CI=true``, where they fail. Each PostgreSQL test gets a fresh
database copied from a template migrated once per session.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from labinov.store.db import Store

PG_URL_ENV = "LABINOV_TEST_PG_URL"
BOTH_ENGINES = ("tests/store", "tests/services", "tests/exchange", "tests/pg", "tests/sync")
TEMPLATE = "labinov_template"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--pg-url", help=f"PostgreSQL URL for the server tests (or {PG_URL_ENV})")


def _runs_on_both(path: Path) -> bool:
    text = path.as_posix()
    return any(f"/{folder}/" in text for folder in BOTH_ENGINES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    engines = ["sqlite"]
    if _runs_on_both(
        Path(str(metafunc.definition.path))
    ) and not metafunc.definition.get_closest_marker("sqlite_only"):
        engines.append("postgresql")
    metafunc.parametrize("db_engine", engines, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server(pytestconfig: pytest.Config) -> str:
    """The admin URL of the test server, or a skip (a failure under CI=true)."""
    url = pytestconfig.getoption("--pg-url") or os.environ.get(PG_URL_ENV)
    reason = None
    if not url:
        reason = f"no PostgreSQL server: set {PG_URL_ENV} (python3 -m tests.pg.server start DIR)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed (pip install 'psycopg[binary]')"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI: the PostgreSQL tests must run: {reason}")
        pytest.skip(reason)
    return str(url)


def admin(url: str):  # type: ignore[no-untyped-def]
    """An autocommit engine on the server's maintenance database (CREATE/DROP DATABASE)."""
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())


def _null_pool():  # type: ignore[no-untyped-def]
    from sqlalchemy.pool import NullPool

    return NullPool


def database_url(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def create_database(url: str, name: str, template: str | None = None) -> str:
    from sqlalchemy import text

    engine = admin(url)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    engine.dispose()
    return database_url(url, name)


def drop_database(url: str, name: str) -> None:
    from sqlalchemy import text

    engine = admin(url)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database at the head schema, copied for every test."""
    from labinov.store.engines import upgrade_server

    name = f"{TEMPLATE}_{secrets.token_hex(3)}"
    url = create_database(pg_server, name)
    upgrade_server(url)
    yield name
    drop_database(pg_server, name)


@pytest.fixture
def server_store(pg_server: str, pg_template: str) -> Iterator[Store]:
    """A fresh database at head on the test server, opened as Labinov opens a server."""
    from labinov.store.engines import open_server_engine, schema_guard

    name = f"t_{secrets.token_hex(6)}"
    url = create_database(pg_server, name, template=pg_template)
    store = Store(open_server_engine(url), guard=schema_guard(url))
    yield store
    store.dispose()
    drop_database(pg_server, name)
