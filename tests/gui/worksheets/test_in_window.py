"""The worksheet tab on the main window's stage pages, undone from the Edit menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from labinov.gui.worksheets import WorksheetPanel


def test_worksheet_tab_in_the_main_window(window, qtbot) -> None:
    services = window.context.services
    workshop_id = window.structure.open_sample()
    QApplication.processEvents()
    project_id = services.projects.summaries(workshop_id)[0].id
    window.select(project_id)
    page = window.project_page
    assert page is not None
    page.show_stage("display")
    stage_page = page.stage_pages["display"]
    titles = [stage_page.tabs.tabText(i) for i in range(stage_page.tabs.count())]
    assert "Lembar kerja" in titles
    index = titles.index("Lembar kerja")
    stage_page.tabs.setCurrentIndex(index)
    panel = stage_page.tabs.widget(index)
    assert isinstance(panel, WorksheetPanel)
    editor = panel.texts["lessons_learned"]
    editor.editor.setFocus()
    editor.editor.setPlainText("Kerja sama dengan rumah sakit mempercepat layanan.")
    editor.saver.flush()
    assert services.worksheets.answer(project_id, "display", "lessons_learned")
    tools = window.menu("tools").actions()
    assert any(action.objectName() == "tools_overview" for action in tools)
    Path("/tmp/shots/stages").mkdir(parents=True, exist_ok=True)
    window.resize(1400, 900)
    window.grab().save("/tmp/shots/stages/main_window_display.png")
    window.action_map["undoAction"].trigger()
    assert services.worksheets.answer(project_id, "display", "lessons_learned") is None
    assert editor.text() == ""
