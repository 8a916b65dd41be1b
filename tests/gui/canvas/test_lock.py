"""Locking an item: a locked note refuses move, resize and delete with a message until it
is unlocked; lock and unlock are undo steps; the flag is stored and travels in a bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import apply_import
from labinov.exchange.plan import plan_import
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store

from .helpers import add_note, centre, drag

CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_locked_note_refuses_move_resize_and_delete(qtbot, panel, context, project_id):
    view = panel.current().view
    stack = context.stack_for(project_id)
    note = add_note(view, 300, 300, "Petugas kurang")
    QTest.keyClick(view.viewport(), Qt.Key.Key_L, CtrlShift)
    assert view.document.items[note]["locked"] is True
    stored = context.services.canvases.load(view.document.canvas_id)[0]
    assert [row["locked"] for row in stored] == [True]
    before = dict(view.document.items[note])
    count = stack.count()
    drag(view, centre(view, note), (centre(view, note)[0] + 300, centre(view, note)[1]))
    assert view.edits.refusal.startswith("Terkunci")
    view.edits.refusal = ""
    row = view.document.items[note]
    corner = (row["x"] + row["width"] - 4, row["y"] + row["height"] - 4)
    view.board_scene.notes[note].setSelected(True)
    drag(view, corner, (corner[0] + 80, corner[1] + 40))
    assert view.edits.refusal
    view.edits.refusal = ""
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert view.edits.refusal and note in view.document.items
    after = view.document.items[note]
    assert (after["x"], after["y"], after["width"]) == (before["x"], before["y"], before["width"])
    assert view.board_scene.notes[note].pos().x() == before["x"]
    assert stack.count() == count  # nothing refused became a step
    # unlock (undoable), then the same drag moves it
    panel.findChild(type(panel.toolbar.board_actions[0]), "toggleLock").trigger()
    assert view.document.items[note]["locked"] is False
    stack.undo()
    assert view.document.items[note]["locked"] is True
    stack.redo()
    assert view.document.items[note]["locked"] is False
    drag(view, centre(view, note), (centre(view, note)[0] + 300, centre(view, note)[1]))
    assert view.document.items[note]["x"] != before["x"]


def test_the_lock_survives_a_bundle_round_trip(qtbot, panel, context, project_id, tmp_path):
    view = panel.current().view
    note = add_note(view, 300, 300, "Petugas kurang")
    view.edits.toggle_lock()
    path = tmp_path / "akta.labinov"
    export_bundle(context.services.store, "project", project_id, path)
    other_store = open_store(user_paths(tmp_path / "other"))
    try:
        plan = plan_import(other_store, Path(path))
        apply_import(other_store, plan)
        canvas = Services(other_store).canvases.list(project_id, "diagnose")[0]
        items = Services(other_store).canvases.load(canvas.id)[0]
        assert [(row["id"], row["locked"]) for row in items] == [(note, True)]
    finally:
        other_store.dispose()
