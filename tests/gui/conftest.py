"""GUI fixtures: an Indonesian UI, and a main window on the test's own data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from labinov.app import build_context, build_main_window
from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.gui.translations import install
from labinov.paths import UserPaths
from labinov.store.db import Store


@pytest.fixture(autouse=True)
def close_stray_windows(qapp: QApplication) -> Iterator[None]:
    """Message boxes and dialogs a test left open must not leak into the next test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[str]:
    """Indonesian, the default of the users; tests wanting English parametrize this."""
    yield from _installed(qapp, "id")


def _installed(qapp: QApplication, code: str) -> Iterator[str]:
    translators = install(qapp, code)
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def make_window(qtbot, store: Store, paths: UserPaths, language: str):
    """Builds a main window on the test's data folder (call again for a 'new instance')."""
    windows: list[MainWindow] = []

    def make(on_store: Store | None = None) -> MainWindow:
        context = build_context(on_store or store, paths, language)
        window = build_main_window(context)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def answer_dialog(qtbot, fill: Callable[[QDialog], None]) -> None:
    """Fill and accept the next modal dialog when it opens (``exec()`` blocks the test)."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        fill(dialog)

    QTimer.singleShot(0, handle)


def find_box(name: str = "userErrorBox") -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events, one per character (QTest.keyClicks knows ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def app_font(qapp: QApplication, paths: UserPaths) -> Iterator[QFont]:
    """The application's font as ``run_gui`` sets it (``prefs.apply_font``: at least the
    projector-readable size, larger than Qt's default the tests otherwise run at); the
    tests' own again afterwards."""
    original = QFont(qapp.font())
    prefs.apply_font(qapp, prefs.open_settings(paths))
    assert qapp.font().pointSize() >= prefs.PROJECTOR_POINT_SIZE > original.pointSize()
    yield qapp.font()
    qapp.setFont(original)
