"""Two laptops and a server (PostgreSQL when the test server is there, else SQLite):
edits, moves and deletions on every side converge, conflicts give one marked copy and
nothing else, an untouched workshop gives nothing, a second sync nothing, a cancelled
sync nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from labinov.exchange.common import device_id
from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from labinov.store.db import Store
from labinov.store.models import Conflict
from labinov.sync import Cancelled, Named, plan_sync, run_sync
from tests.sync.conftest import (
    Shared,
    all_ways,
    count,
    covers,
    project_with_notes,
    rows,
    same_everywhere,
)

CONFLICTS = Conflict.__table__  # type: ignore[attr-defined]


def test_edits_moves_and_deletions_on_every_side_converge(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b, s = Services(laptop_a), Services(laptop_b), Services(server)
    one = project_with_notes(a, notes=6)
    second = a.projects.create(one["team"], "Mal Pelayanan Publik").id
    all_ways(laptop_a, laptop_b, server)
    same_everywhere(laptop_a, laptop_b, server)

    items = one["items"]
    # laptop A: an edit, a move, a deletion, a new member, a member removed
    a.canvases.update_items({items[0]: {"text": "Antrean panjang"}, items[1]: {"x": 400.0}})
    a.canvases.delete_items([items[2]])
    new_member = a.members.add(one["team"], "Siti").id
    a.members.remove(one["members"][1])
    # laptop B: another note edited, a note added, a whole project deleted
    b.canvases.update_items({items[3]: {"text": "Petugas kurang", "y": 90.0}})
    (added,) = b.canvases.add_items(one["canvas"], [{"text": "Formulir rumit"}])
    b.projects.delete(second)
    # the server (an office PC on it): a member renamed, a note deleted
    s.members.update(one["members"][0], name="Nurul Hidayah")
    s.canvases.delete_items([items[4]])

    all_ways(laptop_a, laptop_b, server)
    same = same_everywhere(laptop_a, laptop_b, server)
    for gone in (items[2], items[4], second, one["members"][1]):
        assert all(gone not in table for table in same.values())
    assert new_member in same["member"] and added in same["canvasitem"]
    notes = {row[0]: row for row in same["canvasitem"].values()}
    assert len(notes) == 6 - 2 + 1
    assert same["conflict"] == {}  # no row was changed on two sides
    texts = {i["text"] for i in b.canvases.load(one["canvas"])[0]}
    assert texts == {
        "Antrean panjang",
        "Catatan 1",
        "Petugas kurang",
        "Catatan 5",
        "Formulir rumit",
    }
    assert [m.name for m in b.members.list(one["team"])] == ["Nurul Hidayah", "Siti"]

    # syncing again changes nothing, either way
    for laptop in (laptop_a, laptop_b):
        assert run_sync(laptop, server).plan.empty()
    assert rows(laptop_a) == same


def test_the_same_note_edited_on_two_laptops_gives_one_marked_copy(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    a, b, one = shared.a, shared.b, shared.one
    before = count(server)
    note = one["items"][0]
    a.canvases.update_items({note: {"text": "Versi A"}})
    b.canvases.update_items({note: {"text": "Versi B", "x": 55.0}})

    first = run_sync(laptop_a, server).plan  # A reaches the server first: A's stays
    assert first.conflicts == [] and first.push == {"canvasitem": 1}
    second = run_sync(laptop_b, server).plan
    assert second.conflicts == [Named("canvasitem", "Akta Lahir Sehari", "Versi A")]
    run_sync(laptop_a, server)
    same = same_everywhere(laptop_a, laptop_b, server)

    after = {name: len(table) for name, table in same.items()}
    assert after == {**before, "canvasitem": before["canvasitem"] + 1, "conflict": 1}
    items = {i["id"]: i for i in a.canvases.load(one["canvas"])[0]}
    assert items[note]["text"] == "Versi A"
    copies = [i for i in items.values() if i["text"] == "Versi B"]
    assert len(copies) == 1
    assert not any(covers(copies[0], other) for other in items.values() if other != copies[0])
    with laptop_b.engine.connect() as connection:
        record = connection.execute(select(CONFLICTS)).mappings().one()
    assert record["row_id"] == note and record["copy_id"] == copies[0]["id"]
    assert record["id"] != record["copy_id"] and record["origin"] == device_id(laptop_b)
    assert record["project_id"] == one["project"] and not record["resolved"]
    for laptop in (laptop_a, laptop_b):
        assert run_sync(laptop, server).plan.empty()


def test_a_text_answer_changed_on_two_laptops_keeps_the_other_as_a_payload(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a, notes=2)
    all_ways(laptop_a, laptop_b, server)
    a.projects.rename(one["project"], "Akta Kilat")
    b.projects.rename(one["project"], "Akta Cepat")
    all_ways(laptop_a, laptop_b, server)
    same = same_everywhere(laptop_a, laptop_b, server)
    assert len(same["project"]) == 1 and b.projects.get(one["project"]).title == "Akta Kilat"
    with laptop_a.engine.connect() as connection:
        record = connection.execute(select(CONFLICTS)).mappings().one()
    assert record["copy_id"] is None and record["payload"]["title"] == "Akta Cepat"


def test_an_untouched_workshop_from_a_second_laptop_gives_nothing(
    laptop_a: Store, laptop_b: Store, server: Store, tmp_path
) -> None:
    a = Services(laptop_a)
    one = project_with_notes(a)
    run_sync(laptop_a, server)
    # laptop B got the same workshop by hand, as a bundle (its rows have other revs)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "w.labinov")
    import_bundle(laptop_b, tmp_path / "w.labinov")
    plan = run_sync(laptop_b, server).plan
    assert plan.conflicts == [] and plan.kept == [] and plan.push == {}
    assert count(laptop_b) == count(server) and count(server)["conflict"] == 0
    assert run_sync(laptop_b, server).plan.empty()


def test_deleted_on_one_side_and_edited_on_the_other_is_kept(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    a, b, one = shared.a, shared.b, shared.one
    note, other = one["items"][0], one["items"][1]
    a.canvases.delete_items([note])
    a.canvases.delete(one["canvas"])  # and the whole canvas with the other notes
    b.canvases.update_items({note: {"text": "Masih penting"}})

    run_sync(laptop_a, server)
    plan = run_sync(laptop_b, server).plan
    assert plan.kept == [Named("canvasitem", "Akta Lahir Sehari", "Masih penting")]
    assert Named("canvasitem", "Akta Lahir Sehari", "Catatan 2") in plan.deleted_here or (
        plan.deleted_here == []
    )
    run_sync(laptop_a, server)
    same = same_everywhere(laptop_a, laptop_b, server)
    assert note in same["canvasitem"] and one["canvas"] in same["canvas"]  # its canvas too
    assert other not in same["canvasitem"]  # unchanged there: deleted everywhere
    assert [i["text"] for i in a.canvases.load(one["canvas"])[0]] == ["Masih penting"]


def test_a_deleted_project_does_not_come_back(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    b, one = shared.b, shared.one
    b.projects.delete(one["project"])
    plan = run_sync(laptop_b, server).plan
    assert plan.deleted_there == [Named("project", "Akta Lahir Sehari", "Akta Lahir Sehari")]
    plan = run_sync(laptop_a, server).plan
    assert plan.deleted_here == [Named("project", "Akta Lahir Sehari", "Akta Lahir Sehari")]
    all_ways(laptop_a, laptop_b, server)
    same = same_everywhere(laptop_a, laptop_b, server)
    assert same["project"] == {} and same["canvasitem"] == {} and same["stagework"] == {}
    assert len(same["member"]) == 2


def test_a_cancelled_sync_changes_nothing(laptop_a: Store, server: Store) -> None:
    a = Services(laptop_a)
    project_with_notes(a)
    before = (rows(laptop_a), rows(server))
    for stop_at in (1, 5, 20, 30):
        seen: list[int] = []

        def cancel(seen: list[int] = seen, stop_at: int = stop_at) -> bool:
            seen.append(1)
            return len(seen) >= stop_at

        with pytest.raises(Cancelled):
            run_sync(laptop_a, server, cancel=cancel)
        assert (rows(laptop_a), rows(server)) == before
    assert not plan_sync(laptop_a, server).empty()
    assert (rows(laptop_a), rows(server)) == before  # a plan writes nothing
    progress: list[tuple[int, int]] = []
    run_sync(laptop_a, server, progress=lambda done, total: progress.append((done, total)))
    assert progress[-1][0] == progress[-1][1] and len(progress) > 10
    assert rows(laptop_a) == rows(server)


def test_a_hostile_workshop_name_round_trips(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    name = "Labinov'; DROP TABLE workshop; -- \" ) OR 1=1 😀"
    workshop = Services(laptop_a).workshops.create(name).id
    Services(laptop_a).teams.create(workshop, "Tim '; DELETE FROM team; --")
    run_sync(laptop_a, server, workshop=workshop)
    run_sync(laptop_b, server, workshop=workshop)
    assert Services(laptop_b).workshops.get(workshop).name == name
    same_everywhere(laptop_a, laptop_b, server)


def test_a_workshop_scope_carries_only_that_workshop(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    a = Services(laptop_a)
    one = project_with_notes(a)
    other = a.workshops.create("Labinov Parepare").id
    a.teams.create(other, "Bappeda")
    run_sync(laptop_a, server, workshop=one["workshop"])
    with server.engine.connect() as connection:
        workshops = connection.execute(select(func.count()).select_from(CONFLICTS)).scalar()
    assert workshops == 0
    assert [w.name for w in Services(server).workshops.list()] == ["Labinov Makassar 2026"]
    # a deletion inside the workshop travels in its scope
    a.canvases.delete_items([one["items"][0]])
    plan = run_sync(laptop_a, server, workshop=one["workshop"]).plan
    assert plan.deleted_there == [Named("canvasitem", "Akta Lahir Sehari", "Catatan 0")]
    run_sync(laptop_a, server)  # everything: now the other workshop too
    assert rows(laptop_a) == rows(server)


def test_samples_made_on_two_laptops_meet_without_a_conflict(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    Services(laptop_a).samples.create()
    Services(laptop_b).samples.create()
    run_sync(laptop_a, server)
    plan = run_sync(laptop_b, server).plan
    assert plan.conflicts == [] and plan.kept == [] and plan.push == {}
    assert count(laptop_b) == count(server) == count(laptop_a)
    assert run_sync(laptop_a, server).plan.empty()


def test_a_stage_made_on_two_stores_keeps_the_servers(
    laptop_a: Store, laptop_b: Store, server: Store, tmp_path
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a)
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "w.labinov")
    import_bundle(laptop_b, tmp_path / "w.labinov")
    with laptop_b.engine.begin() as connection:  # B made its own stage rows meanwhile
        connection.execute(text("UPDATE stagework SET id = 'z' || substr(id, 2)"))
    b.worksheets.set_answer(one["project"], "diagnose", "problem_statement", "Antrean")
    run_sync(laptop_a, server)
    plan = run_sync(laptop_b, server).plan
    assert [n.table for n in plan.conflicts] == ["stagework"]
    run_sync(laptop_a, server)
    same = same_everywhere(laptop_a, laptop_b, server, revs=False)
    assert rows(laptop_a) == rows(server)
    assert len(same["stagework"]) == 5 and all(not i.startswith("z") for i in same["stagework"])
    assert len(same["conflict"]) == 1 and run_sync(laptop_b, server).plan.empty()


def test_two_laptops_syncing_at_once_both_complete(
    laptop_a: Store, laptop_b: Store, server: Store, shared: Shared
) -> None:
    import threading

    a, b, one = shared.a, shared.b, shared.one
    a.canvases.update_items({one["items"][0]: {"text": "Dari A"}})
    b.canvases.update_items({one["items"][1]: {"text": "Dari B"}})
    b.members.add(one["team"], "Budi")
    errors: list[BaseException] = []

    def sync(laptop: Store) -> None:
        try:
            run_sync(laptop, server)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=sync, args=(laptop,)) for laptop in (laptop_a, laptop_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and not any(thread.is_alive() for thread in threads)
    all_ways(laptop_a, laptop_b, server)
    same = same_everywhere(laptop_a, laptop_b, server)
    texts = {row[0]: row for row in same["canvasitem"].values()}
    assert len(texts) == 4 and same["conflict"] == {}  # no lost update, nothing doubled
    assert {i["text"] for i in a.canvases.load(one["canvas"])[0]} >= {"Dari A", "Dari B"}
