"""The canvas follows the projector preset: its zones' titles and questions grow on the
board, and in presentation the notes and questions reach 24 px on a 1920×1080 screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication

from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.presentation import PresentationWindow
from labinov.gui.canvas.text_fit import PRESENT_PX
from labinov.gui.canvas.view import BoardView
from labinov.gui.canvas.zone_words import (
    BAND,
    PADDING,
    PT_PER_PX,
    QUESTION_PT,
    TITLE_PT,
    template_words,
    wrapped_height,
    zone_words,
)
from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset
from labinov.method import templates
from labinov.method.stages import pick

from .test_readable import _fill


def _ink(image: QImage, area: QRectF) -> int:
    """Pixels of words (darker than any zone colour) inside ``area``."""
    box = area.toRect() & image.rect()
    return sum(
        QColor(image.pixel(x, y)).lightness() < 150
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
    )


def test_zone_words_grow_with_the_projector_preset(qtbot, context, project_id) -> None:
    """At 1920×1080 the board fits the idea wall at ~58 %: its questions were ~11 px tall,
    too small to read from five metres, with the preset on as off."""
    canvas = context.services.canvases.create(project_id, "drum_up", "idea_wall")
    view = BoardView(BoardDocument(context, canvas.id))
    qtbot.addWidget(view)
    view.resize(1700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    QApplication.processEvents()
    item = view.board_scene.template_item
    zone = view.document.template.zones[2]  # "Kelompok B: Apa tema kelompok ini?"
    left, top, width, _height = zone.rect
    usual = item.zone_words(zone, view.zoom())
    band = QRectF(left, top + usual.question_top, width, BAND - usual.question_top)
    words = view.mapFromScene(band).boundingRect()  # where the question is drawn
    before = _ink(view.viewport().grab().toImage(), QRectF(words))
    assert (usual.title.pointSizeF(), usual.question.pointSizeF()) == (TITLE_PT, QUESTION_PT)
    ProjectorPreset.of(context).set_enabled(True)  # switched on with the board open
    QApplication.processEvents()
    grown = item.zone_words(zone, view.zoom())
    assert grown.title.pointSizeF() >= TITLE_PT  # one size for the canvas's titles
    assert grown.question.pointSizeF() == QUESTION_PT * PROJECTOR_SCALE
    after = _ink(view.viewport().grab().toImage(), QRectF(words))
    assert after > 1.5 * before, (before, after)  # drawn larger, not only measured
    reopened = BoardView(BoardDocument(context, canvas.id))  # opened with the preset on
    qtbot.addWidget(reopened)
    assert reopened.board_scene.template_item.scale == PROJECTOR_SCALE
    ProjectorPreset.of(context).set_enabled(False)
    assert item.zone_words(zone, view.zoom()).question.pointSizeF() == QUESTION_PT


def test_presentation_text_follows_the_projector_preset(qtbot, context, project_id) -> None:
    floor = PRESENT_PX * PROJECTOR_SCALE  # 24 px
    for key in ("idea_wall", "five_whys", "innovation_canvas"):
        canvas_id = _fill(context, project_id, templates.get(key))
        show = PresentationWindow(context, [canvas_id])
        qtbot.addWidget(show)
        show.resize(1920, 1080)
        show.show()
        qtbot.waitExposed(show)
        ProjectorPreset.of(context).set_enabled(True)  # switched on during the show
        QApplication.processEvents()
        for step in range(len(show.steps)):  # the whole canvas, then zone by zone
            show.show_step(step)
            view = show.view
            zoom = view.zoom()
            for note in view.board_scene.notes.values():
                assert note.fitted(zoom).pixels * zoom >= floor - 0.01, key
            item = view.board_scene.template_item
            shown = show.steps[step]
            for zone in [shown] if shown else view.document.template.zones:
                on_screen = item.zone_words(zone, zoom).question_px() * zoom
                if shown:  # a zone stepped to: its question at the room's size
                    assert on_screen >= floor - 0.01, (key, zone.key, on_screen)
                else:  # the whole canvas: never smaller than on the board
                    assert on_screen >= QUESTION_PT / PT_PER_PX * zoom - 0.01, key
        ProjectorPreset.of(context).set_enabled(False)
        QApplication.processEvents()
        assert show.view.board_scene.look.floor == PRESENT_PX
        show.close()


@pytest.mark.parametrize("language", ["id", "en"])
def test_grown_zone_words_stay_above_the_first_notes(qapp, language: str) -> None:
    """Title and question grow (never shrink), no word wider than the zone, and they end
    above where the templates put their first notes: the question's second line hid under
    them."""
    for template in templates.all_templates().values():
        sizes = template_words(template.zones, language, PROJECTOR_SCALE, 0.0, 0.58).values()
        assert len({words.title_pt for words in sizes}) <= 1, template.key  # one title size
        for zone in template.zones:
            question = str(pick(zone.question, language)) if zone.question else ""
            room = zone.rect[2] - 2 * PADDING
            usual = zone_words(zone, language, 1.0, 0.0, 0.58)
            for scale, floor in ((PROJECTOR_SCALE, 0.0), (PROJECTOR_SCALE, 24.0), (1.0, 16.0)):
                grown = template_words(template.zones, language, scale, floor, 0.58)[zone.key]
                assert grown.title.pointSizeF() >= usual.title.pointSizeF() - 0.01
                assert grown.question.pointSizeF() >= usual.question.pointSizeF() - 0.01
                bottom = grown.question_top + wrapped_height(grown.question, question, room)
                usual_bottom = usual.question_top + wrapped_height(usual.question, question, room)
                assert bottom <= max(BAND, usual_bottom), (template.key, zone.key, scale)
                for font, text in (
                    (grown.title, str(pick(zone.label, language))),
                    (grown.question, question),
                ):
                    metrics = QFontMetricsF(font)
                    for word in text.split():
                        assert metrics.horizontalAdvance(word) <= room + 0.5, word


def test_zone_words_make_room_for_the_first_notes(qtbot, context, project_id) -> None:
    """An empty zone's question grows whole (on two lines if it must); once a note sits
    under the title it gives back size to stay above it, and grows again when it leaves."""
    canvas = context.services.canvases.create(project_id, "drum_up", "idea_wall")
    ProjectorPreset.of(context).set_enabled(True)
    view = BoardView(BoardDocument(context, canvas.id))
    qtbot.addWidget(view)
    view.resize(1700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    item = view.board_scene.template_item
    zone = view.document.template.zones[0]  # "Apa saja yang terlintas? Satu gagasan…"
    room = zone.rect[2] - 2 * PADDING
    question = str(pick(zone.question, "id"))
    empty = item.zone_words(zone, view.zoom())
    assert empty.question.pointSizeF() == QUESTION_PT * PROJECTOR_SCALE
    left, top = zone.rect[0], zone.rect[1]
    note = {"x": left + 20, "y": top + 110, "width": 200, "height": 150, "text": "Antre"}
    context.services.canvases.add_items(canvas.id, [{**note, "zone": zone.key}], [])
    view.document.refresh()
    below_note = item.zone_words(zone, view.zoom())
    bottom = below_note.question_top + wrapped_height(below_note.question, question, room)
    assert bottom <= 110 - 4 + 0.01
    assert QUESTION_PT < below_note.question.pointSizeF() < empty.question.pointSizeF()
    (note_id,) = view.document.items
    context.services.canvases.delete_items([note_id])
    view.document.refresh()
    assert item.zone_words(zone, view.zoom()).question.pointSizeF() == QUESTION_PT * 1.5
