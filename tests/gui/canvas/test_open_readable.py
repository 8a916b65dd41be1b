"""A board a moderator opens on a 1366×768 laptop: pressing N on a fitted board comes close
to the new note and keeps its zone's title and question in view."""

from __future__ import annotations

import os

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from labinov.gui.canvas.zone_words import BAND

SHOTS = os.environ.get("LABINOV_SHOTS")  # a folder: the screenshots are saved there
LAPTOP_PANEL = (1100, 640)  # the board panel of a 1366×768 window


def _shot(panel, name: str) -> None:
    if SHOTS:
        assert panel.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_n_on_a_fitted_board_keeps_the_zone_title_in_view(qtbot, make_panel) -> None:
    panel = make_panel("drum_up", "idea_wall", LAPTOP_PANEL)
    view = panel.current().view
    view.fit_all()
    _shot(panel, "n_before")
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_N)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    (note_id,) = view.document.items
    row = view.document.items[note_id]
    zone = view.document.template.zone(row["zone"])
    assert zone is not None
    left, top, width, _height = zone.rect
    shown = view.visible_rect()
    note = QRectF(row["x"], row["y"], row["width"], row["height"])
    words = QRectF(left, top, min(width, 600.0), BAND)
    _shot(panel, "n_after")
    assert view.zoom() * view.board_scene.look.base >= 16 - 0.01  # close enough to type
    assert shown.contains(note)
    assert shown.contains(words), (shown, words)  # the zone's title and question
