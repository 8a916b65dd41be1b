"""The timer overlay: over the board in the main window and over a presentation, draggable,
following the countdown, and still the timer's own window when wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

from labinov.gui.main_window import MainWindow
from tests.gui.layout.helpers import at_size, open_tab, sample_project

SHOTS = Path("/tmp/shots/layout")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _board(window: MainWindow) -> QGraphicsView:
    sample_project(window)
    open_tab(window, "Kanvas")
    return next(v for v in window.project_page.findChildren(QGraphicsView) if v.isVisible())


def test_f9_shows_the_countdown_over_the_board(qtbot, window: MainWindow) -> None:
    tools = window.moderator_tools
    at_size(window, 1366, 768)
    board = _board(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    board.setFocus()
    QTest.keyClick(board, Qt.Key.Key_F9)
    overlay = tools.overlays.hosts[window]
    assert overlay.isVisible() and not tools.timer().isVisible()
    # on top of the board, inside the window, and what is drawn there is the overlay
    board_area = board.viewport().rect().translated(board.viewport().mapTo(window, QPoint()))
    assert board_area.intersects(overlay.geometry())
    assert window.rect().contains(overlay.geometry())
    centre = overlay.geometry().center()
    hit = window.childAt(centre)
    assert hit is overlay or overlay.isAncestorOf(hit)
    image = window.grab().toImage()
    assert QColor(image.pixel(overlay.geometry().left() + 6, centre.y())).lightness() < 80
    # the digits follow the countdown
    timer = tools.timer()
    timer._clock = clock = FakeClock()  # type: ignore[assignment]
    timer.set_minutes(2)
    QTest.mouseClick(overlay.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and overlay.start_button.text() == "Jeda"
    clock.now += 65
    timer.tick()
    assert overlay.digits.text() == "00:55"
    assert "176, 58, 46" in overlay.styleSheet()  # the last minute turns red
    QTest.mouseClick(overlay.more_button, Qt.MouseButton.LeftButton)
    assert overlay.digits.text() == "01:55"
    # its buttons never take the keyboard from the board
    board.setFocus()
    QTest.mouseClick(overlay.reset_button, Qt.MouseButton.LeftButton)
    assert board.hasFocus() and overlay.digits.text() == "02:00"
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "timer_overlay_1366.png"))
    QTest.keyClick(board, Qt.Key.Key_F9)  # F9 again hides it; the time keeps running
    assert not overlay.isVisible()


def test_the_overlay_is_dragged_and_keeps_its_place(qtbot, window: MainWindow) -> None:
    at_size(window, 1366, 768)
    _board(window)
    window.moderator_tools.show_timer()
    overlay = window.moderator_tools.overlays.hosts[window]
    start = overlay.pos()
    # first bottom left: the board's map is in its bottom right corner
    assert start.x() < window.width() // 4 and overlay.geometry().bottom() > window.height() * 0.8
    grab = QPoint(6, 6)  # the frame's edge, not a button
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(overlay, grab + QPoint(600, -300))
    QTest.mouseRelease(
        overlay,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        grab + QPoint(600, -300),
    )
    moved = overlay.pos()
    assert moved.x() > start.x() + 400 and moved.y() < start.y() - 200
    # dragged past the edge, it stays whole inside the window
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(overlay, grab + QPoint(-5000, 5000))
    QTest.mouseRelease(
        overlay,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        grab + QPoint(-5000, 5000),
    )
    assert window.rect().contains(overlay.geometry())
    assert overlay.x() == 0 and overlay.geometry().bottom() == window.height() - 1
    at_size(window, 1024, 530)  # bottom left stays bottom left
    assert overlay.x() == 0 and overlay.geometry().bottom() == window.height() - 1


def test_the_overlay_follows_into_a_presentation(qtbot, window: MainWindow) -> None:
    at_size(window, 1366, 768)
    _board(window)
    tools = window.moderator_tools
    tools.show_timer("Diskusi kelompok", 10)
    panel = window.project_page.stage_pages[
        window.project_page.current_stage()
    ].tabs.currentWidget()
    show = panel.tools.present()
    show.resize(1920, 1080)
    QApplication.processEvents()
    tools.timer().tick()  # a tick (or the focus moving to it) finds the new window
    overlay = tools.overlays.hosts[show]
    assert overlay.isVisible() and overlay.parentWidget() is show
    assert show.rect().contains(overlay.geometry())
    assert overlay.title.text() == "Diskusi kelompok" and overlay.digits.text() == "10:00"
    hit = show.childAt(overlay.geometry().center())
    assert hit is overlay or overlay.isAncestorOf(hit)
    SHOTS.mkdir(parents=True, exist_ok=True)
    show.grab().save(str(SHOTS / "timer_overlay_presentation_1920.png"))
    show.close()
    QApplication.processEvents()
    assert tools.overlays.hosts[window].isVisible()  # still over the board


def test_the_timer_still_opens_in_its_own_window(qtbot, window: MainWindow) -> None:
    tools = window.moderator_tools
    tools.show_timer()
    overlay = tools.overlays.hosts[window]
    QTest.mouseClick(overlay.window_button, Qt.MouseButton.LeftButton)
    timer = tools.timer()
    assert timer.isVisible() and timer.isWindow()
    timer.start()
    assert overlay.start_button.text() == "Jeda"  # one countdown, two views
    QTest.mouseClick(overlay.hide_button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible() and not tools.overlays.visible() and timer.running
