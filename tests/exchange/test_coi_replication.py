"""A replication started from a giver's bundle begins the receiver's route empty: the
giver's share route and dated follow-ups, and any reuse route the giver had recorded as a
receiver itself, stay behind; the receiver's state is "being adapted" until it runs."""

from __future__ import annotations

from pathlib import Path

from labinov.exchange.export import export_bundle
from labinov.exchange.replicate import replicate
from labinov.method import spreading
from labinov.services import Services


def test_replication_starts_the_receivers_route_empty(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    project = services.projects.summaries(sample)[0]
    giver = services.worksheets
    giver.set_answer(project.id, "delivery", "eval_plan", "Bandingkan waktu layanan")
    giver.set_answer(
        project.id, "delivery", "eval_followups", [{"date": "2020-01", "what": "Ukur"}]
    )
    giver.set_answer(project.id, "delivery", "reuse_runs_since", "2019-05")  # a receiver once
    giver.set_answer(project.id, "display", "share_decision", "Ya, siap didampingi")
    export_bundle(services.store, "project", project.id, tmp_path / "p.labinov")
    workshop = other.workshops.create("Labinov Kabupaten Maros")
    team = other.teams.create(workshop.id, "Dinas Kesehatan Maros")
    new_id = replicate(other.store, tmp_path / "p.labinov", team.id)
    delivery = other.worksheets.answers(new_id, "delivery")
    assert delivery.get("eval_plan") == "Bandingkan waktu layanan"  # a start to adapt
    assert "eval_followups" not in delivery and "reuse_runs_since" not in delivery
    assert "share_decision" not in other.worksheets.answers(new_id, "display")
    # the giver's other answers came along
    assert other.worksheets.answers(new_id, "design") == giver.answers(project.id, "design")
    found = spreading.replication(
        other.projects.get(new_id).profile, other.worksheets.all_answers([new_id])[new_id]
    )
    assert found is not None and found.state == spreading.ADAPTING
