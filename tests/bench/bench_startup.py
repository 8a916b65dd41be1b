"""Start-up: process start → first paint of the main window showing the sample workshop →
exit, against a bare PySide6 ``QMainWindow`` process doing start → first paint → exit.

Both are whole processes timed from spawn to the first paint (where they exit at once), so
the interpreter and Qt start count on both sides and the ratio is what Labinov adds. The
data folder already holds the sample workshop (a moderator's second start of the day).
Byte-code is written on the warm-up run, as an installed package has it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from tests.bench.common import Figure, median_time

# The watcher sits on the main window only: an application-wide Python event filter would
# wrap every event of every widget in Python objects (creating PySide's lazy enum types on
# the way) and charge the harness to whichever side has more widgets. The figure ends on
# the event-loop turn after the window's first paint, when the whole frame is on screen.
FIRST_PAINT = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class ExitAfterFirstPaint(QObject):
    def __init__(self, window, ready=lambda: True):
        super().__init__(window)
        self.ready = ready
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.exit)
        return False

    def exit(self):
        os._exit(0 if self.ready() else 3)  # the figure ends here, not at a tidy shutdown
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 820)
watcher = ExitAfterFirstPaint(window)
window.show()
sys.exit(app.exec())
"""
)

# Labinov's own first-paint hook (``app._after_first_paint``) is where the watcher goes;
# exit code 3 if the navigator was not filled by then.
LABINOV = (
    FIRST_PAINT
    + """
import labinov.app


def watch(window, then):
    ExitAfterFirstPaint(window, lambda: window.model.rowCount() > 0)


labinov.app._after_first_paint = watch
sys.exit(labinov.app.run_gui(sys.argv[1], language="id"))
"""
)


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its .pyc files
    return env


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, env=_env(), timeout=120)


def run(quick: bool) -> list[Figure]:
    repeats = 3 if quick else 11
    with tempfile.TemporaryDirectory() as data_dir:
        _run([sys.executable, "-m", "labinov", "sample", "--data-dir", data_dir])
        bare_cmd = [sys.executable, "-c", BARE]
        labinov_cmd = [sys.executable, "-c", LABINOV, data_dir]
        _run(bare_cmd)  # warm-up: file cache and byte-code for both
        _run(labinov_cmd)
        bare = median_time(lambda: _run(bare_cmd), repeats)
        labinov = median_time(lambda: _run(labinov_cmd), repeats)
    return [
        Figure(
            "start to first paint of the main window with the sample workshop (median)",
            labinov,
            "s",
            baseline=bare,
            baseline_name="bare PySide6 QMainWindow process to first paint",
            ratio_budget=2.0,
        )
    ]
