"""Server sync figures (issue #16), on a real PostgreSQL over loopback TCP.

- First sync of a 50-project workshop (20,000 notes, 5,000 connectors) from a laptop into
  an empty server (``run_sync``) ≤ 2× importing the same workshop's bundle into an empty
  SQLite data folder (``import_bundle``), the two alternating run by run, median of 5.
  Neither times the opening of its stores (fresh copies are made before each run).
- An incremental sync of one changed note ≤ 0.3 s: a note edited on the laptop (push) or
  on the server (pull), with the server holding that workshop, then also 6,000 more
  innovations; ``run_sync`` on open stores (the budget), and beside it connecting first
  as ``labinov sync`` does (no budget: a login costs what the server makes it cost),
  median of 15. Baseline: a sync with nothing to do, alternating (a sync's fixed cost).
Quick mode (CI): 10 projects of 100 notes, 2 first syncs, 5 incremental ones, 600 more
innovations. The server is ``pg_cluster``'s (durable in full mode). The incremental syncs are scoped
to the workshop (``--workshop``), as a lab's laptop syncs with the region's server.
"""

from __future__ import annotations

import itertools
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.store.engines import open_server_engine, schema_guard
from labinov.sync import run_sync
from tests.bench.bench_edits import file_system
from tests.bench.bench_server import populate
from tests.bench.common import Figure
from tests.bench.pg_cluster import bench_server, fresh_database
from tests.exchange.bigdata import big_workshop

Edit = Callable[[], object]


def _server(url: str) -> Store:
    return Store(open_server_engine(url), guard=schema_guard(url))


def _first_syncs(
    root: Path, url: str, laptop: Path, bundle: Path, runs: int
) -> tuple[float, float]:
    """Median seconds of a first sync into an empty server and of the bundle's import."""
    mine, base = [], []
    for number in range(runs + 1):  # the first pair warms up (validators, plans)
        copy = root / f"first{number}"
        shutil.copytree(laptop, copy)
        local = open_store(user_paths(copy))
        with fresh_database(url, "first") as (_, remote):
            start = time.perf_counter()
            result = run_sync(local, remote)
            elapsed = time.perf_counter() - start
            assert sum(result.plan.push.values()) > 0
        local.dispose()
        shutil.rmtree(copy)
        target = open_store(user_paths(root / f"import{number}"))
        start = time.perf_counter()
        _, imported = import_bundle(target, bundle)
        base_time = time.perf_counter() - start
        assert imported is not None and imported.inserted > 0
        target.dispose()
        if number:
            mine.append(elapsed)
            base.append(base_time)
    return statistics.median(mine), statistics.median(base)


def _incremental(
    local: Store, remote: Store, database: str, workshop: str, edit: Edit, runs: int
) -> dict[bool, tuple[float, float]]:
    """Median seconds of a sync carrying one edit and of one with nothing to do, on the
    open server store (False) and connecting first as ``labinov sync`` does (True)."""

    def sync(connect: bool) -> float:
        start = time.perf_counter()
        server = _server(database) if connect else remote
        try:
            run_sync(local, server, workshop=workshop)
        finally:
            if connect:
                server.dispose()
        return time.perf_counter() - start

    sync(False)  # settle: nothing left from before
    times: dict[bool, tuple[list[float], list[float]]] = {False: ([], []), True: ([], [])}
    for _ in range(runs):
        for connect, (one, nothing) in times.items():
            edit()
            one.append(sync(connect))
            nothing.append(sync(connect))
    return {
        connect: (statistics.median(one), statistics.median(nothing))
        for connect, (one, nothing) in times.items()
    }


def run(quick: bool) -> list[Figure]:
    projects, items, first_runs, runs, more = (
        (10, 100, 2, 5, 600) if quick else (50, 400, 5, 15, 6000)
    )
    figures: list[Figure] = []
    with bench_server(quick) as found:
        if found is None:
            return []
        url, where = found
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            laptop = root / "laptop"
            store = open_store(user_paths(laptop))
            workshop = big_workshop(Services(store), projects=projects, items=items)
            bundle = root / "w.labinov"
            export_bundle(store, "workshop", workshop, bundle)
            store.dispose()
            size = f"{projects} projects, {projects * items} notes"
            first, imported = _first_syncs(root, url, laptop, bundle, first_runs)
            figures.append(
                Figure(
                    f"first sync into an empty server ({size}, {where}, median of {first_runs})",
                    first,
                    "s",
                    baseline=imported,
                    baseline_name=f"importing its bundle into SQLite ({file_system(root)})",
                    ratio_budget=2.0,
                )
            )
            figures += _incremental_figures(root, url, where, laptop, size, runs, more)
    return figures


def _incremental_figures(
    root: Path, url: str, where: str, laptop: Path, size: str, runs: int, more: int
) -> list[Figure]:
    figures = []
    local = open_store(user_paths(laptop))
    services = Services(local)
    counter = itertools.count()
    with fresh_database(url, "incr") as (database, remote):
        run_sync(local, remote)
        remote_services = Services(remote)
        project = services.projects.summaries()[0]
        canvas = services.canvases.list(project.id, "diagnose")[0].id
        note = str(services.canvases.load(canvas)[0][0]["id"])
        other = str(services.canvases.load(canvas)[0][1]["id"])
        edits = {
            "push": lambda: services.canvases.update_items(
                {note: {"text": f"Diubah {next(counter)}"}}
            ),
            "pull": lambda: remote_services.canvases.update_items(
                {other: {"text": f"Di server {next(counter)}"}}
            ),
        }
        for label, extra in ((size, 0), (f"{size} + {more} innovations", more)):
            if extra:
                populate(remote, extra)
            for way, edit in edits.items():
                measured = _incremental(local, remote, database, project.workshop_id, edit, runs)
                for connect, (one, nothing) in measured.items():
                    how = "connecting first" if connect else "connection open"
                    figures.append(
                        Figure(
                            f"sync of one note edited ({way}, {how}), server with {label} "
                            f"({where}, median of {runs})",
                            one,
                            "s",
                            baseline=nothing,
                            baseline_name="a sync with nothing to do",
                            budget=None if connect else 0.3,
                        )
                    )
    local.dispose()
    return figures
