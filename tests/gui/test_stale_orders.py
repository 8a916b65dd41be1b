"""Two staff (PostgreSQL server, or one SQLite file opened twice) on the edits that wrote
last-writer-wins until now: moving an agenda session or a board's tab, a connector's label,
resetting a board's votes without a board open. From a view loaded before the other app's
change the edit is refused: nothing written, the view reloads, the window says so once,
nothing reaches the undo stack. From the reloaded view it is saved, and undone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from labinov.gui.canvas.commands import Board
from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.commands import safe_undo_redo
from labinov.gui.moderator.agenda import AgendaEditor
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, on_screen, two_staff, two_stores  # noqa: F401


def test_an_agenda_session_moved_after_the_other_reordered(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs = two_staff.mine, two_staff.theirs
    moderation = mine.services.moderation
    workshop = mine.services.teams.get(two_staff.team).workshop_id
    opening, usg, closing = (
        moderation.add_session(workshop, title).id for title in ("Pembukaan", "USG", "Penutup")
    )
    editor = on_screen(qtbot, AgendaEditor(theirs, workshop), (1200, 800))

    def titles() -> list[str]:
        return [row.title for row in moderation.sessions(workshop)]

    def shown() -> list[str]:
        return [editor.model.row_at(i).title for i in range(editor.model.rowCount())]

    moderation.reorder_sessions(workshop, [closing, opening, usg])  # A, meanwhile
    editor.view.selectRow(0)  # B moves "Pembukaan" down, as B's window shows it
    assert not editor.move_current(1)
    assert titles() == ["Penutup", "Pembukaan", "USG"]  # A's order stands
    assert shown() == ["Penutup", "Pembukaan", "USG"]  # reloaded
    assert error_boxes(editor) == [MESSAGE]
    assert theirs.stack_for(None).count() == 0

    editor.view.selectRow(0)  # from the reloaded order: saved, and undone
    assert editor.move_current(1)
    assert titles() == ["Pembukaan", "Penutup", "USG"]
    theirs.stack_for(None).undo()
    assert titles() == ["Penutup", "Pembukaan", "USG"]
    moderation.reorder_sessions(workshop, [usg, closing, opening])  # A again
    safe_undo_redo(theirs.stack_for(None), editor, redo=True)  # would undo A's move: refused
    assert titles() == ["USG", "Penutup", "Pembukaan"]
    assert error_boxes(editor) == [MESSAGE, MESSAGE]


def test_a_boards_tab_moved_after_the_other_reordered(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    canvases = mine.services.canvases
    first, second, third = (
        canvases.create(project, "diagnose", "blank", title).id
        for title in ("Dinding", "Pohon masalah", "Tulang ikan")
    )
    panel = on_screen(qtbot, CanvasPanel(theirs, project, "diagnose"), (1200, 800))
    assert isinstance(panel, CanvasPanel)
    stack = theirs.stack_for(project)

    def order() -> list[str]:
        return [canvas.id for canvas in canvases.list(project, "diagnose")]

    canvases.set_view(first, {"zoom": 2.0})  # A zooms: no change of the order
    panel.tabs.setCurrentIndex(0)
    panel.move_canvas(1)
    assert order() == [second, first, third]
    assert not error_boxes(panel)

    canvases.reorder(project, "diagnose", [third, second, first])  # A, meanwhile
    steps = stack.count()
    panel.tabs.setCurrentIndex(panel.canvas_ids().index(first))
    panel.move_canvas(-1)  # B's tabs still show [second, first, third]
    assert order() == [third, second, first]
    assert panel.canvas_ids() == [third, second, first]  # the tabs reloaded
    assert error_boxes(panel) == [MESSAGE]
    assert stack.count() == steps

    panel.tabs.setCurrentIndex(panel.canvas_ids().index(first))
    panel.move_canvas(-1)  # from the reloaded tabs: saved
    assert order() == [third, first, second]
    stack.undo()
    assert order() == [third, second, first]


def test_a_connector_label_edited_after_the_other_changed_it(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    canvases = mine.services.canvases
    canvas = canvases.create(project, "diagnose", "blank", "Dinding").id
    cause, effect = canvases.add_items(canvas, [{"text": "sebab"}, {"text": "akibat"}])
    link = canvases.add_link(canvas, cause, effect)["id"]
    panel = on_screen(qtbot, CanvasPanel(theirs, project, "diagnose"), (1200, 800))
    assert isinstance(panel, CanvasPanel)
    board = panel.current()
    assert board is not None
    stack = theirs.stack_for(project)

    def label() -> str:
        return str(canvases.load(canvas)[1][0]["label"])

    canvases.update_links({link: {"label": "menyebabkan"}})  # A, meanwhile
    assert not board.view.edits.board.relabel(link, "memicu")
    assert label() == "menyebabkan"
    assert board.document.links[link]["label"] == "menyebabkan"  # reloaded
    assert error_boxes(board.window()) == [MESSAGE]
    assert stack.count() == 0

    assert board.view.edits.board.relabel(link, "memicu")  # from the reloaded link
    assert label() == "memicu"
    stack.undo()
    assert label() == "menyebabkan"


def test_a_pasted_connector_label_is_checked_too(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    """A connector made by a paste (not by ``add_link``) had no version on the board: its
    first label edit overwrote the other's label unchecked."""
    from labinov.gui.canvas import clipboard

    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    canvases = mine.services.canvases
    canvas = canvases.create(project, "diagnose", "blank", "Dinding").id
    cause, effect = canvases.add_items(canvas, [{"text": "sebab"}, {"text": "akibat"}])
    canvases.add_link(canvas, cause, effect)
    panel = on_screen(qtbot, CanvasPanel(theirs, project, "diagnose"), (1200, 800))
    assert isinstance(panel, CanvasPanel)
    board = panel.current()
    assert board is not None
    edits = board.view.edits
    pasted = edits.paste(clipboard.collect(board.document, [cause, effect]))
    assert len(pasted) == 2
    link = next(key for key, row in board.document.links.items() if row["source_id"] in pasted)
    canvases.update_links({link: {"label": "menyebabkan"}})  # A, meanwhile
    assert not edits.board.relabel(link, "memicu")
    labels = {row["id"]: row["label"] for row in canvases.load(canvas)[1]}
    assert labels[link] == "menyebabkan"
    assert error_boxes(board.window()) == [MESSAGE]


def test_undoing_a_vote_reset_without_a_board_keeps_new_votes(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    canvases = mine.services.canvases
    canvas = canvases.create(project, "diagnose", "blank", "Dinding").id
    a, b = canvases.add_items(canvas, [{"text": "a", "votes": 3}, {"text": "b", "votes": 1}])
    parent = on_screen(qtbot, QWidget(), (1200, 800))
    board = Board(theirs, canvas, parent)  # no board open: no document
    stack = theirs.stack_for(project)

    def votes() -> dict[str, int]:
        return {row["id"]: row["votes"] for row in canvases.load(canvas)[0]}

    assert board.reset_votes()
    assert votes() == {a: 0, b: 0}
    stack.undo()
    assert votes() == {a: 3, b: 1}
    stack.redo()
    assert votes() == {a: 0, b: 0}

    canvases.update_items({a: {"votes": 2}})  # A's room votes again
    safe_undo_redo(stack, parent, redo=False)  # would drop that vote: refused, said once
    assert votes() == {a: 2, b: 0}
    assert error_boxes(parent) == [MESSAGE]
