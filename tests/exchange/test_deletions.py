"""Deletions travel in bundles (format 4): a bundle carries its scope's tombstones; a row
deleted here stays deleted when an older bundle still holds it; a tombstone deletes a row
unchanged here and keeps one edited here; the preview names each by project and item."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from labinov.errors import UserError
from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from labinov.sync.names import label
from tests.exchange.conftest import dump
from tests.exchange.test_merge import _canvas_of, _counter, _first_note


def _notes(services: Services, canvas_id: str) -> dict[str, str]:
    items, _ = services.canvases.load(canvas_id)
    return {item["id"]: item["text"] for item in items}


def _shared(services: Services, other: Services, sample: str, tmp_path: Path) -> Path:
    """The sample exported here and imported on the other laptop: both hold it."""
    path = tmp_path / "w.labinov"
    export_bundle(services.store, "workshop", sample, path)
    import_bundle(other.store, path)
    return path


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def test_a_note_deleted_here_does_not_come_back_from_an_older_bundle(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    _shared(services, other, sample, tmp_path)
    export_bundle(other.store, "workshop", sample, tmp_path / "older.labinov")
    project_id, note_id = _first_note(services, sample)
    canvas_id = _canvas_of(services, note_id)
    text_ = label({"text": _notes(services, canvas_id)[note_id]})
    services.canvases.delete_items([note_id])

    plan, result = import_bundle(services.store, tmp_path / "older.labinov")
    assert plan.status["canvasitem"][note_id] == "gone"
    title = services.projects.get(project_id).title
    assert [(n.table, n.project, n.item) for n in plan.gone] == [("canvasitem", title, text_)]
    assert plan.conflicts == [] and result is not None and result.inserted == 0
    assert note_id not in _notes(services, canvas_id)


def test_a_deletion_there_deletes_the_row_here(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    _shared(services, other, sample, tmp_path)
    project_id, note_id = _first_note(services, sample)
    canvas_id = _canvas_of(services, note_id)
    text_ = label({"text": _notes(services, canvas_id)[note_id]})
    other.canvases.delete_items([note_id])
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")
    stones = _manifest(tmp_path / "b.labinov")["tombstones"]
    assert [(s["table"], s["id"]) for s in stones] == [("canvasitem", note_id)]
    assert stones[0]["parent_id"] == canvas_id and stones[0]["rev"]

    plan, result = import_bundle(services.store, tmp_path / "b.labinov", dry_run=True)
    title = services.projects.get(project_id).title
    assert [(n.table, n.project, n.item) for n in plan.deleted] == [("canvasitem", title, text_)]
    assert note_id in _notes(services, canvas_id)  # a dry run deletes nothing
    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert result is not None and result.deleted == 1
    assert note_id not in _notes(services, canvas_id)
    assert dump(services.store) == dump(other.store)
    # again: nothing to do
    counter = _counter(services)
    plan, _ = import_bundle(services.store, tmp_path / "b.labinov")
    assert plan.deleted == [] and _counter(services) == counter


def test_deleted_there_edited_here_is_kept_and_said(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    _shared(services, other, sample, tmp_path)
    _, note_id = _first_note(services, sample)
    canvas_id = _canvas_of(services, note_id)
    other.canvases.delete_items([note_id])
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")
    services.canvases.update_items({note_id: {"text": "still needed here"}})

    plan, _result = import_bundle(services.store, tmp_path / "b.labinov")
    assert plan.status["canvasitem"][note_id] == "kept"
    assert [n.item for n in plan.kept] == ["still needed here"] and plan.deleted == []
    assert _notes(services, canvas_id)[note_id] == "still needed here"
    # it goes back to them: the edited row outweighs their tombstone
    export_bundle(services.store, "workshop", sample, tmp_path / "a.labinov")
    plan, _ = import_bundle(other.store, tmp_path / "a.labinov")
    assert plan.status["canvasitem"][note_id] == "kept"
    assert _notes(other, canvas_id)[note_id] == "still needed here"
    with other.store.engine.connect() as connection:
        stones = connection.execute(
            text("SELECT count(*) FROM tombstone WHERE row_id = :id"), {"id": note_id}
        ).scalar_one()
    assert stones == 0


def test_a_deleted_project_travels_and_is_named_once(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """Deleting a project leaves a tombstone per row; the bundle carries them all, the
    import deletes them all, the preview names the project only."""
    _shared(services, other, sample, tmp_path)
    project = services.projects.summaries(sample)[0]
    other.projects.delete(project.id)
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")
    assert len(_manifest(tmp_path / "b.labinov")["tombstones"]) > 10

    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert [(n.table, n.item) for n in plan.deleted] == [("project", project.title)]
    assert result is not None and result.deleted > 10
    assert project.id not in {p.id for p in services.projects.summaries(sample)}
    assert dump(services.store) == dump(other.store)


def test_a_canvas_deleted_there_stays_when_a_note_was_added_to_it_here(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """The deletion would take the new note along: the canvas is kept (and said), the
    notes deleted there and unchanged here go."""
    _shared(services, other, sample, tmp_path)
    _, note_id = _first_note(services, sample)
    canvas_id = _canvas_of(services, note_id)
    other.canvases.delete(canvas_id)
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")
    (added,) = services.canvases.add_items(canvas_id, [{"text": "added here"}])

    plan, _ = import_bundle(services.store, tmp_path / "b.labinov")
    assert plan.status["canvas"][canvas_id] == "kept"
    assert [n.table for n in plan.kept] == ["canvas"]
    assert _notes(services, canvas_id) == {added: "added here"}


def test_a_project_bundle_carries_only_its_own_deletions(
    services: Services, sample: str, tmp_path: Path
) -> None:
    first, second = services.projects.summaries(sample)[:2]
    _, note_id = _first_note(services, sample)
    mine = services.canvases.get(_canvas_of(services, note_id)).project_id
    other_project = second.id if mine == first.id else first.id
    services.canvases.delete_items([note_id])
    export_bundle(services.store, "project", mine, tmp_path / "mine.labinov")
    export_bundle(services.store, "project", other_project, tmp_path / "theirs.labinov")
    assert [s["id"] for s in _manifest(tmp_path / "mine.labinov")["tombstones"]] == [note_id]
    assert _manifest(tmp_path / "theirs.labinov")["tombstones"] == []
    assert _manifest(tmp_path / "mine.labinov")["format_version"] == 4


def test_rows_carry_their_version_never_the_local_counter(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    path = _shared(services, other, sample, tmp_path)
    with zipfile.ZipFile(path) as zf:
        documents = [json.loads(zf.read(n)) for n in zf.namelist() if n.endswith(".json")]
    rows = [
        row
        for document in documents
        if "tables" in document
        for table_rows in document["tables"].values()
        for row in table_rows
    ]
    assert rows and all(row["rev"] and "change_seq" not in row for row in rows)
    # the imported rows keep the version: both stores name the same versions
    with services.store.engine.connect() as a, other.store.engine.connect() as b:
        query = text("SELECT id, rev FROM canvasitem ORDER BY id")
        assert list(a.execute(query)) == list(b.execute(query))


def test_an_untouched_sample_from_a_second_laptop_changes_nothing(
    services: Services, other: Services, tmp_path: Path
) -> None:
    """Both laptops made the sample themselves (other times of writing, other versions):
    the same rows with the same values, so 0 conflicts, 0 copies, nothing written."""
    workshop, _ = services.samples.create()
    other.samples.create()
    export_bundle(other.store, "workshop", workshop.id, tmp_path / "b.labinov")
    counter = _counter(services)
    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    counts = plan.counts()
    assert counts["unchanged"] > 100 and counts["unchanged"] == sum(counts.values())
    assert plan.conflicts == plan.deleted == plan.kept == plan.gone == []
    assert result is not None and result.copies == [] and result.conflicts == 0
    assert result.inserted == result.updated == result.deleted == 0
    assert _counter(services) == counter
    assert len(services.projects.summaries(workshop.id)) == 3


def _as_format_3(path: Path, out: Path) -> Path:
    """The bundle as a Labinov before format 4 wrote it: no versions, no tombstones."""
    with zipfile.ZipFile(path) as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = 3
    del manifest["tombstones"]
    entries["manifest.json"] = json.dumps(manifest).encode()
    for name in manifest["documents"]:
        document = json.loads(entries[name])
        document["tables"].pop("conflict", None)
        for rows in document["tables"].values():
            for row in rows:
                del row["rev"]
        entries[name] = json.dumps(document).encode()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out


def test_a_format_3_bundle_imports_per_row(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    """No versions: equal values are unchanged; a note edited only there is taken; edited
    on both sides gives a copy of that note (no project copy); deleted here stays deleted."""
    _shared(services, other, sample, tmp_path)
    notes = []
    for summary in services.projects.summaries(sample):
        for canvas in services.canvases.list(summary.id, "diagnose"):
            items, _ = services.canvases.load(canvas.id)
            notes += [i["id"] for i in items if i["kind"] == "note" and i["text"]]
    there, both, gone = notes[:3]
    other.canvases.update_items({there: {"text": "only there"}, both: {"text": "B"}})
    services.canvases.update_items({both: {"text": "A"}})
    services.canvases.delete_items([gone])
    export_bundle(other.store, "workshop", sample, tmp_path / "b.labinov")
    old = _as_format_3(tmp_path / "b.labinov", tmp_path / "old.labinov")

    plan, result = import_bundle(services.store, old)
    status = plan.status["canvasitem"]
    assert (status[there], status[both], status[gone]) == ("newer", "conflict", "gone")
    counts = plan.counts()
    assert (counts["newer"], counts["conflict"], counts["gone"]) == (1, 1, 1)
    assert counts["unchanged"] == sum(counts.values()) - 3
    assert result is not None and [t for t, _ in result.copies] == ["canvasitem"]
    canvas_id = _canvas_of(services, there)
    assert _notes(services, canvas_id)[there] == "only there"
    assert _notes(services, _canvas_of(services, both))[both] == "A"
    assert len(services.projects.summaries(sample)) == 3
    # the same old bundle again: nothing more
    counter = _counter(services)
    plan, again = import_bundle(services.store, old)
    assert again is not None and again.copies == [] and again.inserted == again.updated == 0
    assert _counter(services) == counter


def test_stage_work_made_on_two_laptops_gives_way(
    services: Services, other: Services, tmp_path: Path
) -> None:
    """Two laptops made a project's stage work with ids of their own (the sample before
    its ids were fixed): the row here stays, theirs gives way — nothing when the content
    is the same, a conflict record with their answers when it differs; never a failed
    import (the unique key of project and stage)."""
    workshop, _ = services.samples.create()
    other.samples.create()
    with other.store.engine.begin() as connection:  # other ids, as an older sample had
        ids = [r[0] for r in connection.execute(text("SELECT id FROM stagework"))]
        for number, row_id in enumerate(ids):
            connection.execute(
                text("UPDATE stagework SET id = :new WHERE id = :old"),
                {"new": f"00000000-0000-4000-8000-{number:012d}", "old": row_id},
            )
    export_bundle(other.store, "workshop", workshop.id, tmp_path / "b.labinov")
    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert plan.conflicts == [] and result is not None and result.inserted == 0
    assert set(plan.status["stagework"].values()) == {"unchanged"}

    project = services.projects.summaries(workshop.id)[0]
    other.worksheets.set_answer(project.id, "diagnose", "target_group", "dijawab di laptop B")
    export_bundle(other.store, "workshop", workshop.id, tmp_path / "b.labinov")
    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert [(n.table, n.project) for n in plan.conflicts] == [("stagework", project.title)]
    assert result is not None and result.conflicts == 1 and result.inserted == 1
    mine = services.worksheets.answer(project.id, "diagnose", "target_group")
    assert mine != "dijawab di laptop B"
    counter = _counter(services)  # again: nothing
    plan, result = import_bundle(services.store, tmp_path / "b.labinov")
    assert result is not None and result.inserted == 0 and _counter(services) == counter


def test_a_team_bundle_carries_its_teams_deletions_only(
    services: Services, sample: str, tmp_path: Path
) -> None:
    """A project deleted in one team travels in that team's bundle (its tombstones reach
    the team through the deleted project's), not in another team's."""
    projects = services.projects.summaries(sample)
    gone = projects[0]
    other_team = next(p.team_id for p in projects if p.team_id != gone.team_id)
    services.projects.delete(gone.id)
    export_bundle(services.store, "team", gone.team_id, tmp_path / "mine.labinov")
    export_bundle(services.store, "team", other_team, tmp_path / "theirs.labinov")
    stones = _manifest(tmp_path / "mine.labinov")["tombstones"]
    assert gone.id in {s["id"] for s in stones} and len(stones) > 10
    assert _manifest(tmp_path / "theirs.labinov")["tombstones"] == []


def test_tombstones_in_an_older_format_are_refused(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    _, note_id = _first_note(services, sample)
    services.canvases.delete_items([note_id])
    export_bundle(services.store, "workshop", sample, tmp_path / "w.labinov")
    with zipfile.ZipFile(tmp_path / "w.labinov") as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = 3
    entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(tmp_path / "bad.labinov", "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    before = dump(other.store)
    with pytest.raises(UserError, match="does not match the format"):
        import_bundle(other.store, tmp_path / "bad.labinov")
    assert dump(other.store) == before
