"""A board renamed on one laptop and only zoomed on the other (the view state is saved on
the canvas row): no conflict, by sync (SQLite, and the PostgreSQL server when there is one)
or by bundle, whichever laptop renames and whichever syncs first. The renamer's version of
the row is kept everywhere, view and all (``store/canvas_lineage.py``); a rename on both
laptops still is a conflict. The same for a reorder of the stage's boards against a zoom."""

from __future__ import annotations

from pathlib import Path

import pytest

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from labinov.store import canvas_lineage
from labinov.store.db import Store
from labinov.sync import run_sync
from labinov.sync.rules import Action, decide
from tests.sync.conftest import project_with_notes, rows

ZOOM_RENAMER = {"zoom": 1.5, "cx": 120.0, "cy": 40.0, "user": True}
ZOOM_OTHER = {"zoom": 0.75, "cx": 0.0, "cy": 300.0, "user": True, "voting": True}
TITLE = "Dinding masalah"  # project_with_notes's board
RENAMED = "Pohon masalah"


def _canvas(store: Store, canvas: str) -> tuple[str, dict]:
    row = Services(store).canvases.get(canvas)
    view = {k: v for k, v in row.view.items() if k != canvas_lineage.KEY}
    return row.title, view


def _shared(a: Store, b: Store, server: Store) -> dict:
    one = project_with_notes(Services(a))
    for laptop in (a, b, a):
        run_sync(laptop, server)
    return one


def _rename_and_zoom(renamer: Store, other: Store, canvas: str, zoom_after: bool) -> None:
    mine, theirs = Services(renamer), Services(other)
    if not zoom_after:
        mine.canvases.set_view(canvas, ZOOM_RENAMER)
    mine.canvases.rename(canvas, RENAMED)
    if zoom_after:  # the usual way: the board stays open and its view is saved again
        mine.canvases.set_view(canvas, ZOOM_RENAMER)
    theirs.canvases.set_view(canvas, ZOOM_OTHER)
    theirs.canvases.set_view(canvas, {**ZOOM_OTHER, "zoom": 0.8})


@pytest.mark.parametrize(
    ("a_renames", "renamer_first", "zoom_after"),
    [(True, True, True), (True, False, False), (False, True, False), (False, False, True)],
    ids=[
        "A-renames-syncs-first",
        "A-renames-B-first",
        "B-renames-syncs-first",
        "B-renames-A-first",
    ],
)
def test_a_rename_against_a_zoom_syncs_without_a_conflict(
    laptop_a: Store,
    laptop_b: Store,
    server: Store,
    renamer_first: bool,
    a_renames: bool,
    zoom_after: bool,
) -> None:
    one = _shared(laptop_a, laptop_b, server)
    renamer, zoomer = (laptop_a, laptop_b) if a_renames else (laptop_b, laptop_a)
    _rename_and_zoom(renamer, zoomer, one["canvas"], zoom_after)
    order = (renamer, zoomer, renamer) if renamer_first else (zoomer, renamer, zoomer)
    plans = [run_sync(laptop, server).plan for laptop in order]
    assert [p.conflicts for p in plans] == [[], [], []]
    same = rows(server)
    assert rows(laptop_a) == same and rows(laptop_b) == same and same["conflict"] == {}
    for store in (laptop_a, laptop_b, server):  # the renamer's row: its title and its view
        assert _canvas(store, one["canvas"]) == (RENAMED, ZOOM_RENAMER)
    assert all(run_sync(laptop, server).plan.empty() for laptop in (laptop_a, laptop_b))


