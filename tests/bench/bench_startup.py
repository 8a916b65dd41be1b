"""Start-up: process start → first paint of the main window, and → editable, against a bare
PySide6 ``QMainWindow`` process doing start → first paint, all in the same run, interleaved.

- **First paint**: the event-loop turn after the main window's first paint (the whole frame
  is on screen), with the sample workshop in the navigator.
- **Editable** (issue 14): the last opened project's board accepts a new note and that note
  is in the store. The probe does what a moderator does after the start: on the reopened
  project's current stage it opens the first board tab (as a click would), posts the N key
  to the board when it is there, and ends when a new note row is readable from the
  database file through a separate sqlite3 connection.

Every figure is a whole process timed from spawn (the child prints ``time.monotonic()``,
which is system-wide on Linux and macOS), so the interpreter and Qt count on both sides and
the ratio is what Labinov adds. Each run gets its own copy of a data folder holding the
sample workshop with its first project as the last one opened (a moderator's second start
of the day). Byte-code is written on the warm-up runs, as an installed package has it.

The Labinov side runs the real command, ``labinov --data-dir DIR --lang id``
(``labinov.cli.main``, which goes straight to the window: see its ``gui_arguments``); an
import hook only sets the first-paint watcher on ``labinov.app`` when the command imports
it. The offscreen platform skips the display check, as a desktop with a screen passes its
cheap part (the xcb library check runs only when Qt fails).

``LABINOV_BENCH_BASE=<git revision or folder>`` adds the same figures for another tree
(issue 11: against ``1c3e61e``, the commit before it), interleaved with this one;
``LABINOV_BENCH_ROUNDS`` sets the number of runs of each (7 quick, 15 full: a median of
three swung by 0.1 on a shared CI machine).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Figure
from tests.paint_watch import source as paint_watch

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first project (has boards)
TIMEOUT = 120

# ``AfterFirstPaint`` (tests/paint_watch.py), then each side's own script; the child
# prints ``paint <monotonic> <process CPU>`` on the turn after the window's first paint.
FIRST_PAINT = (
    paint_watch()
    + """
import os
import sys
import time
from PySide6.QtWidgets import QApplication


def say_painted():
    print("paint", time.monotonic(), time.process_time(), flush=True)
"""
)

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 820)
watcher = AfterFirstPaint(window, lambda: (say_painted(), os._exit(0)))
window.show()
sys.exit(app.exec())
"""
)

# The probe's parts that need Qt (exit 3: no navigator rows at first paint; 4: not editable
# in time). The command's script runs them when it imports ``labinov.app``, the module that
# imports Qt, so the command's own modules load before Qt as in a real start (PySide's
# import hook reads the source of every module imported after Qt). Only the first-paint
# watcher is compiled before the paint: the bare side compiles no editable probe either.
_PROBE = (
    FIRST_PAINT
    + """
DATABASE = os.path.join(sys.argv[1], "labinov.sqlite")
EDITABLE = sys.argv[2] == "editable"


def watch(window, then):
    if window.model.rowCount() == 0:
        os._exit(3)
    if not EDITABLE:
        AfterFirstPaint(window, lambda: (say_painted(), os._exit(0)))
        return

    def painted():
        say_painted()
        exec(EDITABLE_PROBE, globals())  # compiled after the figure: the harness's own cost
        probe = Probe(window)
        then()  # the app's own after-paint work (the store, the session) runs as usual
        probe.timer.start(5)

    AfterFirstPaint(window, painted)
"""
)

# After the first paint, in editable runs: N on the reopened project's board, then wait
# until the new note is readable from the database file.
_EDITABLE_PROBE = """
import sqlite3
from PySide6.QtCore import QEvent, QObject, QTimer


def notes():
    with sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM canvasitem WHERE kind = 'note'").fetchone()[0]


def named(root, kind, name):
    # typed look-ups filter in C++: wrapping every widget of the window in Python each tick
    # would charge the probe to whichever side has more widgets
    return [w for w in root.findChildren(kind) if w.metaObject().className() == name]


class Probe(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.before = None
        self.deadline = time.monotonic() + 60
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        from PySide6.QtWidgets import QGraphicsView, QTabWidget

        if time.monotonic() > self.deadline:
            os._exit(4)
        if self.before is not None:
            if notes() > self.before:
                print("editable", time.monotonic(), time.process_time(), flush=True)
                os._exit(0)
            return
        for tabs in self.window.findChildren(QTabWidget, "stageTabs"):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                if tabs.widget(index).metaObject().className() == "CanvasPanel":
                    tabs.setCurrentIndex(index)  # the user's click on the board's tab
                    break
        views = [v for v in named(self.window, QGraphicsView, "BoardView") if v.isVisible()]
        if views:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            self.before = notes()
            views[0].setFocus()
            key = Qt.Key.Key_N
            press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "n")
            QApplication.postEvent(views[0], press)
"""

# Runs in either tree. Sets labinov.app._after_first_paint when the command imports that
# module: the command's own path, in its own order, is what is measured.
LABINOV = f"""
import importlib.util
import os
import sys

PROBE = {_PROBE!r}
EDITABLE_PROBE = {_EDITABLE_PROBE!r}


class Hook:
    def find_spec(self, name, path, target=None):
        if name != "labinov.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            exec(PROBE, globals())  # Qt is loaded now, by the command itself
            module._after_first_paint = watch

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Hook())
from labinov.cli import main  # the ``labinov`` command

sys.exit(main(["--data-dir", sys.argv[1], "--lang", "id"]))
"""


