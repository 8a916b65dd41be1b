"""An edit commit on the server vs the same edit on SQLite (issue #16): ≤ 3× (median).

Each edit goes through its service as the GUI makes it, one transaction and one commit:
rename a project, move a note, type a note's text, add a note, a worksheet answer. The
server's edit and the SQLite edit alternate run by run, so a busy machine slows both
alike. Once the sync schema is in (migration ``0009_sync``) every write also bumps the
store's change counter (a trigger on each engine): the figures include it. Each figure is
measured on an empty server and on one holding 6,000 innovations (1,500 in quick mode),
whose other rows must not slow an edit. Full mode: the server is a durable cluster (fsync
on, as SQLite's ``synchronous=FULL``); quick mode may use CI's (fsync off).
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import SYNCHRONOUS, Store, open_store
from tests.bench.bench_edits import file_system
from tests.bench.bench_server import populate
from tests.bench.common import Figure
from tests.bench.pg_cluster import bench_server, fresh_database

RATIO_BUDGET = 3.0
Edit = Callable[[], object]


def _edits(store: Store) -> dict[str, Edit]:
    """The edits of one store, on a project of its own with a canvas of 50 notes."""
    services = Services(store)
    workshop = services.workshops.create("Benchmark")
    team = services.teams.create(workshop.id, "OPD")
    project = services.projects.create(team.id, "Inovasi").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    notes = services.canvases.add_items(
        canvas, [{"x": i * 3.0, "y": i * 1.5, "text": f"Catatan {i}"} for i in range(50)]
    )
    counter = itertools.count()
    note = {"kind": "note", "x": 10.0, "y": 20.0, "text": "Baru"}
    canvases = services.canvases
    return {
        "rename a project": lambda: services.projects.rename(project, f"Judul {next(counter)}"),
        "move a note": lambda: canvases.update_items(
            {notes[0]: {"x": float(next(counter) % 97), "y": 5.0}}
        ),
        "note text": lambda: canvases.update_items(
            {notes[1]: {"text": f"Catatan yang diketik {next(counter)}"}}
        ),
        "one new note": lambda: canvases.add_items(canvas, [dict(note)]),
        "worksheet answer": lambda: services.worksheets.set_answer(
            project, "diagnose", "target_group", f"Warga {next(counter)}"
        ),
    }


def _interleaved(
    server: dict[str, Edit], local: dict[str, Edit], repeats: int
) -> dict[str, tuple[float, float]]:
    times = {name: ([], []) for name in server}  # type: dict[str, tuple[list[float], list[float]]]
    for round_ in range(repeats + 3):  # three warm-up rounds: plans, caches, the pool
        for name in server:
            for edit, bucket in ((server[name], times[name][0]), (local[name], times[name][1])):
                start = time.perf_counter()
                edit()
                if round_ >= 3:
                    bucket.append(time.perf_counter() - start)
    return {name: (statistics.median(a), statistics.median(b)) for name, (a, b) in times.items()}


def run(quick: bool) -> list[Figure]:
    repeats, filled = (20, 1500) if quick else (100, 6000)
    figures: list[Figure] = []
    with bench_server(quick) as found:
        if found is None:
            return []
        url, where = found
        with fresh_database(url) as (_, server), tempfile.TemporaryDirectory() as folder:
            local = open_store(user_paths(Path(folder) / "labinov"))
            kind = file_system(Path(folder))
            try:
                mine, theirs = _edits(server), _edits(local)
                for size in (0, filled):
                    if size:
                        populate(server, size)
                        populate(local, size)
                    for name, (seconds, base) in _interleaved(mine, theirs, repeats).items():
                        figures.append(
                            Figure(
                                f"{name}, server with {size} innovations ({where}, median "
                                f"of {repeats})",
                                seconds * 1000,
                                "ms",
                                baseline=base * 1000,
                                baseline_name=f"SQLite ({kind}, synchronous={SYNCHRONOUS})",
                                ratio_budget=RATIO_BUDGET,
                            )
                        )
            finally:
                local.dispose()
    return figures
