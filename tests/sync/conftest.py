"""Three stores for the sync tests: two laptops (SQLite data folders) and the server (the
``store`` fixture: the PostgreSQL test server when ``LABINOV_TEST_PG_URL`` is set, else a
third SQLite store standing in for it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.sync import run_sync
from labinov.sync.apply import TABLES, data_columns


@pytest.fixture
def laptop_a(tmp_path: Path) -> Iterator[Store]:
    store = open_store(user_paths(tmp_path / "laptop-a"))
    yield store
    store.dispose()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Store]:
    store = open_store(user_paths(tmp_path / "laptop-b"))
    yield store
    store.dispose()


@pytest.fixture
def server(store: Store) -> Store:
    return store


@dataclass(frozen=True)
class Shared:
    """The services of both laptops and the ids of ``project_with_notes`` (``one``)."""

    a: Services
    b: Services
    one: dict[str, Any]


@pytest.fixture
def shared(laptop_a: Store, laptop_b: Store, server: Store) -> Shared:
    """A project with four notes made on laptop A and synced to B through the server."""
    a = Services(laptop_a)
    one = project_with_notes(a)
    all_ways(laptop_a, laptop_b, server)
    return Shared(a, Services(laptop_b), one)


def all_ways(a: Store, b: Store, server: Store) -> None:
    """Sync A, B, then A again: every side has what every other had."""
    for laptop in (a, b, a):
        run_sync(laptop, server)


def same_everywhere(*stores: Store, revs: bool = True) -> dict[str, dict[str, tuple[Any, ...]]]:
    """The stores' ``rows``, checked equal."""
    first = rows(stores[0], revs)
    for other in stores[1:]:
        assert rows(other, revs) == first
    return first


def covers(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two items' rectangles overlap."""
    return (
        one["x"] < other["x"] + other["width"]
        and other["x"] < one["x"] + one["width"]
        and one["y"] < other["y"] + other["height"]
        and other["y"] < one["y"] + one["height"]
    )


def rows(store: Store, revs: bool = True) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every row of every data table, every column but the local change number, by id:
    two stores holding the same rows give equal results. ``revs=False``: without the
    versions too (rows a format-3 bundle brought have their own, and the same values
    are no reason to write)."""
    out: dict[str, dict[str, tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for table in TABLES:
            columns = [c for c in data_columns(table) if revs or c.name != "rev"]
            found = connection.execute(select(*columns).order_by(table.c.id))
            out[table.name] = {row.id: tuple(_plain(v) for v in row) for row in found}
    return out


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def count(store: Store) -> dict[str, int]:
    return {name: len(table) for name, table in rows(store).items()}


def project_with_notes(services: Services, notes: int = 4) -> dict[str, Any]:
    """A workshop, a team with two members, a project with a canvas of notes and a link."""
    workshop = services.workshops.create("Labinov Makassar 2026").id
    team = services.teams.create(workshop, "Disdukcapil").id
    members = [services.members.add(team, name).id for name in ("Nurul", "Andi")]
    project = services.projects.create(team, "Akta Lahir Sehari").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding masalah").id
    items = services.canvases.add_items(
        canvas, [{"text": f"Catatan {i}", "x": 10.0 * i, "y": 5.0} for i in range(notes)]
    )
    link = services.canvases.add_link(canvas, items[0], items[1])["id"]
    return {
        "workshop": workshop,
        "team": team,
        "members": members,
        "project": project,
        "canvas": canvas,
        "items": items,
        "link": link,
    }
