"""The window's view modes as the View menu drives them: navigator, focus mode, full screen,
projector preset.

The layout of each (what hides, what grows) is ``layout_modes.py`` and ``projector.py``,
reached through the window's hooks (``set_navigator_visible``, ``set_focus_mode``,
``set_projector_mode``). Here: which are on, and Esc.

Full screen and focus mode are *modes*: Esc leaves the innermost one entered (the last
turned on), so pressing Esc again unwinds the next. The navigator toggle and the projector
preset are remembered settings, not modes: Esc leaves them alone. They combine predictably:
the navigator shows when its toggle is on and focus mode is off; full screen is independent
of both; the projector preset only scales text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from labinov.gui import settings as prefs

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

FULL_SCREEN, FOCUS = "fullScreen", "focusMode"


class Modes(QObject):
    """Which modes of one main window are on, and the order they were entered in (Esc).
    Focus mode's state is the window's own (``LayoutModes``): read, never copied here."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.entered: list[str] = []  # innermost last: the Esc order, not the modes' state
        self._was_maximised = False
        # focus mode's state is the window's (``LayoutModes``); whoever turns it on or off
        # (the action, Esc, the floating "Leave focus mode" button), the order follows
        window.focus_mode_changed.connect(self._focus_changed)

    def restore(self) -> None:
        """The remembered navigator choice, at start."""
        self.window.set_navigator_visible(prefs.NAVIGATOR_VISIBLE.get(self.window.context.settings))

    def is_on(self, mode: str) -> bool:
        return self.window.focus_mode() if mode == FOCUS else mode in self.entered

    def set_full_screen(self, on: bool) -> None:
        if on == self.is_on(FULL_SCREEN):
            return
        self._enter(FULL_SCREEN, on)
        if on:
            self._was_maximised = self.window.isMaximized()
            self.window.showFullScreen()
        elif self._was_maximised:
            self.window.showMaximized()
        else:
            self.window.showNormal()

    def set_focus(self, on: bool) -> None:
        self.window.set_focus_mode(on)

    def set_navigator(self, on: bool) -> None:
        prefs.NAVIGATOR_VISIBLE.set(self.window.context.settings, on)
        self.window.set_navigator_visible(on)

    def set_projector(self, on: bool) -> None:
        self.window.set_projector_mode(on)

    def leave_innermost(self) -> bool:
        """Leave the mode entered last (Esc); False when no mode is on."""
        if not self.entered:
            return False
        mode = self.entered[-1]
        action = self.window.action_map.get(mode)
        if action is not None and action.isChecked():
            action.setChecked(False)  # the action's toggled() turns the mode off
        if self.is_on(mode):  # no action, or out of step: turn it off here
            (self.set_full_screen if mode == FULL_SCREEN else self.set_focus)(False)
        return True

    def _focus_changed(self, on: bool) -> None:
        self._enter(FOCUS, on)

    def _enter(self, mode: str, on: bool) -> None:
        if mode in self.entered:
            self.entered.remove(mode)
        if on:
            self.entered.append(mode)
