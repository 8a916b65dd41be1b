"""Settling a conflict checks the row's version like any edit: a row another app edited
since the conflict was shown (or a conflict it settled) is refused, not overwritten; the
undo of a settled conflict is refused when the row was edited since; undo and redo in turn
work from the versions they leave."""

from __future__ import annotations

import pytest

from labinov.errors import StaleWriteError
from labinov.services import Services
from labinov.store.db import Store
from labinov.sync import run_sync
from tests.sync.conftest import project_with_notes


def _board_conflict(a: Store, b: Store, server: Store) -> dict:
    one = project_with_notes(Services(a))
    for laptop in (a, b, a):
        run_sync(laptop, server)
    Services(a).canvases.rename(one["canvas"], "Pohon masalah")
    Services(b).canvases.rename(one["canvas"], "Dinding antrean")
    run_sync(a, server)
    run_sync(b, server)  # B keeps the server's title; its own is the other version
    return one


def test_a_conflict_settled_from_an_old_view_is_refused(
    laptop_a: Store, laptop_b: Store, server: Store
) -> None:
    one = _board_conflict(laptop_a, laptop_b, server)
    mine, theirs = Services(laptop_b), Services(laptop_b)  # two windows on B's store
    [shown] = mine.conflicts.unresolved(one["project"])
    assert shown.differences() == ["title"]

    theirs.canvases.rename(one["canvas"], "Pohon masalah 2")  # edited since it was shown
    with pytest.raises(StaleWriteError):
        mine.conflicts.resolve(shown.id, True, shown.ours["rev"])
    assert theirs.canvases.get(one["canvas"]).title == "Pohon masalah 2"
    assert len(theirs.conflicts.unresolved(one["project"])) == 1

    [shown] = mine.conflicts.unresolved(one["project"])  # shown again: settled
    resolution = mine.conflicts.resolve(shown.id, True, shown.ours["rev"])
    assert theirs.canvases.get(one["canvas"]).title == "Dinding antrean"
    assert resolution.rev == theirs.canvases.get(one["canvas"]).rev
    with pytest.raises(StaleWriteError):  # settled already (by the other window)
        theirs.conflicts.resolve(shown.id, False, shown.ours["rev"])

    # undo and redo from the versions they leave; an undo after another edit is refused
    after_undo = mine.conflicts.undo(resolution)
    assert theirs.canvases.get(one["canvas"]).title == "Pohon masalah 2"
    resolution = mine.conflicts.resolve(shown.id, True, after_undo)
    theirs.canvases.rename(one["canvas"], "Dinding antrean panjang")
    with pytest.raises(StaleWriteError):
        mine.conflicts.undo(resolution)
    assert theirs.canvases.get(one["canvas"]).title == "Dinding antrean panjang"
