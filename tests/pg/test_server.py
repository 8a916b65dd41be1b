"""Labinov on a real PostgreSQL server: migrations, the explicit upgrade, refusals.

Runs against the throwaway cluster of ``tests/pg/server.py`` (``LABINOV_TEST_PG_URL``);
skips without one, fails under ``CI=true``.
"""

from __future__ import annotations

import json
import secrets
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import JSON, Boolean, MetaData, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from labinov import cli
from labinov.errors import StorageError
from labinov.paths import user_paths
from labinov.store.db import open_store
from labinov.store.engines import DATABASE_URL_ENV, open_server_engine, upgrade_server
from labinov.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.pg.fixtures import create_database, drop_database
from tests.store.test_migrations import FIXTURES, RELEASED


@pytest.fixture(autouse=True)
def _no_server_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cli.main(["--database-url", …])`` sets the variable for the process: undo it."""
    monkeypatch.setenv(DATABASE_URL_ENV, "unset")
    monkeypatch.delenv(DATABASE_URL_ENV)


@pytest.fixture
def empty_db(pg_server: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server."""
    name = f"e_{secrets.token_hex(6)}"
    yield create_database(pg_server, name)
    drop_database(pg_server, name)


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url, poolclass=NullPool)


def _not_the_search_index(name: str | None, kind: str, _parents: object) -> bool:
    """The full-text index exists on PostgreSQL only, made by migration 0007 (an expression
    index the models do not describe); tests/services/test_region.py checks it is used."""
    return not (kind == "index" and name == "ix_project_search")


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_every_revision_upgrades_to_head_on_postgresql(empty_db: str, revision: str) -> None:
    engine = _engine(empty_db)
    upgrade(engine, revision)
    assert current_revision(engine) == revision
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _not_the_search_index}
        )
        assert compare_metadata(context, SQLModel.metadata) == []  # exactly the models
    engine.dispose()


def _load_sqlite_rows(source: Path, url: str) -> dict[str, int]:
    """Copy every row of a SQLite fixture into the server's tables (same revision)."""
    engine = _engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    counts: dict[str, int] = {}
    reader = sqlite3.connect(source)
    try:
        with engine.begin() as connection:
            for table in metadata.sorted_tables:
                if table.name == "alembic_version":
                    continue
                cursor = reader.execute(f'SELECT * FROM "{table.name}"')
                names = [d[0] for d in cursor.description]
                rows = []
                for values in cursor.fetchall():
                    row = dict(zip(names, values, strict=True))
                    for column in table.columns:
                        value = row.get(column.name)
                        if value is None:
                            continue
                        if isinstance(column.type, Boolean):
                            row[column.name] = bool(value)
                        elif isinstance(column.type, JSON) and isinstance(value, str):
                            row[column.name] = json.loads(value)
                    rows.append(row)
                if rows:
                    connection.execute(table.insert(), rows)
                counts[table.name] = len(rows)
    finally:
        reader.close()
        engine.dispose()
    return counts


@pytest.mark.parametrize(("filename", "revision"), RELEASED)
def test_released_schema_with_its_rows_upgrades_on_postgresql(
    empty_db: str, filename: str, revision: str
) -> None:
    engine = _engine(empty_db)
    upgrade(engine, revision)
    engine.dispose()
    counts = _load_sqlite_rows(FIXTURES / filename, empty_db)
    assert counts["member"] == 1 and counts["canvasitem"] >= 2

    before, after = upgrade_server(empty_db)
    assert (before, after) == (revision, head_revision())
    engine = _engine(empty_db)
    with engine.connect() as connection:
        ids = {
            table: connection.execute(text(f'SELECT id FROM "{table}" ORDER BY id')).all()
            for table in ("workshop", "team", "member", "project", "stagework", "canvas")
        }
        member = connection.execute(text("SELECT name FROM member WHERE id = 'm1'")).one()
        blob = connection.execute(text("SELECT data FROM attachment WHERE id = 'a1'")).one()
        link = connection.execute(text("SELECT source_id, target_id FROM link")).one()
    engine.dispose()
    assert ids == {
        "workshop": [("w1",)],
        "team": [("t1",)],
        "member": [("m1",)],
        "project": [("p1",)],
        "stagework": [("s1",)],
        "canvas": [("c1",)],
    }
    assert tuple(member) == ("Nurul <b>&amp; 😀",)
    assert bytes(blob[0]) == b"\x01\x02\x03"
    assert tuple(link) == ("i1", "i2")


def _set_revision(url: str, revision: str) -> None:
    engine = _engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_connecting_never_upgrades_an_older_server(empty_db: str) -> None:
    engine = _engine(empty_db)
    upgrade(engine, "0004_exchange_base")
    engine.dispose()
    with pytest.raises(StorageError, match=r"older schema \(0004_exchange_base\).*server upgrade"):
        open_server_engine(empty_db)
    engine = _engine(empty_db)
    assert current_revision(engine) == "0004_exchange_base"  # untouched by the attempt
    engine.dispose()


def test_a_server_newer_than_this_labinov_is_refused(empty_db: str) -> None:
    upgrade_server(empty_db)
    _set_revision(empty_db, "0099_from_the_future")
    with pytest.raises(StorageError, match="newer Labinov"):
        open_server_engine(empty_db)
    with pytest.raises(StorageError, match="newer Labinov"):
        upgrade_server(empty_db)  # not even the explicit upgrade touches it
    engine = _engine(empty_db)
    assert current_revision(engine) == "0099_from_the_future"
    engine.dispose()


