"""Two staff editing one team's members (PostgreSQL server, or one SQLite file opened twice):
the members dialog's list, loaded before the other app added a member, is refused instead of
dropping that member; the window says so once and nothing reaches the undo stack. From the
list as it now is, the edit is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from labinov.app import build_main_window
from tests.gui.two_stores import MESSAGE, TwoStaff, two_staff, two_stores  # noqa: F401


def test_two_staff_edit_one_teams_members(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, team = two_staff.mine, two_staff.theirs, two_staff.team
    window = build_main_window(theirs)
    qtbot.addWidget(window)
    members = mine.services.members
    members.set_team(team, [{"name": "Nurul"}])
    loaded, version = theirs.services.members.versioned_list(team)  # B's dialog opens

    members.add(team, "Sitti")  # A, meanwhile
    rows = [{"id": m.id, "name": m.name} for m in loaded] + [{"name": "Andi"}]
    assert not window.structure.set_members(team, rows, version)
    assert [m.name for m in members.list(team)] == ["Nurul", "Sitti"]  # Sitti not dropped
    boxes = [box.text() for box in window.findChildren(QMessageBox, "userErrorBox")]
    assert boxes == [MESSAGE]
    assert theirs.stack_for(None).count() == 0

    loaded, version = theirs.services.members.versioned_list(team)  # opened again
    rows = [{"id": m.id, "name": m.name} for m in loaded] + [{"name": "Andi"}]
    assert window.structure.set_members(team, rows, version)
    assert [m.name for m in members.list(team)] == ["Nurul", "Sitti", "Andi"]
    theirs.stack_for(None).undo()
    assert [m.name for m in members.list(team)] == ["Nurul", "Sitti"]
