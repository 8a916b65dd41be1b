"""Optimistic concurrency (issue 16, item 2): two stores on one database — two staff on the
server, or two windows on one file — each write carries the version its caller saw.

Different rows both succeed; the same row edited from an old version is refused with a
``StaleWriteError`` and nothing of that edit is written. Runs on SQLite and on the
PostgreSQL test server (``store`` fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from labinov.errors import StaleWriteError
from labinov.i18n import translator
from labinov.services import Services
from labinov.services import worksheets as worksheets_module
from labinov.store.db import Store, open_store
from labinov.store.fast_edits import Version, versioned
from labinov.store.models import Project


@pytest.fixture
def other(store: Store, db_engine: str, paths: Any) -> Iterator[Services]:
    """Services on a second store (its own engine and connections) on the same database."""
    if db_engine == "postgresql":
        from labinov.store.engines import open_server_engine, schema_guard

        url = store.engine.url.render_as_string(hide_password=False)
        second = Store(open_server_engine(url), guard=schema_guard(url))
    else:
        second = open_store(paths)
    yield Services(second)
    second.dispose()


def _board(services: Services) -> tuple[str, str, list[str]]:
    workshop = services.workshops.create("Labinov Makassar 2026")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    ids = services.canvases.add_items(canvas, [{"text": f"Catatan {i}"} for i in range(3)])
    return project, canvas, ids


def _stored(services: Services, table: Any, row_id: str) -> dict[str, Any]:
    with services.store.engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == row_id)).mappings().one()
    return dict(row)


PROBLEM = "problem_statement"


def _held(services: Services, canvas: str) -> dict[str, dict[str, Any]]:
    """What a canvas document holds after loading: every row with its ``rev``."""
    return {row["id"]: row for row in services.canvases.load(canvas)[0]}


def _edit(
    services: Services, doc: dict[str, dict[str, Any]], changes: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """An edit as the canvas document makes it: new versions, the held values as previous;
    the document takes the new values (and revs) when the store took them."""
    changes = versioned(changes)
    held = {i: {k: doc[i][k] for k in fields} for i, fields in changes.items()}
    previous = services.canvases.update_items(changes, held)
    for item_id, fields in changes.items():
        doc[item_id].update(fields)
    return previous


def test_different_notes_both_succeed_the_same_note_is_refused(
    services: Services, other: Services
) -> None:
    _project, canvas, ids = _board(services)
    mine, theirs = _held(services, canvas), _held(other, canvas)
    _edit(services, mine, {ids[0]: {"x": 100.0}})
    _edit(other, theirs, {ids[1]: {"x": 200.0}})  # another note: no conflict
    stored = _held(services, canvas)
    assert (stored[ids[0]]["x"], stored[ids[1]]["x"]) == (100.0, 200.0)
    assert stored[ids[0]]["rev"] == mine[ids[0]]["rev"]  # the token the caller wrote
    assert stored[ids[1]]["rev"] == theirs[ids[1]]["rev"]

    # they move note 0 (and note 2) from the version they loaded, before my move
    with pytest.raises(StaleWriteError) as refused:
        _edit(other, dict(theirs), {ids[2]: {"x": 5.0}, ids[0]: {"x": 300.0, "y": 9.0}})
    after = _held(services, canvas)
    assert after == stored  # nothing of the edit: neither note 0 nor note 2
    assert "changed by someone else" in refused.value.text()
    indonesian = refused.value.text(translator("id"))
    assert indonesian == "Catatan ini baru saja diubah orang lain; tampilan dimuat ulang"

    # after reloading the note, their edit goes through
    theirs = _held(other, canvas)
    _edit(other, theirs, {ids[0]: {"x": 300.0}})
    assert _held(services, canvas)[ids[0]]["x"] == 300.0


def test_undo_from_an_old_version_is_refused_too(services: Services, other: Services) -> None:
    _project, canvas, ids = _board(services)
    mine = _held(services, canvas)
    previous = _edit(services, mine, {ids[0]: {"text": "Antrean panjang"}})
    theirs = _held(other, canvas)
    _edit(other, theirs, {ids[0]: {"text": "Antrean sangat panjang"}})
    with pytest.raises(StaleWriteError):
        _edit(services, mine, previous)  # my undo would overwrite their text
    assert _held(services, canvas)[ids[0]]["text"] == "Antrean sangat panjang"


def test_rename_checks_the_version_the_window_shows(services: Services, other: Services) -> None:
    project, _canvas, _ids = _board(services)
    table = Project.__table__  # type: ignore[attr-defined]
    loaded = _stored(services, table, project)
    version = Version(loaded["rev"])
    previous = services.projects.rename(project, "Akta Kilat", version, shown=loaded["title"])
    assert previous == "Akta Lahir Sehari"
    assert _stored(services, table, project)["rev"] == version.new
    # the other window still shows the first title and version
    with pytest.raises(StaleWriteError):
        other.projects.rename(project, "Akta Sehari Jadi", Version(loaded["rev"]))
    assert _stored(services, table, project)["title"] == "Akta Kilat"
    # without what it shows, a caller's write checks the version read in its transaction
    assert other.projects.rename(project, "Akta Sehari Jadi") == "Akta Kilat"


def test_worksheet_answer_from_an_old_version_is_refused(
    services: Services, other: Services
) -> None:
    project, _canvas, _ids = _board(services)
    worksheets = services.worksheets
    answers, rev = worksheets.versioned_answers(project, "diagnose")
    assert answers == {}
    first = Version(rev)
    worksheets.set_answer(project, "diagnose", "target_group", "Ibu hamil", first)
    assert worksheets.versioned_answers(project, "diagnose") == (
        {"target_group": "Ibu hamil"},
        first.new,
    )
    # another staff member's page loaded before that write
    with pytest.raises(StaleWriteError):
        other.worksheets.set_answer(project, "diagnose", PROBLEM, "Antre lama", Version(rev))
    assert worksheets.answers(project, "diagnose") == {"target_group": "Ibu hamil"}
    # from the current version it goes through, keeping the other answer
    other.worksheets.set_answer(project, "diagnose", PROBLEM, "Antre lama", Version(first.new))
    assert worksheets.answers(project, "diagnose") == {
        "target_group": "Ibu hamil",
        PROBLEM: "Antre lama",
    }


def test_a_row_edit_never_overwrites_rows_written_since_it_read_them(
    services: Services, other: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cell edit reads the table's rows and writes them back in one transaction: another
    staff member's row, added while the edit was under way, is never silently lost."""
    project, _canvas, _ids = _board(services)
    worksheets = services.worksheets
    worksheets.add_row(project, "design", "action_plan", {"activity": "Sosialisasi"})
    entries = worksheets_module.cell_entries

    def typed_while_they_add_a_row(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(worksheets_module, "cell_entries", entries)
        other.worksheets.add_row(project, "design", "action_plan", {"activity": "Pelatihan"})
        return entries(*args, **kwargs)

    monkeypatch.setattr(worksheets_module, "cell_entries", typed_while_they_add_a_row)
    with pytest.raises(StaleWriteError):
        worksheets.set_cell(project, "design", "action_plan", 0, "activity", "Rapat")
    rows = worksheets.answer(project, "design", "action_plan")
    assert [row["activity"] for row in rows] == ["Sosialisasi", "Pelatihan"]
