"""Fixtures of the board tests: an app context on the test's store, a project, canvas
panels (``make_panel`` for any stage and template; ``panel``: a fishbone at 50 %), and
``note_editor``: a new note's editor on the panel's board."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.app import build_context
from labinov.gui.canvas.editor import NoteEditor
from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.context import AppContext

from .helpers import at


@pytest.fixture
def context(store, paths, language) -> AppContext:
    return build_context(store, paths, language)


@pytest.fixture
def project_id(context: AppContext) -> str:
    services = context.services
    workshop = services.workshops.create("Labinov Kota Makassar 2019")
    team = services.teams.create(workshop.id, "Dinas Kependudukan dan Pencatatan Sipil")
    return services.projects.create(team.id, "Akta Lahir Sehari").id


MakePanel = Callable[..., CanvasPanel]


@pytest.fixture
def make_panel(qtbot, context, project_id) -> MakePanel:
    """Opens a shown ``CanvasPanel`` of ``stage`` of the project; with ``template`` it makes
    a canvas from it, then sets ``zoom`` and centres on ``centre`` (scene coordinates)."""

    def make(
        stage: str,
        template: str | None = None,
        size: tuple[int, int] = (1300, 800),
        zoom: float | None = None,
        centre: tuple[float, float] | None = None,
    ) -> CanvasPanel:
        widget = CanvasPanel(context, project_id, stage)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        if template is not None:
            widget.create_canvas(template)
            view = widget.current().view
            if zoom is not None:
                view.set_zoom(zoom)
            if centre is not None:
                view.centerOn(*centre)
        return widget

    return make


@pytest.fixture
def panel(make_panel: MakePanel) -> CanvasPanel:
    """A diagnose panel with a fishbone, at 50 % around its middle."""
    return make_panel("diagnose", "fishbone", (1300, 800), 0.5, (700, 400))


@pytest.fixture
def note_editor(panel: CanvasPanel) -> NoteEditor:
    """The editor of a new note, opened as a user does: a double click on an empty spot of
    the board (scene point 300, 300)."""
    view = panel.current().view
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        at(view, 300, 300),
    )
    editor = view.edits.editor
    assert editor is not None
    return editor
