"""Two apps on one database (issue 16, item 2): each with its own store — the PostgreSQL
test server (skipped without one), and a SQLite file opened twice (two windows)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from labinov.app import build_context
from labinov.gui.context import AppContext
from labinov.paths import user_paths
from labinov.store.db import Store, open_store

MESSAGE = "Catatan ini baru saja diubah orang lain; tampilan dimuat ulang"


@pytest.fixture(params=["postgresql", "sqlite"])
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    if request.param == "postgresql":
        from labinov.store.engines import open_server_engine, schema_guard

        first: Store = request.getfixturevalue("server_store")
        url = first.engine.url.render_as_string(hide_password=False)
        second = Store(open_server_engine(url), guard=schema_guard(url))
        yield first, second
        second.dispose()
        return
    first = open_store(user_paths(tmp_path / "data"))
    second = open_store(user_paths(tmp_path / "data"))
    yield first, second
    second.dispose()
    first.dispose()


@dataclass
class TwoStaff:
    """Two apps (``mine``, ``theirs``) on one database, and a project made by the first."""

    mine: AppContext
    theirs: AppContext
    team: str
    project: str


@pytest.fixture
def two_staff(two_stores: tuple[Store, Store], tmp_path: Path, language: str) -> TwoStaff:
    first, second = two_stores
    mine = build_context(first, user_paths(tmp_path / "mine"), language)
    theirs = build_context(second, user_paths(tmp_path / "theirs"), language)
    services = mine.services
    assert services is not None
    workshop = services.workshops.create("Labinov Kota Makassar 2026")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    return TwoStaff(mine, theirs, team.id, project)


def error_boxes(widget: QWidget) -> list[str]:
    """The texts of the error boxes shown over ``widget`` (``show_user_error``)."""
    return [box.text() for box in widget.findChildren(QMessageBox, "userErrorBox")]


def on_screen(qtbot, widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:  # type: ignore[no-untyped-def]
    """``widget`` on the screen (closed by ``qtbot`` after the test)."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
