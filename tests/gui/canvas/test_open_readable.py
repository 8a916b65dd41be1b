"""A board a moderator opens on a 1366×768 laptop: a new idea wall opens with its zones'
questions readable (not fitted down to 7 px), "fit all" still shows everything, and pressing
N on a fitted board comes close to the new note and keeps its zone's title and question in
view."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from labinov.gui.canvas.zone_words import BAND, OPEN_PX, TITLE_TOP
from labinov.method import templates

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


def _gap(template) -> tuple[float, float]:
    """A point just right of a zone that is in no zone (between two, or the margin)."""
    for zone in template.zones:
        left, top, width, height = zone.rect
        x, y = left + width + 5, top + height / 2
        if template.zone_at(x, y) is None:
            return x, y
    raise AssertionError("no gap")


@pytest.mark.parametrize(("stage", "key"), [("drum_up", "idea_wall"), ("diagnose", "fishbone")])
def test_n_again_and_again_from_a_gap_keeps_the_notes_in_one_zone(
    qtbot, make_panel, stage: str, key: str
) -> None:
    """The second N moved the note down and right from the first, out of the zone's edge
    into the gap or the next zone (found in review): each stays in the first one's zone."""
    panel = make_panel(stage, key, LAPTOP_PANEL)
    view = panel.current().view
    gap = _gap(view.document.template)
    for _ in range(3):
        view.set_zoom(0.6)  # close enough that the view can be centred anywhere
        view.centerOn(*gap)  # the view's centre in the gap
        centre = view.mapToScene(view.viewport().rect().center())
        assert abs(centre.x() - gap[0]) < 5 and abs(centre.y() - gap[1]) < 5
        view.setFocus()
        QTest.keyClick(view.viewport(), Qt.Key.Key_N)
        QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    rows = list(view.document.items.values())
    assert len(rows) == 3
    zones = [row["zone"] for row in rows]
    assert zones[0] and zones == [zones[0]] * 3, [(r["x"], r["y"], r["zone"]) for r in rows]
    assert len({(row["x"], row["y"]) for row in rows}) == 3  # each in a place of its own


def test_n_many_times_in_a_small_zone_never_stacks_notes(qtbot, make_panel) -> None:
    """Once the cascade reached the zone's far corner, every further N put its note exactly
    on the last one (found in review): the user saw nothing happen. Now it goes on past."""
    panel = make_panel("diagnose", "fishbone", LAPTOP_PANEL)
    view = panel.current().view
    left, top, width, height = view.document.template.zone("head").rect
    for _ in range(12):
        view.set_zoom(0.6)
        view.centerOn(left + width / 2, top + height / 2)  # the fish's head, a small zone
        view.setFocus()
        QTest.keyClick(view.viewport(), Qt.Key.Key_N)
        QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    places = [(row["x"], row["y"]) for row in view.document.items.values()]
    assert len(places) == 12
    assert len(set(places)) == 12  # no note hidden under another


def _question_px(view) -> float:
    """The smallest zone question's height on the screen."""
    item = view.board_scene.template_item
    zoom = view.zoom()
    return min(
        item.zone_words(zone, zoom).question_px() * zoom
        for zone in view.document.template.zones
        if zone.question
    )


def test_a_new_idea_wall_opens_with_readable_zone_words(qtbot, make_panel) -> None:
    panel = make_panel("drum_up", "idea_wall", LAPTOP_PANEL)
    view = panel.current().view
    qtbot.waitUntil(lambda: view.viewport().height() > 400)
    _shot(panel, "open_after")
    assert _question_px(view) >= OPEN_PX - 0.01
    # its first zone's title and question in view, at the top left
    left, top, width, _height = view.document.template.zones[0].rect
    assert view.visible_rect().contains(QRectF(left, top + TITLE_TOP, width, BAND - TITLE_TOP))
    assert view.horizontalScrollBar().isVisible()  # the rest is there: it can be scrolled to
    size = view.viewport().size()
    panel.resize(LAPTOP_PANEL[0] + 40, LAPTOP_PANEL[1] + 20)  # still readable after a resize
    qtbot.waitUntil(lambda: view.viewport().size() != size)
    assert _question_px(view) >= OPEN_PX - 0.01
    # "fit all" still shows everything, however small
    QTest.keyClick(view.viewport(), Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    _shot(panel, "fit_all")
    assert view.visible_rect().adjusted(-2, -2, 2, 2).contains(view.board_scene.content_rect())
    assert _question_px(view) < OPEN_PX
    # and the user can zoom out by hand from the readable opening
    panel.current().view.zoom.fit_readable()
    opened = view.zoom()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < opened


def test_a_small_template_still_opens_fitted(qtbot, make_panel) -> None:
    """A board whose whole template is readable when fitted opens fitted, as before."""
    panel = make_panel("diagnose", "five_whys", (1800, 900))
    view = panel.current().view
    qtbot.waitUntil(lambda: view.viewport().height() > 400)
    assert view.visible_rect().adjusted(-2, -2, 2, 2).contains(view.board_scene.content_rect())
    assert not view.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [LAPTOP_PANEL, (760, 420)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_template_opens_with_its_first_title_and_question_readable(
    qtbot, make_panel, size
) -> None:
    panel = make_panel("design", None, size)
    for template in templates.all_templates().values():
        if not any(zone.question for zone in template.zones):
            continue
        panel.create_canvas(template.key)
        view = panel.current().view
        qtbot.waitUntil(lambda view=view: view.viewport().height() > size[1] // 2)
        assert _question_px(view) >= OPEN_PX - 0.01, template.key
        left, top, width, _height = template.zones[0].rect
        words = QRectF(left, top + TITLE_TOP, min(width, 400.0), 40)  # its title's start
        assert view.visible_rect().contains(words), template.key
