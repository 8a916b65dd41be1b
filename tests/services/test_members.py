"""A team's members set in one call: kept ids, checked rows, and undo by the previous rows."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.services import Services


def _rows(services: Services, team_id: str) -> list[tuple[str, str, str, str, str]]:
    return [(m.id, m.name, m.nip, m.position, m.role) for m in services.members.list(team_id)]


def test_set_team_updates_adds_removes_and_undoes(services: Services) -> None:
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "Dinas Kesehatan")
    leader = services.members.add(team.id, "dr. Arif", role="ketua")
    gone = services.members.add(team.id, "Nurul", position="Staf")
    before = _rows(services, team.id)

    previous = services.members.set_team(
        team.id,
        [
            {"name": "Ahmad Yani <b>&</b> 😀", "role": "anggota"},  # new, first
            {"id": leader.id, "name": " dr. Muhammad Arif ", "nip": "1972", "role": "ketua"},
        ],
    )
    after = services.members.list(team.id)
    assert [m.name for m in after] == ["Ahmad Yani <b>&</b> 😀", "dr. Muhammad Arif"]
    assert after[1].id == leader.id and after[1].nip == "1972"  # updated in place
    assert gone.id not in {m.id for m in after}

    services.members.set_team(team.id, previous)  # undo
    assert _rows(services, team.id) == before  # the removed member is back with its id


def test_a_bad_row_changes_nothing(services: Services) -> None:
    workshop = services.workshops.create("W")
    team = services.teams.create(workshop.id, "T")
    services.members.add(team.id, "Rudi")
    before = _rows(services, team.id)
    with pytest.raises(UserError):
        services.members.set_team(team.id, [{"name": "Sitti"}, {"name": "   "}])
    with pytest.raises(UserError):
        services.members.set_team(team.id, [{"name": "Sitti", "role": "bos"}])
    assert _rows(services, team.id) == before
