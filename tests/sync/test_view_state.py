"""A board's zoom, scroll and voting state (``canvas.view``, saved per laptop on the
canvas row) is no edit: two laptops that only zoomed the same board get no conflict, by
sync or by bundle, and converge on the server's (the bundle's) view; a real edit of the
canvas on both sides still is a conflict."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from labinov.store.db import Store
from labinov.store.models import Canvas
from labinov.sync import run_sync
from labinov.sync.rules import Action, decide
from tests.sync.conftest import Shared, project_with_notes, rows

CANVASES = Canvas.__table__  # type: ignore[attr-defined]
ZOOM_A = {"zoom": 1.5, "scroll": [120, 40]}
ZOOM_B = {"zoom": 0.75, "scroll": [0, 300], "voting": True}


def _view(store: Store, canvas: str) -> dict:
    return Services(store).canvases.get(canvas).view


def test_a_difference_only_in_the_view_is_taken_not_a_conflict() -> None:
    ours = {"id": "c1", "rev": "a", "title": "Dinding", "view": {"zoom": 2.0}}
    theirs = {"id": "c1", "rev": "b", "title": "Dinding", "view": {"zoom": 0.5}}
    for first in ("here", "there"):
        assert decide(ours, theirs, True, True, first, "canvas").action is Action.TAKE  # type: ignore[arg-type]
    renamed = {**theirs, "title": "Dinding masalah"}
    assert decide(ours, renamed, True, True, "there", "canvas").action is Action.CONFLICT
    # another table's column called "view" is content like any other
    assert decide(ours, theirs, True, True, "there", "workshop").action is Action.CONFLICT


def test_two_laptops_that_only_zoomed_get_no_conflict(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    a, b, one = shared.a, shared.b, shared.one
    a.canvases.set_view(one["canvas"], ZOOM_A)
    b.canvases.set_view(one["canvas"], ZOOM_B)
    plans = [run_sync(laptop, server).plan for laptop in (laptop_a, laptop_b, laptop_a)]
    assert [p.conflicts for p in plans] == [[], [], []]
    assert plans[1].pull == {"canvas": 1} and plans[1].push == {}  # B takes the server's
    same = rows(laptop_a)
    assert rows(laptop_b) == same and rows(server) == same
    assert same["conflict"] == {} and same["canvasitem"] and len(same["canvas"]) == 1
    assert _view(laptop_b, one["canvas"]) == ZOOM_A == _view(server, one["canvas"])
    assert all(run_sync(laptop, server).plan.empty() for laptop in (laptop_a, laptop_b))


def test_a_rename_on_both_laptops_is_still_a_conflict(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    a, b, one = shared.a, shared.b, shared.one
    a.canvases.set_view(one["canvas"], ZOOM_A)
    a.canvases.rename(one["canvas"], "Pohon masalah")
    b.canvases.set_view(one["canvas"], ZOOM_B)
    b.canvases.rename(one["canvas"], "Dinding antrean")
    run_sync(laptop_a, server)
    plan = run_sync(laptop_b, server).plan
    assert [n.table for n in plan.conflicts] == ["canvas"]
    run_sync(laptop_a, server)
    same = rows(laptop_a)
    assert rows(laptop_b) == same and rows(server) == same and len(same["conflict"]) == 1
    assert Services(laptop_b).canvases.get(one["canvas"]).title == "Pohon masalah"


def test_a_bundle_of_a_board_zoomed_on_both_laptops_brings_no_conflict(
    laptop_a: Store, laptop_b: Store, tmp_path: Path
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "first.labinov")
    import_bundle(laptop_b, tmp_path / "first.labinov")
    a.canvases.set_view(one["canvas"], ZOOM_A)
    b.canvases.set_view(one["canvas"], ZOOM_B)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "second.labinov")
    plan, result = import_bundle(laptop_b, tmp_path / "second.labinov")
    assert plan.conflicts == [] and plan.status["canvas"][one["canvas"]] == "newer"
    assert result is not None and result.conflicts == 0 and result.copies == []
    assert _view(laptop_b, one["canvas"]) == ZOOM_A  # the incoming view, silently
    with laptop_b.engine.connect() as connection:
        assert connection.execute(select(CANVASES.c.title)).scalars().all() == ["Dinding masalah"]
    assert rows(laptop_b)["conflict"] == {}
    # a real edit on both laptops still is one
    a.canvases.rename(one["canvas"], "Pohon masalah")
    b.canvases.rename(one["canvas"], "Dinding antrean")
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "third.labinov")
    plan, result = import_bundle(laptop_b, tmp_path / "third.labinov")
    assert [n.table for n in plan.conflicts] == ["canvas"]
    assert result is not None and result.conflicts == 1
