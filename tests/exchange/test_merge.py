"""Round trip, re-import, one-sided and two-sided edits, replication, dry run."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.exchange.replicate import replicate
from labinov.services import Services
from labinov.store.models import Conflict
from tests.exchange.conftest import dump


def _first_note(services: Services, workshop_id: str) -> tuple[str, str]:
    """(project id, item id) of a note on one of the sample's canvases."""
    for summary in services.projects.summaries(workshop_id):
        for stage in ("drum_up", "diagnose", "design", "delivery", "display"):
            for canvas in services.canvases.list(summary.id, stage):
                items, _ = services.canvases.load(canvas.id)
                notes = [i for i in items if i["kind"] == "note"]
                if notes:
                    return summary.id, notes[0]["id"]
    raise AssertionError("the sample has no note")


def test_round_trip_into_an_empty_folder_gives_identical_rows(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "w.labinov"
    counts = export_bundle(services.store, "workshop", sample, bundle)
    assert counts["canvasitem"] > 10 and counts["attachment"] == 1
    plan, result = import_bundle(other.store, bundle)
    assert plan.counts()["new"] == sum(counts.values()) == result.inserted
    assert dump(other.store) == dump(services.store)

    plan, result = import_bundle(other.store, bundle)  # again: nothing new
    assert plan.counts()["unchanged"] == sum(counts.values())
    assert result.inserted == result.updated == 0
    assert dump(other.store) == dump(services.store)


def test_dry_run_writes_nothing(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    before = dump(other.store)
    plan, result = import_bundle(other.store, tmp_path / "w.labinov", dry_run=True)
    assert result is None and plan.project_counts()["new"] == len(plan.projects) > 0
    assert dump(other.store) == before


def test_edit_on_one_side_is_taken(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    import_bundle(other.store, tmp_path / "w.labinov")
    project_id, note_id = _first_note(services, sample)
    other.canvases.update_items({note_id: {"text": "edited on the other laptop"}})
    export_bundle(other.store, "project", project_id, tmp_path / "back.labinov")
    plan, result = import_bundle(services.store, tmp_path / "back.labinov")
    assert plan.status["canvasitem"][note_id] == "newer"
    assert result.updated == 1 and not result.copies
    assert dump(services.store) == dump(other.store)
    # and the older version coming back later changes nothing here
    plan, _ = import_bundle(other.store, tmp_path / "w.labinov")
    assert plan.status["canvasitem"][note_id] == "older"
    assert services.canvases.load(_canvas_of(services, note_id))[0]


def _canvas_of(services: Services, item_id: str) -> str:
    with services.store.engine.connect() as connection:
        return connection.execute(
            text("SELECT canvas_id FROM canvasitem WHERE id = :id"), {"id": item_id}
        ).scalar_one()


def _text(services: Services, item_id: str) -> list[str]:
    with services.store.engine.connect() as connection:
        return [
            r[0]
            for r in connection.execute(
                text("SELECT text FROM canvasitem WHERE id = :id OR text LIKE 'edit in %'"),
                {"id": item_id},
            )
        ]


def _conflicts(services: Services) -> list[dict]:
    with services.store.engine.connect() as connection:
        rows = connection.execute(select(Conflict).order_by(Conflict.row_id))
        return [dict(r._mapping) for r in rows]


def _counter(services: Services) -> int:
    """This store's change counter: any write moves it."""
    with services.store.engine.connect() as connection:
        return connection.execute(text("SELECT counter FROM syncstate")).scalar_one()


def test_same_note_edited_on_both_sides_keeps_both(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """Per row, never per project: ours stays the note, theirs becomes a marked copy beside
    it (beside it, its id derived from the note and their version) with a conflict
    record pointing at it; no project is copied; the same bundle again changes nothing."""
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    import_bundle(other.store, tmp_path / "w.labinov")
    project_id, note_id = _first_note(services, sample)
    projects = len(services.projects.summaries(sample))
    services.canvases.update_items({note_id: {"text": "edit in A"}})
    other.canvases.update_items({note_id: {"text": "edit in B"}})
    export_bundle(services.store, "workshop", sample, tmp_path / "a.labinov")
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")

    plan_b, result_b = import_bundle(other.store, tmp_path / "a.labinov")
    plan_a, result_a = import_bundle(services.store, tmp_path / "b.labinov")
    title = services.projects.get(project_id).title
    for plan, result, services_, mine, theirs in (
        (plan_b, result_b, other, "edit in B", "edit in A"),
        (plan_a, result_a, services, "edit in A", "edit in B"),
    ):
        assert plan.status["canvasitem"][note_id] == "conflict"
        assert plan.counts()["conflict"] == 1
        assert any(p[0] == project_id and p[2] == "conflict" for p in plan.projects)
        assert [(n.table, n.project, n.item) for n in plan.conflicts] == [
            ("canvasitem", title, theirs)
        ]
        assert [table for table, _ in result.copies] == ["canvasitem"]
        copy = result.copies[0][1]
        assert sorted(_text(services_, note_id)) == sorted([mine, theirs])
        items, _ = services_.canvases.load(_canvas_of(services_, note_id))
        by_id = {item["id"]: item for item in items}
        assert by_id[note_id]["text"] == mine  # ours stays the note
        assert by_id[copy]["text"] == theirs
        note, marked = by_id[note_id], by_id[copy]  # beside the note, not over it
        assert marked["x"] >= note["x"] + note["width"] or marked["y"] >= note["y"] + note["height"]
        (record,) = _conflicts(services_)
        assert (record["table_name"], record["row_id"], record["copy_id"]) == (
            "canvasitem",
            note_id,
            copy,
        )
        assert record["project_id"] == project_id and not record["resolved"]
        assert record["origin"] == plan.bundle.manifest.device_id
        assert len(services_.projects.summaries(sample)) == projects  # no project copied

    # the same bundle again: nothing written at all
    before, counter = dump(services.store), _counter(services)
    plan, again = import_bundle(services.store, tmp_path / "b.labinov")
    assert again.copies == [] and again.conflicts == again.inserted == again.updated == 0
    assert plan.conflicts == []
    assert dump(services.store) == before and _counter(services) == counter


def test_replication_makes_a_new_project_with_its_source(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    project = services.projects.summaries(sample)[0]
    export_bundle(services.store, "project", project.id, tmp_path / "p.labinov")
    workshop = other.workshops.create("Labinov Kabupaten Maros")
    team = other.teams.create(workshop.id, "Dinas Kesehatan Maros")
    new_id = replicate(other.store, tmp_path / "p.labinov", team.id, note="Disesuaikan")
    copy = other.projects.get(new_id)
    assert copy.team_id == team.id and new_id != project.id
    assert copy.profile["source_name"] == project.title
    assert copy.profile["source_agency"] == project.team
    assert copy.profile["adaptation_note"] == "Disesuaikan"
    assert copy.profile["source_region"] == services.workshops.get(sample).organiser
    # the giver's workshop and team did not come along
    assert [w.id for w in other.workshops.list()] == [workshop.id]


def test_conflicts_outside_projects_are_reported_and_never_lost(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """A member changed on both sides: ours stays, theirs a copy beside it; a team renamed
    on both sides (it owns projects: it cannot stand twice): ours stays, theirs kept in a
    conflict record's payload; both named in the preview."""
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    import_bundle(other.store, tmp_path / "w.labinov")
    team = services.teams.list(sample)[0]
    member = services.members.list(team.id)[0]
    services.members.update(member.id, name="Nama di laptop A")
    other.members.update(member.id, name="Nama di laptop B")
    services.teams.update(team.id, name="Tim A")
    other.teams.update(team.id, name="Tim B")
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")

    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert plan.status["member"][member.id] == plan.status["team"][team.id] == "conflict"
    named = {(n.table, n.project, n.item) for n in plan.conflicts}
    assert named == {("member", "", "Nama di laptop B"), ("team", "", "Tim B")}
    assert [table for table, _ in result.copies] == ["member"] and result.conflicts == 2
    assert services.teams.get(team.id).name == "Tim A"  # ours, not overwritten
    names = sorted(m.name for m in services.members.list(team.id))
    assert "Nama di laptop A" in names and "Nama di laptop B" in names
    records = {r["table_name"]: r for r in _conflicts(services)}
    assert records["team"]["payload"]["name"] == "Tim B" and records["team"]["copy_id"] is None
    assert records["member"]["copy_id"] == result.copies[0][1]

    before = dump(services.store)  # the same bundle again: no second copy
    _, again = import_bundle(services.store, tmp_path / "b.labinov")
    assert again.copies == [] and again.conflicts == 0 and dump(services.store) == before


def test_a_column_left_out_gets_its_default(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """A bundle from before a column existed: the row is imported with the default."""
    import json
    import zipfile

    project = services.projects.summaries(sample)[0]
    export_bundle(services.store, "project", project.id, tmp_path / "p.labinov")
    with zipfile.ZipFile(tmp_path / "p.labinov") as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    name = f"projects/{project.id}.json"
    document = json.loads(entries[name])
    item = next(r for r in document["tables"]["canvasitem"] if r["kind"] == "note")
    del item["colour"], item["zone"]
    entries[name] = json.dumps(document).encode()
    with zipfile.ZipFile(tmp_path / "old.labinov", "w") as zf:
        for entry, data in entries.items():
            zf.writestr(entry, data)
    import_bundle(other.store, tmp_path / "old.labinov")
    with other.store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT colour, zone FROM canvasitem WHERE id = ?", (item["id"],)
        ).one()
    assert tuple(row) == ("yellow", None)
