"""Helpers of the exchange tests: a second data folder, canonical dumps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from labinov.exchange.rows import canonical_dump
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def dump(store: Store) -> dict:
    with store.engine.connect() as connection:
        return canonical_dump(connection)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, empty data folder (another laptop)."""
    store = open_store(user_paths(tmp_path / "other"))
    yield Services(store)
    store.dispose()


@pytest.fixture
def sample(services: Services) -> str:
    """The sample workshop with a picture on a canvas; returns the workshop id."""
    workshop, _ = services.samples.create()
    project = services.projects.summaries(workshop.id)[0]
    canvas = services.canvases.list(project.id, "diagnose")
    if not canvas:
        canvas = [services.canvases.create(project.id, "diagnose", "blank", "Foto")]
    services.canvases.store_image(project.id, "wall.png", PNG)
    return workshop.id
