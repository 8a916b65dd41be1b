from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.services import Services


def test_project_lifecycle(services: Services) -> None:
    workshop = services.workshops.create("Laboratorium Inovasi Kota Makassar 2019")
    team = services.teams.create(workshop.id, "Dinas Kesehatan")
    project = services.projects.create(team.id, "Antrean Puskesmas Daring")
    assert [w.stage for w in services.stages.list(project.id)] == [
        "drum_up",
        "diagnose",
        "design",
        "delivery",
        "display",
    ]
    previous = services.stages.complete(project.id, "drum_up")
    assert previous["status"] == "not_started"
    summary = services.projects.summaries(workshop.id)[0]
    assert (summary.current_stage, summary.stages_done) == ("diagnose", 1)
    services.stages.restore_state(project.id, "drum_up", previous)
    assert services.projects.summaries()[0].stages_done == 0


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_empty_names_refused_and_nothing_created(services: Services, name: str) -> None:
    with pytest.raises(UserError) as raised:
        services.workshops.create(name)
    assert "workshop name" in str(raised.value)
    assert services.workshops.list() == []


def test_odd_text_kept_verbatim(services: Services) -> None:
    title = "<b>&amp; 😀 " + "x" * 10_000
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "T")
    project = services.projects.create(team.id, title)
    assert services.projects.get(project.id).title == title


def test_delete_and_restore_workshop_subtree(services: Services) -> None:
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "T")
    services.members.add(team.id, "Andi", role="ketua")
    project = services.projects.create(team.id, "P")
    rows = services.workshops.delete(workshop.id)
    assert services.projects.summaries() == []
    services.workshops.restore(rows)
    assert [s.id for s in services.projects.summaries()] == [project.id]
    assert [m.name for m in services.members.list(team.id)] == ["Andi"]


def test_duplicate_project_gets_new_ids(services: Services) -> None:
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "T")
    project = services.projects.create(team.id, "P", innovation_type="digital")
    services.stages.complete(project.id, "drum_up")
    copy = services.projects.duplicate(project.id, "P (salinan)")
    assert copy.id != project.id
    assert copy.profile == {"innovation_type": "digital"}
    assert services.stages.get(copy.id, "drum_up").status == "done"
    assert {w.id for w in services.stages.list(copy.id)}.isdisjoint(
        {w.id for w in services.stages.list(project.id)}
    )


def test_profile_validation(services: Services) -> None:
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "T")
    project = services.projects.create(team.id, "P")
    with pytest.raises(UserError):
        services.projects.update_profile(project.id, {"innovation_type": "telepathy"})
    with pytest.raises(UserError):
        services.projects.update_profile(project.id, {"trial_date": "kemarin"})
    old = services.projects.update_profile(project.id, {"trial_date": "2019-08-01"})
    assert old == {"trial_date": None}
    assert services.projects.get(project.id).profile == {"trial_date": "2019-08-01"}
