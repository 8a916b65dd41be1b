"""The View modes typed on the real window: F11, focus mode, the navigator, the projector
preset; Esc leaves the innermost mode, and they combine predictably."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)
    QApplication.processEvents()


def _full(window: MainWindow) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowFullScreen)


def test_esc_leaves_the_innermost_mode_first(qtbot, window: MainWindow) -> None:
    workshop_id = window.structure.open_sample()
    assert window.select(workshop_id)
    window.navigator.setFocus()
    _press(qtbot, window, Qt.Key.Key_F11)
    assert _full(window) and window.action_map["fullScreen"].isChecked()
    _press(qtbot, window, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.focus_mode() and window.action_map["focusMode"].isChecked()
    assert not window.navigator.isVisible()
    assert window.modes.entered == ["fullScreen", "focusMode"]

    _press(qtbot, window, Qt.Key.Key_Escape)  # the innermost: focus mode
    assert not window.focus_mode() and _full(window)
    assert window.navigator.isVisible()
    _press(qtbot, window, Qt.Key.Key_Escape)  # then full screen
    assert not _full(window) and not window.action_map["fullScreen"].isChecked()
    _press(qtbot, window, Qt.Key.Key_Escape)  # nothing left: Esc changes nothing
    assert not window.focus_mode() and not _full(window)


def test_f11_leaves_full_screen_too(qtbot, window: MainWindow) -> None:
    _press(qtbot, window, Qt.Key.Key_F11)
    assert _full(window)
    _press(qtbot, window, Qt.Key.Key_F11)
    assert not _full(window) and window.modes.entered == []


def test_navigator_toggle_is_remembered_and_survives_focus_mode(qtbot, window: MainWindow) -> None:
    toggle = window.action_map["toggleNavigator"]
    assert toggle in window.toolbar.actions()  # a toolbar button as well as the menu item
    _press(qtbot, window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.navigator.isVisible() and not toggle.isChecked()
    assert prefs.NAVIGATOR_VISIBLE.get(window.context.settings) is False
    window.action_map["focusMode"].trigger()
    window.action_map["focusMode"].trigger()
    assert not window.navigator.isVisible()  # focus mode gives back what was there
    toggle.trigger()
    assert window.navigator.isVisible()


def test_leaving_focus_mode_by_its_button_unchecks_the_action(qtbot, window: MainWindow) -> None:
    window.action_map["focusMode"].trigger()
    assert window.focus_mode()
    window.set_focus_mode(False)  # e.g. the floating "Keluar mode fokus" button
    assert not window.action_map["focusMode"].isChecked()
    assert window.modes.entered == []


def test_focus_mode_turned_on_by_its_hook_is_left_by_esc(qtbot, window: MainWindow) -> None:
    window.navigator.setFocus()
    window.set_focus_mode(True)  # not through the action: the Esc order still follows
    assert window.modes.entered == ["focusMode"] and window.modes.is_on("focusMode")
    assert window.action_map["focusMode"].isChecked()
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.focus_mode() and window.modes.entered == []
    assert not window.action_map["focusMode"].isChecked() and window.navigator.isVisible()


def test_projector_preset_is_a_saved_setting_that_esc_keeps(qtbot, window: MainWindow) -> None:
    seen: list[bool] = []
    window.projector_mode_changed.connect(seen.append)
    _press(qtbot, window, Qt.Key.Key_P, CTRL_SHIFT)
    assert window.projector_mode() and seen == [True]
    assert prefs.PROJECTOR.get(window.context.settings) is True
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert window.projector_mode()  # a preset, not a mode
    window.action_map["projector"].trigger()
    assert not window.projector_mode() and seen == [True, False]
