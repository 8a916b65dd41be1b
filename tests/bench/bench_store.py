"""Store figures of the foundation issue.

- a service edit (one transaction, one commit) vs the same UPDATE + commit in raw sqlite3,
  both with Labinov's pragmas (WAL, synchronous=FULL), so the ratio is the cost of the
  service/ORM layer; the budget is the issue's 2 ms median.
- ``labinov list --json`` over 200 projects, as a process, vs a bare ``python -c pass``
  and a raw sqlite3 query process.
"""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import SYNCHRONOUS, open_store
from tests.bench.common import Figure, median_time


def _populate(services: Services, projects: int) -> list[str]:
    workshop = services.workshops.create("Benchmark 2026")
    ids = []
    for team_index in range(max(1, projects // 5)):
        team = services.teams.create(workshop.id, f"OPD {team_index}")
        for index in range(5):
            if len(ids) < projects:
                ids.append(services.projects.create(team.id, f"Inovasi {team_index}.{index}").id)
    return ids


def edit_commit(repeats: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(user_paths(Path(folder) / "labinov"))
        services = Services(store)
        project_id = _populate(services, 1)[0]
        counter = itertools.count()
        service_time = median_time(
            lambda: services.projects.rename(project_id, f"Judul {next(counter)}"), repeats
        )
        store.dispose()

        raw = sqlite3.connect(Path(folder) / "raw.sqlite", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        raw.execute("CREATE TABLE project (id TEXT PRIMARY KEY, title TEXT, updated_at TEXT)")
        raw.execute("INSERT INTO project VALUES ('p', 't', '')")

        def raw_edit() -> None:
            raw.execute("BEGIN")
            raw.execute(
                "UPDATE project SET title = ?, updated_at = ? WHERE id = 'p'",
                (f"Judul {next(counter)}", time.time()),
            )
            raw.execute("COMMIT")

        raw_time = median_time(raw_edit, repeats)
        raw.close()
    return [
        Figure(
            "service edit commit (median)",
            service_time * 1000,
            "ms",
            baseline=raw_time * 1000,
            baseline_name="raw sqlite3 UPDATE+COMMIT",
            budget=2.0,
        )
    ]


def list_json(projects: int, repeats: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "labinov"
        store = open_store(user_paths(data_dir))
        _populate(Services(store), projects)
        store.dispose()

        def labinov_list() -> None:
            subprocess.run(
                [sys.executable, "-m", "labinov", "list", "--json", "--data-dir", str(data_dir)],
                check=True,
                capture_output=True,
            )

        query = (
            "import sqlite3, json, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(json.dumps(c.execute('select p.id, p.title, t.name from project p "
            "join team t on t.id = p.team_id').fetchall()))"
        )

        def raw_list() -> None:
            subprocess.run(
                [sys.executable, "-c", query, str(data_dir / "labinov.sqlite")],
                check=True,
                capture_output=True,
            )

        labinov_time = median_time(labinov_list, repeats)
        raw_time = median_time(raw_list, repeats)
    return [
        Figure(
            f"labinov list --json, {projects} projects (median)",
            labinov_time,
            "s",
            baseline=raw_time,
            baseline_name="python + raw sqlite3 query process",
            budget=1.0,
        )
    ]


def run(quick: bool) -> list[Figure]:
    figures = edit_commit(repeats=30 if quick else 300)
    figures += list_json(projects=200, repeats=2 if quick else 7)
    return figures
