"""The window's modes as hooks for the View menu: navigator, focus mode, projector preset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.gui.projector import PROJECTOR_SCALE

from .helpers import SMALLEST, at_size, effective_minimum, open_tab, sample_project, work_area


def test_the_navigator_collapses_and_the_work_area_widens(
    qtbot, app_font, window: MainWindow
) -> None:
    sample_project(window)
    at_size(window, 1366, 768)
    open_tab(window, "Kanvas")
    area = work_area(window)
    before = area.width()
    with qtbot.waitSignal(window.navigator_visible_changed) as changed:
        window.set_navigator_visible(False)
    assert changed.args == [False] and not window.navigator_visible()
    QApplication.processEvents()
    assert not window.navigator.isVisible()
    assert area.width() >= before + 150
    window.set_navigator_visible(True)
    QApplication.processEvents()
    assert window.navigator.isVisible() and area.width() == before


def test_focus_mode_hides_the_chrome_and_keeps_the_keys(
    qtbot, app_font, window: MainWindow
) -> None:
    project_id = sample_project(window)
    at_size(window, 1366, 768)
    open_tab(window, "Lembar kerja")
    window.set_navigator_visible(False)
    chrome = [window.menuBar(), window.toolbar, window.statusBar()]
    page = window.project_page
    with qtbot.waitSignal(window.focus_mode_changed):
        window.set_focus_mode(True)
    QApplication.processEvents()
    assert window.focus_mode()
    assert not any(widget.isVisible() for widget in chrome)
    assert not page.header.isVisible() and not window.navigator.isVisible()
    stage_page = page.stage_pages[page.current_stage()]
    assert not stage_page.tabs.tabBar().isVisible()
    leave = window.findChild(QToolButton, "leaveFocusMode")
    assert leave.isVisible() and leave.text() == "Keluar dari mode fokus"
    assert window.rect().contains(leave.geometry())
    # the menus' shortcuts still work with the menu bar hidden: Ctrl+Z undoes
    services = window.context.services
    assert page.stage_pages["display"].start()
    assert services.stages.get(project_id, "display").status == "in_progress"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert window.action_map["undoAction"] in QWidget.actions(window)
    work_area(window).setFocus()
    QTest.keyClick(work_area(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.stages.get(project_id, "display").status == "not_started"
    # a new project page (another innovation) opens in focus mode too
    other = services.projects.overview().projects[1].id
    window.select(other)
    QApplication.processEvents()
    assert not window.project_page.header.isVisible()
    QTest.mouseClick(leave, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.focus_mode() and not leave.isVisible()
    assert all(widget.isVisible() for widget in chrome)
    assert window.project_page.header.isVisible()
    assert not window.navigator.isVisible()  # the user's choice from before focus mode
    assert window.action_map["undoAction"] not in QWidget.actions(window)


def test_a_failed_save_shows_the_status_bar_in_focus_mode(
    qtbot, app_font, window: MainWindow
) -> None:
    window.set_focus_mode(True)
    assert not window.statusBar().isVisible()
    window.context.save_state.report(False)
    assert window.statusBar().isVisible() and "Belum tersimpan" in window.save_status.text()


def test_projector_preset_scales_worksheets_and_guidance(
    qtbot, app_font, window: MainWindow
) -> None:
    sample_project(window)
    at_size(window, 1366, 768)
    worksheet = open_tab(window, "Lembar kerja")
    guidance = open_tab(window, "Panduan")
    base = worksheet.font().pointSizeF()
    with qtbot.waitSignal(window.projector_mode_changed) as changed:
        window.set_projector_mode(True)
    assert changed.args == [True] and window.projector_mode()
    assert worksheet.font().pointSizeF() == base * PROJECTOR_SCALE
    assert guidance.font().pointSizeF() == base * PROJECTOR_SCALE
    assert prefs.PROJECTOR.get(window.context.settings) is True
    QApplication.processEvents()
    width, height = effective_minimum(window)
    assert width <= SMALLEST[0] and height <= SMALLEST[1]  # the chrome did not grow
    window.set_projector_mode(False)
    assert worksheet.font().pointSizeF() == base


def test_the_title_and_stepper_share_a_line_when_there_is_room(qtbot, app_font, window) -> None:
    sample_project(window)
    at_size(window, 1366, 768)
    page = window.project_page
    assert abs(page.title.geometry().center().y() - page.navigator.geometry().center().y()) < 6
    steps = [page.navigator.button(s) for s in ("drum_up", "diagnose", "design")]
    assert all(button.width() >= button.sizeHint().width() for button in steps)  # whole
    at_size(window, *SMALLEST)
    assert page.navigator.mapTo(page, page.navigator.rect().topLeft()).y() > page.title.y() + 10
