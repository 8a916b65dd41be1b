"""Syncs of one workshop (``--workshop``) mixed with syncs of everything: a row carried by
one kind of sync is not seen as changed again by the other, so nothing edited on one
side only ever gives a marked copy or a conflict row."""

from __future__ import annotations

from labinov.services import Services
from labinov.store.db import Store
from labinov.sync import run_sync
from tests.sync.conftest import project_with_notes, rows, same_everywhere


def _texts(services: Services, canvas: str) -> set[str]:
    return {item["text"] for item in services.canvases.load(canvas)[0]}


def test_a_full_sync_after_a_workshop_sync_knows_the_rows_it_carried(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    for laptop in (laptop_a, laptop_b):
        run_sync(laptop, server)
    note, mine = one["items"][0], one["items"][1]
    b.canvases.update_items({note: {"text": "Dari B"}})
    run_sync(laptop_b, server)
    a.canvases.update_items({mine: {"text": "Dari A"}})
    # A takes B's edit and gives its own in the workshop's scope only
    plan = run_sync(laptop_a, server, workshop=one["workshop"]).plan
    assert plan.pull == {"canvasitem": 1} and plan.push == {"canvasitem": 1}
    # then each note is edited again on the side that did not edit it before
    run_sync(laptop_b, server)
    b.canvases.update_items({mine: {"text": "Dari A, diperbaiki B"}})
    run_sync(laptop_b, server)
    a.canvases.update_items({note: {"text": "Dari B, diperbaiki A"}})
    plan = run_sync(laptop_a, server).plan  # everything: no note was edited twice
    assert plan.conflicts == [] and plan.kept == []
    assert plan.pull == {"canvasitem": 1} and plan.push == {"canvasitem": 1}
    run_sync(laptop_b, server)
    same_everywhere(laptop_a, laptop_b, server)
    assert rows(server)["conflict"] == {}
    assert _texts(a, one["canvas"]) >= {"Dari B, diperbaiki A", "Dari A, diperbaiki B"}
    assert len(rows(server)["canvasitem"]) == len(one["items"])
    for laptop in (laptop_a, laptop_b):
        assert run_sync(laptop, server).plan.empty()


def test_a_first_full_sync_after_only_workshop_syncs(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    other = a.workshops.create("Labinov Parepare").id
    a.teams.create(other, "Bappeda")
    run_sync(laptop_a, server, workshop=one["workshop"])  # never a full sync before
    run_sync(laptop_b, server, workshop=one["workshop"])
    b.projects.rename(one["project"], "Akta Kilat")  # a row with no copy: a conflict row
    b.canvases.update_items({one["items"][2]: {"text": "Ubah di B"}})
    run_sync(laptop_b, server, workshop=one["workshop"])
    plan = run_sync(laptop_a, server).plan
    assert plan.conflicts == [] and plan.pull == {"canvasitem": 1, "project": 1}
    assert plan.push.get("workshop") == 1 and plan.push.get("team") == 1  # Parepare
    run_sync(laptop_b, server)
    same_everywhere(laptop_a, laptop_b, server)
    assert rows(server)["conflict"] == {} and a.projects.get(one["project"]).title == ("Akta Kilat")


def test_workshop_and_full_syncs_taking_turns(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    """One note edited in turn by each laptop and the server, each edit carried to every
    store before the next one, the kind of sync alternating: never a conflict."""
    a, b, s = Services(laptop_a), Services(laptop_b), Services(server)
    one = project_with_notes(a, notes=3)
    run_sync(laptop_a, server)
    run_sync(laptop_b, server, workshop=one["workshop"])
    note = one["items"][0]
    editors = {"a": (a, laptop_a), "b": (b, laptop_b), "s": (s, None)}
    turns = ["b", "a", "s", "a", "b", "s", "b", "a"]
    for turn, who in enumerate(turns):
        services, store = editors[who]
        services.canvases.update_items({note: {"text": f"Putaran {turn} ({who})"}})
        scope = one["workshop"] if turn % 2 else None
        for laptop in [x for x in (store, laptop_a, laptop_b) if x is not None]:
            plan = run_sync(laptop, server, workshop=scope).plan
            assert plan.conflicts == [] and plan.kept == [], (turn, who, scope)
        same_everywhere(laptop_a, laptop_b, server)
    assert rows(server)["conflict"] == {} and len(rows(server)["canvasitem"]) == 3
    assert _texts(b, one["canvas"]) >= {"Putaran 7 (a)"}
