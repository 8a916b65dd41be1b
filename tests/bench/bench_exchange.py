"""Exchange figures of issue 6: export and import of a 50-project workshop (~20,000 canvas
items) against a baseline of the same rows through plain ``json`` + ``sqlite3``
(``SELECT`` + ``json.dumps`` for export, ``json.loads`` + ``executemany`` in one transaction
for import, with Labinov's pragmas), measured in the same run. Budgets: ≤ 10 s; export
≤ 5×, import ≤ 2× (issue 14), import and baseline alternating, median of 9.
The import is timed without opening its fresh data folder, after one untimed import (the
validators are built once per process). The baseline creates the tables without their
secondary indexes, which Labinov's import must maintain: the ratio is a little pessimistic.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.exchange.rows import TABLES
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import SYNCHRONOUS, open_store
from tests.bench.bench_edits import file_system
from tests.bench.common import Figure, median_time
from tests.exchange.bigdata import big_workshop


def _baseline_export(database: Path, target: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        tables = {}
        for table in TABLES:
            cursor = connection.execute(f"SELECT * FROM {table.name}")
            names = [d[0] for d in cursor.description]
            tables[table.name] = [
                {
                    n: (v.hex() if isinstance(v, bytes) else v)
                    for n, v in zip(names, row, strict=True)
                }
                for row in cursor
            ]
        target.write_text(json.dumps(tables), encoding="utf-8")
    finally:
        connection.close()


def _baseline_import(source: Path, schema: list[str], database: Path) -> None:
    database.unlink(missing_ok=True)
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
        for statement in schema:
            connection.execute(statement)
        tables = json.loads(source.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        for name, rows in tables.items():
            if rows:
                columns = list(rows[0])
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})",
                    [
                        tuple(
                            json.dumps(v) if isinstance(v, dict | list) else v for v in r.values()
                        )
                        for r in rows
                    ],
                )
        connection.execute("COMMIT")
    finally:
        connection.close()


def run(quick: bool) -> list[Figure]:
    projects, items, repeats = (10, 100, 3) if quick else (50, 400, 3)
    import_repeats = 5 if quick else 9
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = open_store(user_paths(root / "source"))
        workshop = big_workshop(Services(store), projects=projects, items=items)
        bundle = root / "w.labinov"
        export_time = median_time(
            lambda: export_bundle(store, "workshop", workshop, bundle), repeats
        )
        database = Path(store.engine.url.database)
        with sqlite3.connect(database) as connection:
            schema = [
                r[0]
                for r in connection.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
                    "AND name IN ({})".format(", ".join(f"'{t.name}'" for t in TABLES))
                )
            ]
        store.dispose()
        plain = root / "plain.json"
        export_base = median_time(lambda: _baseline_export(database, plain), repeats)

        def import_time_of(number: int) -> float:
            """One import into a fresh, migrated data folder; opening it is not timed."""
            target = open_store(user_paths(root / f"target{number}"))
            try:
                start = time.perf_counter()
                _, result = import_bundle(target, bundle)
                elapsed = time.perf_counter() - start
                assert result is not None and result.inserted > projects * items
                return elapsed
            finally:
                target.dispose()

        # one untimed import first: pydantic builds the bundle validators once per process
        import_time_of(0)
        # import and baseline alternate, so a busy machine slows both alike
        mine, base = [], []
        for number in range(import_repeats):
            mine.append(import_time_of(number + 1))
            base.append(median_time(lambda: _baseline_import(plain, schema, root / "p.sqlite"), 1))
        import_time, import_base = statistics.median(mine), statistics.median(base)
    size = f"{projects} projects, {projects * items} items"
    return [
        Figure(
            f"export bundle ({size})",
            export_time,
            "s",
            export_base,
            "json + sqlite3 SELECT",
            budget=10.0,
            ratio_budget=5.0,
        ),
        Figure(
            f"import bundle ({size}, {file_system(root)}, median of {import_repeats})",
            import_time,
            "s",
            import_base,
            "json + sqlite3 executemany",
            budget=10.0,
            ratio_budget=2.0,
        ),
    ]
