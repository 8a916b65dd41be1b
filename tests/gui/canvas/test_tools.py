"""Find, align, voting results and reset, presentation mode, PNG/SVG export."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.canvas.panel import CanvasPanel
from labinov.method.templates import NOTE_COLOURS

from .helpers import add_note, centre, click


@pytest.fixture
def panel(make_panel) -> CanvasPanel:
    return make_panel("design", "ideation_voting", (1200, 800), 0.6, (700, 500))


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
    view.edits.align("top")
    assert len({view.document.items[i]["y"] for i in ids}) == 1
    assert context.stack_for(project_id).count() == count + 1


def test_voting_round_results_and_reset(qtbot, panel, context, project_id) -> None:
    view = panel.current().view
    stack = context.stack_for(project_id)
    a = add_note(view, 300, 400, "Antrean online")
    b = add_note(view, 700, 400, "Loket lansia")
    panel.tools.start_voting(2, 2)  # two participants, two votes each
    bar = panel.current().voting_bar

    def votes() -> tuple[int, int]:
        return view.document.items[a]["votes"], view.document.items[b]["votes"]

    assert bar.label.text().startswith("Peserta 1 dari 2: sisa 2 suara")
    click(view, *centre(view, a))
    click(view, *centre(view, a))
    assert votes() == (2, 0)
    assert bar.label.text().startswith("Peserta 2 dari 2: sisa 2 suara")  # turn passed on
    click(view, *centre(view, a), button=Qt.MouseButton.RightButton)
    assert votes() == (2, 0)  # participant 2 cannot take back participant 1's votes
    click(view, *centre(view, b))
    click(view, *centre(view, b))
    click(view, *centre(view, a))  # a third vote of the last participant is not given
    assert votes() == (2, 2) and bar.round.left() == 0
    click(view, *centre(view, b), button=Qt.MouseButton.RightButton)  # takes back a vote
    assert votes() == (2, 1) and bar.round.left() == 1
    click(view, *centre(view, b))
    stack.undo()  # undoing a vote gives the participant that vote back
    assert votes() == (2, 1) and bar.round.left() == 1
    stack.undo()
    stack.undo()
    assert votes() == (2, 1) and bar.round.left() == 1
    stack.undo()
    stack.undo()  # back before participant 1's second vote: their turn again
    assert votes() == (1, 0) and bar.round.current == 1 and bar.round.left() == 1
    assert bar.label.text().startswith("Peserta 1 dari 2: sisa 1 suara")
    for _ in range(4):
        stack.redo()
    assert votes() == (2, 1)
    stored = {
        row["id"]: row["votes"]
        for row in context.services.canvases.load(view.document.canvas_id)[0]
    }
    assert stored == {a: 2, b: 1}
    dialog = panel.tools.show_results()  # most votes first
    assert dialog.lines() == ["2 suara — Antrean online", "1 suara — Loket lansia"]
    # a bar chart: the first bar twice as long, in the note's colour, readable from afar
    chart = dialog.chart
    assert [bar.value for bar in chart.bars()] == [2, 1]
    assert chart.bar_rect(0).width() == pytest.approx(2 * chart.bar_rect(1).width(), abs=2)
    colour = view.document.items[a]["colour"]
    assert chart.bars()[0].colour == NOTE_COLOURS.get(colour, colour)
    assert chart.chart_font().pointSizeF() > dialog.font().pointSizeF() * 1.5
    dialog.close()
    bar.end()
    view.edits.board.reset_votes()
    assert votes() == (0, 0)
    stack.undo()
    assert votes() == (2, 1)


def test_presentation_moves_between_canvases(qtbot, panel) -> None:
    note = add_note(panel.current().view, 300, 400, "Antrean online")
    panel.create_canvas("impact_effort")
    panel.tabs.setCurrentIndex(0)
    show = panel.tools.present()  # deletes itself on close
    assert show.isFullScreen() and show.index == 0
    # fitting the whole wall zooms far out, yet the note's words are shown, and large
    qtbot.waitExposed(show)
    view = show.view
    qtbot.waitUntil(lambda: view.height() > 400)
    assert view.zoom() < 1.0
    item = view.board_scene.notes[note]
    assert item.fitted(view.zoom()).pixels * view.zoom() >= 15.9  # 16 px on the screen
    image = view.grab().toImage()
    box = view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(4, 4, -4, -4)
    dark = sum(
        QColor(image.pixel(x, y)).lightness() < 100
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
    )
    assert dark > 20
    QTest.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1 and "Matriks" in show.title.text()
    QTest.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1
    QTest.keyClick(show, Qt.Key.Key_PageUp)
    assert show.index == 0
    shown = show.view.document
    QTest.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # the show's documents went with it: no closed board keeps following the canvas
    assert not shiboken6.isValid(shown)


def test_export_png_and_svg(qtbot, panel, tmp_path) -> None:
    view = panel.current().view
    add_note(view, 300, 400, "Antrean online <script>")
    png = panel.tools.export("png", str(tmp_path / "dinding.png"))
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 500
    svg = panel.tools.export("svg", str(tmp_path / "dinding.svg"))
    text = svg.read_text(encoding="utf-8")
    # the words wrap onto two lines of the note: each stays text, "<script>" literal
    assert "<svg" in text and ">Antrean online</text>" in text and "&lt;script&gt;" in text


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from tests.gui.conftest import _installed

    yield from _installed(qapp, "en")  # installed last: asked first


def test_vote_counts_in_english_are_singular_or_plural(qtbot, panel, english) -> None:
    view = panel.current().view
    a = add_note(view, 300, 400, "Online queue")
    b = add_note(view, 700, 400, "Counter for the elderly")
    panel.tools.start_voting(1, 3)
    bar = panel.current().voting_bar
    assert "3 votes left" in bar.label.text()
    click(view, *centre(view, a))
    click(view, *centre(view, b))
    assert "1 vote left" in bar.label.text()
    click(view, *centre(view, b))
    dialog = panel.tools.show_results()
    assert dialog.lines() == ["2 votes — Counter for the elderly", "1 vote — Online queue"]
    dialog.close()


def test_a_round_in_progress_survives_reopening_the_canvas(qtbot, panel, context) -> None:
    from labinov.gui.canvas.board_widget import BoardWidget

    view = panel.current().view
    a = add_note(view, 300, 400, "Antrean online")
    panel.tools.start_voting(3, 2)
    click(view, *centre(view, a))
    canvas_id = view.document.canvas_id
    qtbot.waitUntil(
        lambda: (
            (context.services.canvases.get(canvas_id).view or {}).get("voting", {}).get("used")
            == {"1": 1}
        ),
        timeout=3000,
    )
    again = BoardWidget(context, canvas_id)  # as after closing and starting the app
    qtbot.addWidget(again)
    assert again.voting_bar is not None and again.view.voting
    assert again.voting_bar.round.left() == 1 and again.voting_bar.round.given_to(a) == 1
    assert again.voting_bar.label.text().startswith("Peserta 1 dari 3: sisa 1 suara")
