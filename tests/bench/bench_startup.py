"""Start-up: ``labinov --self-test`` (process start → main window shown with the sample
workshop → exit) against a bare PySide6 ``QMainWindow`` process doing start → show → exit.

Both are whole processes, timed from spawn to exit, so interpreter and Qt start-up count
on both sides and the ratio is what Labinov adds.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.bench.common import Figure, median_time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _run(args: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(args, check=True, capture_output=True, env=env, timeout=120)


def run(quick: bool) -> list[Figure]:
    repeats = 3 if quick else 9
    _run([sys.executable, "-c", BARE])  # warm the file cache for both
    _run([sys.executable, "-m", "labinov", "--self-test"])
    bare = median_time(lambda: _run([sys.executable, "-c", BARE]), repeats)
    labinov = median_time(lambda: _run([sys.executable, "-m", "labinov", "--self-test"]), repeats)
    return [
        Figure(
            "start to shown main window with the sample workshop (median)",
            labinov,
            "s",
            baseline=bare,
            baseline_name="bare PySide6 QMainWindow process",
            ratio_budget=2.0,
        )
    ]
