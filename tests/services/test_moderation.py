"""ModerationService: agenda sessions, parking lot, and the workshop overview."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.services import Services, moderation


def test_agenda_sessions_edit_reorder_delete_undo(services: Services) -> None:
    workshop = services.workshops.create("Labinov 2019")
    mod = services.moderation
    opening = mod.add_session(workshop.id, "Pembukaan", 15, stage="drum_up", start_time="8.30")
    usg = mod.add_session(workshop.id, "Skoring USG", 45, stage="diagnose")
    assert [s.title for s in mod.sessions(workshop.id)] == ["Pembukaan", "Skoring USG"]
    assert mod.sessions(workshop.id)[0].start_time == "08:30"
    previous = mod.update_session(usg.id, minutes="60", title="USG")
    assert previous == {"minutes": 45, "title": "Skoring USG"}
    order = mod.reorder_sessions(workshop.id, [usg.id, opening.id])
    assert [s.title for s in mod.sessions(workshop.id)] == ["USG", "Pembukaan"]
    mod.reorder_sessions(workshop.id, order)
    rows = mod.delete_session(opening.id)
    assert [s.title for s in mod.sessions(workshop.id)] == ["USG"]
    mod.restore(rows)
    assert [s.title for s in mod.sessions(workshop.id)] == ["Pembukaan", "USG"]


@pytest.mark.parametrize(
    "changes",
    [{"minutes": "0"}, {"minutes": "setengah jam"}, {"start_time": "25:00"}, {"title": " "}],
)
def test_bad_session_values_refused(services: Services, changes: dict) -> None:
    workshop = services.workshops.create("W")
    row = services.moderation.add_session(workshop.id, "Sesi", 30)
    with pytest.raises(UserError):
        services.moderation.update_session(row.id, **changes)
    assert services.moderation.sessions(workshop.id)[0].minutes == 30


def test_parking_lot(services: Services) -> None:
    workshop = services.workshops.create("W")
    mod = services.moderation
    item = mod.park(workshop.id, "  Siapa yang membiayai server?  ")
    assert item.text == "Siapa yang membiayai server?"
    assert mod.update_parked(item.id, done=True) == {"done": False}
    with pytest.raises(UserError):
        mod.park(workshop.id, "")
    rows = mod.delete_parked(item.id)
    assert mod.parking_items(workshop.id) == []
    mod.restore(rows)
    assert mod.parking_items(workshop.id)[0].done is True


def test_overview_every_team_with_stage_and_progress(services: Services) -> None:
    workshop = services.workshops.create("W")
    other = services.workshops.create("Other")
    services.teams.create(other.id, "Not shown")
    health = services.teams.create(workshop.id, "Dinas Kesehatan")
    services.teams.create(workshop.id, "Bappeda")  # no project yet
    project = services.projects.create(health.id, "Antrean Daring")
    services.stages.complete(project.id, "drum_up")
    services.worksheets.set_answer(project.id, "diagnose", "problem_statement", "Antrean")
    rows = services.moderation.overview(workshop.id)
    assert [(r.team, r.project) for r in rows] == [
        ("Bappeda", ""),
        ("Dinas Kesehatan", "Antrean Daring"),
    ]
    row = rows[1]
    assert (row.stage, row.stage_status, row.stages_done) == ("diagnose", "not_started", 1)
    assert str(row.progress["diagnose"]) == "1/6"
    assert 0 < row.ratio < 0.1
    assert rows[0].project_id is None and rows[0].ratio == 0


def test_overview_progress_is_never_stale(services: Services, monkeypatch) -> None:
    """Progress is memoised on the answers' text: an edit is seen at once, long texts are
    keyed by a digest, and a full memo starts again without losing a row."""
    workshop = services.workshops.create("W")
    projects = [
        services.projects.create(services.teams.create(workshop.id, f"Tim {n}").id, f"P{n}").id
        for n in range(4)
    ]
    ws = services.worksheets

    def filled() -> list[int]:
        return [r.progress["diagnose"].filled for r in services.moderation.overview(workshop.id)]

    assert filled() == [0, 0, 0, 0]
    ws.set_answer(projects[0], "diagnose", "problem_statement", "Antrean panjang")
    ws.set_answer(projects[1], "diagnose", "problem_statement", "x" * 100_000)
    assert filled() == [1, 1, 0, 0]
    ws.set_answer(projects[0], "diagnose", "problem_statement", "")
    ws.set_answer(projects[1], "diagnose", "problem_statement", " ")
    assert filled() == [0, 0, 0, 0]
    assert all(len(key[1]) < 4096 for key in moderation._PROGRESS_CACHE)  # no 100k keys
    monkeypatch.setattr(moderation, "_CACHE_LIMIT", 2)
    for number, project_id in enumerate(projects):
        ws.set_answer(project_id, "diagnose", "problem_statement", f"Masalah {number}")
    assert filled() == [1, 1, 1, 1]
    assert filled() == [1, 1, 1, 1]
