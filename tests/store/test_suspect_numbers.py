"""Numbers stored before the locale fix ("1.200" read as 1.2) are found and listed, and
nothing is changed silently: migration ``0005_suspect_numbers`` and format-1 bundles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import make_engine, open_store
from labinov.store.migrate import alembic_config, current_revision, head_revision

OLD_INDICATORS = [  # as the old parser stored them
    {"name": "Akta terbit", "unit": "akta", "baseline": 1.2, "target": 1500, "actual": 130.355},
    {"name": "Cakupan", "unit": "persen", "baseline": 80, "target": 94.5312, "actual": None},
]


def before_sync(folder: Path) -> None:
    """The data folder's database taken back to 0008 (before 0009_sync's columns and
    triggers), the base the raw edits below make older."""
    engine = make_engine(folder / "labinov.sqlite")
    command.downgrade(alembic_config(engine), "0008_project_search")
    engine.dispose()


def _old_database(folder: Path) -> str:
    """A data folder at revision 0004 holding a project with old indicator numbers."""
    store = open_store(user_paths(folder))
    services = Services(store)
    workshop = services.workshops.create("Labinov 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    store.dispose()
    before_sync(folder)
    connection = sqlite3.connect(folder / "labinov.sqlite")
    with connection:
        connection.execute(
            "UPDATE stagework SET answers = ? WHERE project_id = ? AND stage = 'delivery'",
            (json.dumps({"indicators": OLD_INDICATORS}), project),
        )
        stamp = connection.execute("SELECT updated_at FROM stagework").fetchone()
        # 0005 changes data only: the schema at the revision before it is today's without
        # what later revisions added (0006: canvasitem.locked, 0007: attachment.purpose)
        connection.execute("ALTER TABLE canvasitem DROP COLUMN locked")
        connection.execute("ALTER TABLE attachment DROP COLUMN purpose")
        connection.execute("UPDATE alembic_version SET version_num = '0004_exchange_base'")
    connection.close()
    assert stamp
    return project


def test_migration_lists_stored_1_2_and_changes_no_value(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    project = _old_database(folder)
    store = open_store(user_paths(folder))  # runs 0005
    assert current_revision(store.engine) == head_revision()
    services = Services(store)
    ws = services.worksheets
    found = ws.suspect_numbers(project)
    assert [(s.field, s.row, s.column, s.value) for s in found] == [
        ("indicators", 0, "baseline", 1.2),
        ("indicators", 0, "actual", 130.355),
    ]  # 1500, 80 and 94.5312 (four decimals) are not suspect
    assert found[0].where("id") == "Indikator, baris 1, Nilai awal"
    readiness = ws.readiness(project)
    assert [s.value for s in readiness.suspects] == [1.2, 130.355]
    rows = ws.answer(project, "delivery", "indicators")
    for old, now in zip(OLD_INDICATORS, rows, strict=True):  # values exactly as they were
        assert {k: now.get(k) for k in old} == old

    # confirming keeps the value and drops the mark; undo puts the mark back
    previous = ws.confirm_number(project, "delivery", "indicators", 0, "actual")
    assert [s.value for s in ws.suspect_numbers(project)] == [1.2]
    assert ws.answer(project, "delivery", "indicators")[0]["actual"] == 130.355
    ws.set_answer(project, "delivery", "indicators", previous)
    assert len(ws.suspect_numbers(project)) == 2
    # correcting by typing again settles it
    ws.set_cell(project, "delivery", "indicators", 0, "baseline", "1.200")
    row = ws.answer(project, "delivery", "indicators")[0]
    assert (row["baseline"], row["baseline_text"]) == (1200, "1.200")
    assert [s.value for s in ws.suspect_numbers(project)] == [130.355]
    store.dispose()


def test_migration_twice_marks_nothing_new(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    project = _old_database(folder)
    open_store(user_paths(folder)).dispose()
    before_sync(folder)
    connection = sqlite3.connect(folder / "labinov.sqlite")
    with connection:
        connection.execute("ALTER TABLE canvasitem DROP COLUMN locked")  # 0006
        connection.execute("ALTER TABLE attachment DROP COLUMN purpose")  # 0007
        connection.execute("UPDATE alembic_version SET version_num = '0004_exchange_base'")
    connection.close()
    store = open_store(user_paths(folder))
    assert len(Services(store).worksheets.suspect_numbers(project)) == 2
    store.dispose()


def test_values_typed_after_the_fix_are_not_suspect(services: Services) -> None:
    workshop = services.workshops.create("Labinov 2026")
    team = services.teams.create(workshop.id, "Dinkes")
    project = services.projects.create(team.id, "Antre Sehat").id
    ws = services.worksheets
    ws.add_row(project, "delivery", "indicators", {"name": "Waktu tunggu"})
    ws.set_cell(project, "delivery", "indicators", 0, "baseline", "1,5 jam")
    assert ws.answer(project, "delivery", "indicators")[0]["baseline"] == 1.5
    assert ws.suspect_numbers(project) == []
