"""Board keys people expect: Tab adds the next note beside the selected one and starts
typing, Enter edits, Esc leaves; F6 or Ctrl+Tab moves the focus out of the board; the zoom
readout shows the current percentage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .helpers import add_note


def test_tab_adds_the_next_note_beside_and_types_into_it(qtbot, panel, context, project_id):
    view = panel.current().view
    first = add_note(view, 300, 300, "Petugas kurang")
    view.edits.recolour("pink")
    assert view.edits.selected() == [first]
    stack = context.stack_for(project_id)
    count = stack.count()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)
    assert view.edits.editor is not None and view.edits.editor.item_id != first
    second = view.edits.editor.item_id
    QTest.keyClicks(view.viewport(), "Jam layanan pendek")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)  # while typing: one more beside it
    third = view.edits.editor.item_id
    QTest.keyClicks(view.viewport(), "SOP belum ada")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)  # Esc leaves the editor
    assert view.edits.editor is None and view.hasFocus()
    rows = view.document.items
    assert rows[second]["text"] == "Jam layanan pendek" and rows[third]["text"] == "SOP belum ada"
    assert rows[second]["colour"] == rows[third]["colour"] == "pink"
    # beside, in the same zone: right of the first, or the next row below it
    assert rows[second]["zone"] == rows[first]["zone"] == "people"
    beside = rows[second]["x"] > rows[first]["x"] or rows[second]["y"] > rows[first]["y"]
    assert beside
    assert stack.count() == count + 2  # each new note and its words: one step
    stack.undo()
    assert third not in view.document.items
    # Enter edits the selected note
    view.board_scene.clearSelection()
    view.board_scene.notes[second].setSelected(True)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.edits.editor is not None and view.edits.editor.item_id == second
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_f6_and_ctrl_tab_leave_the_board(qtbot, panel, key, mods) -> None:
    view = panel.current().view
    panel.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    add_note(view, 300, 300, "Petugas kurang")  # a selected note: Tab alone would add one
    QTest.keyClick(view.viewport(), key, mods)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not view and not view.isAncestorOf(focused)


def test_the_zoom_readout_shows_the_percentage(qtbot, panel) -> None:
    view = panel.current().view
    assert panel.toolbar.zoom_readout.text() == "50%"
    QTest.keyClick(view.viewport(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert panel.toolbar.zoom_readout.text() == f"{round(view.zoom() * 100)}%" == "62%"
    view.fit_all()
    assert panel.toolbar.zoom_readout.text() == f"{round(view.zoom() * 100)}%"


def test_where_am_i_map_shows_on_a_large_canvas_and_moves_the_view(qtbot, panel) -> None:
    view = panel.current().view
    view.fit_all()
    assert not view.minimap.isVisible()  # the whole board is in view
    view.set_zoom(1.0)
    view.centerOn(300, 300)
    assert view.minimap.isVisible()
    before = view.visible_rect().center()
    minimap = view.minimap
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=minimap.rect().center())
    after = view.visible_rect().center()
    assert after.x() > before.x() + 500  # went to the middle of the fishbone
    image = minimap.grab().toImage()
    blue = sum(
        image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 80
        for x in range(image.width())
        for y in range(image.height())
    )
    assert blue > 20  # the frame of what is on screen


def test_a_fitted_board_settles_at_every_size(qtbot, make_panel) -> None:
    """A fitted board has no scroll bars: "as needed" bars came and went with each refit
    (the viewport shrank by a bar, the fit changed, the bar went) and the window hung at
    1920x1080 with 150 % scaling."""
    panel = make_panel("diagnose", "fishbone", (1100, 500))
    view = panel.current().view
    view.fit_all()
    resizes = []
    original = view.resizeEvent

    def counted(event) -> None:
        resizes.append(event.size())
        original(event)

    view.resizeEvent = counted
    for height in range(430, 580, 3):
        resizes.clear()
        panel.resize(1100, height)
        for _ in range(5):
            QApplication.processEvents()
        assert len(resizes) <= 2, (height, resizes)
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.horizontalScrollBarPolicy() == view.verticalScrollBarPolicy() == off
    view.set_zoom(1.0)  # the user's zoom: the board may scroll now
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_n_adds_where_last_clicked_and_never_on_top_of_the_previous_note(qtbot, panel):
    view = panel.current().view
    before = set(view.document.items)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(200, 250))
    added = []
    for _ in range(3):
        QTest.keyClick(view.viewport(), Qt.Key.Key_N)
        QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
        (new,) = set(view.document.items) - before - set(added)
        added.append(new)
    rows = [view.document.items[note] for note in added]
    places = {(row["x"], row["y"]) for row in rows}
    assert len(places) == 3  # each N a place of its own, not a pile
    first = rows[0]
    centre = (first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
    assert abs(centre[0] - 200) < first["width"] and abs(centre[1] - 250) < first["height"]