def test_a_rename_on_both_laptops_still_conflicts_whoever_zoomed(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    one = _shared(laptop_a, laptop_b, server)
    a, b = Services(laptop_a), Services(laptop_b)
    a.canvases.rename(one["canvas"], RENAMED)
    a.canvases.set_view(one["canvas"], ZOOM_RENAMER)
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)
    b.canvases.rename(one["canvas"], "Dinding antrean")
    run_sync(laptop_a, server)
    plan = run_sync(laptop_b, server).plan
    assert [(n.table, n.item) for n in plan.conflicts] == [("canvas", RENAMED)]
    run_sync(laptop_a, server)
    same = rows(server)
    assert rows(laptop_a) == same and rows(laptop_b) == same and len(same["conflict"]) == 1
    assert _canvas(laptop_b, one["canvas"])[0] == RENAMED  # the server's stays


def test_renames_in_a_row_against_a_zoom(laptop_a: Store, laptop_b: Store, server: Store) -> None:
    """Several renames (and zooms) on one laptop before it syncs: still newer, no conflict."""
    one = _shared(laptop_a, laptop_b, server)
    a, b = Services(laptop_a), Services(laptop_b)
    for number in range(3):
        a.canvases.rename(one["canvas"], f"{RENAMED} {number}")
        a.canvases.set_view(one["canvas"], {**ZOOM_RENAMER, "zoom": 1.0 + number})
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)
    run_sync(laptop_b, server)
    assert run_sync(laptop_a, server).plan.conflicts == []
    assert run_sync(laptop_b, server).plan.conflicts == []
    assert _canvas(laptop_b, one["canvas"])[0] == f"{RENAMED} 2"
    assert rows(laptop_a) == rows(laptop_b) == rows(server)


def test_a_reorder_against_a_zoom_syncs_without_a_conflict(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    second = a.canvases.create(one["project"], "diagnose", "blank", "Dinding kedua").id
    for laptop in (laptop_a, laptop_b, laptop_a):
        run_sync(laptop, server)
    a.canvases.reorder(one["project"], "diagnose", [second, one["canvas"]])
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)
    b.canvases.set_view(second, ZOOM_OTHER)
    plans = [run_sync(laptop, server).plan for laptop in (laptop_b, laptop_a, laptop_b)]
    assert [p.conflicts for p in plans] == [[], [], []]
    assert [c.id for c in b.canvases.list(one["project"], "diagnose")] == [second, one["canvas"]]
    assert rows(laptop_a) == rows(laptop_b) == rows(server)


@pytest.mark.parametrize("a_renames", [True, False], ids=["A-renames", "B-renames"])
def test_a_bundle_brings_a_rename_against_a_zoom_both_ways(
    laptop_a: Store, laptop_b: Store, tmp_path: Path, a_renames: bool
) -> None:
    a = Services(laptop_a)
    one = project_with_notes(a)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "first.labinov")
    import_bundle(laptop_b, tmp_path / "first.labinov")
    renamer, zoomer = (laptop_a, laptop_b) if a_renames else (laptop_b, laptop_a)
    _rename_and_zoom(renamer, zoomer, one["canvas"], zoom_after=True)

    # the renamer's bundle into the zoomer's store: the rename is taken, view and all
    export_bundle(renamer, "workshop", one["workshop"], tmp_path / "renamed.labinov")
    plan, result = import_bundle(zoomer, tmp_path / "renamed.labinov")
    assert plan.conflicts == [] and plan.status["canvas"][one["canvas"]] == "newer"
    assert result is not None and result.conflicts == 0
    assert _canvas(zoomer, one["canvas"]) == (RENAMED, ZOOM_RENAMER)
    assert rows(zoomer)["conflict"] == {}


@pytest.mark.parametrize("a_renames", [True, False], ids=["A-renames", "B-renames"])
def test_a_bundle_of_a_zoom_leaves_a_rename_here(
    laptop_a: Store, laptop_b: Store, tmp_path: Path, a_renames: bool
) -> None:
    a = Services(laptop_a)
    one = project_with_notes(a)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "first.labinov")
    import_bundle(laptop_b, tmp_path / "first.labinov")
    renamer, zoomer = (laptop_a, laptop_b) if a_renames else (laptop_b, laptop_a)
    _rename_and_zoom(renamer, zoomer, one["canvas"], zoom_after=False)

    # the zoomer's bundle into the renamer's store: the rename stays, no conflict
    export_bundle(zoomer, "workshop", one["workshop"], tmp_path / "zoomed.labinov")
    plan, result = import_bundle(renamer, tmp_path / "zoomed.labinov")
    assert plan.conflicts == [] and plan.status["canvas"][one["canvas"]] == "older"
    assert result is not None and result.conflicts == 0
    assert _canvas(renamer, one["canvas"]) == (RENAMED, ZOOM_RENAMER)
    assert rows(renamer)["conflict"] == {}


