"""Two staff on one stage (PostgreSQL server, or one SQLite file opened twice): a status
button pressed on a page loaded before the other app changed the stage is refused, and an
undo that would put back a status over the other's is refused too; the page reloads and
says so once."""

from __future__ import annotations

from labinov.gui.commands import safe_undo_redo
from labinov.gui.stage_page import StagePage
from labinov.method.stages import Stage
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, two_staff, two_stores  # noqa: F401


def test_two_staff_change_one_stages_status(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    stages = mine.services.stages
    page = StagePage(theirs, project, Stage.DIAGNOSE)
    qtbot.addWidget(page)
    page.show()

    stages.start(project, Stage.DIAGNOSE)  # A, while B's page shows "not started"
    stages.complete(project, Stage.DIAGNOSE, "Dikerjakan di kertas plano")
    assert not page.start()  # refused: it would take A's "done" back to "in progress"
    assert stages.get(project, Stage.DIAGNOSE).status == "done"
    assert page.reopen_button.isVisibleTo(page)  # reloaded: the page shows "done"
    assert error_boxes(page) == [MESSAGE]
    assert theirs.stack_for(project).count() == 0

    assert page.reopen()  # from the reloaded version
    assert stages.get(project, Stage.DIAGNOSE).status == "in_progress"
    stages.complete(project, Stage.DIAGNOSE, "Selesai setelah rapat")  # A again
    safe_undo_redo(theirs.stack_for(project), page, redo=False)
    work = stages.get(project, Stage.DIAGNOSE)
    assert (work.status, work.override_reason) == ("done", "Selesai setelah rapat")
    assert error_boxes(page) == [MESSAGE, MESSAGE]


def test_archiving_from_an_old_page_is_refused(qtbot, make_window) -> None:
    from tests.gui.layout.helpers import sample_project

    window = make_window()
    project = sample_project(window, with_canvas=False)
    projects = window.context.services.projects
    window.structure.toggle_archive()  # from the version the project page loaded
    assert projects.get(project).archived
    window.context.stack_for(None).undo()
    assert not projects.get(project).archived

    other = type(projects)(window.context.services.store)  # another app on this store
    other.rename(project, "Akta Kilat")
    window.structure.toggle_archive()
    assert not projects.get(project).archived  # refused, reloaded, said once
    assert error_boxes(window) == [MESSAGE]
    window.structure.toggle_archive()  # from the reloaded version
    assert projects.get(project).archived