def test_open_store_uses_the_server_and_leaves_the_data_folder_alone(
    empty_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade_server(empty_db)
    monkeypatch.setenv(DATABASE_URL_ENV, empty_db)
    store = open_store(user_paths(tmp_path / "data"))
    assert store.engine.dialect.name == "postgresql"
    store.dispose()
    assert not (tmp_path / "data" / "labinov.sqlite").exists()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_server_upgrade_then_work_on_it(
    empty_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en", "--database-url", empty_db]
    code, _out, err = _run(["sample", *data], capsys)
    assert code == 1 and err.count("\n") == 1 and "labinov server upgrade" in err
    code, out, _err = _run(["server", "upgrade", *data], capsys)
    assert code == 0 and head_revision() in out and "***" in out  # the password never shown
    code, out, _err = _run(["sample", *data], capsys)
    assert code == 0 and "Sample workshop created" in out
    code, out, _err = _run(["list", "--json", *data], capsys)
    assert code == 0 and len(json.loads(out)["projects"]) == 3
    code, _out, err = _run(["backup", "-o", str(tmp_path / "b.sqlite"), *data], capsys)
    assert code == 1 and "pg_dump" in err and not (tmp_path / "b.sqlite").exists()
    assert not (tmp_path / "data" / "labinov.sqlite").exists()


def _bad_urls(server: str) -> list[tuple[str, str]]:
    url = make_url(server)
    return [
        ("mysql://someone@host/db", "Not a PostgreSQL address"),
        (f"postgresql+psycopg://{url.username}@{url.host}:{url.port}x/db", "Not a PostgreSQL"),
        (
            url.set(password="wrong'; DROP TABLE project; --").render_as_string(False),
            "refused the login",
        ),
        (url.set(port=1).render_as_string(False), "does not answer"),
        (url.set(database="no_such_db").render_as_string(False), "no such database"),
    ]


def test_bad_server_addresses_give_one_line_and_change_nothing(
    pg_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for address, expected in _bad_urls(pg_server):
        data = ["--data-dir", str(tmp_path / "data"), "--lang", "en", "--database-url", address]
        code, out, err = _run(["list", *data], capsys)
        assert (code, out) == (1, ""), address
        assert err.startswith("labinov: ") and err.count("\n") == 1, err
        assert expected in err, err
        assert "wrong" not in err  # no password in messages
        assert not (tmp_path / "data").exists()  # nothing made locally


ROLE_SQL = Path(__file__).resolve().parents[2] / "resources" / "server" / "create_role.sql"


def _psql(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq, *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.skipif(shutil.which("psql") is None, reason="psql (postgresql-client) not installed")
def test_the_dba_role_file_gives_a_least_privilege_app_role(
    pg_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop_database(pg_server, "labinov")
    for role in ("labinov_app", "labinov_admin", "labinov_owner"):
        _psql(pg_server, "-c", f"DROP ROLE IF EXISTS {role}")
    made = _psql(pg_server, "-f", str(ROLE_SQL))
    assert made.returncode == 0, made.stderr
    passwords = {role: secrets.token_hex(8) for role in ("labinov_app", "labinov_admin")}
    for role, password in passwords.items():
        _psql(pg_server, "-c", f"ALTER ROLE {role} PASSWORD '{password}'")
    base = make_url(pg_server).set(database="labinov")
    app, admin = (
        base.set(username=role, password=passwords[role]).render_as_string(hide_password=False)
        for role in ("labinov_app", "labinov_admin")
    )
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    try:
        code, _out, err = _run(["server", "upgrade", *data, "--database-url", app], capsys)
        assert code == 1 and "could not be upgraded" in err  # the app role may not create
        code, _out, err = _run(["server", "upgrade", *data, "--database-url", admin], capsys)
        assert code == 0, err
        code, out, err = _run(["sample", *data, "--database-url", app], capsys)
        assert code == 0 and "Sample workshop created" in out, err
        engine = _engine(app)
        with (
            pytest.raises(ProgrammingError, match=r"must be owner"),
            engine.begin() as connection,
        ):
            connection.execute(text("DROP TABLE project"))
        engine.dispose()
    finally:
        drop_database(pg_server, "labinov")
        for role in ("labinov_app", "labinov_admin", "labinov_owner"):
            _psql(pg_server, "-c", f"DROP ROLE IF EXISTS {role}")


def test_the_password_comes_from_a_pgpass_file(
    empty_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = make_url(empty_db)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:*:{url.username}:{url.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    without = f"postgresql+psycopg://{url.username}@{url.host}:{url.port}/{url.database}"
    assert ":" not in without.split("//")[1].split("@")[0]  # no password in the URL
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en", "--database-url", without]
    code, out, err = _run(["server", "upgrade", *data], capsys)
    assert code == 0, err
    code, out, err = _run(["list", "--json", *data], capsys)
    assert code == 0 and json.loads(out)["workshops"] == [], err


def test_the_gui_runs_on_a_server(empty_db: str, tmp_path: Path) -> None:
    """The real app (offscreen) opens its window on the server and creates the sample."""
    import os
    import sys

    upgrade_server(empty_db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LABINOV_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "labinov", "--self-test", "--database-url", empty_db]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "self-test: ok" in done.stdout, done.stderr
    engine = _engine(empty_db)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM project")).scalar() == 3
    engine.dispose()
