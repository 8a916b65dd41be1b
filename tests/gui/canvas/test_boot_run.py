"""The real start (``run_gui``) to an editable board: the first note is stored before
SQLAlchemy is imported at all (so the start-up figure cannot silently regress), then the
store loads and takes over; an empty data folder and a sample with no last project take
the normal path."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from labinov.cli import main
from labinov.gui import settings as prefs
from labinov.paths import user_paths
from tests.paint_watch import source as paint_watch

PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first project

# At the first paint: the loader is held back; the board of the reopened project gets N;
# once the note is in the file, what is imported is reported, the loader let go, and the
# services' arrival reported.
_SCRIPT = paint_watch() + textwrap.dedent(
    """
    import json, os, sqlite3, sys, time
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QGraphicsView, QTabWidget
    import labinov.app
    import labinov.gui.boot as boot

    DATABASE = os.path.join(sys.argv[1], "labinov.sqlite")
    held = []
    real_loader = boot.Loader
    boot.Loader = lambda *args: held.append(args)

    def notes():
        with sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM canvasitem").fetchone()[0]

    def report(**values):
        print(json.dumps(values), flush=True)

    class Probe(QObject):
        def __init__(self, window, then):
            super().__init__(window)
            self.window, self.then, self.before = window, then, None
            self.deadline = time.monotonic() + 60
            AfterFirstPaint(window, self.painted)  # tests/paint_watch.py

        def painted(self):
            self.then()
            report(stage="painted", services=self.window.context.services is not None,
                   boot=self.window.context.boot is not None, held=len(held))
            self.timer = QTimer(self)
            self.timer.timeout.connect(self.tick)
            self.timer.start(5)

        def tick(self):
            if time.monotonic() > self.deadline:
                os._exit(4)
            window = self.window
            if self.before is None and window.context.boot is not None:
                for tabs in window.findChildren(QTabWidget, "stageTabs"):
                    for index in range(tabs.count()):
                        if tabs.widget(index).metaObject().className() == "CanvasPanel":
                            tabs.setCurrentIndex(index)
                views = [v for v in window.findChildren(QGraphicsView) if v.isVisible()]
                if views:
                    self.before = notes()
                    views[0].setFocus()
                    QApplication.postEvent(views[0], QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n"))
                return
            if self.before is not None and notes() > self.before and held:
                import PySide6.QtGui as gui, PySide6.QtWidgets as widgets
                unused = {widgets: ("QWizard", "QMdiArea", "QCalendarWidget"), gui: ("QGradient",)}
                report(stage="editable", heavy=sorted(
                    m for m in ("sqlalchemy", "sqlmodel", "pydantic", "alembic")
                    if m in sys.modules), unused_types=sorted(
                    t for module, names in unused.items() for t in names if t in vars(module)))
                real_loader(*held.pop())
                return
            if window.context.services is not None:
                report(stage="ready", boot=window.context.boot is not None,
                       page=window.project_page is not None and window.project_page.project_id,
                       notes=notes())
                os._exit(0)

    labinov.app._after_first_paint = Probe
    sys.exit(labinov.app.run_gui(sys.argv[1], language="id"))
    """
)


def _run(folder: Path) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["sample", "--data-dir", str(folder), "--lang", "id"]) == 0
    return folder


def _notes(folder: Path) -> int:
    with sqlite3.connect(folder / "labinov.sqlite") as db:
        return db.execute("SELECT count(*) FROM canvasitem").fetchone()[0]


def test_the_first_note_is_stored_before_sqlalchemy_loads(sample: Path) -> None:
    settings = prefs.open_settings(user_paths(sample))
    prefs.LAST_PROJECT.set(settings, PROJECT)
    settings.sync()
    before = _notes(sample)
    painted, editable, ready = _run(sample)
    assert painted == {"stage": "painted", "services": False, "boot": True, "held": 1}
    # nor any Qt type the board does not use: a wrapper-less ``QWidget*`` handed to Python
    # (``view.viewport()`` once) made PySide build every QWidget subclass to find its type,
    # and ``QBrush(colour)`` the ``QGradient`` type with its 169 presets (canvas/note_item)
    assert editable == {"stage": "editable", "heavy": [], "unused_types": []}
    assert ready == {"stage": "ready", "boot": False, "page": PROJECT, "notes": before + 1}
    assert _notes(sample) == before + 1


def test_no_last_project_takes_the_normal_path(sample: Path) -> None:
    painted, ready = _run(sample)
    assert painted == {"stage": "painted", "services": True, "boot": False, "held": 0}
    assert ready["boot"] is False and ready["page"] is False


def test_an_empty_data_folder_takes_the_normal_path(tmp_path: Path) -> None:
    painted, ready = _run(tmp_path / "empty")
    assert painted == {"stage": "painted", "services": True, "boot": False, "held": 0}
    assert ready == {"stage": "ready", "boot": False, "page": False, "notes": 0}
