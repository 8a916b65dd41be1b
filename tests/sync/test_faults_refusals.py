"""``labinov sync`` refused: a wrong address, a wrong password, a server down, a user
without rights, a server set up by a newer Labinov — one clear line, exit 1, and the
laptop's store exactly as it was (its digest, its sync marks). Hostile names sync intact:
no SQL is built from user text.

Runs on the test server (``LABINOV_TEST_PG_URL``); skips without one, fails under CI=true.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from labinov import cli
from labinov.services import Services
from labinov.store.db import Store
from labinov.store.engines import DATABASE_URL_ENV
from labinov.store.models import CanvasItem, Project, Team, Workshop
from tests.pg.fixtures import create_database, drop_database
from tests.sync.faults_support import (
    digest,
    open_laptop,
    open_server,
    opened,
    rows_of,
)

HOSTILE = "'; DROP TABLE workshop; --"
HOSTILE_TEAM = "Robert'); DROP TABLE team;-- \\ %s $1 :name"


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@pytest.fixture
def head_db(pg_server: str, pg_template: str) -> Iterator[tuple[str, str]]:
    """(URL, name) of a fresh database at this Labinov's schema on the test server."""
    name = f"r_{secrets.token_hex(6)}"
    yield create_database(pg_server, name, template=pg_template), name
    drop_database(pg_server, name)


def _laptop(folder: Path) -> str:
    """A data folder with the sample and a workshop of hostile names; its workshop id."""
    with opened(open_laptop(folder)) as store:
        services = Services(store)
        services.samples.create()
        workshop = services.workshops.create(HOSTILE, place="'; DELETE FROM project; --")
        team = services.teams.create(workshop.id, HOSTILE_TEAM)
        project = services.projects.create(team.id, 'Inovasi "kutip" \'; DROP TABLE project;--')
        canvas = services.canvases.create(project.id, "diagnose", "blank", "x'); --")
        services.canvases.add_items(canvas.id, [{"kind": "note", "text": "1' OR '1'='1"}])
        return workshop.id


def _state(store: Store) -> tuple[Any, ...]:
    """Everything a refused sync must leave alone: the digest, marks and tombstones."""
    tables = [SQLModel.metadata.tables.get(n) for n in ("syncpeer", "tombstone", "syncstate")]
    with store.engine.connect() as connection:
        extra = tuple(
            sorted(map(tuple, connection.execute(select(t)).all())) for t in tables if t is not None
        )
    return digest(store), extra


def _sync(
    folder: Path, url: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["sync", url, "--data-dir", str(folder), "--lang", "en", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _sql(admin_url: str, database: str, *statements: str) -> None:
    engine = create_engine(
        make_url(admin_url).set(database=database), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_refused_syncs_say_one_line_and_change_nothing(
    pg_server: str,
    pg_template: str,
    head_db: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good, name = head_db
    laptop = tmp_path / "laptop"
    _laptop(laptop)
    with opened(open_laptop(laptop)) as store:
        before = _state(store)
    url = make_url(good)
    password = url.password or ""
    newer = f"n_{secrets.token_hex(6)}"
    newer_url = create_database(pg_server, newer, template=pg_template)
    _sql(pg_server, newer, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    nobody, reader = (f"{who}_{secrets.token_hex(4)}" for who in ("nobody", "reader"))
    secret = secrets.token_hex(8)
    _sql(
        pg_server,
        name,
        f"CREATE ROLE {nobody} LOGIN PASSWORD '{secret}'",
        f"GRANT CONNECT ON DATABASE {name} TO {nobody}",
        f"CREATE ROLE {reader} LOGIN PASSWORD '{secret}'",
        f"GRANT CONNECT ON DATABASE {name} TO {reader}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}",
    )
    cases = [
        ("mysql://someone@host/db", "Not a PostgreSQL address"),
        ("not a url at all", "Not a PostgreSQL address"),
        (url.set(host="no-such-host.invalid").render_as_string(False), "No server is known"),
        (url.set(password="wrong'; DROP TABLE project; --").render_as_string(False), "refused"),
        (url.set(port=1).render_as_string(False), "does not answer"),
        (url.set(database="no_such_db").render_as_string(False), "no such database"),
        (url.set(username=nobody, password=secret).render_as_string(False), "may not use"),
        (url.set(username=reader, password=secret).render_as_string(False), "may not use"),
        (newer_url, "newer Labinov"),
    ]
    try:
        for address, expected in cases:
            code, out, err = _sync(laptop, address, capsys)
            assert code == 1, (address, out, err)
            assert err.startswith("labinov: ") and err.count("\n") == 1, err
            assert expected in err, (address, err)
            assert "Unexpected error" not in err and "Traceback" not in err, err
            assert password not in err and secret not in err, err
            with opened(open_laptop(laptop)) as store:
                assert _state(store) == before, address
    finally:
        drop_database(pg_server, newer)
        _sql(pg_server, name, f"DROP OWNED BY {nobody}, {reader}")
        _sql(pg_server, "postgres", f"DROP ROLE {nobody}", f"DROP ROLE {reader}")


def test_hostile_names_sync_intact_both_ways(
    head_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = head_db
    laptop, other = tmp_path / "laptop", tmp_path / "other"
    workshop = _laptop(laptop)
    with opened(open_laptop(laptop)) as store:
        before = _state(store)
    code, out, err = _sync(laptop, url, capsys, "--dry-run")
    assert code == 0 and out.strip(), err  # the plan is printed
    with opened(open_laptop(laptop)) as store, opened(open_server(url)) as server:
        assert _state(store) == before  # a dry run writes nothing, on either side
        assert rows_of(server, Workshop) == {}
    for folder in (laptop, other, laptop):
        code, _out, err = _sync(folder, url, capsys)
        assert code == 0, err
    with (
        opened(open_laptop(laptop)) as store,
        opened(open_laptop(other)) as second,
        opened(open_server(url)) as server,
    ):
        assert digest(store) == digest(second) == digest(server)
        assert rows_of(server, Workshop)[workshop]["name"] == HOSTILE
        assert HOSTILE_TEAM in {t["name"] for t in rows_of(server, Team).values()}
        assert any("DROP TABLE project" in p["title"] for p in rows_of(server, Project).values())
        assert "1' OR '1'='1" in {n["text"] for n in rows_of(server, CanvasItem).values()}
        assert len(rows_of(server, Workshop)) == 2  # the sample and the hostile one