def _env(tree: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files
    return env


def _prepare(tree: Path, folder: Path) -> None:
    """The sample workshop made by ``tree``'s own code, its first project last opened."""
    env = _env(tree)
    run = [sys.executable, "-m", "labinov", "sample", "--data-dir", str(folder)]
    subprocess.run(run, check=True, capture_output=True, env=env, cwd=tree, timeout=TIMEOUT)
    remember = (
        "import sys\n"
        "from labinov.gui import settings as prefs\n"
        "from labinov.paths import user_paths\n"
        "s = prefs.open_settings(user_paths(sys.argv[1]))\n"
        f"prefs.LAST_PROJECT.set(s, {PROJECT!r})\n"
        "s.sync()\n"
    )
    run = [sys.executable, "-c", remember, str(folder)]
    subprocess.run(run, check=True, capture_output=True, env=env, cwd=tree, timeout=TIMEOUT)
    with sqlite3.connect(folder / "labinov.sqlite") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class Side:
    """One process kind (bare window, or Labinov from one tree) and its timings."""

    def __init__(self, name: str, tree: Path, script: str, data: Path | None) -> None:
        self.name, self.tree, self.script, self.data = name, tree, script, data
        self.paint: list[float] = []
        self.editable: list[float] = []
        self.paint_cpu: list[float] = []  # CPU seconds of the process (all its threads)
        self.editable_cpu: list[float] = []

    def once(self, scratch: Path, editable: bool) -> None:
        args = [sys.executable, "-c", self.script]
        if self.data is not None:
            folder = Path(tempfile.mkdtemp(dir=scratch))  # its own copy: one new note each
            shutil.copytree(self.data, folder, dirs_exist_ok=True)
            args += [str(folder), "editable" if editable else "paint"]
        start = time.monotonic()
        done = subprocess.run(
            args, capture_output=True, text=True, env=_env(self.tree), cwd=self.tree,
            timeout=TIMEOUT,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"{self.name}: exit {done.returncode}\n{done.stderr[-2000:]}")
        stamps = {
            words[0]: (float(words[1]) - start, float(words[2]))
            for words in (line.split() for line in done.stdout.splitlines())
            if words and words[0] in ("paint", "editable")
        }
        self.paint.append(stamps["paint"][0])
        self.paint_cpu.append(stamps["paint"][1])
        if "editable" in stamps:
            self.editable.append(stamps["editable"][0])
            self.editable_cpu.append(stamps["editable"][1])


def _base_tree(scratch: Path) -> Path | None:
    spec = os.environ.get("LABINOV_BENCH_BASE", "")
    if not spec:
        return None
    if Path(spec).is_dir():
        return Path(spec).resolve()
    tree = scratch / "base"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", spec], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def run(quick: bool) -> list[Figure]:
    rounds = int(os.environ.get("LABINOV_BENCH_ROUNDS", 7 if quick else 15))
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        bare = Side("bare PySide6 QMainWindow process to first paint", ROOT, BARE, None)
        sides = [bare]
        for label, tree in (("this tree", ROOT), ("base", _base_tree(scratch))):
            if tree is None:
                continue
            data = scratch / f"data-{label.replace(' ', '-')}"
            _prepare(tree, data)
            sides.append(Side(label, tree, LABINOV, data))
        for side in sides:  # warm-up: file cache and byte-code
            side.once(scratch, editable=True)
            for values in (side.paint, side.editable, side.paint_cpu, side.editable_cpu):
                values.clear()
        for index in range(rounds):
            order = sides[index % len(sides) :] + sides[: index % len(sides)]
            for side in order:  # interleaved, the order rotating: load drifts hit all alike
                side.once(scratch, editable=True)
    base_paint = statistics.median(bare.paint)
    base_cpu = statistics.median(bare.paint_cpu)
    figures = []
    for side in sides[1:]:
        where = "" if side.tree == ROOT else f" [{os.environ['LABINOV_BENCH_BASE']}]"
        figures += [
            Figure(
                f"{side.name}{where}: start to first paint of the main window with the sample"
                f" (median of {len(side.paint)})",
                statistics.median(side.paint),
                "s",
                baseline=base_paint,
                baseline_name=f"bare PySide6 QMainWindow to first paint (median of {rounds})",
                ratio_budget=1.5 if side.tree == ROOT else None,
            ),
            Figure(
                f"{side.name}{where}: start to editable (a new note on the last project's"
                f" board is in the store; median of {len(side.editable)})",
                statistics.median(side.editable),
                "s",
                baseline=base_paint,
                baseline_name="the same bare window",
                ratio_budget=3.0 if side.tree == ROOT else None,
            ),
            Figure(
                f"  (info) {side.name}{where}: CPU time to first paint (median)",
                statistics.median(side.paint_cpu),
                "s",
                baseline=base_cpu,
                baseline_name="bare window's CPU time to first paint",
            ),
            Figure(
                f"  (info) {side.name}{where}: CPU time to editable (median)",
                statistics.median(side.editable_cpu),
                "s",
                baseline=base_cpu,
                baseline_name="the same",
            ),
        ]
    return figures
