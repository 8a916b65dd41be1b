"""A conflict's marked copy of a note lies beside the note that stayed and covers no item
of its canvas as the sync leaves it (notes added in that very sync, other copies); a sync
retried after a cut between the two commits builds the very same copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.store.models import Conflict
from labinov.sync import run_sync
from labinov.sync.apply import BY_NAME, data_columns
from tests.sync.conftest import covers, project_with_notes, rows

CONFLICTS = Conflict.__table__  # type: ignore[attr-defined]


def _conflicting_edits(a: Services, b: Services, laptop_a: Store, laptop_b: Store, server: Store):
    """Notes in a row; two of them edited on both laptops, and B adds a note just right
    of the first one (where a copy placed without looking would go) in the same sync."""
    one = project_with_notes(a, notes=4)
    items = one["items"]
    a.canvases.update_items({item: {"x": 180.0 * i, "y": 40.0} for i, item in enumerate(items)})
    for laptop in (laptop_a, laptop_b, laptop_a):
        run_sync(laptop, server)
    a.canvases.update_items({items[0]: {"text": "Versi A 0"}, items[2]: {"text": "Versi A 2"}})
    b.canvases.update_items({items[0]: {"text": "Versi B 0"}, items[2]: {"text": "Versi B 2"}})
    (added,) = b.canvases.add_items(one["canvas"], [{"text": "Baru di B", "x": 900.0, "y": 40.0}])
    run_sync(laptop_a, server)
    return one, added


def _check_board(services: Services, canvas: str) -> list[dict]:
    items = services.canvases.load(canvas)[0]
    by_text = {item["text"]: item for item in items}
    copies = [item for item in items if item["text"].startswith("Versi B")]
    assert len(copies) == 2 and len(items) == 4 + 1 + 2
    for copy in copies:
        stayed = by_text[copy["text"].replace("B", "A")]
        near = abs(copy["x"] - stayed["x"]) + abs(copy["y"] - stayed["y"])
        assert near <= 2 * (160.0 + 16.0)  # in the first ring of cells round its note
        assert not any(covers(copy, other) for other in items if other["id"] != copy["id"])
    return copies


def test_copies_cover_no_note_of_the_canvas(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one, _added = _conflicting_edits(a, b, laptop_a, laptop_b, server)
    plan = run_sync(laptop_b, server).plan
    assert len(plan.conflicts) == 2
    run_sync(laptop_a, server)
    assert rows(laptop_a) == rows(laptop_b) == rows(server)
    _check_board(a, one["canvas"])


def _copy_rows(store: Store) -> dict:
    table = BY_NAME["canvasitem"]
    with store.engine.connect() as connection:
        copies = connection.execute(select(CONFLICTS.c.copy_id)).scalars().all()
        found = connection.execute(select(*data_columns(table)).where(table.c.id.in_(copies)))
        return {row.id: tuple(row) for row in found}


def test_a_sync_retried_after_a_cut_builds_the_same_copies(
    laptop_a: Store, server: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "laptop-b2"
    laptop_b = open_store(user_paths(folder))
    a, b = Services(laptop_a), Services(laptop_b)
    one, _added = _conflicting_edits(a, b, laptop_a, laptop_b, server)
    database = user_paths(folder).database
    laptop_b.dispose()
    shutil.copy(database, tmp_path / "before.db")
    laptop_b = open_store(user_paths(folder))
    run_sync(laptop_b, server)  # the server committed ...
    first = _copy_rows(server)
    laptop_b.dispose()
    shutil.copy(tmp_path / "before.db", database)  # ... the laptop's commit was lost
    for leftover in folder.rglob("*.db-wal"):
        leftover.unlink()
    laptop_b = open_store(user_paths(folder))
    try:
        run_sync(laptop_b, server)
        assert len(first) == 2 and _copy_rows(server) == first == _copy_rows(laptop_b)
        assert rows(laptop_b) == rows(server)
        run_sync(laptop_a, server)
        assert rows(laptop_a) == rows(server)
        _check_board(Services(laptop_b), one["canvas"])
        assert run_sync(laptop_b, server).plan.empty()
    finally:
        laptop_b.dispose()
