"""A copy of the server is not the server: a laptop's marks for one are never used for the
other, so no row is skipped. A copy made with ``pg_dump`` into another database carries
the same device id and change counter; the marks are keyed by a fingerprint it cannot
share. A store restored from an older backup (a copied SQLite file) is caught by its
counter: a mark ahead of it makes the sync compare everything."""

from __future__ import annotations

import glob
import secrets
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.sync import run_sync
from labinov.sync.marks import PEERS
from tests.sync.conftest import project_with_notes, rows


def _texts(store: Store, canvas: str) -> set[str]:
    return {item["text"] for item in Services(store).canvases.load(canvas)[0]}


def _keys(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(PEERS.c.peer_id)).scalars())


def test_a_server_restored_from_an_older_copy_skips_nothing(
    laptop_a: Store, tmp_path: Path
) -> None:
    """A SQLite store standing in for the server, copied as a backup and put back after
    the laptop synced further: the laptop's marks are ahead of its counter."""
    folder = tmp_path / "server"
    server = open_store(user_paths(folder))
    a, s = Services(laptop_a), Services(server)
    one = project_with_notes(a, notes=4)
    notes = one["items"]
    run_sync(laptop_a, server)
    server.dispose()
    shutil.copytree(folder, tmp_path / "backup")
    server = open_store(user_paths(folder))
    a.canvases.update_items({notes[0]: {"text": "Sesudah cadangan, dari laptop"}})
    Services(server).canvases.update_items({notes[1]: {"text": "Sesudah cadangan, di kantor"}})
    for _ in range(3):  # more writes on the server, then the laptop takes them
        Services(server).canvases.update_items({notes[3]: {"x": 400.0 + _}})
    run_sync(laptop_a, server)
    server.dispose()
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "backup", folder)  # the server restored from the backup
    server = open_store(user_paths(folder))
    s = Services(server)
    s.canvases.update_items({notes[2]: {"text": "Sesudah dipulihkan, di kantor"}})
    try:
        run_sync(laptop_a, server)
        assert rows(laptop_a) == rows(server)
        texts = _texts(server, one["canvas"])
        for kept in ("Sesudah cadangan, dari laptop", "Sesudah cadangan, di kantor"):
            assert kept in texts  # what the restored server had lost came back from the laptop
        assert "Sesudah dipulihkan, di kantor" in _texts(laptop_a, one["canvas"])
        assert run_sync(laptop_a, server).plan.empty()
    finally:
        server.dispose()


def _tool(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None
    )
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _dump_into(url: str, server: str) -> str:
    """``pg_dump`` of ``url`` restored into a new database of the test server."""
    from tests.pg.fixtures import create_database

    copy = create_database(server, f"clone_{secrets.token_hex(5)}")
    dump = subprocess.run(
        [_tool("pg_dump"), "--no-owner", "--dbname", _libpq(url)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    subprocess.run(
        [_tool("psql"), "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", _libpq(copy)],
        input=dump.stdout, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return copy


def _postgresql_only(db_engine: str) -> None:
    if db_engine != "postgresql":
        pytest.skip("a copy of a PostgreSQL database (the SQLite copy: the test above)")


def test_a_server_copied_with_pg_dump_is_another_peer(
    laptop_a: Store, server: Store, db_engine: str, request: pytest.FixtureRequest
) -> None:
    from labinov.store.engines import open_server_engine, schema_guard
    from labinov.store.sync_schema import read_counter
    from tests.pg.fixtures import drop_database

    _postgresql_only(db_engine)
    pg_server = request.getfixturevalue("pg_server")

    a = Services(laptop_a)
    one = project_with_notes(a, notes=4)
    notes = one["items"]
    run_sync(laptop_a, server)
    url = _dump_into(server.engine.url.render_as_string(hide_password=False), pg_server)
    clone = Store(open_server_engine(url), guard=schema_guard(url))
    try:
        # the clone's office edits a note first, then writes more than the laptop's mark
        Services(clone).canvases.update_items({notes[2]: {"text": "Di salinan server"}})
        for step in range(12):
            Services(clone).canvases.update_items({notes[3]: {"x": 300.0 + step}})
        a.canvases.update_items({notes[0]: {"text": "Dari laptop, ke server asli"}})
        for step in range(3):
            Services(server).canvases.update_items({notes[1]: {"y": 100.0 + step}})
        run_sync(laptop_a, server)
        with laptop_a.engine.connect() as connection:
            mark = connection.execute(select(PEERS.c.received_upto)).scalar_one()
        with clone.engine.connect() as connection:
            assert read_counter(connection) > mark  # the counter alone cannot tell
        run_sync(laptop_a, clone)
        assert rows(laptop_a) == rows(clone)
        assert "Di salinan server" in _texts(laptop_a, one["canvas"])  # not skipped
        assert "Dari laptop, ke server asli" in _texts(clone, one["canvas"])  # not skipped
        keys = _keys(laptop_a)
        assert len(keys) == 2 and len({key.split("/")[0] for key in keys}) == 1
        assert run_sync(laptop_a, clone).plan.empty()
        assert run_sync(laptop_a, server).plan.push  # the original: its own marks still
    finally:
        clone.dispose()
        drop_database(pg_server, make_url(url).database or "")


def test_marks_kept_by_the_device_id_alone_are_taken_over(
    laptop_a: Store, server: Store, db_engine: str
) -> None:
    """A laptop that synced before marks carried the fingerprint: its marks are used
    (no comparison of everything, no conflict), and kept under the new key."""
    _postgresql_only(db_engine)
    a = Services(laptop_a)
    one = project_with_notes(a, notes=3)
    run_sync(laptop_a, server)
    (key,) = _keys(laptop_a)
    device = key.split("/")[0]
    assert key != device
    with laptop_a.engine.begin() as connection:
        connection.execute(update(PEERS).values(peer_id=device))
    a.canvases.update_items({one["items"][0]: {"text": "Lagi"}})
    Services(server).canvases.update_items({one["items"][1]: {"text": "Di kantor"}})
    plan = run_sync(laptop_a, server).plan
    assert plan.push == {"canvasitem": 1} and plan.pull == {"canvasitem": 1}
    assert plan.conflicts == [] and _keys(laptop_a) == {key}
