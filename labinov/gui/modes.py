"""The window's view modes: full screen, focus mode, the navigator, the projector preset.

Full screen and focus mode are *modes*: Esc leaves the innermost one entered (the last
turned on), so pressing Esc repeatedly unwinds them in reverse order. The navigator toggle
and the projector preset are remembered settings, not modes: Esc leaves them alone.

They combine predictably: the navigator shows when its toggle is on and focus mode is off;
focus mode also hides the toolbar and asks the current page to hide its header (the page
hook ``set_focus_mode(on: bool)``, if the page has one); full screen is independent of both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from labinov.gui import settings as prefs

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

FULL_SCREEN, FOCUS = "fullScreen", "focusMode"


class Modes(QObject):
    """The mode state of one main window.

    Signals:
        changed(): a mode, the navigator or the projector preset changed.
    """

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.entered: list[str] = []  # innermost last
        self.navigator_wanted = prefs.NAVIGATOR_VISIBLE.get(window.context.settings)
        self._was_maximised = False

    # -- modes ------------------------------------------------------------------------

    def is_on(self, mode: str) -> bool:
        return mode in self.entered

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
        self.changed.emit()

    def set_focus(self, on: bool) -> None:
        if on == self.is_on(FOCUS):
            return
        self._enter(FOCUS, on)
        self.apply()

    def leave_innermost(self) -> bool:
        """Leave the mode entered last (Esc); False when no mode is on."""
        if not self.entered:
            return False
        mode = self.entered[-1]
        action = self.window.action_map.get(mode)
        if action is not None and action.isChecked():
            action.setChecked(False)  # the action's toggled() turns the mode off
        if self.is_on(mode):  # no action (or it was out of step): turn it off here
            (self.set_full_screen if mode == FULL_SCREEN else self.set_focus)(False)
        return True

    def _enter(self, mode: str, on: bool) -> None:
        if mode in self.entered:
            self.entered.remove(mode)
        if on:
            self.entered.append(mode)

    # -- navigator and projector ---------------------------------------------------------

    def set_navigator(self, on: bool) -> None:
        self.navigator_wanted = on
        prefs.NAVIGATOR_VISIBLE.set(self.window.context.settings, on)
        self.apply()

    def set_projector(self, on: bool) -> None:
        settings = self.window.context.settings
        if on == prefs.PROJECTOR.get(settings):
            return
        prefs.PROJECTOR.set(settings, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            prefs.apply_font(app, settings)
        self.window.context.events.projector_changed.emit(on)
        self.changed.emit()

    def apply(self) -> None:
        """Show or hide the window's parts for the current modes (also after a page change)."""
        focus = self.is_on(FOCUS)
        self.window.navigator.setVisible(self.navigator_wanted and not focus)
        self.window.toolbar.setVisible(not focus)
        page = self.window.pages.currentWidget()
        hook = getattr(page, "set_focus_mode", None)
        if callable(hook):
            hook(focus)
        self.changed.emit()
