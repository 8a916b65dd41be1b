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


def test_the_sample_shows_what_the_boards_can_do(context) -> None:
    """At least 8 templates across the five stages, with notes inside their zones, links
    and votes; every board opens fitted with words on every note."""
    from labinov.gui.canvas.document import BoardDocument
    from labinov.method.stages import STAGES

    context.services.samples.create()
    canvases = []
    for project_id in (AKTA, AKTA[:-1] + "2", AKTA[:-1] + "3"):  # the sample's three
        for stage in STAGES:
            canvases += context.services.canvases.list(project_id, stage.value)
    assert len({c.template for c in canvases}) >= 8
    assert {c.stage for c in canvases} == {stage.value for stage in STAGES}
    notes = links = votes = 0
    for canvas in canvases:
        document = BoardDocument(context, canvas.id)
        for row in document.items.values():
            zone = document.template.zone(row["zone"])
            assert zone is not None and zone.contains(row["x"] + 5, row["y"] + 5)
            assert zone.contains(row["x"] + row["width"] - 5, row["y"] + row["height"] - 5)
            assert (row["width"], row["height"]) == document.template.note_size
            votes += row["votes"]
        notes += len(document.items)
        links += len(document.links)
        document.deleteLater()
    assert notes >= 90 and links >= 15 and votes >= 40
