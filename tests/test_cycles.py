"""No import cycles inside a package: a module that needs another at run time and is
needed by it cannot be understood, tested or moved alone (issue #14)."""

from __future__ import annotations

from itertools import permutations

import grimp
import pytest

PACKAGES = (
    "labinov.store",
    "labinov.method",
    "labinov.services",
    "labinov.exchange",
    "labinov.report",
)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("labinov")


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle_inside(graph: grimp.ImportGraph, package: str) -> None:
    modules = sorted(graph.find_descendants(package) | {package})
    cycles = []
    for first, second in permutations(modules, 2):
        if graph.direct_import_exists(importer=first, imported=second):
            back = graph.find_shortest_chain(importer=second, imported=first)
            if back is not None:
                cycles.append((first, *back))
    assert not cycles, cycles
