"""Agenda, parking lot and overview in the main window's Tools menu, with undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import find_box
from tests.gui.worksheets.conftest import edit_cell

SHOTS = Path("/tmp/shots/moderator")


def sample_window(window):  # type: ignore[no-untyped-def]
    workshop_id = window.structure.open_sample()
    QApplication.processEvents()
    window.select(workshop_id)
    return window.moderator_tools, workshop_id


def test_agenda_edit_undo_and_timer(window, qtbot) -> None:
    tools, workshop_id = sample_window(window)
    services = window.context.services
    agenda = tools.show_agenda()
    assert agenda is not None and agenda.isVisible()
    QTest.mouseClick(
        agenda.findChild(type(agenda.view), "agendaTable").viewport(), Qt.MouseButton.LeftButton
    )
    agenda.add()
    agenda.add()
    assert [s.title for s in services.moderation.sessions(workshop_id)] == [
        "Sesi baru",
        "Sesi baru",
    ]
    edit_cell(agenda.view, 0, 1, "Pembukaan")
    edit_cell(agenda.view, 0, 0, "8.30")
    edit_cell(agenda.view, 0, 2, "Drum up")
    edit_cell(agenda.view, 1, 3, "45")
    sessions = services.moderation.sessions(workshop_id)
    assert (sessions[0].title, sessions[0].start_time, sessions[0].stage) == (
        "Pembukaan",
        "08:30",
        "drum_up",
    )
    assert sessions[1].minutes == 45
    edit_cell(agenda.view, 1, 3, "setengah jam")  # refused with a message
    box = find_box()
    assert box is not None and "menit" in box.text()
    box.close()
    assert services.moderation.sessions(workshop_id)[1].minutes == 45
    agenda.view.selectRow(1)
    agenda.move_current(-1)
    assert [s.minutes for s in services.moderation.sessions(workshop_id)] == [45, 30]
    stack = window.context.stack_for(None)
    stack.undo()
    assert services.moderation.sessions(workshop_id)[0].title == "Pembukaan"
    agenda.view.selectRow(0)
    agenda.delete_current()
    assert len(services.moderation.sessions(workshop_id)) == 1
    stack.undo()
    assert services.moderation.sessions(workshop_id)[0].title == "Pembukaan"
    for _ in range(6):
        stack.undo()
    assert services.moderation.sessions(workshop_id) == []
    for _ in range(6):
        stack.redo()
    assert [s.title for s in services.moderation.sessions(workshop_id)] == [
        "Pembukaan",
        "Sesi baru",
    ]
    agenda.view.selectRow(1)
    agenda.start_timer()
    timer = tools.windows[("timer", "")]
    overlay = tools.overlays.hosts[window]
    assert overlay.isVisible() and not timer.isVisible()  # over the board, not a window
    assert timer.digits.text() == overlay.digits.text() == "45:00"
    assert overlay.title.text() == timer.title_label.text() == "Sesi baru"
    SHOTS.mkdir(parents=True, exist_ok=True)
    agenda.grab().save(str(SHOTS / "agenda.png"))


def test_parking_lot(window, qtbot) -> None:
    tools, workshop_id = sample_window(window)
    services = window.context.services
    lot = tools.show_parking()
    QTest.keyClicks(lot.entry, "Siapa membiayai server?")
    QTest.keyClick(lot.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lot.list.count() == 1)
    assert lot.entry.text() == ""
    lot.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert services.moderation.parking_items(workshop_id)[0].done is True
    QTest.keyClick(lot.entry, Qt.Key.Key_Return)  # empty: refused, nothing added
    box = find_box()
    assert box is not None
    box.close()
    window.context.stack_for(None).undo()
    assert services.moderation.parking_items(workshop_id)[0].done is False
    qtbot.waitUntil(lambda: lot.list.item(0).checkState() == Qt.CheckState.Unchecked)
    lot.list.setCurrentRow(0)
    lot.delete_current()
    assert services.moderation.parking_items(workshop_id) == []
    window.context.stack_for(None).undo()
    qtbot.waitUntil(lambda: lot.list.count() == 1)
    lot.grab().save(str(SHOTS / "parking.png"))


def test_overview_every_team_and_one_click_switch(window, qtbot) -> None:
    tools, workshop_id = sample_window(window)
    services = window.context.services
    overview = tools.show_overview()
    model = overview.model
    teams = services.teams.list(workshop_id)
    assert {model.row_at(r).team for r in range(model.rowCount())} == {t.name for t in teams}
    row = next(r for r in range(model.rowCount()) if model.row_at(r).project_id)
    project_id = model.row_at(row).project_id
    overview.view.selectRow(row)
    QTest.mouseClick(overview.open_button, Qt.MouseButton.LeftButton)
    assert window.current_project_id() == project_id
    services.worksheets.set_answer(project_id, "drum_up", "issues", ["Antrean"])
    window.context.project_changed(project_id)
    assert model.row_at(row).progress["drum_up"].filled >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    overview.grab().save(str(SHOTS / "overview.png"))


def test_tools_need_a_workshop(window, qtbot) -> None:
    tools = window.moderator_tools
    assert window.action_map["tools_overview"].text() == "&Ikhtisar lokakarya…"
    assert tools.show_overview() is None
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "chooseWorkshopBox")
    assert box.isVisible()
    box.close()


def test_readiness_of_the_innovation(window, qtbot) -> None:
    tools, workshop_id = sample_window(window)
    services = window.context.services
    project_id = services.projects.summaries(workshop_id)[0].id
    assert tools.show_readiness() is None  # a workshop is selected, not an innovation
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "chooseProjectBox")
    box.close()
    window.select(project_id)
    view = tools.show_readiness()
    assert view.stages.item(0, 1).text() == "4/4"  # the sample's Drum up is complete
    assert view.stages.item(3, 1).text() == "4/5"  # Delivery under way: evidence missing
    assert "Bukti" in view.stages.item(3, 2).text()
    titles = [view.proposal.item(r, 0).text() for r in range(view.proposal.rowCount())]
    assert "Ringkasan" in titles
    row = titles.index("Ringkasan")
    services.worksheets.set_answer(project_id, "display", "showcase_summary", "kata " * 201)
    window.context.project_changed(project_id)
    assert view.proposal.item(row, 1).text() == "201 / 200"
    assert view.proposal.item(row, 2).text() == "kelebihan 1 kata"
    # a part written from other answers is named as the PDF's readiness appendix names it
    parts = services.worksheets.readiness(project_id).proposal
    drafted = [n for n, part in enumerate(parts) if part.drafted]
    assert drafted, "the sample has a part composed from other answers"
    state = view.proposal.item(drafted[0], 2).text()
    assert state.startswith("disusun dari jawaban lain; sumber: Drum up ▸ Kelembagaan")
    problems = len(services.worksheets.readiness(project_id).proposal_problems)
    assert view.note.text() == (
        f"{problems} teks proposal masih kosong, terlalu panjang, atau disusun dari jawaban lain."
    )
    view.grab().save(str(SHOTS / "readiness.png"))
