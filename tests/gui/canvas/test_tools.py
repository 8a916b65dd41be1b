"""Find, align, voting results and reset, presentation mode, PNG/SVG export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.canvas.panel import CanvasPanel

from .helpers import add_note, centre, click


@pytest.fixture
def panel(qtbot, context, project_id) -> CanvasPanel:
    widget = CanvasPanel(context, project_id, "design")
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.create_canvas("ideation_voting")
    widget.current().view.set_zoom(0.6)
    widget.current().view.centerOn(700, 500)
    return widget


def test_find_highlights_matches(qtbot, panel) -> None:
    view = panel.current().view
    a = add_note(view, 300, 400, "Antrean online")
    add_note(view, 700, 400, "Loket lansia")
    board = panel.current()
    QTest.keyClick(view.viewport(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert board.find.hasFocus()
    QTest.keyClicks(board.find, "ANTREAN")
    assert [i for i, n in view.board_scene.notes.items() if n.highlighted] == [a]
    assert board.matches.text()


def test_align_and_distribute_are_one_step(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    ids = [add_note(view, 300 + 250 * i, 300 + 60 * i, f"Gagasan {i}") for i in range(3)]
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    count = context.stack_for(project_id).count()
    view.align("top")
    assert len({view.document.items[i]["y"] for i in ids}) == 1
    assert context.stack_for(project_id).count() == count + 1


def test_voting_round_results_and_reset(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    a = add_note(view, 300, 400, "Antrean online")
    b = add_note(view, 700, 400, "Loket lansia")
    panel.start_voting(2, 2)
    bar = panel.current().voting_bar
    for item_id in (a, a, b):
        click(view, *centre(view, item_id))
    assert "2" in bar.label.text()  # participant 2 is voting
    click(view, *centre(view, a), button=Qt.MouseButton.RightButton)  # takes back a vote
    assert view.document.items[a]["votes"] == 1
    dialog = panel.show_results()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Antrean online" in texts[0] or "Loket lansia" in texts[0]
    dialog.close()
    panel.start_voting(2, 2)
    view.board.reset_votes()
    assert all(row["votes"] == 0 for row in view.document.items.values())
    context.stack_for(project_id).undo()
    assert view.document.items[b]["votes"] == 1


def test_presentation_moves_between_canvases(qtbot, panel) -> None:
    panel.create_canvas("impact_effort")
    panel.tabs.setCurrentIndex(0)
    show = panel.present()  # deletes itself on close
    assert show.isFullScreen() and show.index == 0
    QTest.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1 and "Matriks" in show.title.text()
    QTest.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1
    QTest.keyClick(show, Qt.Key.Key_PageUp)
    assert show.index == 0
    QTest.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()
    QApplication.processEvents()


def test_export_png_and_svg(qtbot, panel, tmp_path) -> None:
    view = panel.current().view
    add_note(view, 300, 400, "Antrean online <script>")
    png = panel.export("png", str(tmp_path / "dinding.png"))
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 500
    svg = panel.export("svg", str(tmp_path / "dinding.svg"))
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Antrean online &lt;script&gt;" in text
