"""The window fits a 1024×600 screen on every page; at 1366×768 the work area has the room.
Measured at the font the app really uses (``app_font``: ``prefs.apply_font``, 11 pt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QToolBar

from labinov.gui.layout_modes import fit_to_screen
from labinov.gui.main_window import MainWindow
from labinov.method.stages import STAGES

from .helpers import (
    SMALLEST,
    at_size,
    effective_minimum,
    open_tab,
    sample_project,
    share_of_window,
    work_area,
)


def _fits(window: MainWindow, label: str) -> None:
    width, height = effective_minimum(window)
    assert width <= SMALLEST[0] and height <= SMALLEST[1], f"{label}: minimum {width}×{height}"


def test_every_page_fits_the_smallest_screen(qtbot, app_font, window: MainWindow) -> None:
    at_size(window, 1366, 768)
    _fits(window, "welcome")
    project_id = sample_project(window)
    services = window.context.services
    workshop = services.projects.overview().workshops[0].id
    team = window.model.team_of(project_id)
    for row_id, label in ((workshop, "workshop"), (team, "team")):
        window.select(row_id)
        QApplication.processEvents()
        _fits(window, label)
    window.select(project_id)
    page = window.project_page
    for stage in STAGES:
        page.show_stage(stage.value)
        services.stages.start(project_id, stage)  # the Start button gives way to Mark done
        window.context.project_changed(project_id)
        for title in ("Panduan", "Kanvas", "Lembar kerja"):
            open_tab(window, title)
            _fits(window, f"{stage.value} {title}")
    page.show_profile()
    QApplication.processEvents()
    _fits(window, "profile")
    # and it really shrinks that far: nothing of the page pushes out of the window
    at_size(window, *SMALLEST)
    assert page.geometry().right() < window.width()


@pytest.mark.parametrize("tab", ["Kanvas", "Lembar kerja"])
def test_the_work_area_has_most_of_a_1366_window(
    qtbot, app_font, window: MainWindow, tab: str
) -> None:
    sample_project(window)
    at_size(window, 1366, 768)
    area = work_area_of(window, tab)
    share = share_of_window(window, area)
    assert share >= 0.60, f"{tab}: {share:.0%} of the window"
    window.set_focus_mode(True)
    QApplication.processEvents()
    focused = share_of_window(window, area)
    assert focused >= 0.85, f"{tab} in focus mode: {focused:.0%}"
    if tab == "Kanvas":  # the board's own tools stay: only the window's chrome goes
        panel = open_tab(window, tab)
        assert panel.findChild(QToolBar, "canvasToolbar").isVisible()
    window.set_focus_mode(False)
    QApplication.processEvents()
    assert share_of_window(window, area) == pytest.approx(share)


def work_area_of(window: MainWindow, tab: str):
    open_tab(window, tab)
    return work_area(window)


def test_long_titles_elide_instead_of_widening_the_window(
    qtbot, app_font, window: MainWindow
) -> None:
    at_size(window, 1024, 530)
    workshop_id = window.structure.create_workshop({"name": "Labinov " + "panjang " * 60})
    team_id = window.structure.create_team(
        workshop_id, {"name": "Dinas " + "Pemberdayaan Perempuan " * 20, "kind": "opd"}
    )
    window.structure.create_project(team_id, "Inovasi " + "berjudul sangat panjang " * 30)
    QApplication.processEvents()
    _fits(window, "long names")
    team = window.project_page.team
    assert team.is_elided() and "Pemberdayaan Perempuan" in team.toolTip()
    assert "berjudul sangat panjang" in window.project_page.title.toolTip()


def test_a_first_start_fits_the_screens_free_area(qtbot, window: MainWindow) -> None:
    area = window.screen().availableGeometry()
    window.showNormal()
    fit_to_screen(window)
    frame = window.frameGeometry()
    assert QRect(area).contains(QRect(frame.topLeft(), window.size())), (frame, area)
    assert window.height() <= area.height() - 40  # room left for the title bar


def test_the_toolbar_shares_the_menu_bars_line_after_a_restart(qtbot, make_window) -> None:
    first = make_window()
    assert first.menuBar().cornerWidget() is first.toolbar
    first.save_state()
    first.close()
    again = make_window()
    QApplication.processEvents()
    assert again.menuBar().cornerWidget() is again.toolbar and again.toolbar.isVisible()
    assert again.toolbar.geometry().bottom() < again.menuBar().height()
    assert again.centralWidget().y() <= again.menuBar().height() + 2  # no row of its own
