"""The board driven with real QTest mouse and keyboard events, checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtTest import QTest

from labinov.gui.canvas.panel import CanvasPanel
from labinov.method import templates
from labinov.method.stages import STAGES

from .helpers import NoMod, add_note, at, centre, click, drag, rows


@pytest.fixture
def panel(make_panel) -> CanvasPanel:
    return make_panel("diagnose", size=(1400, 900))


def test_a_canvas_from_every_template(qtbot, context, project_id) -> None:
    for stage in STAGES:
        panel = CanvasPanel(context, project_id, stage.value)
        qtbot.addWidget(panel)
        for template in templates.for_stage(stage.value):
            assert panel.create_canvas(template.key)
            board = panel.current()
            assert board.document.template.key == template.key
            assert board.view.board_scene.template_item.template is template
        titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
        assert titles == [t.title("id") for t in templates.for_stage(stage.value)]


def test_template_picker_creates_the_chosen_canvas(qtbot, panel) -> None:
    from tests.gui.conftest import answer_dialog

    seen: dict = {}

    def fill(dialog) -> None:
        # look first, accept always, check after: a failed check must not leave exec() hanging
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["names"] = names
        seen["widest"] = max(dialog.list.fontMetrics().horizontalAdvance(n) for n in names)
        seen["room"] = dialog.list.viewport().width()
        dialog.select("problem_tree")
        pixmap = dialog.preview.pixmap()
        seen["preview"] = pixmap is not None and not pixmap.isNull()
        seen["title"] = dialog.title.text()
        dialog.title.setText("Pohon masalah akta")
        dialog.accept()

    answer_dialog(qtbot, fill)
    panel.new_canvas()
    assert seen["names"][:2] == ["Diagram Tulang Ikan", "Pohon Masalah"]
    assert seen["names"][-1] == "Kanvas kosong"
    # every template name is shown whole ("Peta Pemangku Kepentingan" was clipped)
    assert seen["room"] >= seen["widest"]
    assert seen["preview"] and seen["title"] == "Pohon Masalah"
    assert panel.tabs.tabText(0) == "Pohon masalah akta"
    assert panel.current().document.template.key == "problem_tree"


def test_every_edit_undoes_and_redoes_to_identical_rows(qtbot, panel, context, project_id) -> None:
    services = context.services
    stack = context.stack_for(project_id)
    states = [rows(services, project_id)]
    marks = [stack.index()]

    def step() -> None:
        states.append(rows(services, project_id))
        marks.append(stack.index())
        assert states[-1] != states[-2]

    panel.create_canvas("fishbone")
    step()
    view = panel.current().view
    view.set_zoom(0.5)
    view.centerOn(600, 400)
    a = add_note(view, 300, 300, "Petugas loket kurang")
    step()
    assert marks[-1] == marks[-2] + 1  # adding a note and typing its first text: one step
    b = add_note(view, 900, 300, "SOP belum jelas")
    step()
    assert view.document.items[a]["zone"] == "people" and view.document.items[b]["zone"] == "method"
    # edit text in place: one undo step for the whole typing session
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, NoMod, at(view, *centre(view, a)))
    QTest.keyClick(view.viewport(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.viewport(), " saat jam sibuk")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert view.document.items[a]["text"] == "Petugas loket kurang saat jam sibuk"
    step()
    # move (drag releases into the Sarana/Alat zone)
    drag(view, centre(view, a), (1600, 300))
    assert view.document.items[a]["zone"] == "tools"
    step()
    # resize by the corner handle of the selected note
    row = view.document.items[a]
    corner = (row["x"] + row["width"] - 4, row["y"] + row["height"] - 4)
    width = row["width"]
    drag(view, corner, (corner[0] + 80, corner[1] + 40))
    assert view.document.items[a]["width"] == pytest.approx(width + 80, abs=3)
    step()
    # recolour with key 3 (pink)
    QTest.keyClick(view.viewport(), Qt.Key.Key_3)
    assert view.document.items[a]["colour"] == "pink"
    step()
    # link by Alt-drag from a to b
    drag(view, centre(view, a), centre(view, b), Qt.KeyboardModifier.AltModifier)
    assert len(view.document.links) == 1
    step()
    # label the connector: double-click it, type, Enter
    (link_id,) = view.document.links
    middle = view.board_scene.links[link_id].line().center()
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, NoMod, at(view, middle.x(), middle.y())
    )
    assert view.edits.label_editor is not None
    QTest.keyClicks(view.viewport(), "menyebabkan")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.edits.label_editor is None
    assert view.document.links[link_id]["label"] == "menyebabkan"
    step()
    assert marks[-1] == marks[-2] + 1
    # vote twice on b during a round: each vote is one step
    panel.tools.start_voting(2, 1)
    click(view, *centre(view, b))
    step()
    click(view, *centre(view, b))
    assert view.document.items[b]["votes"] == 2
    step()
    panel.current().voting_bar.end()
    # nudge with the arrow key
    click(view, *centre(view, b))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Right)
    step()
    # align left: a and b (Ctrl-click adds to the selection), one step
    click(view, *centre(view, a))
    click(view, *centre(view, b), Qt.KeyboardModifier.ControlModifier)
    assert sorted(view.edits.selected()) == sorted([a, b])
    panel.findChild(QAction, "align_left").trigger()
    assert view.document.items[a]["x"] == view.document.items[b]["x"]
    step()
    # bring the pair to the front
    QTest.keyClick(view.viewport(), Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    step()
    # duplicate them (with the connector between them)
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(view.document.items) == 4 and len(view.document.links) == 2
    copies = view.edits.selected()
    step()
    # cut the copies, then paste them back
    QTest.keyClick(view.viewport(), Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert not set(copies) & set(view.document.items)
    step()
    QCursor.setPos(view.viewport().mapToGlobal(at(view, 400, 700)))  # paste lands there
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(view.document.items) == 4
    pasted = [view.document.items[i] for i in view.edits.selected()]
    assert min(row["y"] for row in pasted) == pytest.approx(700, abs=2)
    step()
    # a frame from the Add menu, and the votes reset from the Voting menu
    panel.findChild(QAction, "addFrame").trigger()
    assert any(row["kind"] == "frame" for row in view.document.items.values())
    step()
    panel.findChild(QAction, "resetVotes").trigger()
    assert view.document.items[b]["votes"] == 0
    step()
    # delete a (its link goes too)
    view.board_scene.clearSelection()
    row = view.document.items[a]  # aligned under b: click the part of a that b leaves free
    click(view, row["x"] + row["width"] - 30, row["y"] + 30)
    assert view.edits.selected() == [a]
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert a not in view.document.items
    assert not [link for link in view.document.links.values() if a in link.values()]
    step()

    assert stack.count() == marks[-1]
    for index in range(len(states) - 2, -1, -1):
        while stack.index() > marks[index]:
            stack.undo()
        assert rows(services, project_id) == states[index]
    for index in range(1, len(states)):
        while stack.index() < marks[index]:
            stack.redo()
        assert rows(services, project_id) == states[index]
    # the board mirrors the store after all of it
    assert set(view.board_scene.notes) == set(view.document.items)
    assert a not in view.board_scene.notes and b in view.board_scene.notes
    assert set(view.board_scene.links) == set(view.document.links)
    assert view.board_scene.notes[b].pos().x() == view.document.items[b]["x"]


def test_rubber_band_select_all_and_one_step_drag(qtbot, panel, context, project_id) -> None:
    panel.create_canvas("blank")
    view = panel.current().view
    view.set_zoom(0.5)
    view.centerOn(600, 400)
    ids = [add_note(view, 200 + 200 * i, 300, f"Catatan {i}") for i in range(3)]
    drag(view, (50, 150), (780, 420))  # rubber band around all three
    assert sorted(view.edits.selected()) == sorted(ids)
    before = context.stack_for(project_id).count()
    ys = [view.document.items[i]["y"] for i in ids]
    drag(view, centre(view, ids[0]), (centre(view, ids[0])[0] + 100, centre(view, ids[0])[1] + 200))
    assert context.stack_for(project_id).count() == before + 1
    moved = [view.document.items[i]["y"] - y for i, y in zip(ids, ys, strict=True)]
    assert moved == pytest.approx([200.0] * 3, abs=2.5)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.edits.selected()) == 3


def test_copy_paste_between_two_canvases_and_a_new_instance(
    qtbot, panel, context, store, paths, project_id
) -> None:
    panel.create_canvas("problem_tree")
    first = panel.current().view
    first.set_zoom(0.5)
    first.centerOn(1200, 900)
    a = add_note(first, 1000, 1200, "Orang tua harus datang ke kantor")
    b = add_note(first, 1300, 1200, "Rumah sakit belum terhubung")
    drag(first, centre(first, a), centre(first, b), Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(first.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(first.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    panel.create_canvas("fishbone")
    second = panel.current().view
    QTest.keyClick(second.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    texts = sorted(row["text"] for row in second.document.items.values())
    assert texts == ["Orang tua harus datang ke kantor", "Rumah sakit belum terhubung"]
    assert len(second.document.links) == 1
    assert not set(second.document.items) & {a, b}  # fresh ids
    # a new app on the same data folder shows everything as it was
    from labinov.app import build_context
    from labinov.store.db import open_store

    other_store = open_store(paths)
    try:
        again = CanvasPanel(build_context(other_store, paths, "id"), project_id, "diagnose")
        qtbot.addWidget(again)
        assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == [
            "Pohon Masalah",
            "Diagram Tulang Ikan",
        ]
        again.tabs.setCurrentIndex(0)
        shown = again.current().view.board_scene
        assert sorted(n.row["text"] for n in shown.notes.values()) == sorted(
            ["Orang tua harus datang ke kantor", "Rumah sakit belum terhubung"]
        )
        assert len(shown.links) == 1
    finally:
        other_store.dispose()


def test_canvas_rename_reorder_delete_are_undoable(qtbot, panel, context, project_id) -> None:
    first = panel.create_canvas("fishbone")
    second = panel.create_canvas("five_whys")
    stack = context.stack_for(project_id)
    panel.rename_canvas("Tulang ikan antrean")
    assert panel.tabs.tabText(1) == "Tulang ikan antrean"
    panel.move_canvas(-1)
    assert panel.canvas_ids() == [second, first]
    panel.delete_canvas()
    assert panel.canvas_ids() == [first]
    stack.undo()
    assert panel.canvas_ids() == [second, first]
    stack.undo()
    stack.undo()
    assert panel.canvas_ids() == [first, second]
    assert panel.tabs.tabText(1) == "5 Mengapa"


def test_rename_after_a_zoom_is_not_refused_as_stale(qtbot, panel, context) -> None:
    """The zoom is saved on the canvas row: its new version must be the one the rename
    checks (it was refused as "changed by someone else" after any zoom or scroll)."""
    panel.create_canvas("fishbone")
    board = panel.current()
    board.view.zoom.set(0.8)
    board.view.zoom.save()
    panel.rename_canvas("Tulang ikan antrean")
    row = context.services.canvases.get(board.canvas_id)
    assert row.title == "Tulang ikan antrean"
    assert row.view["zoom"] == pytest.approx(0.8)
