"""Migration ``0009_sync`` and the triggers of ``store/sync_schema.py``: every data table
keeps ``rev`` and ``change_seq`` and leaves tombstones, whichever way it is written (the
ORM, the fast edits, raw SQL, a foreign-key cascade), on both engines."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import select, text

from labinov.exchange.common import device_id
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store import sync_schema
from labinov.store.db import Store, make_engine, open_store
from labinov.store.migrate import alembic_config
from labinov.store.models import ALL_TABLES, CanvasItem, SyncState, Tombstone
from labinov.store.types import new_rev

ITEMS = CanvasItem.__table__  # type: ignore[attr-defined]


def _stamp(store: Store, table: str, row_id: str) -> tuple[str, int]:
    with store.engine.connect() as connection:
        found = connection.execute(
            text(f'SELECT rev, change_seq FROM "{table}" WHERE id = :id'), {"id": row_id}
        ).one()
    return found[0], found[1]


def _counter(store: Store) -> int:
    with store.engine.connect() as connection:
        return sync_schema.read_counter(connection)


def _tombstones(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(Tombstone.__table__)).mappings().all()  # type: ignore[attr-defined]
    return {row["row_id"]: dict(row) for row in rows}


def _project(services: Services) -> tuple[str, str, str, str, list[str]]:
    workshop = services.workshops.create("Labinov Makassar").id
    team = services.teams.create(workshop, "Disdukcapil").id
    project = services.projects.create(team, "Akta Lahir Sehari").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    items = services.canvases.add_items(canvas, [{"text": f"Catatan {i}"} for i in range(3)])
    return workshop, team, project, canvas, items


def test_every_data_table_has_its_triggers_at_head(store: Store) -> None:
    dialect = store.engine.dialect.name
    with store.engine.connect() as connection:
        found = sync_schema.installed(connection)
        state = connection.execute(select(SyncState.__table__)).mappings().one()  # type: ignore[attr-defined]
    expected = {
        model.__table__.name: set(sync_schema.trigger_names(model.__table__.name, dialect))  # type: ignore[attr-defined]
        for model in ALL_TABLES
    }
    assert found == expected
    assert "conflict" in found and len(found) == len(ALL_TABLES) == 12
    assert state["id"] == 1 and len(state["device_id"]) >= 32
    assert device_id(store) == state["device_id"] == device_id(store)


def test_orm_fast_edits_and_raw_sql_all_stamp_the_row(store: Store, services: Services) -> None:
    _workshop, team, project, _canvas, items = _project(services)
    before = _counter(store)
    rev, seq = _stamp(store, "team", team)
    assert len(rev) == 16 and 0 < seq <= before

    services.teams.update(team, name="Dinas Kependudukan")  # fast edits of a form
    rev2, seq2 = _stamp(store, "team", team)
    assert rev2 != rev and seq2 > seq and _counter(store) >= seq2

    project_rev, project_seq = _stamp(store, "project", project)
    services.projects.update_profile(project, {"purpose": "Akta dalam sehari"})  # the ORM
    orm_rev, orm_seq = _stamp(store, "project", project)
    assert orm_rev != project_rev and orm_seq > project_seq

    item_rev, item_seq = _stamp(store, "canvasitem", items[0])
    services.canvases.update_items({items[0]: {"x": 40.0}})  # the fast edits of a board
    moved_rev, moved_seq = _stamp(store, "canvasitem", items[0])
    assert moved_rev != item_rev and moved_seq > item_seq > 0
    assert _stamp(store, "canvasitem", items[1])[1] == _stamp(store, "canvasitem", items[1])[1]

    with store.engine.begin() as connection:  # raw SQL, no rev given
        connection.execute(
            text("UPDATE project SET title = 'Akta' WHERE id = :id"), {"id": project}
        )
    raw_rev, raw_seq = _stamp(store, "project", project)
    assert raw_seq == _counter(store) and len(raw_rev) == 16

    chosen = new_rev()  # a statement that sets rev (sync, import, occ) keeps its token
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE project SET title = 'Akta 2', rev = :rev WHERE id = :id"),
            {"rev": chosen, "id": project},
        )
    assert _stamp(store, "project", project) == (chosen, _counter(store))
    with store.engine.begin() as connection:  # the same rev again: a new write, a new rev
        connection.execute(
            text("UPDATE project SET title = 'Akta 3', rev = :rev WHERE id = :id"),
            {"rev": chosen, "id": project},
        )
    assert _stamp(store, "project", project)[0] not in (chosen, "")


def test_inserts_get_a_rev_unless_they_bring_one(store: Store, services: Services) -> None:
    workshop, *_ = _project(services)
    chosen = new_rev()
    with store.engine.begin() as connection:
        for row_id, rev in (("p-1", ""), ("p-2", chosen)):
            connection.execute(
                text(
                    "INSERT INTO parkingitem (id, created_at, updated_at, rev, workshop_id, text, "
                    "done, sort_order) VALUES (:id, :now, :now, :rev, :w, 'x', false, 0)"
                ),
                {"id": row_id, "now": "2026-11-30 10:00:00.000000", "rev": rev, "w": workshop},
            )
    first, second = _stamp(store, "parkingitem", "p-1"), _stamp(store, "parkingitem", "p-2")
    assert len(first[0]) == 16 and second[0] == chosen
    assert first[1] < second[1] == _counter(store)


def test_deletes_leave_tombstones_cascades_too(store: Store, services: Services) -> None:
    workshop, team, project, canvas, items = _project(services)
    services.canvases.delete_items([items[0]])  # the ORM
    item_rev = _tombstones(store)[items[0]]["rev"]
    tomb = _tombstones(store)[items[0]]
    assert tomb["table_name"] == "canvasitem" and tomb["parent_id"] == canvas
    assert tomb["change_seq"] == _counter(store) and tomb["device_id"] == device_id(store)
    assert len(item_rev) == 16

    project_rev = _stamp(store, "project", project)[0]
    services.projects.delete(project)  # the database cascades to everything below
    tombs = _tombstones(store)
    assert tombs[project]["rev"] == project_rev and tombs[project]["parent_id"] == team
    assert {items[1], items[2], canvas} <= set(tombs)
    assert tombs[canvas]["parent_id"] == project
    stage_works = [t for t in tombs.values() if t["table_name"] == "stagework"]
    assert len(stage_works) == 5 and {t["parent_id"] for t in stage_works} == {project}
    seqs = [t["change_seq"] for t in tombs.values()]
    assert len(set(seqs)) == len(seqs) and max(seqs) == _counter(store)

    with store.engine.begin() as connection:  # raw SQL
        connection.execute(text("DELETE FROM workshop WHERE id = :id"), {"id": workshop})
    tombs = _tombstones(store)
    assert tombs[workshop]["parent_id"] is None and tombs[team]["parent_id"] == workshop


def test_a_row_inserted_again_loses_its_tombstone(store: Store, services: Services) -> None:
    _workshop, team, *_ = _project(services)
    member = services.members.add(team, "Nurul")
    old_rev = _stamp(store, "member", member.id)[0]
    undo = services.members.remove(member.id)
    assert member.id in _tombstones(store)
    services.members.restore(undo)  # undo: the row again, as a new version
    assert member.id not in _tombstones(store)
    assert _stamp(store, "member", member.id)[0] not in (old_rev, "")


def test_migration_backfills_every_row(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "device-id").write_text("3f1d2c4e-0000-4000-8000-00000000abcd", encoding="ascii")
    made = open_store(user_paths(folder))
    _project(Services(made))
    made.dispose()
    engine = make_engine(folder / "labinov.sqlite")
    command.downgrade(alembic_config(engine), "0008_project_search")
    with engine.connect() as connection:  # 0009 is gone, the rows stay
        assert sync_schema.installed(connection) == {}
        assert connection.execute(text("SELECT count(*) FROM canvasitem")).scalar() == 3
    engine.dispose()

    store = open_store(user_paths(folder))  # runs 0009
    connection = sqlite3.connect(folder / "labinov.sqlite")
    try:
        stamps = []
        for model in ALL_TABLES:
            name = model.__table__.name  # type: ignore[attr-defined]
            stamps += connection.execute(f'SELECT rev, change_seq FROM "{name}"').fetchall()
        counter = connection.execute("SELECT counter FROM syncstate").fetchone()[0]
    finally:
        connection.close()
    revs = [rev for rev, _ in stamps]
    assert len(stamps) == 3 + 5 + 1 + 3 and len(set(revs)) == len(revs)
    assert all(len(rev) == 16 for rev in revs)
    assert sorted(seq for _, seq in stamps) == list(range(1, len(stamps) + 1)) and counter == 12
    assert device_id(store) == "3f1d2c4e-0000-4000-8000-00000000abcd"
    store.dispose()
