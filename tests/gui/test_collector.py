"""No cyclic collection in a worker thread (a worker's collection of Qt objects crashed the
journey's PDF export): the collector pauses while a job runs and resumes after it."""

from __future__ import annotations

import gc

from labinov.gui.collector import pause_collection
from labinov.gui.exchange.worker import Worker
from labinov.gui.report.worker import ExportRunner


def test_pause_and_resume() -> None:
    assert gc.isenabled()
    resume = pause_collection()
    assert not gc.isenabled()
    inner = pause_collection()  # an overlapping job resumes nothing it did not pause
    inner()
    assert not gc.isenabled()
    resume()
    assert gc.isenabled()


def test_jobs_run_without_the_collector(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []

    def job(*_args) -> str:  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return "done"

    worker = Worker(job)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start()
    runner = ExportRunner()
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(job)
    assert seen == [False, False]
    assert gc.isenabled()  # back on once each job is done
