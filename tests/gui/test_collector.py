"""Cyclic garbage is collected on the GUI thread only (a worker's collection of Qt objects
crashed the journey's PDF export)."""

from __future__ import annotations

import gc
import threading

from labinov.gui.collector import collect_on_gui_thread


def _cycles(count: int) -> None:
    for _ in range(count):
        holder: dict[str, object] = {}
        holder["self"] = holder  # garbage only a cyclic collection frees


def test_workers_leave_the_garbage_to_the_gui_thread(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    gc.collect()
    threshold = gc.get_threshold()[0]
    worker = threading.Thread(target=_cycles, args=(threshold * 3,))
    worker.start()
    worker.join()
    assert gc.get_count()[0] > threshold  # the worker crossed the threshold, collected nothing

    collector.check()  # what the timer does, on this (the GUI) thread
    assert gc.get_count()[0] < threshold
