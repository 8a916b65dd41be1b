"""Geometry helpers for the layout tests: a window on the sample workshop at a screen size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGraphicsView, QScrollArea, QWidget

from labinov.gui.main_window import MainWindow

SMALLEST = (1024, 530)  # 1024×600 under a taskbar and a title bar


def at_size(window: MainWindow, width: int, height: int) -> None:
    window.showNormal()
    window.resize(width, height)
    QApplication.processEvents()
    assert window.size().toTuple() == (width, height)


def sample_project(window: MainWindow, with_canvas: bool = True) -> str:
    """The sample workshop's first innovation (with a canvas on its current stage)."""
    window.structure.open_sample()
    services = window.context.services
    project = services.projects.overview().projects[0]
    stage = services.projects.stage_of(project.id).value
    if with_canvas and not services.canvases.list(project.id, stage):
        services.canvases.create(project.id, stage, "action_plan", "Rencana aksi")
    assert window.select(project.id)
    QApplication.processEvents()
    return project.id


def open_tab(window: MainWindow, title: str) -> QWidget:
    """Open the tab ``title`` ("Kanvas", "Lembar kerja", "Panduan") of the current stage."""
    page = window.project_page
    stage_page = page.stage_pages[page.current_stage()]
    titles = [stage_page.tabs.tabText(i) for i in range(stage_page.tabs.count())]
    stage_page.tabs.setCurrentIndex(titles.index(title))
    QApplication.processEvents()
    return stage_page.tabs.currentWidget()


def work_area(window: MainWindow) -> QWidget:
    """The visible board's or worksheet's viewport: where the team works."""
    page = window.project_page
    for view in page.findChildren(QGraphicsView):
        if view.isVisible():
            return view.viewport()
    for scroll in page.findChildren(QScrollArea):
        if scroll.isVisible() and scroll.objectName() != "profileForm":
            return scroll.viewport()
    raise AssertionError("no board or worksheet on screen")


def share_of_window(window: MainWindow, widget: QWidget) -> float:
    return widget.width() * widget.height() / (window.width() * window.height())


def effective_minimum(widget: QWidget) -> tuple[int, int]:
    hint, floor = widget.minimumSizeHint(), widget.minimumSize()
    return max(hint.width(), floor.width()), max(hint.height(), floor.height())
