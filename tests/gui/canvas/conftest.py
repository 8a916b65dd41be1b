"""Fixtures of the board tests: an app context on the test's store and a project."""

from __future__ import annotations

import pytest

from labinov.app import build_context
from labinov.gui.context import AppContext


@pytest.fixture
def context(store, paths, language) -> AppContext:
    return build_context(store, paths, language)


@pytest.fixture
def project_id(context: AppContext) -> str:
    services = context.services
    workshop = services.workshops.create("Labinov Kota Makassar 2019")
    team = services.teams.create(workshop.id, "Dinas Kependudukan dan Pencatatan Sipil")
    return services.projects.create(team.id, "Akta Lahir Sehari").id