def test_a_bundle_of_a_rename_on_both_laptops_still_conflicts(
    laptop_a: Store, laptop_b: Store, tmp_path: Path
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "first.labinov")
    import_bundle(laptop_b, tmp_path / "first.labinov")
    a.canvases.rename(one["canvas"], RENAMED)
    a.canvases.set_view(one["canvas"], ZOOM_RENAMER)
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)
    b.canvases.rename(one["canvas"], "Dinding antrean")
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "second.labinov")
    plan, result = import_bundle(laptop_b, tmp_path / "second.labinov")
    assert [n.table for n in plan.conflicts] == ["canvas"]
    assert result is not None and result.conflicts == 1
    assert _canvas(laptop_b, one["canvas"])[0] == "Dinding antrean"  # the importing store's


def test_the_rule_takes_the_version_written_on_top() -> None:
    base = {"id": "c1", "rev": "b0", "title": TITLE, "view": {}}
    renamed = {
        **base,
        "rev": "r1",
        "title": RENAMED,
        "view": canvas_lineage.after_content_write(base, "r1"),
    }
    zoomed = {**base, "rev": "z1", "view": canvas_lineage.after_view_write(base, ZOOM_OTHER, "z1")}
    for first in ("here", "there"):
        assert decide(zoomed, renamed, True, True, first, "canvas").action is Action.TAKE  # type: ignore[arg-type]
        assert decide(renamed, zoomed, True, True, first, "canvas").action is Action.GIVE  # type: ignore[arg-type]
    other = {
        **base,
        "rev": "r2",
        "title": "Dinding antrean",
        "view": canvas_lineage.after_content_write(zoomed, "r2"),
    }
    assert decide(other, renamed, True, True, "there", "canvas").action is Action.CONFLICT
    # a write that kept no record (an older release, a conflict resolved) counts as new
    # content, written on top of what the record had seen
    unrecorded = {**renamed, "rev": "u1", "title": "Dinding baru"}
    assert canvas_lineage.content(unrecorded) == "u1"
    assert decide(zoomed, unrecorded, True, True, "there", "canvas").action is Action.TAKE
    # a zoom that kept no record (an older release) may hide an edit: a conflict, as before
    lost = {**base, "rev": "z2", "view": {"zoom": 2.0}}  # a zoom by an older release
    assert decide(lost, renamed, True, True, "there", "canvas").action is Action.CONFLICT


def test_a_board_conflict_offers_the_title_not_the_other_laptops_zoom(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    """A rename on both laptops is a conflict about the title: the user chooses between the
    titles (not between two zooms), and taking the other title keeps this laptop's view."""
    one = _shared(laptop_a, laptop_b, server)
    a, b = Services(laptop_a), Services(laptop_b)
    a.canvases.rename(one["canvas"], RENAMED)
    a.canvases.set_view(one["canvas"], ZOOM_RENAMER)
    b.canvases.rename(one["canvas"], "Dinding antrean")
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)
    run_sync(laptop_a, server)
    run_sync(laptop_b, server)
    b.canvases.set_view(one["canvas"], ZOOM_OTHER)  # B's board, open again, saves its view
    [version] = b.conflicts.unresolved(one["project"])
    assert version.differences() == ["title"]
    b.conflicts.resolve(version.id, use_other=True)
    assert _canvas(laptop_b, one["canvas"]) == ("Dinding antrean", ZOOM_OTHER)
