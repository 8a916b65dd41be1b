"""Starts of the main window on one screen, each a new window on the same data folder as a
new start of the app would be, for ``test_first_window.py``:

    python3 -m tests.gui.layout.window_runs DATA_DIR ACTION…

Runs in a process of its own: the offscreen screen's size is fixed when Qt starts
(``offscreen:configfile=``). For each ACTION a window is built, shown and reported (a JSON
line: maximised, full screen, its size, the screen's free area, the navigator's width),
then left as the action says and closed (which saves its state):
``normal:W:H`` un-maximised to W×H, ``maximised``, ``full`` (full screen), ``drag:X`` the
splitter dragged by the mouse to X, ``sample`` the sample workshop opened (and reported
again), ``keep`` as it opened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from labinov.app import application, build_context, build_main_window
from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.paths import user_paths
from labinov.store.db import open_store


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """A left-button drag as the mouse makes it (QTest's move carries no button)."""
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, at, buttons in (
        (QEvent.Type.MouseButtonPress, start, left),
        (QEvent.Type.MouseMove, end, left),
        (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton),
    ):
        local = QPointF(at)
        global_ = QPointF(widget.mapToGlobal(at))
        QApplication.sendEvent(widget, QMouseEvent(kind, local, global_, left, buttons, none))


def cut_names(window: MainWindow) -> list[str]:
    """The navigator's names that do not fit its viewport (the view elides them)."""
    view, model = window.navigator, window.model
    metrics, room = view.fontMetrics(), view.viewport().width()
    cut, pending = [], [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            name = index.data()
            # the item's margins: 3 pixels each side of its text in the Fusion style
            if view.visualRect(index).left() + metrics.horizontalAdvance(name) + 6 > room:
                cut.append(name)
            pending.append(index)
    return cut


def report(window: MainWindow) -> dict[str, object]:
    area = window.screen().availableGeometry()
    return {
        "maximised": window.isMaximized(),
        "full": window.isFullScreen(),
        "size": [window.width(), window.height()],
        "inside": area.contains(window.geometry()),
        "area": [area.width(), area.height()],
        "navigator": window.navigator.width(),
        "cut": cut_names(window),
    }


def run(data_dir: Path, actions: list[str]) -> None:
    app = application()
    paths = user_paths(data_dir)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(paths)
    for action in actions:
        context = build_context(store, paths, "id")
        prefs.apply_font(app, context.settings)
        window = build_main_window(context)
        window.show()
        settle(app)
        print(json.dumps(report(window)), flush=True)
        if action.startswith("normal:"):
            _name, width, height = action.split(":")
            window.showNormal()
            window.resize(int(width), int(height))
        elif action == "maximised":
            window.showMaximized()
        elif action == "sample":  # then reported again, with the sample's names listed
            window.structure.open_sample()
            settle(app)
            print(json.dumps(report(window)), flush=True)
        elif action == "full":
            window.showFullScreen()
        elif action.startswith("drag:"):
            handle = window.splitter.handle(1)
            middle = handle.rect().center()
            target = int(action.split(":")[1])
            drag(handle, middle, middle + QPoint(target - handle.x(), 0))
        settle(app)
        window.close()
        settle(app)
        window.deleteLater()
        settle(app)
    store.dispose()


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2:])
