"""The hot edits' Core path (``store/fast_edits.py``) on real engines: SQLite always, and
PostgreSQL when ``LABINOV_TEST_PG_URL`` names a server (the same statements must run there).

Each edit is one transaction: a missing row refuses the whole edit and changes nothing;
the values undo needs come back the same whether the caller gives them or not.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlmodel import SQLModel

from labinov.errors import NotFoundError
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.store.models import CanvasItem, Project

PG_URL = os.environ.get("LABINOV_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    if request.param == "sqlite":
        store = open_store(user_paths(tmp_path / "data"))
        yield Services(store)
        store.dispose()
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server (set LABINOV_TEST_PG_URL)")
    engine = create_engine(PG_URL)
    SQLModel.metadata.drop_all(engine)
    SQLModel.metadata.create_all(engine)
    store = Store(engine)
    yield Services(store)
    store.dispose()
    SQLModel.metadata.drop_all(engine)
    engine.dispose()


def _canvas(services: Services) -> tuple[str, str, list[str]]:
    workshop = services.workshops.create("Labinov Makassar")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    notes = [{"x": float(i), "y": 2.0 * i, "text": f"Catatan {i}"} for i in range(30)]
    return project, canvas, services.canvases.add_items(canvas, notes)


def _items(services: Services, canvas_id: str) -> dict[str, dict]:
    items, _links = services.canvases.load(canvas_id)
    return {row["id"]: row for row in items}


def _stamps(services: Services, canvas_id: str) -> dict[str, object]:
    """Each item's ``updated_at`` (the canvas load leaves the time stamps out)."""
    table = CanvasItem.__table__  # type: ignore[attr-defined]
    query = select(table.c.id, table.c.updated_at).where(table.c.canvas_id == canvas_id)
    with services.store.engine.connect() as connection:
        return {row.id: row.updated_at for row in connection.execute(query)}


def test_moves_store_and_return_what_undo_needs(engine_services: Services) -> None:
    services = engine_services
    _project, canvas, ids = _canvas(services)
    before = _items(services, canvas)
    stamped = _stamps(services, canvas)
    moved = {i: {"x": 500.0 + n, "y": 7.5, "zone": "akar"} for n, i in enumerate(ids[:20])}
    read_back = services.canvases.update_items(moved)
    assert read_back == {i: {k: before[i][k] for k in moved[i]} for i in moved}
    after = _items(services, canvas)
    assert all(after[i]["x"] == moved[i]["x"] and after[i]["zone"] == "akar" for i in moved)
    restamped = _stamps(services, canvas)
    assert all(restamped[i] > stamped[i] for i in moved)  # type: ignore[operator]
    assert all(after[i] == before[i] for i in ids[20:])
    # undo with the values the canvas document holds: no read, the same result
    held = {i: {k: after[i][k] for k in moved[i]} for i in moved}
    assert services.canvases.update_items(read_back, previous=held) == held
    unversioned = ("updated_at", "rev", "change_seq")
    assert {
        i: {k: v for k, v in r.items() if k not in unversioned}
        for i, r in _items(services, canvas).items()
    } == {i: {k: v for k, v in r.items() if k not in unversioned} for i, r in before.items()}


def test_a_missing_item_refuses_the_whole_edit(engine_services: Services) -> None:
    services = engine_services
    _project, canvas, ids = _canvas(services)
    before = _items(services, canvas)
    changes = {ids[0]: {"text": "baru"}, "00000000-0000-4000-8000-000000000000": {"text": "x"}}
    for previous in (None, {i: {"text": "lama"} for i in changes}):
        with pytest.raises(NotFoundError):
            services.canvases.update_items(changes, previous=previous)
    assert _items(services, canvas) == before


def test_new_note_vote_rename_and_answer(engine_services: Services) -> None:
    services = engine_services
    project, canvas, _ids = _canvas(services)
    (note,) = services.canvases.add_items(canvas, [{"text": "Baru", "votes": 0}])
    stored = _items(services, canvas)[note]
    assert (stored["text"], stored["kind"], stored["locked"], stored["width"]) == (
        "Baru",
        "note",
        False,
        160.0,
    )
    assert services.canvases.update_items({note: {"votes": 2}}, {note: {"votes": 0}}) == {
        note: {"votes": 0}
    }
    assert _items(services, canvas)[note]["votes"] == 2
    assert services.projects.rename(project, "Akta Kilat") == "Akta Lahir Sehari"
    with services.store.transaction() as session:
        assert session.execute(select(Project.title)).scalar() == "Akta Kilat"
    assert services.worksheets.set_answer(project, "diagnose", "target_group", "Warga") is None
    assert services.worksheets.set_answer(project, "diagnose", "target_group", "Ibu") == "Warga"
    assert services.worksheets.answer(project, "diagnose", "target_group") == "Ibu"
    with pytest.raises(NotFoundError):
        services.projects.rename("00000000-0000-4000-8000-000000000000", "X")


def test_a_note_on_a_deleted_canvas_is_refused(engine_services: Services) -> None:
    services = engine_services
    _project, canvas, _ids = _canvas(services)
    services.canvases.delete(canvas)
    with pytest.raises(NotFoundError):
        services.canvases.add_items(canvas, [{"text": "Hilang"}])
    with services.store.transaction() as session:
        assert session.execute(select(CanvasItem.id)).first() is None


def test_the_connection_follows_engine_dispose(engine_services: Services) -> None:
    """A restore disposes the engine: the long-lived connection must not write on."""
    services = engine_services
    _project, canvas, ids = _canvas(services)
    edits = services.store.edits
    services.canvases.update_items({ids[0]: {"text": "satu"}})
    first = edits.connection
    assert first is not None and not first.closed
    services.store.engine.dispose()
    assert edits.connection is None and first.closed
    services.canvases.update_items({ids[0]: {"text": "dua"}})  # opens a new one
    assert _items(services, canvas)[ids[0]]["text"] == "dua"
