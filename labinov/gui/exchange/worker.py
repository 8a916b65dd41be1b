"""Long exchange work (reading and importing a large bundle) off the GUI thread.

A ``Worker`` runs ``job(progress)`` in its own thread; ``progress(done, total)`` from the
job reaches the GUI as the queued signal ``progressed(done, total)``. When the job ends,
``succeeded(result)`` or ``failed(error)`` (a ``UserError``) is emitted in the GUI thread.
The store's engine allows its connections in any thread (``check_same_thread=False``),
and each transaction has its own connection, so the window stays responsive (it repaints,
the progress bar moves) while the import runs. A job's unexpected exception is re-raised
in the GUI thread, where the app's crash handling sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

from labinov.errors import UserError
from labinov.gui.collector import pause_collection

Job = Callable[[Callable[[int, int], None]], Any]


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value


class Worker(QThread):
    """Runs one job in a thread. Signals: ``progressed(int, int)``, ``succeeded(object)``
    (the job's result; jobs return a value, never None), ``failed(object)`` (the
    ``UserError``)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    _finished_job = Signal(object)

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self.job = job
        self._finished_job.connect(self._deliver)
        # quitting mid-import: let the transaction finish (or roll back) first; a QThread
        # destroyed while running aborts the process
        QCoreApplication.instance().aboutToQuit.connect(self._wait)

    def _wait(self) -> None:
        self.wait()

    def start(self, *args: Any) -> None:
        self._resume_collection = pause_collection()  # no Qt object dies in the worker
        super().start(*args)

    def run(self) -> None:
        try:
            outcome: Any = _Done(self.job(self.progressed.emit))
        except UserError as error:
            outcome = error
        except Exception as error:  # re-raised in the GUI thread
            outcome = _Unexpected(error)
        self._finished_job.emit(outcome)

    def _deliver(self, outcome: Any) -> None:
        self.wait()  # the thread has returned: the caller may delete this object
        self._resume_collection()
        if isinstance(outcome, _Done):
            self.succeeded.emit(outcome.value)
        elif isinstance(outcome, UserError):
            self.failed.emit(outcome)
        else:
            raise outcome.error


class _Unexpected:
    def __init__(self, error: Exception) -> None:
        self.error = error
