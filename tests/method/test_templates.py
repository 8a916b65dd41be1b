"""The method's canvas templates: every one of METHOD.md §2, well-formed, bilingual."""

from __future__ import annotations

import pytest

from labinov.method import templates
from labinov.method.stages import STAGES

EXPECTED = {
    "drum_up": {"idea_wall", "team_charter", "issue_scan"},
    "diagnose": {
        "fishbone",
        "problem_tree",
        "five_whys",
        "stakeholder_map",
        "empathy_map",
        "journey_map",
    },
    "design": {
        "ideation_voting",
        "impact_effort",
        "innovation_canvas",
        "theory_of_change",
        "prototype_test",
    },
    "delivery": {"action_plan", "trial_log", "risk_map", "evidence_planning"},
    "display": {"innovation_poster", "lessons_learned", "replication"},
}


def test_every_stage_has_its_method_templates_and_blank() -> None:
    for stage in STAGES:
        keys = [t.key for t in templates.for_stage(stage.value)]
        assert set(keys[:-1]) == EXPECTED[stage.value]
        assert keys[-1] == templates.BLANK


@pytest.mark.parametrize("template", list(templates.all_templates().values()), ids=lambda t: t.key)
def test_template_is_well_formed(template: templates.Template) -> None:
    assert template.name["id"] and template.name["en"]
    keys = [zone.key for zone in template.zones]
    assert len(keys) == len(set(keys))
    width, height = template.size
    for zone in template.zones:
        assert zone.label["id"] and zone.label["en"] and zone.question["id"] and zone.question["en"]
        left, top, zone_width, zone_height = zone.rect
        assert zone_width > 160 and zone_height > 110
        assert left + zone_width <= width + 1 and top + zone_height <= height + 1
        assert zone.colour.startswith("#")
    for shape in template.shapes:
        assert shape.kind in ("line", "arrow", "label")
        assert len(shape.points) == 4 or shape.kind == "label"


def test_fishbone_has_six_bones_a_head_and_a_spine() -> None:
    fishbone = templates.get("fishbone")
    assert [z.label["id"] for z in fishbone.zones][:6] == [
        "Manusia",
        "Metode",
        "Sarana/Alat",
        "Bahan/Anggaran",
        "Pengukuran/Data",
        "Lingkungan",
    ]
    assert fishbone.zone("head") is not None
    assert sum(shape.kind in ("line", "arrow") for shape in fishbone.shapes) == 7


def test_snap_pushes_a_note_inside_the_zone_under_its_centre() -> None:
    grid = templates.get("impact_effort")
    quick = grid.zone("quick_wins")
    left, top, width, _height = quick.rect
    x, y, zone = grid.snap(left + width - 100, top + 50, 160, 110)
    assert zone == "quick_wins"
    assert x == left + width - 160 and y == top + 50
    assert grid.snap(-900, -900, 160, 110) == (-900, -900, None)
