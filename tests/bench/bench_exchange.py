"""Exchange figures of issue 6: export and import of a 50-project workshop (~20,000 canvas
items) against a baseline of the same rows through plain ``json`` + ``sqlite3``
(``SELECT`` + ``json.dumps`` for export, ``json.loads`` + ``executemany`` in one transaction
for import, with Labinov's pragmas), measured in the same run. Budgets: ≤ 10 s; export
≤ 5×, import ≤ 2× (issue 14), import and baseline alternating, median of 9.

What the import baseline writes into (decided in issue 14): the same schema as Labinov's
import, an empty database migrated to head (its indexes and its sync triggers, which
number every inserted row and clear its tombstone), copied fresh before each run and not
timed, as Labinov's import is timed without opening its fresh data folder. The rows keep
their ``rev`` (format 4 carries it) and leave ``change_seq`` to the triggers, as
Labinov's do. The triggers are the store's contract that any writer pays (about two
thirds of the SQLite work of this import: an insert fires an update of its row); a
baseline without them would measure the schema, not the importer. Before, the baseline
created bare tables in the timed part (no indexes, no triggers), and its ``CREATE
TABLE`` commits, each an fsync, made the figure swing with the disk's load.
The import is timed after one untimed import (the validators are built once per process).
"""

from __future__ import annotations

import json
import shutil
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


def _baseline_import(source: Path, template: Path, database: Path) -> float:
    """Seconds to load ``source`` into a fresh copy of the empty migrated ``template``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, database)
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", f"synchronous={SYNCHRONOUS}"):
            connection.execute(f"PRAGMA {pragma}")
        start = time.perf_counter()
        tables = json.loads(source.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        for table in TABLES:  # parents first: the foreign keys are checked
            rows = tables.get(table.name)
            if rows:
                columns = [name for name in rows[0] if name != "change_seq"]
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})",
                    [
                        tuple(
                            json.dumps(v) if isinstance(v, dict | list) else v
                            for v in (r[name] for name in columns)
                        )
                        for r in rows
                    ],
                )
        connection.execute("COMMIT")
        return time.perf_counter() - start
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

        empty = open_store(user_paths(root / "empty"))  # the baseline's schema: Labinov's
        template = Path(empty.engine.url.database)
        empty.dispose()
        # one untimed import first: pydantic builds the bundle validators once per process
        import_time_of(0)
        # import and baseline alternate, so a busy machine slows both alike
        mine, base = [], []
        for number in range(import_repeats):
            mine.append(import_time_of(number + 1))
            base.append(_baseline_import(plain, template, root / "p.sqlite"))
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
