"""Two staff on one board (issue 16, item 2): two apps, each with its own store on the same
database — the PostgreSQL test server, and a SQLite file opened twice (two windows).

Moving different notes: both saved. Moving a note the other app moved since it loaded it:
refused (nothing written, no undo step), that board reloads the note (the other's
position shows) and says so once, in Indonesian.
"""

from __future__ import annotations

from labinov.gui.canvas.board_widget import BoardWidget
from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.context import AppContext
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, two_staff, two_stores  # noqa: F401


def _board(qtbot, context: AppContext, project_id: str) -> BoardWidget:
    panel = CanvasPanel(context, project_id, "diagnose")
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    board = panel.current()
    assert board is not None
    return board


def test_two_staff_on_one_board(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    services = mine.services
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    notes = services.canvases.add_items(
        canvas, [{"text": "Antrean panjang", "x": 40.0}, {"text": "Petugas kurang", "x": 400.0}]
    )
    board_a, board_b = _board(qtbot, mine, project), _board(qtbot, theirs, project)
    edits_a, edits_b = board_a.view.edits.board, board_b.view.edits.board

    # different notes: both saved
    assert edits_a.update({notes[0]: {"x": 100.0, "y": 50.0}}, "Pindahkan")
    assert edits_b.update({notes[1]: {"x": 500.0, "y": 60.0}}, "Pindahkan")
    stored = {row["id"]: row for row in services.canvases.load(canvas)[0]}
    assert (stored[notes[0]]["x"], stored[notes[1]]["x"]) == (100.0, 500.0)
    assert not error_boxes(board_a.window()) and not error_boxes(board_b.window())

    # the same note, moved by the other app since this board loaded it: refused, reloaded
    steps = theirs.stack_for(project).count()
    assert not edits_b.update({notes[0]: {"x": 900.0, "y": 900.0}}, "Pindahkan")
    stored = {row["id"]: row for row in services.canvases.load(canvas)[0]}
    assert (stored[notes[0]]["x"], stored[notes[0]]["y"]) == (100.0, 50.0)
    assert theirs.stack_for(project).count() == steps  # no undo step for a refused edit
    document = board_b.document
    assert (document.items[notes[0]]["x"], document.items[notes[0]]["y"]) == (100.0, 50.0)
    assert document.items[notes[0]]["rev"] == stored[notes[0]]["rev"]
    note = board_b.view.board_scene.notes[notes[0]]
    assert (note.pos().x(), note.pos().y()) == (100.0, 50.0)
    assert error_boxes(board_b.window()) == [MESSAGE]  # once
    assert not error_boxes(board_a.window())

    # from the reloaded version the move goes through, and undoes
    assert edits_b.update({notes[0]: {"x": 900.0, "y": 900.0}}, "Pindahkan")
    assert {row["id"]: row for row in services.canvases.load(canvas)[0]}[notes[0]]["x"] == 900.0
    theirs.stack_for(project).undo()
    assert {row["id"]: row for row in services.canvases.load(canvas)[0]}[notes[0]]["x"] == 100.0


def test_canvas_renamed_by_the_other_app(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    services = mine.services
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    board_a, board_b = _board(qtbot, mine, project), _board(qtbot, theirs, project)
    panel_a, panel_b = board_a.parent(), board_b.parent()
    while not isinstance(panel_a, CanvasPanel):
        panel_a = panel_a.parent()
    while not isinstance(panel_b, CanvasPanel):
        panel_b = panel_b.parent()
    panel_a.rename_canvas("Pohon masalah")
    panel_b.rename_canvas("Tulang ikan")  # from the version B loaded: refused
    assert services.canvases.get(canvas).title == "Pohon masalah"
    assert error_boxes(board_b.window()) == [MESSAGE]
    panel_b.rename_canvas("Tulang ikan")  # the titles were reloaded: saved
    assert services.canvases.get(canvas).title == "Tulang ikan"
