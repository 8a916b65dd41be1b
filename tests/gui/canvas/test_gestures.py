"""Autosave of typing, frames carrying notes, pan and zoom, pasting a picture, and the
canvases tab on the stage page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.app import stage_panels
from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.stage_page import StagePage
from labinov.method.stages import Stage

from .helpers import NoMod, at, centre, drag


@pytest.fixture
def panel(make_panel) -> CanvasPanel:
    return make_panel("delivery", "action_plan", (1200, 800), 0.5, (800, 600))


def test_typing_is_saved_after_a_second_of_idle(qtbot, panel, context) -> None:
    view = panel.current().view
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, NoMod, at(view, 300, 400))
    QTest.keyClicks(view.viewport(), "Uji coba di RS Daya")
    assert len(view.document.items) == 1
    assert context.services.canvases.load(view.document.canvas_id)[0][0]["text"] == ""
    qtbot.waitUntil(
        lambda: (
            context.services.canvases.load(view.document.canvas_id)[0][0]["text"]
            == "Uji coba di RS Daya"
        ),
        timeout=3000,
    )
    assert view.edits.editor is not None  # still editing: saving did not end it


def test_a_frame_carries_the_notes_inside_it(qtbot, panel) -> None:
    view = panel.current().view
    frame = view.edits.add_note(at_scene(view, 640, 700), kind="frame", edit=False)
    row = dict(view.document.items[frame])  # a copy: the mirror row changes on move
    inside = view.edits.add_note(at_scene(view, row["x"] + 160, row["y"] + 130), edit=False)
    view.edits.finish_editing()
    before = view.document.items[inside]["x"]
    # grab the frame by its empty lower-right area
    grab = (row["x"] + row["width"] - 40, row["y"] + 40)
    view.board_scene.clearSelection()
    drag(view, grab, (grab[0] + 740, grab[1]))  # one column right: same place in its zone
    assert view.document.items[frame]["x"] == pytest.approx(row["x"] + 740, abs=2)
    assert view.document.items[inside]["x"] == pytest.approx(before + 740, abs=2)
    assert view.document.items[inside]["zone"] == "doing"


def at_scene(view, x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_pan_with_the_middle_button_and_zoom_with_keys(qtbot, panel) -> None:
    view = panel.current().view
    stack = panel.context.stack_for(panel.project_id)
    steps = stack.count()
    bar = view.horizontalScrollBar()
    start = bar.value()
    top = view.verticalScrollBar().value()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NoMod, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(300, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NoMod, QPoint(300, 300))
    assert bar.value() == start + 100
    # space + left drag pans too, and selects nothing
    QTest.keyPress(viewport, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NoMod, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(400, 240))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NoMod, QPoint(400, 240))
    QTest.keyRelease(viewport, Qt.Key.Key_Space)
    assert bar.value() == start + 100
    vertical = view.verticalScrollBar()
    assert vertical.value() == top + 60 and not view.board_scene.selectedItems()
    zoom = view.zoom()
    QTest.keyClick(viewport, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(zoom * 1.25)
    QTest.keyClick(viewport, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    wheel = QWheelEvent(
        QPointF(400, 300),
        QPointF(view.mapToGlobal(QPoint(400, 300))),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        NoMod,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.zoom() == pytest.approx(1.15)

    # zoom and pan save only the view state, shortly after, and make no undo step
    def saved() -> dict:
        return panel.context.services.canvases.get(view.document.canvas_id).view

    qtbot.waitUntil(lambda: saved().get("zoom") == pytest.approx(1.15), timeout=3000)
    assert stack.count() == steps


def test_a_picture_on_the_clipboard_pastes_as_an_image(qtbot, panel, context) -> None:
    view = panel.current().view
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    QGuiApplication.clipboard().setImage(image)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (row,) = view.document.items.values()
    assert row["kind"] == "image" and row["attachment_id"]
    assert row["height"] == pytest.approx(row["width"] * 60 / 80)


def test_the_stage_page_shows_the_canvases_tab(qtbot, context, project_id) -> None:
    page = StagePage(context, project_id, Stage.DIAGNOSE, stage_panels())
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Kanvas" in titles
    panel = page.tabs.widget(titles.index("Kanvas"))
    assert isinstance(panel, CanvasPanel)
    assert centre  # helpers import used by the other tests


def test_a_picture_copied_into_another_project_gets_its_own_copy(qtbot, panel, context) -> None:
    view = panel.current().view
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    QGuiApplication.clipboard().setImage(image)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (source,) = view.document.items.values()
    QTest.keyClick(view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    services = context.services
    team_id = services.teams.list(services.workshops.list()[0].id)[0].id
    other_project = services.projects.create(team_id, "Antre Sehat").id
    other = CanvasPanel(context, other_project, "delivery")
    qtbot.addWidget(other)
    other.create_canvas("blank")
    other_view = other.current().view
    QTest.keyClick(other_view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (pasted,) = other_view.document.items.values()
    assert pasted["kind"] == "image" and pasted["attachment_id"] != source["attachment_id"]
    data = services.canvases.image_data(pasted["attachment_id"])
    assert data == services.canvases.image_data(source["attachment_id"])
