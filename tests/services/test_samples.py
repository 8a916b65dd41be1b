"""The sample workshop: a cohort whose stage statuses agree with its worksheets."""

from __future__ import annotations

from labinov.method.stages import STAGES
from labinov.services import Services


def _projects(services: Services, workshop_id: str) -> list[str]:
    return [summary.id for summary in services.projects.summaries(workshop_id)]


def test_every_stage_marked_done_has_its_required_outputs(services: Services) -> None:
    workshop, created = services.samples.create()
    assert created
    projects = _projects(services, workshop.id)
    assert len(projects) == 3
    current = set()
    for project_id in projects:
        for stage in STAGES:
            work = services.stages.get(project_id, stage)
            missing = services.worksheets.missing_outputs(project_id, stage)
            if work.status == "done":
                assert missing == [], (project_id, stage, missing)  # the gate would agree
            if work.status == "in_progress":
                current.add(stage.value)
                assert services.worksheets.answers(project_id, stage)  # work under way
    assert current == {"delivery", "design", "diagnose"}  # each team at a different stage


def test_sample_is_created_once(services: Services) -> None:
    first, created = services.samples.create()
    again, created_again = services.samples.create()
    assert created and not created_again and again.id == first.id
    assert len(_projects(services, first.id)) == 3
