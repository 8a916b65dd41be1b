"""The sample workshop's canvases open on the board; screenshots for review go to
/tmp/shots/canvas (a fishbone, a problem tree, an ideation wall with votes, an action plan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from labinov.gui.canvas.panel import CanvasPanel

SHOTS = Path("/tmp/shots/canvas")
AKTA = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # AKTA LAHIR SEHARI in the sample


@pytest.mark.parametrize(
    ("stage", "index", "name", "notes", "links"),
    [
        ("diagnose", 0, "fishbone", 16, 0),
        ("diagnose", 1, "problem_tree", 12, 12),
        ("design", 0, "ideation_wall_votes", 10, 0),
        ("delivery", 0, "action_plan", 11, 0),
    ],
)
def test_sample_canvas(qtbot, context, stage, index, name, notes, links) -> None:
    context.services.samples.create()
    panel = CanvasPanel(context, AKTA, stage)
    qtbot.addWidget(panel)
    panel.resize(1500, 950)
    panel.show()
    qtbot.waitExposed(panel)
    panel.tabs.setCurrentIndex(index)
    view = panel.current().view
    view.fit_all()
    scene = view.board_scene
    assert len(scene.notes) == notes and len(scene.links) == links
    for note in scene.notes.values():  # every sample note sits inside the zone it names
        zone = view.document.template.zone(note.row["zone"])
        assert zone is not None and zone.contains(note.row["x"] + 5, note.row["y"] + 5)
    if name == "ideation_wall_votes":
        top = max(scene.notes.values(), key=lambda n: n.row["votes"])
        assert top.row["zone"] == "shortlist"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SHOTS / f"{name}.png"))
