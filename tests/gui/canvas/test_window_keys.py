"""The board's keys inside the main window: the window's own Delete, Ctrl+D and F2 act on
the navigator's project, and must not fire while a board has the focus (they duplicated
or deleted the whole project when pressed on a selected note). The canvas actions come
from the action registry, one set per panel, with their keys shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.canvas.canvas_actions import CanvasActions
from labinov.gui.canvas.panel import CanvasPanel

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_board_keys_act_on_notes_not_on_the_project(qtbot, window) -> None:
    structure = window.structure
    workshop = structure.create_workshop({"name": "Labinov Kota Makassar 2019"})
    team = structure.create_team(workshop, {"name": "Dinas Kesehatan", "kind": "opd"})
    project = structure.create_project(team, "Antre Sehat")
    assert window.select(project)
    (panel,) = [p for p in window.findChildren(CanvasPanel) if p.stage == "drum_up"]
    window.project_page.stage_pages["drum_up"].tabs.setCurrentWidget(panel)
    panel.create_canvas("blank")
    view = panel.current().view
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_N)  # the board's own N: a note, typing
    QTest.keyClicks(QApplication.focusWidget(), "Antrean loket panjang")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    (note,) = view.document.items
    view.board_scene.notes[note].setSelected(True)
    services = window.context.services
    QTest.keyClick(view.viewport(), Qt.Key.Key_D, Ctrl)
    assert len(view.document.items) == 2  # the note was duplicated ...
    assert [s.title for s in services.projects.summaries()] == ["Antre Sehat"]  # not this
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)  # the copy, selected
    assert list(view.document.items) == [note]
    assert [s.id for s in services.projects.summaries()] == [project]
    view.board_scene.notes[note].setSelected(True)
    QTest.keyClick(view.viewport(), Qt.Key.Key_3)  # colour keys, as the menu shows them
    assert view.document.items[note]["colour"] == "pink"


def test_canvas_actions_come_from_the_registry(qtbot, make_panel) -> None:
    first, second = make_panel("delivery"), make_panel("design", "ideation_voting")
    ids = {a.objectName() for a in first.findChildren(QAction) if a.objectName()}
    assert {"newCanvas", "addNote", "toggleLock", "colour_pink", "present"} <= ids
    for action_id in ("addNote", "duplicate", "present"):
        mine, theirs = first.toolbar.action_set[action_id], second.toolbar.action_set[action_id]
        assert mine is not theirs  # one declaration, made per panel
        assert mine.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert first.toolbar.handlers is not second.toolbar.handlers
    assert isinstance(first.toolbar.handlers, CanvasActions)
    lock = second.toolbar.action_set["toggleLock"]
    assert not lock.icon().isNull() and "Ctrl+Shift+L" in lock.toolTip()
    assert lock.toolTip().startswith("Catatan terkunci")  # Indonesian, in its own context
    # without a board only "New canvas" is on; with one, every action
    assert first.toolbar.action_set["newCanvas"].isEnabled()
    assert not any(a.isEnabled() for a in first.toolbar.board_actions)
    assert all(a.isEnabled() for a in second.toolbar.board_actions)
    assert second.toolbar.action_set["colour_pink"].shortcut().toString() == "3"
