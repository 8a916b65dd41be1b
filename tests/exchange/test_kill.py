"""``kill -9`` in the middle of an import leaves the store exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from labinov.exchange.export import export_bundle
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store
from tests.exchange.bigdata import big_workshop
from tests.exchange.conftest import dump

# kills a process importing into a data folder's file (server faults: the sync phase)
pytestmark = pytest.mark.sqlite_only

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from labinov.exchange.merge import apply_import
    from labinov.exchange.plan import plan_import
    from labinov.exchange.rows import TABLES
    from labinov.paths import user_paths
    from labinov.store.db import open_store

    store = open_store(user_paths(sys.argv[1]))
    plan = plan_import(store, Path(sys.argv[2]))

    def progress(done, total):
        if TABLES[done - 1].name == "canvasitem":  # thousands of rows written, not committed
            print("writing", flush=True)
            time.sleep(60)

    apply_import(store, plan, progress)
    print("finished", flush=True)
    """
)


def test_kill_during_import_changes_nothing(services: Services, tmp_path: Path) -> None:
    workshop = big_workshop(services, projects=10, items=300)
    bundle = tmp_path / "big.labinov"
    export_bundle(services.store, "workshop", workshop, bundle)
    target = tmp_path / "target"
    store = open_store(user_paths(target))
    Services(store).samples.create()
    before = dump(store)
    store.dispose()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    store = open_store(user_paths(target))
    try:
        assert dump(store) == before
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        store.dispose()
