"""Round trip, re-import, one-sided and two-sided edits, replication, dry run."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.exchange.replicate import replicate
from labinov.services import Services
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


def test_same_note_edited_on_both_sides_keeps_both(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    import_bundle(other.store, tmp_path / "w.labinov")
    project_id, note_id = _first_note(services, sample)
    services.canvases.update_items({note_id: {"text": "edit in A"}})
    other.canvases.update_items({note_id: {"text": "edit in B"}})
    export_bundle(services.store, "workshop", sample, tmp_path / "a.labinov")
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")

    plan_b, result_b = import_bundle(other.store, tmp_path / "a.labinov")
    plan_a, result_a = import_bundle(services.store, tmp_path / "b.labinov")
    for plan, result, services_, mine, theirs in (
        (plan_b, result_b, other, "edit in B", "edit in A"),
        (plan_a, result_a, services, "edit in A", "edit in B"),
    ):
        assert plan.status["canvasitem"][note_id] == "conflict"
        assert (project_id, plan.projects[0][1], "conflict") in plan.projects or any(
            p[0] == project_id and p[2] == "conflict" for p in plan.projects
        )
        assert len(result.copies) == 1
        texts = _text(services_, note_id)
        assert sorted(texts) == sorted([mine, theirs])
        assert services_.canvases.load(_canvas_of(services_, note_id))[0]  # local kept
        copy = services_.projects.get(result.copies[0])
        assert copy.profile["conflict_copy_of"] == project_id
        assert copy.profile["conflict_origin"]
        original = services_.projects.get(project_id)
        assert "conflict_copy_of" not in original.profile

    # the same bundle again: no second copy
    before = dump(services.store)
    _, again = import_bundle(services.store, tmp_path / "b.labinov")
    assert again.copies == [] and dump(services.store) == before


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
    """A member changed on both sides: ours kept, theirs added as a copy marked with its
    origin; a team renamed on both sides (it owns projects, a copy makes no sense): ours
    kept and the conflict named in the preview and in the result."""
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
    assert ("member", member.id, "Nama di laptop B", True) in plan.outside
    assert ("team", team.id, "Tim B", False) in plan.outside
    assert result.kept == [("team", "Tim B")]
    assert [table for table, _ in result.row_copies] == ["member"]
    assert services.teams.get(team.id).name == "Tim A"  # ours, not overwritten
    names = sorted(m.name for m in services.members.list(team.id))
    device = plan.bundle.manifest.device_id[:8]
    assert "Nama di laptop A" in names and f"Nama di laptop B ({device})" in names

    before = dump(services.store)  # the same bundle again: no second copy
    _, again = import_bundle(services.store, tmp_path / "b.labinov")
    assert again.row_copies == [] and dump(services.store) == before


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
