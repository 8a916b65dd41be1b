"""Two staff renaming one project (issue 16, item 2): the title typed on a page loaded
before the other app renamed it is refused, the page shows the other's title (not marked
unsaved) and says so once; the rename dialog checks the version it loaded when it opened.
"""

from __future__ import annotations

import pytest

from labinov.errors import StaleWriteError
from labinov.gui.project_page import ProjectPage
from labinov.gui.structure_commands import update_command
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, two_staff, two_stores  # noqa: F401


def test_two_staff_rename_one_project(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    services, team = mine.services, two_staff.team
    page = ProjectPage(theirs, project)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    # A renames while B's page shows the first title
    assert services.projects.rename(project, "Akta Kilat") == "Akta Lahir Sehari"
    page.title.setFocus()
    page.title.setText("Akta Sehari Jadi")
    page.title_saver.flush()
    assert services.projects.get(project).title == "Akta Kilat"
    assert page.title.text() == "Akta Kilat"  # reloaded
    assert page.title.property("unsaved") is False
    assert error_boxes(page) == [MESSAGE]
    assert theirs.stack_for(project).count() == 0

    # from the reloaded version B's title is saved, and undone to A's
    page.title.setText("Akta Sehari Jadi")
    page.title_saver.flush()
    assert services.projects.get(project).title == "Akta Sehari Jadi"
    theirs.stack_for(project).undo()
    assert services.projects.get(project).title == "Akta Kilat"

    # a team renamed through a dialog opened (version recorded) before A's rename
    key = ("team", team)
    theirs.versions.record(key, theirs.services.teams.get(team).rev)
    services.teams.update(team, name="Dinas Dukcapil")
    command = update_command(
        theirs,
        "Rename team",
        theirs.services.teams.update,
        team,
        {"name": "Disdukcapil Kota"},
        version_key=key,
    )
    with pytest.raises(StaleWriteError):  # the caller (execute) shows it
        command.redo()
    assert services.teams.get(team).name == "Dinas Dukcapil"
    theirs.versions.record(key, theirs.services.teams.get(team).rev)  # the view reloaded
    command.redo()
    assert services.teams.get(team).name == "Disdukcapil Kota"
