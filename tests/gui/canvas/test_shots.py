"""Screenshots for review (/tmp/shots/canvas): the sample's fishbone and ideation wall in
the real window at 1366×768 and 1920×1080, at fit all and in presentation with the laser
pointer; and the laser pointer itself (a red dot where the mouse is, no cursor)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.canvas.presentation import PresentationWindow

SHOTS = Path("/tmp/shots/canvas")
AKTA = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # AKTA LAHIR SEHARI in the sample
BOARDS = {"fishbone": ("diagnose", 0), "ideation_wall": ("design", 0)}


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(BOARDS))
def test_sample_board_at_fit_all_and_presented(qtbot, window, services, size, name) -> None:
    window.structure.open_sample()
    window.resize(*size)
    assert window.select(AKTA)
    stage, index = BOARDS[name]
    page = window.project_page
    page.show_stage(stage)
    stage_page = page.stage_pages[stage]
    panel = stage_page.findChild(CanvasPanel)
    stage_page.tabs.setCurrentWidget(panel)
    panel.tabs.setCurrentIndex(index)
    qtbot.waitExposed(window)
    view = panel.current().view
    qtbot.waitUntil(lambda: view.viewport().height() > 200)
    # "fit all": the template and every note in view, words shown on every note
    view.fit_all()
    assert view.visible_rect().adjusted(-2, -2, 2, 2).contains(view.board_scene.content_rect())
    assert not view.board_scene.far
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"{name}_{size[0]}x{size[1]}_fit_all.png"))
    show = PresentationWindow(view.document.context, panel.canvas_ids(), index)
    qtbot.addWidget(show)
    show.resize(*size)
    show.show()
    qtbot.waitExposed(show)
    show.fit()
    notes = list(show.view.board_scene.notes.values())
    target = show.view.mapFromScene(notes[0].sceneBoundingRect().topLeft())
    QTest.mouseMove(show.view.viewport(), target)
    show.spotlight.move_to(target)  # offscreen: no real cursor moves the overlay
    assert show.view.viewport().cursor().shape() == Qt.CursorShape.BlankCursor
    image = show.grab().toImage()
    dot = show.view.viewport().mapTo(show, target)
    red = QColor(image.pixel(dot))
    assert red.red() > 200 and red.green() < 80 and red.blue() < 80
    assert show.grab().save(str(SHOTS / f"{name}_{size[0]}x{size[1]}_present.png"))
    # words cut short at the whole canvas: the show steps zone by zone, each readable
    cut = [n for n in notes if n.fitted(show.view.zoom()).elided]
    if cut:
        assert len(show.steps) > 1
    for step in range(1, len(show.steps)):
        QTest.keyClick(show, Qt.Key.Key_Right)
        assert show.step == step and " — " in show.title.text()
        zone = show.steps[step]
        inside = [n for n in notes if n.row["zone"] == zone.key]
        assert inside and not any(n.fitted(show.view.zoom()).elided for n in inside), zone.key
        # the zone's title right under the show's, not below a blank band
        assert show.view.mapFromScene(show._zone_area(zone).topLeft()).y() <= 2, zone.key
        assert show.grab().save(str(SHOTS / f"{name}_{size[0]}x{size[1]}_present_{zone.key}.png"))
    QTest.keyClick(show, Qt.Key.Key_Left)
    assert show.step == max(0, len(show.steps) - 2)
    QTest.keyClick(show, Qt.Key.Key_L)  # the laser pointer off: the cursor is back
    assert not show.spotlight.isVisible()
    assert show.view.viewport().cursor().shape() != Qt.CursorShape.BlankCursor
    show.close()
