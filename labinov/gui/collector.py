"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (a PDF export, a bundle import) and the garbage holds
a Qt object of the GUI thread, the object is destroyed in the wrong thread and the process
crashes (seen: a segfault in ``reportlab`` while exporting, "Garbage-collecting"). So the
automatic collector is switched off and a timer of the GUI thread collects instead, with the
same generation thresholds (pyqtgraph's ``GarbageCollector`` does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Owned by the QApplication; ``stop()`` gives collection back to Python."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        first, second, third = self._thresholds
        count0, count1, count2 = gc.get_count()
        if count0 > first:
            generation = 2 if count2 > third else 1 if count1 > second else 0
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install once per application (a second call returns the first collector)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
