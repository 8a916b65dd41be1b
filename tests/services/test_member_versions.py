"""A team's member list is written whole (the members dialog), so it is checked whole: a
list loaded before another app added, removed or edited a member is refused and changes
nothing; from the current version it is written, and its undo is checked likewise."""

from __future__ import annotations

import pytest

from labinov.errors import StaleWriteError
from labinov.services import Services
from labinov.store.db import Store


def _names(services: Services, team: str) -> list[str]:
    return [member.name for member in services.members.list(team)]


@pytest.fixture
def team(services: Services) -> str:
    workshop = services.workshops.create("Labinov Makassar 2026").id
    team = services.teams.create(workshop, "Disdukcapil").id
    services.members.set_team(team, [{"name": "Nurul"}, {"name": "Andi"}])
    return team


def test_a_member_list_loaded_before_another_apps_edit_is_refused(store: Store, team: str) -> None:
    mine, theirs = Services(store), Services(store)
    loaded, version = theirs.members.versioned_list(team)  # B opens the dialog
    rows = [{"id": m.id, "name": m.name} for m in loaded]

    for edit in (
        lambda: mine.members.add(team, "Sitti"),  # added since
        lambda: mine.members.update(loaded[0].id, position="Kepala Bidang"),  # edited since
        lambda: mine.members.remove(loaded[1].id),  # removed since
    ):
        edit()
        current = _names(mine, team)
        with pytest.raises(StaleWriteError):
            theirs.members.replace_team(team, [*rows, {"name": "Rahmat"}], version)
        assert _names(mine, team) == current  # nothing dropped, nothing added

    # from the current version: written, and the undo checks the version it left
    loaded, version = theirs.members.versioned_list(team)
    rows = [{"id": m.id, "name": m.name} for m in loaded]
    previous, after = theirs.members.replace_team(team, [*rows, {"name": "Rahmat"}], version)
    assert _names(mine, team) == ["Nurul", "Sitti", "Rahmat"]
    assert after == theirs.members.versioned_list(team)[1]
    mine.members.update(loaded[0].id, nip="19800101")
    with pytest.raises(StaleWriteError):
        theirs.members.replace_team(team, previous, after)
    assert _names(mine, team) == ["Nurul", "Sitti", "Rahmat"]
