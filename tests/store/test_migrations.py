"""The schema comes only from Alembic revisions, and every released schema still opens."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from labinov.paths import user_paths
from labinov.store.db import make_engine, open_store
from labinov.store.migrate import alembic_config, current_revision, head_revision

FIXTURES = Path(__file__).parent / "fixtures"
# One fixture database per released schema: (file, revision it was made with)
RELEASED = [("schema_0001.sqlite", "0001_initial")]


def test_one_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}"


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    store = open_store(user_paths(tmp_path))
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    store.dispose()
    assert differences == []


def test_fresh_database_is_at_head(tmp_path: Path) -> None:
    store = open_store(user_paths(tmp_path))
    assert current_revision(store.engine) == head_revision()
    store.dispose()


@pytest.mark.parametrize(("filename", "revision"), RELEASED)
def test_released_database_opens_with_rows_intact(
    tmp_path: Path, filename: str, revision: str
) -> None:
    shutil.copy(FIXTURES / filename, tmp_path / "labinov.sqlite")
    engine = make_engine(tmp_path / "labinov.sqlite")
    assert current_revision(engine) == revision
    engine.dispose()

    store = open_store(user_paths(tmp_path))  # upgrades to head
    assert current_revision(store.engine) == head_revision()
    store.dispose()
    connection = sqlite3.connect(tmp_path / "labinov.sqlite")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = {
            table: connection.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()
            for table in ("workshop", "team", "member", "project", "stagework", "canvas")
        }
        member = connection.execute("SELECT name FROM member WHERE id = 'm1'").fetchone()
        blob = connection.execute("SELECT data FROM attachment WHERE id = 'a1'").fetchone()
        link = connection.execute("SELECT source_id, target_id FROM link").fetchone()
    finally:
        connection.close()
    assert rows == {
        "workshop": [("w1",)],
        "team": [("t1",)],
        "member": [("m1",)],
        "project": [("p1",)],
        "stagework": [("s1",)],
        "canvas": [("c1",)],
    }
    assert member == ("Nurul <b>&amp; 😀",)
    assert blob == (b"\x01\x02\x03",)
    assert link == ("i1", "i2")


def test_released_database_readable_through_services(tmp_path: Path) -> None:
    from labinov.services import Services

    shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "labinov.sqlite")
    store = open_store(user_paths(tmp_path))
    services = Services(store)
    summary = services.projects.summaries()[0]
    assert (summary.title, summary.team, summary.stages_done) == (
        "Antre Sehat",
        "Dinas Kesehatan",
        1,
    )
    assert services.projects.get("p1").profile == {"innovation_type": "digital"}
    store.dispose()


def test_the_written_out_revisions_are_alembics() -> None:
    """``REVISIONS`` (what a start compares the database with, without Alembic) lists every
    migration script, oldest first: a new migration fails here until its id is added."""
    from alembic.script import ScriptDirectory

    from labinov.store.migrate import REVISIONS, known_revisions, quick_head

    scripts = ScriptDirectory.from_config(alembic_config())
    oldest_first = [script.revision for script in scripts.walk_revisions()][::-1]
    assert list(REVISIONS) == oldest_first
    assert quick_head() == head_revision()
    assert known_revisions() == set(oldest_first)
