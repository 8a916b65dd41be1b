"""``labinov sync SERVER_URL``: the plan printed by project and item, in the user's
language; every way a server can be unusable is one line, exit 1, nothing changed here."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from labinov import cli
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.store.engines import DATABASE_URL_ENV
from tests.sync.conftest import project_with_notes, rows


@pytest.fixture(autouse=True)
def _no_server_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _laptop(tmp_path: Path) -> tuple[list[str], dict[str, object]]:
    store = open_store(user_paths(tmp_path / "data"))
    made = project_with_notes(Services(store))
    store.dispose()
    return ["--data-dir", str(tmp_path / "data")], made


def _local_rows(tmp_path: Path) -> dict:
    store = open_store(user_paths(tmp_path / "data"))
    try:
        return rows(store)
    finally:
        store.dispose()


def _url(store: Store, **changes: object) -> str:
    return store.engine.url.set(**changes).render_as_string(hide_password=False)  # type: ignore[arg-type]


def test_bad_addresses_are_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _made = _laptop(tmp_path)
    before = _local_rows(tmp_path)
    for address, expected in (
        ("mysql://root@localhost/labinov", "Not a PostgreSQL address"),
        ("postgresql+psycopg://u@127.0.0.1:1/labinov", "does not answer"),
        ("postgresql+psycopg://u@127.0.0.1:port/labinov", "Not a PostgreSQL address"),
    ):
        code, out, err = _run(["sync", address, *data, "--lang", "en"], capsys)
        assert (code, out) == (1, ""), address
        assert err.startswith("labinov: ") and err.count("\n") == 1 and expected in err, err
    code, _out, err = _run(["sync", *data, "--lang", "en"], capsys)
    assert code == 1 and "No server given" in err
    assert _local_rows(tmp_path) == before


def test_a_sync_prints_its_plan_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server_store: Store
) -> None:
    data, made = _laptop(tmp_path)
    url = _url(server_store)
    code, out, err = _run(["sync", url, *data, "--dry-run"], capsys)
    assert code == 0, err
    assert "uji coba: tidak ada yang diubah" in out and "Baris ke server: 16" in out
    assert "  catatan: 4" in out and "***" in out and server_store.engine.url.password not in out
    assert Services(server_store).workshops.list() == []  # a dry run writes nothing

    code, out, err = _run(["sync", url, *data], capsys)
    assert code == 0 and "Sinkron dengan" in out and "Baris ke server: 16" in out, err
    Services(server_store).projects.delete(str(made["project"]))
    code, out, err = _run(["sync", url, *data, "--lang", "en"], capsys)
    assert "Deleted here (deleted on the server): project “Akta Lahir Sehari”" in out, out
    code, out, err = _run(["sync", url, *data, "--lang", "en"], capsys)
    assert out.splitlines()[-1] == "Nothing to sync: this folder and the server are the same."
    assert _local_rows(tmp_path) == rows(server_store)
    code, out, err = _run(["sync", "--compact", *data, "--lang", "en"], capsys)
    assert (code, out) == (0, "Deletions older than two years forgotten: 0\n"), err


def test_a_refused_or_failing_server_changes_nothing_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_server: str, server_store: Store
) -> None:
    data, _made = _laptop(tmp_path)
    before = _local_rows(tmp_path)
    url = _url(server_store)
    reader, nobody = f"reader_{secrets.token_hex(3)}", f"nobody_{secrets.token_hex(3)}"
    password = secrets.token_hex(8)
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:  # role names are ours, not user text
        for role in (reader, nobody):
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
    admin.dispose()
    owner = create_engine(url, poolclass=NullPool)
    with owner.begin() as connection:  # the reader may read every table, write none
        connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}"))
    cases = [
        (_url(server_store, password="wrong"), "refused the login"),
        (_url(server_store, username=nobody, password=password), "may not use Labinov"),
        (_url(server_store, username=reader, password=password), "may not use Labinov"),
    ]
    try:
        for address, expected in cases:
            code, _out, err = _run(["sync", address, *data, "--lang", "en"], capsys)
            assert code == 1 and err.count("\n") == 1 and expected in err, err
            assert "wrong" not in err and password not in err
        with owner.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        code, _out, err = _run(["sync", url, *data, "--lang", "en"], capsys)
        assert code == 1 and "newer Labinov" in err, err
    finally:
        owner.dispose()
    assert _local_rows(tmp_path) == before
