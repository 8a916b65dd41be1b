"""Long work off the GUI thread: one ``Worker`` for every background job (a PDF export, a
bundle read or import), with progress, Cancel, and errors in the user's words.

A job is ``job(progress, cancelled)``: it calls ``progress(done, total)`` as it goes and
checks ``cancelled()`` where it can stop; it stops by raising ``labinov.errors.Cancelled``
(after removing what it began). It runs on its own ``QThread``; the window stays responsive
(it repaints, the progress bar moves). The store's engine allows its connections in any
thread and each transaction has its own connection.

While a job runs the cyclic garbage collector is paused (``collector.pause_collection``):
a collection in the worker thread could destroy a Qt object of the GUI thread there, which
crashed the PDF export.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from labinov.errors import Cancelled, UserError
from labinov.gui.collector import pause_collection

Progress = Callable[[int, int], None]
Job = Callable[[Progress, Callable[[], bool]], Any]
PROGRESS_STEPS = 200  # at most this many progress signals per job, however many steps

log = logging.getLogger(__name__)


class _Runner(QObject):
    """Lives on the worker thread and runs the job. Its signals carry no Python objects
    across threads (queued ``object`` arguments have crashed PySide at exit): the outcome
    stays on the runner, read by the GUI thread once ``ended(serial)`` arrives."""

    progress = Signal(int, int)
    ended = Signal(int)

    def __init__(self, job: Job, cancel: threading.Event, serial: int) -> None:
        super().__init__()
        self.job, self.cancel, self.serial = job, cancel, serial
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        last = (-1, -1)

        def progress(done: int, total: int) -> None:
            nonlocal last
            step = (done * PROGRESS_STEPS // max(total, 1), total)
            if step != last:
                last = step
                self.progress.emit(done, total)

        try:
            self.result = self.job(progress, self.cancel.is_set)
        except Cancelled:
            self.cancelled = True
        except Exception as error:
            self.error = error
        self.ended.emit(self.serial)


class Worker(QObject):
    """Runs one job at a time on its own thread; ``start(job)`` again once it has ended.

    ``bug_message``: a ``QT_TRANSLATE_NOOP("UserError", "… {error}")`` text. With it, an
    unexpected exception of the job is logged with its traceback and reported through
    ``failed`` as a ``UserError`` with this message; without it, the exception is raised
    again in the GUI thread, where the app's crash handling shows it.

    Signals:
        progress(int, int): done and total units (any scale).
        finished(object): the job's result.
        failed(object): the ``UserError`` that stopped the job (the user's to fix).
        cancelled(): the job stopped on ``cancel()`` and left nothing behind.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, bug_message: str | None = None) -> None:
        super().__init__(parent)
        self.bug_message = bug_message
        self._thread: QThread | None = None
        self._runner: _Runner | None = None
        self._last_runner: _Runner | None = None  # alive until its deleteLater has run
        self._serial = 0
        self._cancel = threading.Event()
        self._resume_collection: Callable[[], None] = lambda: None
        app = QCoreApplication.instance()
        if app is not None:
            # quitting mid-job: let it stop (or its transaction finish) first; a QThread
            # destroyed while running aborts the process
            app.aboutToQuit.connect(self.wait)

    def running(self) -> bool:
        return self._thread is not None

    def start(self, job: Job) -> None:
        if self._thread is not None:
            raise RuntimeError("a job is already running")
        self._cancel.clear()
        self._serial += 1
        thread = QThread(self)
        runner = _Runner(job, self._cancel, self._serial)
        runner.moveToThread(thread)
        thread.started.connect(runner.run)
        thread.finished.connect(runner.deleteLater)
        # connected to this object's methods: queued to the GUI thread, where the thread is
        # joined (a lambda would run in the worker and wait for itself)
        runner.progress.connect(self._on_progress)
        runner.ended.connect(self._on_ended)
        self._thread, self._runner, self._last_runner = thread, runner, runner
        self._resume_collection = pause_collection()
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop; ``cancelled`` follows if it did."""
        self._cancel.set()

    @Slot()
    def wait(self) -> None:
        """Cancel, wait for the thread and report how the job ended, now (closing a dialog
        or quitting while a job runs)."""
        if self._thread is None:
            return
        self._cancel.set()
        self._thread.quit()  # the thread's loop ends once the job has returned
        self._thread.wait()
        self._on_ended(self._serial)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._thread is not None:
            self.progress.emit(done, total)

    @Slot(int)
    def _on_ended(self, serial: int) -> None:
        runner = self._runner
        if runner is None or serial != self._serial:
            return  # already reported by ``wait()``
        self._join()
        if runner.cancelled:
            self.cancelled.emit()
        elif runner.error is None:
            self.finished.emit(runner.result)
        elif isinstance(runner.error, UserError):
            self.failed.emit(runner.error)
        elif self.bug_message is not None:
            log.error("background job failed", exc_info=runner.error)
            self.failed.emit(UserError(self.bug_message, error=runner.error))
        else:
            raise runner.error

    def _join(self) -> None:
        self._resume_collection()
        self._resume_collection = lambda: None
        thread = self._thread
        self._thread = self._runner = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
