"""A new team's project gets its first board: from an empty data folder through the real
window to a canvas made from a template, once by keyboard only and once by mouse only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton

from labinov.gui.canvas.panel import CanvasPanel
from labinov.gui.main_window import MainWindow
from labinov.method import templates
from tests.gui.conftest import answer_dialog


def _named(dialog: QDialog, name: str) -> None:
    field = dialog.name  # the dialogs' own tests check their focus order
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _new_project(qtbot, window: MainWindow) -> str:
    """New workshop, team and project through their dialogs, each name typed and Enter."""
    for create, name in (
        (window.structure.new_workshop, "Labinov Kota Parepare 2026"),
        (window.structure.new_team, "Dinas Kesehatan"),
        (window.structure.new_project, "Antre Sehat"),
    ):
        answer_dialog(qtbot, lambda dialog, name=name: _named(dialog, name))
        assert create()
    project_id = window.current_project_id()
    assert project_id
    return project_id


def _canvas_panel(window: MainWindow, stage: str) -> CanvasPanel:
    page = window.project_page.stage_pages[stage]
    return page.findChild(CanvasPanel)


def _path_enabled(panel: CanvasPanel) -> None:
    assert panel.findChild(QPushButton, "createCanvasButton").isEnabled()
    assert panel.findChild(QAction, "newCanvas").isEnabled()
    for button in panel.toolbar.findChildren(QToolButton):
        if button.menu() is not None and button.menu().objectName() == "canvasMenu":
            assert button.isEnabled()


def test_first_canvas_by_keyboard_only(qtbot, window: MainWindow, services) -> None:
    project_id = _new_project(qtbot, window)
    page = window.project_page
    stage_page = page.stage_pages["diagnose"]
    window.activateWindow()  # the closed dialogs left no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    nav = page.navigator.button("diagnose")
    nav.setFocus()  # the 5D navigator is reached with Tab; Space opens the stage
    QTest.keyClick(nav, Qt.Key.Key_Space)
    assert stage_page.isVisible()
    tabs = stage_page.tabs
    tabs.tabBar().setFocus()
    panel = _canvas_panel(window, "diagnose")
    while tabs.currentWidget() is not panel:  # the stage's tab bar: arrow keys
        QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert panel.empty.isVisible()
    _path_enabled(panel)
    for _ in range(30):  # Tab until the call to action has the focus
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is panel.empty.button:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.empty.button

    def choose(dialog: QDialog) -> None:
        gallery = dialog.list
        assert dialog.focusWidget() is gallery and gallery.count() >= 3
        QTest.keyClick(gallery, Qt.Key.Key_Right)  # the second template of Diagnose
        QTest.keyClick(gallery, Qt.Key.Key_Return)

    answer_dialog(qtbot, choose)
    QTest.keyClick(panel.empty.button, Qt.Key.Key_Space)
    (canvas,) = services.canvases.list(project_id, "diagnose")
    assert canvas.template == templates.for_stage("diagnose")[1].key
    assert panel.current() is not None and window.focusWidget() is panel.current().view
    assert all(action.isEnabled() for action in panel.toolbar.board_actions)


def test_first_canvas_by_mouse_only(qtbot, window: MainWindow, services) -> None:
    project_id = _new_project(qtbot, window)
    page = window.project_page
    QTest.mouseClick(page.navigator.button("design"), Qt.MouseButton.LeftButton)
    stage_page = page.stage_pages["design"]
    panel = _canvas_panel(window, "design")
    bar = stage_page.tabs.tabBar()
    index = stage_page.tabs.indexOf(panel)
    window.activateWindow()  # the closed dialogs left no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.empty.isVisible()
    # the keyboard goes to the templates, as the hint says (Enter chooses the first)
    assert QApplication.focusWidget() is panel.empty.gallery
    _path_enabled(panel)
    gallery = panel.empty.gallery
    entry = next(
        gallery.item(row)
        for row in range(gallery.count())
        if gallery.item(row).data(Qt.ItemDataRole.UserRole) == "ideation_voting"
    )
    centre = gallery.visualItemRect(entry).center()
    QTest.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    (canvas,) = services.canvases.list(project_id, "design")
    assert canvas.template == "ideation_voting"
    assert panel.current() is not None and not panel.empty.isVisible()
    # and a second one through the toolbar's Canvas menu, enabled with a board or without
    menu_button = next(
        b
        for b in panel.toolbar.findChildren(QToolButton)
        if b.menu() is not None and b.menu().objectName() == "canvasMenu"
    )
    assert menu_button.isEnabled()
    new_action = panel.findChild(QAction, "newCanvas")
    assert new_action in menu_button.menu().actions() and new_action.isEnabled()
    answer_dialog(qtbot, lambda dialog: dialog.accept())
    new_action.trigger()  # what a click on "New canvas from template…" in the menu does
    assert len(services.canvases.list(project_id, "design")) == 2
