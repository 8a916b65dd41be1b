"""Two staff on one worksheet (issue 16, item 2): an answer typed on a page loaded before
another app saved the stage's answers is refused; the page reloads (the other's answer
shows, the typed text is not left marked unsaved) and says so once. From the reloaded
version the next answer is saved, and its undo is checked like any write."""

from __future__ import annotations

from labinov.gui.commands import safe_undo_redo
from labinov.gui.worksheets import WorksheetPanel
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, two_staff, two_stores  # noqa: F401
from tests.gui.worksheets.conftest import type_into


def _page(qtbot, context, project_id: str) -> WorksheetPanel:
    panel = WorksheetPanel(context, project_id, "diagnose")
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _shown(panel: WorksheetPanel, key: str) -> str:
    return panel.texts[key].saver.text()


def test_two_staff_on_one_worksheet(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    services = mine.services
    page_a, page_b = _page(qtbot, mine, project), _page(qtbot, theirs, project)

    type_into(page_a, "problem_statement", "Antrean akta lahir sampai tiga minggu")
    answers = services.worksheets.answers(project, "diagnose")
    assert answers == {"problem_statement": "Antrean akta lahir sampai tiga minggu"}

    # B loaded the stage before A's answer: refused, reloaded, told once
    type_into(page_b, "problem_statement", "Petugas kurang")
    assert services.worksheets.answers(project, "diagnose") == answers
    assert _shown(page_b, "problem_statement") == "Antrean akta lahir sampai tiga minggu"
    assert page_b.texts["problem_statement"].editor.property("unsaved") is False
    assert error_boxes(page_b) == [MESSAGE]
    assert theirs.stack_for(project).count() == 0

    # from the reloaded version B's answer is saved; A's undo is now from an old version
    type_into(page_b, "problem_statement", "Antrean tiga minggu, petugas kurang")
    stored = services.worksheets.answer(project, "diagnose", "problem_statement")
    assert stored == "Antrean tiga minggu, petugas kurang"
    safe_undo_redo(mine.stack_for(project), page_a, redo=False)  # as Edit ▸ Undo does
    # refused: it would overwrite B's newer answer
    assert services.worksheets.answer(project, "diagnose", "problem_statement") == stored
    assert _shown(page_a, "problem_statement") == stored  # A's page reloaded instead
    assert error_boxes(page_a) == [MESSAGE]
    safe_undo_redo(theirs.stack_for(project), page_b, redo=False)  # B saw the current one
    assert services.worksheets.answer(project, "diagnose", "problem_statement") == (
        "Antrean akta lahir sampai tiga minggu"
    )
