"""Runs an export off the UI thread, reporting progress and honouring Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from labinov.errors import UserError
from labinov.gui.collector import pause_collection
from labinov.report import ExportCancelled

# job(progress(done, total), cancelled() -> bool) -> result
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

log = logging.getLogger(__name__)


class _Runner(QObject):
    """Lives on the worker thread. Its signals carry no Python objects across threads
    (queued ``object`` arguments have crashed PySide at exit): the result or the error is
    left on the runner, read by the UI thread once the signal arrives."""

    progress = Signal(int, int)
    done = Signal()
    failed = Signal()
    stopped = Signal()

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self.job, self.cancel = job, cancel
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        last = (-1, -1)

        def progress(done: int, total: int) -> None:
            nonlocal last
            # at most ~200 signals per export, however many steps it has
            step = (done * 200 // max(total, 1), total)
            if step != last:
                last = step
                self.progress.emit(done, total)

        try:
            result = self.job(progress, self.cancel.is_set)
        except ExportCancelled:
            self.stopped.emit()
        except Exception as error:
            if not isinstance(error, UserError):
                log.exception("PDF export failed")
            self.error = error
            self.failed.emit()
        else:
            self.result = result
            self.done.emit()


class ExportRunner(QObject):
    """Starts one job on its own QThread.

    Signals:
        progress(int, int): done and total units (any scale).
        finished(object): the job's result.
        failed(object): the exception the job raised (UserError: the user's to fix).
        cancelled(): the job stopped on ``cancel()``; it left no file behind.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._runner: _Runner | None = None
        self._cancel = threading.Event()
        self._finished_runners: list[_Runner] = []
        self._resume_collection: Callable[[], None] = lambda: None

    def running(self) -> bool:
        return self._thread is not None

    def start(self, job: Job) -> None:
        if self._thread is not None:
            raise RuntimeError("an export is already running")
        self._cancel.clear()
        thread = QThread(self)
        runner = _Runner(job, self._cancel)
        runner.moveToThread(thread)
        thread.started.connect(runner.run)
        thread.finished.connect(runner.deleteLater)
        # connected to this object's methods: queued to the UI thread, where the thread is
        # joined (a lambda would run in the worker and wait for itself)
        runner.progress.connect(self._on_progress)
        runner.done.connect(self._on_done)
        runner.failed.connect(self._on_failed)
        runner.stopped.connect(self._on_stopped)
        self._thread, self._runner = thread, runner
        self._finished_runners = [runner]  # alive until its deleteLater has run
        self._resume_collection = pause_collection()  # no Qt object dies in the worker
        thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Cancel and wait for the thread (closing the dialog while exporting)."""
        if self._thread is not None:
            self._cancel.set()
            self._thread.quit()
            self._thread.wait()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot()
    def _on_done(self) -> None:
        result = self._runner.result if self._runner is not None else None
        self._join()
        self.finished.emit(result)

    @Slot()
    def _on_failed(self) -> None:
        error = self._runner.error if self._runner is not None else None
        self._join()
        self.failed.emit(error)

    @Slot()
    def _on_stopped(self) -> None:
        self._join()
        self.cancelled.emit()

    def _join(self) -> None:
        self._resume_collection()
        thread = self._thread
        self._thread = self._runner = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
