"""Helpers of the exchange tests: a second data folder, canonical dumps, a good bundle and
its entries to break."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from labinov.exchange.export import export_bundle
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


@pytest.fixture
def good(services: Services, sample: str, tmp_path: Path) -> Path:
    """A valid bundle of the sample's first project."""
    path = tmp_path / "good.labinov"
    project = services.projects.summaries(sample)[0]
    export_bundle(services.store, "project", project.id, path)
    return path


def read_entries(path: Path) -> dict[str, bytes]:
    """A bundle's entries by name."""
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(target: Path, entries: dict[str, bytes]) -> Path:
    """A bundle (or anything) of ``entries``, written to ``target``."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return target
