"""Connector labels edited in place, and a new note's first text as part of its "Add note"
step — both driven with real mouse and keyboard events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from labinov.gui.canvas.panel import CanvasPanel
from tests.gui.conftest import find_box, type_text

from .helpers import NoMod, add_note, at, centre, drag

Left = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(make_panel) -> CanvasPanel:
    return make_panel("diagnose", "blank", (1200, 800), 1.0, (600, 400))


def linked(view) -> tuple[str, str, str]:
    a = add_note(view, 300, 400, "Antrean panjang")
    b = add_note(view, 850, 400, "Warga datang berkali-kali")
    drag(view, centre(view, a), centre(view, b), Qt.KeyboardModifier.AltModifier)
    (link_id,) = view.document.links
    return a, b, link_id


def double_click_link(view, link_id: str) -> None:
    middle = view.board_scene.links[link_id].line().center()
    QTest.mouseDClick(view.viewport(), Left, NoMod, at(view, middle.x(), middle.y()))


def stored_label(context, canvas_id: str, link_id: str) -> str:
    _items, links = context.services.canvases.load(canvas_id)
    return next(link["label"] for link in links if link["id"] == link_id)


def test_adding_a_note_and_its_first_text_is_one_step(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    before = stack.count()
    a = add_note(view, 400, 400, "Loket tutup jam 12")
    assert stack.count() == before + 1
    assert context.services.canvases.load(view.document.canvas_id)[0][0]["text"] == (
        "Loket tutup jam 12"
    )
    stack.undo()  # one undo removes the note, text and all
    assert not view.document.items and not view.board_scene.notes
    assert context.services.canvases.load(view.document.canvas_id)[0] == []
    stack.redo()  # and redo brings the note back with its text, on the board too
    assert view.document.items[a]["text"] == "Loket tutup jam 12"
    assert view.board_scene.notes[a].row["text"] == "Loket tutup jam 12"
    # editing it again later is a step of its own
    QTest.mouseDClick(view.viewport(), Left, NoMod, at(view, *centre(view, a)))
    QTest.keyClicks(view.viewport(), "!")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert stack.count() == before + 2
    stack.undo()
    assert view.document.items[a]["text"] == "Loket tutup jam 12"
    assert a in view.board_scene.notes


def test_a_second_pause_while_typing_still_merges_into_the_add(
    qtbot, panel, context, project_id
) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    before = stack.count()
    QTest.mouseDClick(view.viewport(), Left, NoMod, at(view, 400, 400))
    QTest.keyClicks(view.viewport(), "Uji coba")
    (item_id,) = view.document.items
    load = context.services.canvases.load
    qtbot.waitUntil(lambda: load(view.document.canvas_id)[0][0]["text"] == "Uji coba", timeout=3000)
    QTest.keyClicks(view.viewport(), " di RS Daya")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert view.document.items[item_id]["text"] == "Uji coba di RS Daya"
    assert stack.count() == before + 1
    stack.undo()
    assert not view.document.items


def test_a_connector_label_is_edited_in_place_and_undone(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    _a, _b, link_id = linked(view)
    canvas_id = view.document.canvas_id
    count = stack.count()
    double_click_link(view, link_id)
    assert view.edits.label_editor is not None and not view.document.items.get("x")
    assert len(view.document.items) == 2  # the double-click made no new note
    QTest.keyClicks(view.viewport(), "menyebabkan")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert stored_label(context, canvas_id, link_id) == "menyebabkan"
    assert stack.count() == count + 1
    link = view.board_scene.links[link_id]
    assert not link.label_rect().isEmpty()
    assert link.boundingRect().contains(link.label_rect())
    # the label is painted: the middle of the connector shows a white box with dark text
    image = view.grab().toImage()
    box = view.mapFromScene(link.label_rect()).boundingRect()
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(box.left() + 3, box.right() - 3)
        for y in range(box.top() + 3, box.bottom() - 3)
    }
    assert "#ffffff" in colours and any(c < "#777777" for c in colours)
    # editing again replaces the label; Escape also ends the edit
    double_click_link(view, link_id)
    QTest.keyClicks(view.viewport(), "memperparah")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert stored_label(context, canvas_id, link_id) == "memperparah"
    stack.undo()
    assert stored_label(context, canvas_id, link_id) == "menyebabkan"
    assert view.board_scene.links[link_id].row["label"] == "menyebabkan"
    stack.undo()
    assert stored_label(context, canvas_id, link_id) == ""
    assert view.board_scene.links[link_id].label_rect().isEmpty()
    stack.redo()
    assert view.document.links[link_id]["label"] == "menyebabkan"


def test_an_unchanged_label_makes_no_step_and_odd_text_stays_literal(
    qtbot, panel, context, project_id
) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    _a, _b, link_id = linked(view)
    count = stack.count()
    double_click_link(view, link_id)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert stack.count() == count
    double_click_link(view, link_id)
    type_text(view.viewport(), "<b>akibat</b> 🎉")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.document.links[link_id]["label"] == "<b>akibat</b> 🎉"


def test_a_too_long_label_is_refused_with_a_message(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    _a, _b, link_id = linked(view)
    count = stack.count()
    double_click_link(view, link_id)
    view.edits.label_editor.setPlainText("sebab " * 100)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    box = find_box()
    assert box is not None and "200" in box.text() and "paling banyak" in box.text()
    assert view.document.links[link_id]["label"] == "" and stack.count() == count
