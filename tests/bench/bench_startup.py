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

FIRST_PAINT = """
import os
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class QuitOnFirstPaint(QObject):
    def __init__(self, ready):
        super().__init__()
        self.ready = ready

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.ready(watched):
            os._exit(0)  # the figure ends at the first paint, not at a tidy shutdown
        return False
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
watcher = QuitOnFirstPaint(lambda widget: True)
app.installEventFilter(watcher)
window = QMainWindow()
window.resize(1280, 820)
window.show()
sys.exit(app.exec())
"""
)

LABINOV = (
    FIRST_PAINT
    + """
from labinov.app import application, run_gui


def ready(widget):
    window = widget.window()
    return window.objectName() == "mainWindow" and window.model.rowCount() > 0


app = application()
watcher = QuitOnFirstPaint(ready)
app.installEventFilter(watcher)
sys.exit(run_gui(sys.argv[1], language="id"))
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
