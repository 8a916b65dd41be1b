"""The one worker for background jobs: result, progress, Cancel, the user's errors, a bug
(raised in the GUI thread, or said in the user's words), and no cyclic collection in a
worker thread (a worker's collection of Qt objects crashed the journey's PDF export)."""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from labinov.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from labinov.gui.collector import pause_collection
from labinov.gui.worker import PROGRESS_STEPS, Worker

Progress = Callable[[int, int], None]
BUG = QT_TRANSLATE_NOOP("UserError", "The PDF could not be made: {error}")


def test_pause_and_resume() -> None:
    assert gc.isenabled()
    resume = pause_collection()
    assert not gc.isenabled()
    inner = pause_collection()  # an overlapping job resumes nothing it did not pause
    inner()
    assert not gc.isenabled()
    resume()
    assert gc.isenabled()


def test_a_job_runs_in_its_thread_without_the_collector(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[bool, bool]] = []

    def job(progress: Progress, cancelled: Callable[[], bool]) -> str:
        seen.append((gc.isenabled(), threading.current_thread() is threading.main_thread()))
        return "done"

    worker = Worker()
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.start(job)
        assert worker.running()
        with pytest.raises(RuntimeError):
            worker.start(job)  # one job at a time
    assert blocker.args == ["done"] and seen == [(False, False)]
    assert gc.isenabled() and not worker.running()  # back on once the job is done
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start(job)  # and the worker takes the next one
    assert len(seen) == 2 and gc.isenabled()


def test_progress_is_thinned_and_reaches_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(progress: Progress, cancelled: Callable[[], bool]) -> int:
        for done in range(10_001):
            progress(done, 10_000)
        return 1

    values: list[tuple[int, int]] = []
    worker = Worker()
    worker.progress.connect(lambda done, total: values.append((done, total)))
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start(job)
    assert len(values) == PROGRESS_STEPS + 1
    assert values[0] == (0, 10_000) and values[-1] == (10_000, 10_000)


def test_cancel_stops_the_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    started, stopped = threading.Event(), []

    def job(progress: Progress, cancelled: Callable[[], bool]) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        stopped.append(True)
        raise Cancelled()

    worker = Worker()
    finished: list[object] = []
    worker.finished.connect(finished.append)
    worker.start(job)
    assert started.wait(5)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.cancel()
    assert stopped == [True] and finished == [] and gc.isenabled()


def test_wait_cancels_and_reports_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def job(progress: Progress, cancelled: Callable[[], bool]) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()

    worker = Worker()
    said: list[str] = []
    worker.cancelled.connect(lambda: said.append("cancelled"))
    worker.start(job)
    assert started.wait(5)
    worker.wait()  # closing a dialog mid-job: returns once the thread has ended
    assert said == ["cancelled"] and not worker.running() and gc.isenabled()
    qtbot.wait(50)  # the job's own queued report arrives later and is not repeated
    assert said == ["cancelled"]


def test_a_user_error_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(progress: Progress, cancelled: Callable[[], bool]) -> None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}"),
            path="x",
            reason="disk full",
        )

    worker = Worker(bug_message=BUG)
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start(job)
    error = blocker.args[0]
    assert isinstance(error, UserError) and error.params == {"path": "x", "reason": "disk full"}


def test_a_bug_becomes_the_message_given(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    def job(progress: Progress, cancelled: Callable[[], bool]) -> None:
        raise ZeroDivisionError("division by zero")

    worker = Worker(bug_message=BUG)
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.start(job)
    error = blocker.args[0]
    assert isinstance(error, UserError)
    assert str(error) == "The PDF could not be made: division by zero"
    assert any(
        record.exc_info and record.exc_info[0] is ZeroDivisionError for record in caplog.records
    )
    assert gc.isenabled()


def test_a_bug_without_a_message_is_raised_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(progress: Progress, cancelled: Callable[[], bool]) -> None:
        raise ZeroDivisionError("division by zero")

    worker = Worker()
    with qtbot.captureExceptions() as exceptions:
        worker.start(job)
        qtbot.waitUntil(lambda: not worker.running(), timeout=5000)
    assert [type(e[1]) for e in exceptions] == [ZeroDivisionError]
    assert gc.isenabled()


def test_the_worker_is_the_only_thread_pattern() -> None:
    """Background jobs go through ``gui/worker.Worker`` (issue #14 found two patterns)."""
    package = Path(__file__).resolve().parents[2] / "labinov"
    threads = ("QThread", "QRunnable", "QThreadPool", r"threading\.Thread", "ThreadPoolExecutor")
    pattern = re.compile(r"\b(" + "|".join(threads) + r")\b")
    found = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == ["gui/worker.py"]
