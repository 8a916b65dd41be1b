"""Where the timer overlay shows: on the main window, and on every presentation window
opened while it is on (found by the window's object name, "presentation", so the canvas
code needs no hook). New presentation windows are looked for when the focus moves to
another window (a presentation takes it when it opens) and at each tick of the timer —
not with an application-wide event filter, which would send every event through Python."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from labinov.gui.moderator.timer import CountdownTimer
    from labinov.gui.moderator.timer_overlay import TimerOverlay

PRESENTATION = "presentation"  # objectName of the canvas's PresentationWindow


class TimerOverlays(QObject):
    """The overlays of one main window's timer (one per host window)."""

    def __init__(
        self,
        window: QWidget,
        timer: Callable[[], CountdownTimer],
        own_window: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._timer = timer
        self._own_window = own_window
        self._on = False
        self.hosts: dict[QWidget, TimerOverlay] = {}

    def visible(self) -> bool:
        return self._on

    def show(self) -> None:
        if not self._on:
            self._on = True
            QGuiApplication.instance().focusWindowChanged.connect(self.attach)
            self._timer().updated.connect(self.attach)
        self.overlay_on(self._window).show_on_top()
        self.attach()

    def hide(self) -> None:
        if self._on:
            self._on = False
            QGuiApplication.instance().focusWindowChanged.disconnect(self.attach)
            self._timer().updated.disconnect(self.attach)
        for overlay in self.hosts.values():
            overlay.hide()

    def attach(self, *_args: object) -> None:
        """An overlay on each visible presentation window that has none yet."""
        for widget in QApplication.topLevelWidgets():
            if (
                widget.objectName() == PRESENTATION
                and widget.isVisible()
                and not (widget in self.hosts and self.hosts[widget].isVisible())
            ):
                self.overlay_on(widget).show_on_top()

    def overlay_on(self, host: QWidget) -> TimerOverlay:
        from labinov.gui.moderator.timer_overlay import TimerOverlay

        overlay = self.hosts.get(host)
        if overlay is None:
            overlay = TimerOverlay(self._timer(), host)
            overlay.window_requested.connect(self._own_window)
            overlay.hide_button.clicked.connect(self.hide)
            overlay.destroyed.connect(lambda: self.hosts.pop(host, None))
            self.hosts[host] = overlay
        return overlay
