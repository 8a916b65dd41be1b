"""The navigator's width follows its names and the window until the user drags it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.gui.navigator_width import NAVIGATOR_MIN_WIDTH
from tests.gui.layout.window_runs import cut_names, drag

from .helpers import at_size


def test_a_long_new_name_widens_the_navigator_up_to_the_windows_share(
    qtbot, app_font, window: MainWindow
) -> None:
    at_size(window, 1920, 1040)
    assert window.navigator.width() == NAVIGATOR_MIN_WIDTH  # no names yet
    workshop = window.structure.create_workshop({"name": "Labinov Kota Parepare 2026"})
    QApplication.processEvents()
    assert cut_names(window) == [] and window.navigator.width() < 300
    team = window.structure.create_team(
        workshop, {"name": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "kind": "opd"}
    )
    QApplication.processEvents()
    assert cut_names(window) == [], window.navigator.width()  # widened for the team's name
    window.structure.create_project(team, "Inovasi " + "berjudul sangat panjang " * 10)
    QApplication.processEvents()
    assert window.navigator.width() <= 0.27 * 1920  # a huge title elides (tooltip)
    at_size(window, 1366, 768)  # a smaller window: a smaller share for the names
    assert window.navigator.width() <= 0.14 * 1366 + 1


def test_a_dragged_width_stays_through_reloads_and_resizes(
    qtbot, app_font, window: MainWindow
) -> None:
    window.structure.open_sample()
    at_size(window, 1920, 1040)
    handle = window.splitter.handle(1)
    middle = handle.rect().center()
    drag(handle, middle, middle + QPoint(300 - handle.x(), 0))
    assert abs(window.navigator.width() - 300) <= 3
    assert abs(prefs.NAVIGATOR_WIDTH.get(window.context.settings) - 300) <= 3
    window.refresh()
    at_size(window, 1600, 900)
    assert abs(window.navigator.width() - 300) <= 3
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, pos=middle)  # what the names need
    QApplication.processEvents()
    assert window.navigator.width() > 300
    assert prefs.NAVIGATOR_WIDTH.get(window.context.settings) == 0
