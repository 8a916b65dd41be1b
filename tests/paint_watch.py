"""The first-paint watcher shared by the start-up bench (``tests/bench/bench_startup.py``)
and the real-start test (``tests/gui/canvas/test_boot_run.py``).

Both run it in a child process as source text (``source()``): the bench
runs the same script in another tree (``LABINOV_BENCH_BASE``), whose ``tests`` may not
have this module. The watcher sits on the main window only: an application-wide Python
event filter would wrap every event of every widget in Python objects and charge the
harness to whichever side has more widgets.
"""

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Calls ``then()`` on the event-loop turn after ``window``'s first paint (the whole
    frame is on screen then)."""

    def __init__(self, window, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def source():
    """This file's text, to prepend to a child process's script (defining this function
    there calls nothing)."""
    from pathlib import Path

    return Path(__file__).read_text(encoding="utf-8")
