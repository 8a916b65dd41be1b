"""How the main window shares a small screen: its first size, the navigator, focus mode.

Designed for 1366×768 laptops, down to 1024×600 (1024×530 usable under a taskbar and a
title bar) and 1920×1080 at 150 % (1280×720 logical): the window starts inside the screen's
available area, and the project page gives the board or worksheet the room.

Focus mode hides everything around the board or worksheet: menu bar and toolbars, status
bar, navigator, the project's title row and stepper, the stage tab bar. The menus' actions
are added to the window meanwhile, so their shortcuts keep working, and a small button in
the top right corner leaves the mode. What was visible before comes back when it ends. A
failed save shows the status bar again even in focus mode: that warning must not hide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

FIRST_SIZE_MAX = (1600, 1000)  # the first window's size when it is un-maximised
FRAME_ALLOWANCE = (16, 40)  # the title bar and borders around the window (not in its size)


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 530)


def fit_to_screen(window: QWidget) -> None:
    """The first window's normal size (what "restore" gives after the maximised first
    start): inside the screen's free area, frame included, centred."""
    area = available_area(window)
    width = min(FIRST_SIZE_MAX[0], area.width() - FRAME_ALLOWANCE[0])
    height = min(FIRST_SIZE_MAX[1], area.height() - FRAME_ALLOWANCE[1])
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width) // 2,
        area.y() + max(0, (area.height() - height - FRAME_ALLOWANCE[1]) // 2),
    )


def menu_actions(menus: QMenuBar | QMenu) -> list[QAction]:
    """Every action with a shortcut in the menus, submenus included."""
    found: list[QAction] = []
    for action in menus.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.shortcut().isEmpty():
            found.append(action)
    return found


class LayoutModes(QObject):
    """The navigator's visibility and focus mode of one main window (its child)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.focus = False
        self._navigator = True  # the user's choice, kept while focus mode hides it
        self._hidden: list[QWidget] = []  # what focus mode hid, shown again when it ends
        self._shortcuts: list[QAction] = []  # the menus' actions, on the window meanwhile
        self._exit: QToolButton | None = None
        window.context.save_state.changed.connect(self._save_state_changed)

    def navigator_visible(self) -> bool:
        return self._navigator

    def set_navigator_visible(self, visible: bool) -> None:
        if visible == self._navigator:
            return
        self._navigator = visible
        if not self.focus:
            self.window.navigator.setVisible(visible)
        self.window.navigator_visible_changed.emit(visible)

    def set_focus_mode(self, on: bool) -> None:
        if on == self.focus:
            return
        self.focus = on
        window = self.window
        if on:
            # the window's own toolbars only: a panel's toolbar (the board's tools) stays
            bars = [
                bar
                for bar in window.findChildren(QToolBar)
                if bar.parentWidget() in (window, window.menuBar())
            ]
            chrome: list[QWidget] = [window.menuBar(), *bars, window.statusBar(), window.navigator]
            self._hidden = [widget for widget in chrome if widget.isVisible()]
            for widget in self._hidden:
                widget.hide()
            self._shortcuts = menu_actions(window.menuBar())
            window.addActions(self._shortcuts)
            self._exit_button().show()
        else:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            for action in self._shortcuts:
                window.removeAction(action)
            self._shortcuts = []
            window.navigator.setVisible(self._navigator)
            self._exit_button().hide()
        if window.project_page is not None:
            window.project_page.set_focus_mode(on)
        window.focus_mode_changed.emit(on)

    def _exit_button(self) -> QToolButton:
        """ "Leave focus mode", floating over the top right corner of the work area."""
        if self._exit is None:
            self._exit = QToolButton(self.window)
            self._exit.setObjectName("leaveFocusMode")
            self._exit.setText(self.tr("Leave focus mode"))
            self._exit.setAutoRaise(False)
            self._exit.clicked.connect(lambda: self.set_focus_mode(False))
            self._exit.hide()
            self.window.installEventFilter(self)
        self._place_exit()
        return self._exit

    def _place_exit(self) -> None:
        button = self._exit
        if button is not None:
            button.adjustSize()
            button.move(self.window.width() - button.width() - 24, 2)
            button.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._place_exit()
        return False

    def _save_state_changed(self, ok: bool) -> None:
        if self.focus and not ok:
            self.window.statusBar().show()
