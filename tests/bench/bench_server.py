"""The regional server's reads (issue #16), on a real PostgreSQL.

With 1,500 and then 6,000 innovations (40 workshops per batch over four years, a team per
five innovations, profiles filled, a fifth of them evaluated) on the server: the project
list (``projects.overview()``, what the navigator and ``labinov list`` read), the region's
list of every innovation (``RegionService.search("")``), a word search and the statistics
— each ≤ 1 s (median of 9). Baseline: the same call on a SQLite file holding the same
rows, alternating with the server's call run by run (no ratio budget: the figure that
matters is the second a user waits). Quick mode (CI): 600 innovations, 3 runs.
The edit commits are in ``bench_server_edits``; the server is ``pg_cluster``'s.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from labinov.paths import user_paths
from labinov.services import Services
from labinov.services.region import EVALUATED_KEY, EVALUATION_STAGE, RegionService
from labinov.store.db import Store, open_store
from labinov.store.models import Project, StageWork, Team, Workshop
from labinov.store.types import new_id
from tests.bench.common import Figure
from tests.bench.pg_cluster import bench_server, fresh_database

STAGES = ("drum_up", "diagnose", "design", "delivery", "display")
WORDS = ("sampah", "puskesmas", "antrean", "pajak", "stunting", "posyandu", "digital", "desa")
REGIONS = ("Kota Makassar", "Kabupaten Bone", "Kota Parepare", "Kabupaten Gowa", "Kota Palopo")


def _profile(rng: random.Random) -> dict[str, Any]:
    profile = {
        "innovation_stage": rng.choice(("inisiatif", "uji_coba", "penerapan")),
        "innovation_type": rng.choice(("digital", "non_digital")),
        "innovation_form": rng.choice(("tata_kelola", "pelayanan_publik", "urusan_lain")),
        "initiator": rng.choice(("kepala_daerah", "perangkat_daerah", "asn", "masyarakat")),
        "government_affair": rng.choice(("Kesehatan", "Pendidikan", "Lingkungan hidup")),
        "purpose": " ".join(rng.choice(WORDS) for _ in range(60)),
        "benefits": " ".join(rng.choice(WORDS) for _ in range(40)),
    }
    if rng.random() < 0.2:
        profile["source_region"] = rng.choice(REGIONS)
        profile["source_name"] = "Inovasi asal"
    return profile


def populate(store: Store, projects: int, seed: int = 16) -> str:
    """``projects`` more innovations in bulk (Core executemany), in 40 new workshops;
    returns one project's id."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now}
    workshops = [
        {
            "id": new_id(),
            "name": f"Laboratorium Inovasi {REGIONS[i % 5]} {2022 + i % 4}",
            "organiser": f"Balitbangda {REGIONS[i % 5]}",
            "start_date": date(2022 + i % 4, 1 + i % 12, 1),
            **stamp,
        }
        for i in range(40)
    ]
    teams = [
        {"id": new_id(), "workshop_id": workshops[i % 40]["id"], "name": f"OPD {i}", **stamp}
        for i in range(max(1, projects // 5))
    ]
    rows = [
        {
            "id": new_id(),
            "team_id": teams[i % len(teams)]["id"],
            "title": f"Inovasi {rng.choice(WORDS)} {i}",
            "profile": _profile(rng),
            **stamp,
        }
        for i in range(projects)
    ]
    work = [
        {
            "id": new_id(),
            "project_id": row["id"],
            "stage": stage,
            "answers": {EVALUATED_KEY: "Temuan evaluasi."}
            if stage == EVALUATION_STAGE and rng.random() < 0.2
            else {},
            **stamp,
        }
        for row in rows
        for stage in STAGES
    ]
    with store.transaction() as session:
        connection = session.connection()
        for model, values in (
            (Workshop, workshops),
            (Team, teams),
            (Project, rows),
            (StageWork, work),
        ):
            for start in range(0, len(values), 5000):
                connection.execute(insert(model), values[start : start + 5000])
    return str(rows[0]["id"])


Call = Callable[[], object]
CALLS: tuple[tuple[str, Callable[[Services, RegionService], Call]], ...] = (
    ("project list (projects.overview)", lambda s, _r: s.projects.overview),
    ("region list of every innovation", lambda _s, r: lambda: r.search("")),
    ("region search 'sampah posyandu'", lambda _s, r: lambda: r.search("sampah posyandu")),
    ("region statistics (9 dimensions)", lambda _s, r: r.statistics),
)


def _alternating(server: Call, local: Call, repeats: int) -> tuple[float, float]:
    """Median seconds of each, the two calls alternating so noise hits both alike."""
    server(), local()  # warm: the first query plans, the pool connects
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for call, bucket in ((server, times[0]), (local, times[1])):
            start = time.perf_counter()
            call()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _measure(server: Store, local: Store, total: int, repeats: int, where: str) -> list[Figure]:
    figures = []
    pairs = [
        (make(Services(server), RegionService(server)), make(Services(local), RegionService(local)))
        for _, make in CALLS
    ]
    for (name, _), (on_server, on_sqlite) in zip(CALLS, pairs, strict=True):
        seconds, baseline = _alternating(on_server, on_sqlite, repeats)
        figures.append(
            Figure(
                f"{name}, {total} innovations ({where}, median of {repeats})",
                seconds,
                "s",
                baseline=baseline,
                baseline_name="the same on SQLite",
                budget=1.0,
            )
        )
    return figures


def run(quick: bool) -> list[Figure]:
    sizes, repeats = ((600,), 3) if quick else ((1500, 6000), 9)
    with bench_server(quick) as found:
        if found is None:
            return []
        url, where = found
        figures: list[Figure] = []
        with fresh_database(url) as (_, server), tempfile.TemporaryDirectory() as folder:
            local = open_store(user_paths(Path(folder) / "labinov"))
            try:
                total = 0
                for number, size in enumerate(sizes):
                    for store in (server, local):
                        populate(store, size - total, seed=16 + number)
                    total = size
                    figures += _measure(server, local, total, repeats, where)
            finally:
                local.dispose()
        return figures
