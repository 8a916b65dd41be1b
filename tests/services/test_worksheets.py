"""WorksheetService: answers, row edits with undo values, the gate, progress, canvases."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.services import Services
from labinov.services.stages import StageGateError


@pytest.fixture
def project_id(services: Services) -> str:
    workshop = services.workshops.create("Labinov Makassar 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    return services.projects.create(team.id, "Akta Lahir Sehari").id


def test_set_answer_returns_previous_and_undo_restores(services: Services, project_id: str) -> None:
    ws = services.worksheets
    assert ws.set_answer(project_id, "diagnose", "problem_statement", "Antrean panjang") is None
    assert services.stages.get(project_id, "diagnose").status == "not_started"  # undo exact
    assert ws.set_answer(project_id, "diagnose", "problem_statement", "Baru") == "Antrean panjang"
    ws.set_answer(project_id, "diagnose", "problem_statement", None)  # undo of the first
    assert "problem_statement" not in ws.answers(project_id, "diagnose")


def test_hundred_thousand_characters_stored(services: Services, project_id: str) -> None:
    text = ("kata " * 20000)[:100_000]
    services.worksheets.set_answer(project_id, "display", "lessons_learned", text)
    assert services.worksheets.answer(project_id, "display", "lessons_learned") == text


def test_action_plan_rows_add_edit_move_delete(services: Services, project_id: str) -> None:
    ws = services.worksheets
    history = [ws.add_row(project_id, "design", "action_plan")]
    history.append(ws.set_cell(project_id, "design", "action_plan", 0, "activity", "Sosialisasi"))
    history.append(ws.set_cell(project_id, "design", "action_plan", 0, "budget", "Rp 2.500.000"))
    history.append(ws.add_row(project_id, "design", "action_plan", {"activity": "Pelatihan"}))
    rows = ws.answer(project_id, "design", "action_plan")
    assert [r["activity"] for r in rows] == ["Sosialisasi", "Pelatihan"]
    assert rows[0]["budget"] == 2_500_000 and rows[1]["budget"] is None
    history.append(ws.move_row(project_id, "design", "action_plan", 1, 0))
    assert [r["activity"] for r in ws.answer(project_id, "design", "action_plan")] == [
        "Pelatihan",
        "Sosialisasi",
    ]
    history.append(ws.delete_row(project_id, "design", "action_plan", 0))
    assert len(ws.answer(project_id, "design", "action_plan")) == 1
    # undo everything in reverse: each previous value puts the table back
    ws.set_answer(project_id, "design", "action_plan", history.pop())
    assert [r["activity"] for r in ws.answer(project_id, "design", "action_plan")] == [
        "Pelatihan",
        "Sosialisasi",
    ]
    while history:
        ws.set_answer(project_id, "design", "action_plan", history.pop())
    assert ws.answer(project_id, "design", "action_plan") is None


def test_bad_cell_refused_and_nothing_changed(services: Services, project_id: str) -> None:
    ws = services.worksheets
    ws.add_row(project_id, "design", "action_plan", {"activity": "A", "budget": 1000})
    before = ws.answers(project_id, "design")
    with pytest.raises(UserError):
        ws.set_cell(project_id, "design", "action_plan", 0, "budget", "seribu")
    with pytest.raises(UserError):
        ws.set_cell(project_id, "design", "action_plan", 3, "budget", "1")
    with pytest.raises(UserError):
        ws.set_answer(project_id, "diagnose", "usg", [{"problem": "x", "u": "9"}])
    assert ws.answers(project_id, "design") == before
    assert ws.answers(project_id, "diagnose") == {}


def test_gate_refuses_and_override_is_stored(services: Services, project_id: str) -> None:
    ws = services.worksheets
    ws.install_gate()
    with pytest.raises(StageGateError) as refused:
        ws.complete_stage(project_id, "display")
    assert refused.value.missing == ["Pelajaran", "Potensi replikasi", "Ringkasan untuk pameran"]
    assert "Pelajaran" in str(refused.value)
    assert services.stages.get(project_id, "display").status == "not_started"
    previous = ws.complete_stage(project_id, "display", "Dipresentasikan lisan di expo")
    work = services.stages.get(project_id, "display")
    assert (work.status, work.override_reason) == ("done", "Dipresentasikan lisan di expo")
    services.stages.restore_state(project_id, "display", previous)
    for key in ("lessons_learned", "replication_potential", "showcase_summary"):
        ws.set_answer(project_id, "display", key, "Isi")
    ws.complete_stage(project_id, "display")
    work = services.stages.get(project_id, "display")
    assert (work.status, work.override_reason) == ("done", None)
    assert str(ws.progress(project_id)["display"]) == "3/3"
    assert str(ws.progress(project_id)["drum_up"]) == "0/4"
    assert ws.progress_texts(project_id) == {
        "drum_up": "0/4",
        "diagnose": "0/6",
        "design": "0/8",
        "delivery": "0/5",
        "display": "3/3",
    }
    readiness = ws.readiness(project_id)
    assert 0 < readiness.ratio < 1


def test_readiness_proposal_texts_against_limits(services: Services, project_id: str) -> None:
    ws = services.worksheets
    ws.set_answer(project_id, "design", "innovation_summary", " ".join(["kata"] * 200))
    ws.set_answer(project_id, "diagnose", "problem_statement", "Antrean panjang")
    readiness = ws.readiness(project_id)
    assert readiness.note == ""  # the outline of resources/proposal exists
    parts = {part.part: part for part in readiness.proposal}
    assert (parts["ringkasan"].words, parts["ringkasan"].max_words) == (200, 200)
    assert parts["ringkasan"].over == 0 and not parts["ringkasan"].empty
    assert "inspirasi" not in parts  # replication sections only for replicated innovations
    assert {"adaptabilitas_replikasi", "adaptabilitas_potensi"} <= set(parts)
    ws.set_answer(project_id, "design", "innovation_summary", " ".join(["kata"] * 201))
    over = {p.part: p for p in ws.readiness(project_id).proposal_problems}
    assert over["ringkasan"].over == 1
    assert over["keberlanjutan"].empty
    services.projects.update_profile(project_id, {"source_region": "Kota Surabaya"})
    assert "inspirasi" in {p.part for p in ws.readiness(project_id).proposal}


def test_canvas_suggestions(services: Services, project_id: str) -> None:
    canvases = services.canvases
    fishbone = canvases.create(project_id, "diagnose", "fishbone")
    tree = canvases.create(project_id, "diagnose", "problem_tree")
    whys = canvases.create(project_id, "diagnose", "five_whys")
    wall = canvases.create(project_id, "design", "ideation_voting")
    canvases.add_items(
        fishbone.id,
        [
            {"kind": "note", "text": "Akta terlambat", "zone": "head"},  # the problem
            {"kind": "note", "text": "Petugas kurang", "zone": "people"},
            {"kind": "note", "text": "Formulir rumit", "zone": "method"},
            {"kind": "note", "text": "Di luar zona", "x": -900, "y": -900},
            # no stored zone: the zone under its centre (the Tools bone) counts
            {"kind": "note", "text": "Printer rusak", "x": 1500, "y": 200, "width": 100},
        ],
    )
    canvases.add_items(
        tree.id,
        [
            {"kind": "note", "text": "Warga mengeluh", "zone": "effects"},
            {"kind": "note", "text": "Layanan lambat", "zone": "core"},
            {"kind": "note", "text": "Data tidak terhubung", "zone": "causes"},
        ],
    )
    canvases.add_items(
        whys.id,
        [
            {"kind": "note", "text": "Antrean panjang", "zone": "problem"},
            {"kind": "note", "text": "Satu loket saja", "zone": "why1"},
        ],
    )
    canvases.add_items(
        wall.id,
        [
            {"kind": "note", "text": "Loket di rumah sakit", "votes": 2, "zone": "ideas"},
            {"kind": "note", "text": "Akta  daring", "votes": 5, "zone": "shortlist"},
            {"kind": "note", "text": "Tanpa suara", "votes": 0, "zone": "ideas"},
        ],
    )
    canvases.add_items(
        fishbone.id, [{"kind": "note", "text": "Bukan gagasan", "votes": 9, "x": -900}]
    )
    ws = services.worksheets
    ws.add_row(project_id, "diagnose", "root_causes", "Formulir rumit")
    causes = [text for text, _votes in ws.canvas_suggestions(project_id, "diagnose", "root_causes")]
    assert sorted(causes) == sorted(
        ["Petugas kurang", "Printer rusak", "Data tidak terhubung", "Satu loket saja"]
    )
    ideas = ws.canvas_suggestions(project_id, "diagnose", "candidate_ideas")
    assert ideas == [("Akta daring", 5), ("Loket di rumah sakit", 2)]  # idea zones only
    assert ws.canvas_suggestions(project_id, "diagnose", "problem_statement") == []


def test_every_template_feed_names_real_zones() -> None:
    from labinov.method.templates import all_templates

    feeding = {}
    for template in all_templates().values():
        keys = {zone.key for zone in template.zones}
        for kind, zones in template.feeds:
            assert kind in ("causes", "ideas") and set(zones) <= keys, template.key
            feeding.setdefault(kind, set()).add(template.key)
    assert feeding["causes"] == {"fishbone", "problem_tree", "five_whys"}
    assert "head" not in all_templates()["fishbone"].feeding("causes")


def test_gate_in_the_ui_language_and_missing_per_stage(services: Services, project_id: str) -> None:
    ws = services.worksheets
    assert services.stages.missing_outputs(project_id, "display") == []  # no gate yet
    services.stages.complete(project_id, "display")  # without the gate anything goes
    services.stages.reopen(project_id, "display")
    ws.install_gate(language="en")
    assert services.stages.missing_outputs(project_id, "display") == [
        "Lessons learned",
        "Replication potential",
        "Showcase summary",
    ]
    with pytest.raises(StageGateError) as refused:
        services.stages.complete(project_id, "display")
    assert refused.value.params["missing"] == (
        "Lessons learned; Replication potential; Showcase summary"
    )
    assert services.stages.get(project_id, "display").status == "in_progress"
    ws.set_answer(project_id, "display", "lessons_learned", "Kerja sama")
    missing = ws.missing_by_stage(project_id)
    assert list(missing) == ["drum_up", "diagnose", "design", "delivery", "display"]
    assert missing["display"] == ["Replication potential", "Showcase summary"]
    assert len(missing["design"]) == 8
    assert ws.missing_by_stage(project_id, "id")["display"] == [
        "Potensi replikasi",
        "Ringkasan untuk pameran",
    ]
    assert ws.progress_texts(project_id)["display"] == "1/3"
    with pytest.raises(StageGateError):  # a blank reason is no override
        ws.complete_stage(project_id, "display", "   ")
