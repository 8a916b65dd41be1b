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


def test_delete_and_f2_in_a_worksheet_table_act_on_the_row(window, qtbot) -> None:
    """Delete on a selected worksheet row deletes that row; F2 edits the cell. They went to
    the window's shortcuts: Delete asked to delete the whole project, F2 renamed it."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox

    services = window.context.services
    workshop_id = window.structure.open_sample()
    QApplication.processEvents()
    project = services.projects.summaries(workshop_id)[0]
    window.select(project.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page = window.project_page
    assert page is not None
    page.show_stage("drum_up")
    stage_page = page.stage_pages["drum_up"]
    titles = [stage_page.tabs.tabText(i) for i in range(stage_page.tabs.count())]
    stage_page.tabs.setCurrentIndex(titles.index("Lembar kerja"))
    panel = stage_page.tabs.currentWidget()
    assert isinstance(panel, WorksheetPanel)
    ws = services.worksheets
    table = panel.tables["issues"]
    assert panel.add_texts("issues", ["Antrean panjang", "Formulir rumit"])  # as from a canvas
    rows = ws.answer(project.id, "drum_up", "issues")
    assert table.model.rowCount() == len(rows) >= 2
    opened: list[str] = []

    def close_any_dialog() -> None:  # what the window's shortcut would have opened
        modal = QApplication.activeModalWidget()
        if isinstance(modal, (QMessageBox, QDialog)):
            opened.append(modal.windowTitle())
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(close_any_dialog)
    timer.start(50)
    table.view.setFocus()
    table.select_row(0)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    qtbot.wait(200)
    assert ws.answer(project.id, "drum_up", "issues") == rows[1:]
    QTest.keyClick(table.view, Qt.Key.Key_Delete)  # the next row is selected: again
    qtbot.wait(200)
    assert ws.answer(project.id, "drum_up", "issues") == rows[2:]
    assert services.projects.get(project.id) is not None and opened == []
    table.select_row(0)
    table.view.setCurrentIndex(table.model.index(0, 0))
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.wait(200)
    timer.stop()
    assert opened == [] and table.view.state() == QAbstractItemView.State.EditingState
