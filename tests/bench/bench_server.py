"""The regional server's figures (issue #16), on a real PostgreSQL.

- With 6,000 innovations (40 workshops over four years, 1,200 teams, profiles filled, a
  fifth of them evaluated) on the server: the project list (``projects.overview()``, what
  the navigator and ``labinov list`` read), the region's list of every innovation
  (``RegionService.search("")``), a word search and the statistics — each ≤ 1 s (median).
- An edit commit (``projects.rename``: one transaction, one UPDATE, one commit) on the server
  vs the same edit on SQLite in the same run — ≤ 3× (median).

Fair durability: the benchmark starts its own throwaway cluster with ``fsync`` and
``synchronous_commit`` on (the test cluster runs with them off), as SQLite runs here with
``synchronous=FULL``. Without PostgreSQL binaries it says so and reports nothing. Quick
mode (CI): 600 innovations on the test server of ``LABINOV_TEST_PG_URL`` when set.
"""

from __future__ import annotations

import itertools
import os
import random
import secrets
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from labinov.paths import user_paths
from labinov.services import Services
from labinov.services.region import EVALUATED_KEY, EVALUATION_STAGE, RegionService
from labinov.store.db import Store, open_store
from labinov.store.engines import open_server_engine, schema_guard, upgrade_server
from labinov.store.models import Project, StageWork, Team, Workshop
from labinov.store.types import new_id
from tests.bench.common import Figure, median_time
from tests.pg import server as pg
from tests.pg.fixtures import create_database, drop_database

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
    """``projects`` innovations in bulk (Core executemany); returns one project's id."""
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


def _figures(store: Store, projects: int, repeats: int) -> list[Figure]:
    services = Services(store)
    region = RegionService(store)
    populate(store, projects)
    figures = []
    for name, call in (
        ("project list (projects.overview)", services.projects.overview),
        ("region list of every innovation", lambda: region.search("")),
        ("region search 'sampah posyandu'", lambda: region.search("sampah posyandu")),
        ("region statistics (9 dimensions)", region.statistics),
    ):
        call()  # warm: the first query plans, the pool connects
        seconds = median_time(call, repeats)
        figures.append(Figure(f"{name}, {projects} innovations (median)", seconds, "s", budget=1.0))
    return figures


def _edit(store: Store, repeats: int) -> float:
    services = Services(store)
    workshop = services.workshops.create("Benchmark")
    team = services.teams.create(workshop.id, "OPD")
    project_id = services.projects.create(team.id, "Inovasi").id
    counter = itertools.count()
    services.projects.rename(project_id, "warm")
    return median_time(
        lambda: services.projects.rename(project_id, f"Judul {next(counter)}"), repeats
    )


def _on_server(url: str, projects: int, repeats: int) -> list[Figure]:
    name = f"bench_{secrets.token_hex(4)}"
    database = create_database(url, name)
    try:
        upgrade_server(database)
        store = Store(open_server_engine(database), guard=schema_guard(database))
        try:
            figures = _figures(store, projects, repeats)
            server_edit = _edit(store, repeats * 20)
        finally:
            store.dispose()
    finally:
        drop_database(url, name)
    with tempfile.TemporaryDirectory() as folder:
        local = open_store(user_paths(Path(folder) / "labinov"))
        try:
            sqlite_edit = _edit(local, repeats * 20)
        finally:
            local.dispose()
    figures.append(
        Figure(
            "edit commit on the server (median)",
            server_edit * 1000,
            "ms",
            baseline=sqlite_edit * 1000,
            baseline_name="the same edit on SQLite (synchronous=FULL)",
            ratio_budget=3.0,
        )
    )
    return figures


def run(quick: bool) -> list[Figure]:
    if quick and os.environ.get("LABINOV_TEST_PG_URL"):
        return _on_server(os.environ["LABINOV_TEST_PG_URL"], 600, 3)
    if pg.find_bin_dir() is None:
        print("  (no PostgreSQL binaries: server figures not measured)")
        return []
    folder = Path(tempfile.mkdtemp(prefix="labinov-bench-pg-"))
    try:
        url = pg.start(folder, durable=True)
        return _on_server(url, 600 if quick else 6000, 3 if quick else 9)
    finally:
        pg.stop(folder)
