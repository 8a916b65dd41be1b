"""The worksheet panel driven like a user: typing, word limits, tables, USG, undo, bad input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.worksheets.table_model import WorksheetTableModel
from labinov.method.worksheets import field_of
from tests.gui.conftest import find_box
from tests.gui.worksheets.conftest import edit_cell, type_into


def test_word_count_at_limit_and_one_over(make_panel, context, project_id) -> None:
    panel = make_panel("diagnose")
    field = panel.texts["problem_statement"]
    limit = field.item.max_words
    field.editor.setFocus()
    QTest.keyClicks(field.editor, " ".join(["antre"] * limit))
    assert field.count_label.text() == f"{limit} / {limit} kata"
    assert field.count_label.property("over") is False and not field.over_limit
    QTest.keyClicks(field.editor, " lagi")
    assert field.over_limit and field.count_label.property("over") is True
    assert "Melebihi batas" in field.count_label.text()
    field.saver.flush()  # too long is still saved: the team shortens it later
    stored = context.services.worksheets.answer(project_id, "diagnose", "problem_statement")
    assert len(stored.split()) == limit + 1
    QTest.keyClick(field.editor, Qt.Key.Key_Backspace)  # "lag": still limit + 1 words
    assert field.over_limit
    for _ in range(4):
        QTest.keyClick(field.editor, Qt.Key.Key_Backspace)
    assert not field.over_limit and field.count_label.property("over") is False


def test_usg_ranks_recomputed_on_each_edit_with_tie_rule(make_panel, context, project_id) -> None:
    panel = make_panel("diagnose")
    table = panel.tables["usg"]
    view, model = table.view, table.model
    for problem in ("Antrean akta", "Formulir rumit", "Data ganda"):
        QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        edit_cell(view, model.rowCount() - 1, 0, problem)
    assert model.data(model.index(0, 5)) == ""  # no rank before scores
    assert "belum ada" in table.chosen_label.text()
    scores = [(3, 4, 5), (5, 3, 4), (5, 4, 3)]  # all total 12: U then S decides
    for row, values in enumerate(scores):
        for column, value in enumerate(values, start=1):
            edit_cell(view, row, column, str(value))
    assert [model.data(model.index(r, 4)) for r in range(3)] == ["12", "12", "12"]
    assert [model.data(model.index(r, 5)) for r in range(3)] == ["3", "2", "1"]
    assert "Data ganda" in table.chosen_label.text()
    edit_cell(view, 0, 1, "5")  # one edit: 5+4+5 = 14 now leads
    assert [model.data(model.index(r, 5)) for r in range(3)] == ["1", "3", "2"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "Antrean akta" in table.chosen_label.text()
    context.stack_for(project_id).undo()
    assert [model.data(model.index(r, 5)) for r in range(3)] == ["3", "2", "1"]
    # a score outside 1–5 is refused in the cell, with a message, and nothing changes
    before = context.services.worksheets.answer(project_id, "diagnose", "usg")
    edit_cell(view, 1, 2, "7")
    box = find_box()
    assert box is not None and "1 sampai 5" in box.text()
    box.close()
    assert context.services.worksheets.answer(project_id, "diagnose", "usg") == before


def test_action_plan_add_edit_reorder_delete_with_undo(make_panel, context, project_id) -> None:
    panel = make_panel("design")
    table = panel.tables["action_plan"]
    view, model, stack = table.view, table.model, context.stack_for(project_id)
    ws = context.services.worksheets

    def activities() -> list[str]:
        return [row["activity"] for row in ws.answer(project_id, "design", "action_plan") or []]

    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(view, 0, 0, "Sosialisasi")
    edit_cell(view, 0, 5, "Rp 2.500.000")
    edit_cell(view, 0, 6, "Berjalan")
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(view, 1, 0, "Pelatihan petugas")
    assert activities() == ["Sosialisasi", "Pelatihan petugas"]
    assert model.data(model.index(0, 5)) == "Rp 2.500.000"
    assert model.data(model.index(0, 6)) == "Berjalan"
    assert ws.answer(project_id, "design", "action_plan")[0]["status"] == "berjalan"

    # non-numeric budget refused in the cell with a message
    edit_cell(view, 1, 5, "dua juta")
    box = find_box()
    assert box is not None and "Rupiah" in box.text()
    box.close()
    assert ws.answer(project_id, "design", "action_plan")[1]["budget"] is None

    table.select_row(1)
    QTest.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    assert activities() == ["Pelatihan petugas", "Sosialisasi"]
    assert table.current_row() == 0
    QTest.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert activities() == ["Sosialisasi"]
    assert model.rowCount() == 1

    stack.undo()  # delete
    assert activities() == ["Pelatihan petugas", "Sosialisasi"] and model.rowCount() == 2
    stack.undo()  # move
    assert activities() == ["Sosialisasi", "Pelatihan petugas"]
    stack.redo()
    assert activities() == ["Pelatihan petugas", "Sosialisasi"]
    while stack.canUndo():
        stack.undo()
    assert ws.answer(project_id, "design", "action_plan") is None and model.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert activities() == ["Sosialisasi"] and model.data(model.index(0, 5)) == "Rp 2.500.000"


def test_typing_is_one_undo_step_and_hundred_thousand_characters(
    make_panel, context, project_id
) -> None:
    panel = make_panel("display")
    big = ("Pelajaran penting " * 6000)[:100_000]
    type_into(panel, "lessons_learned", big)
    ws = context.services.worksheets
    assert ws.answer(project_id, "display", "lessons_learned") == big
    again = make_panel("display")  # a fresh panel shows it whole
    assert again.texts["lessons_learned"].text() == big
    type_into(panel, "lessons_learned", big + " lagi")
    stack = context.stack_for(project_id)
    assert stack.count() == 1  # typing in one field merges
    stack.undo()
    assert ws.answer(project_id, "display", "lessons_learned") is None
    assert panel.texts["lessons_learned"].text() == ""


def test_bad_date_refused_and_marked_unsaved(make_panel, context, project_id) -> None:
    panel = make_panel("delivery")
    assert panel.texts["launch_date"].editor.placeholderText() == (
        "mis. 15 Juli 2019 atau April 2017"
    )
    type_into(panel, "launch_date", "kemarin")
    box = find_box()
    assert box is not None and "15 Juli 2019" in box.text()  # how to write one
    box.close()
    assert panel.texts["launch_date"].editor.property("unsaved") is True
    assert context.services.worksheets.answer(project_id, "delivery", "launch_date") is None
    type_into(panel, "launch_date", "4/11/2019")
    assert context.services.worksheets.answer(project_id, "delivery", "launch_date") == "2019-11-04"
    assert panel.texts["launch_date"].text() == "4 November 2019"  # shown as Indonesians write
    type_into(panel, "launch_date", "November 2019")  # only the month is known
    assert context.services.worksheets.answer(project_id, "delivery", "launch_date") == "2019-11"
    assert make_panel("delivery").texts["launch_date"].text() == "November 2019"


def test_table_model_passes_qtmodeltester(qtmodeltester, qtbot) -> None:
    item = field_of("diagnose", "usg")
    model = WorksheetTableModel(item, "id", lambda *args: True)
    model.set_rows(
        [{"problem": "A", "u": 5, "s": 4, "g": 3}, {"problem": "B", "u": None, "s": 1, "g": 1}]
    )
    qtmodeltester.check(model)
    listing = WorksheetTableModel(field_of("drum_up", "issues"), "en", lambda *args: True)
    listing.set_rows(["Antrean", "Formulir"])
    qtmodeltester.check(listing)
    assert listing.headerData(0, Qt.Orientation.Horizontal) == "First list of issues"
    QApplication.processEvents()


def test_take_root_causes_and_most_voted_ideas_from_canvases(
    make_panel, context, project_id, qtbot
) -> None:
    from PySide6.QtWidgets import QDialog

    from tests.gui.conftest import answer_dialog

    canvases = context.services.canvases
    fishbone = canvases.create(project_id, "diagnose", "fishbone")
    canvases.add_items(
        fishbone.id,
        [{"kind": "note", "text": "Petugas kurang"}, {"kind": "note", "text": "Formulir rumit"}],
    )
    wall = canvases.create(project_id, "design", "ideation_voting")
    canvases.add_items(
        wall.id,
        [
            {"kind": "note", "text": "Loket di RS", "votes": 2},
            {"kind": "note", "text": "Akta daring", "votes": 7},
        ],
    )
    panel = make_panel("diagnose")
    seen: list[list[str]] = []

    def tick_all(dialog: QDialog) -> None:
        notes = dialog.list
        seen.append([notes.item(i).text() for i in range(notes.count())])
        for i in range(notes.count()):
            notes.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    answer_dialog(qtbot, tick_all)
    QTest.mouseClick(panel.tables["root_causes"].canvas_button, Qt.MouseButton.LeftButton)
    ws = context.services.worksheets
    assert ws.answer(project_id, "diagnose", "root_causes") == ["Petugas kurang", "Formulir rumit"]

    def accept(dialog: QDialog) -> None:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.accept()  # voted notes come ticked

    answer_dialog(qtbot, accept)
    QTest.mouseClick(panel.tables["candidate_ideas"].canvas_button, Qt.MouseButton.LeftButton)
    assert seen[1] == ["Akta daring  (7 suara)", "Loket di RS  (2 suara)"]
    assert ws.answer(project_id, "diagnose", "candidate_ideas") == ["Akta daring", "Loket di RS"]
    context.stack_for(project_id).undo()
    assert ws.answer(project_id, "diagnose", "candidate_ideas") is None
    assert panel.tables["root_causes"].model.rowCount() == 2


def test_team_roles_taken_from_the_team_members(make_panel, context, project_id) -> None:
    services = context.services
    team_id = services.projects.get(project_id).team_id
    services.members.add(team_id, "Hj. Nurhayati Said", position="Kepala Bidang", role="ketua")
    services.members.add(team_id, "Rudi Hartono", role="anggota")
    panel = make_panel("drum_up")
    table = panel.tables["team_roles"]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(table.view, 0, 0, "Rudi Hartono")  # already typed by hand: not added twice
    QTest.mouseClick(table.members_button, Qt.MouseButton.LeftButton)
    rows = context.services.worksheets.answer(project_id, "drum_up", "team_roles")
    assert [(r["name"], r["role"]) for r in rows] == [
        ("Rudi Hartono", None),
        ("Hj. Nurhayati Said", "ketua"),
    ]
    assert table.model.data(table.model.index(1, 3)) == "Ketua"
    assert not panel.take_members("team_roles")  # nothing new
    context.stack_for(project_id).undo()
    assert len(context.services.worksheets.answer(project_id, "drum_up", "team_roles")) == 1


def test_non_numeric_score_and_number_refused_in_the_cell(make_panel, context, project_id) -> None:
    ws = context.services.worksheets
    panel = make_panel("design")
    scores = panel.tables["idea_scores"]
    QTest.mouseClick(scores.add_button, Qt.MouseButton.LeftButton)
    edit_cell(scores.view, 0, 0, "Akta daring")
    edit_cell(scores.view, 0, 1, "4")
    before = ws.answer(project_id, "design", "idea_scores")
    edit_cell(scores.view, 0, 1, "tinggi")
    box = find_box()
    assert box is not None and "tinggi" in box.text() and "1 sampai 5" in box.text()
    box.close()
    assert ws.answer(project_id, "design", "idea_scores") == before
    assert scores.model.data(scores.model.index(0, 1)) == "4"
    delivery = make_panel("delivery")
    indicators = delivery.tables["indicators"]
    QTest.mouseClick(indicators.add_button, Qt.MouseButton.LeftButton)
    column = [c.key for c in field_of("delivery", "indicators").columns].index("baseline")
    edit_cell(indicators.view, 0, column, "empat belas")
    box = find_box()
    assert box is not None and "tidak berisi angka" in box.text() and "Nilai awal" in box.text()
    assert "belum diukur" in box.text()  # the accepted forms are shown
    box.close()
    assert ws.answer(project_id, "delivery", "indicators")[0]["baseline"] is None
    edit_cell(indicators.view, 0, column, "12,5")
    assert ws.answer(project_id, "delivery", "indicators")[0]["baseline"] == 12.5


def test_full_disk_keeps_answer_on_screen_and_table_unchanged(
    make_panel, context, project_id, store
) -> None:
    from tests.store.test_db import fill_disk

    ws = context.services.worksheets
    panel = make_panel("design")
    table = panel.tables["action_plan"]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(table.view, 0, 0, "Sosialisasi")
    stack = context.stack_for(project_id)
    steps = stack.count()
    fill_disk(store)
    # what the cell editor commits (typing 5,000 keys is slow); needs new pages in the file
    table.model.setData(table.model.index(0, 4), "Keluaran " * 600, Qt.ItemDataRole.EditRole)
    box = find_box()
    assert box is not None and "Disk penuh" in box.text()
    box.close()
    assert ws.answer(project_id, "design", "action_plan")[0]["output"] == ""
    assert table.model.data(table.model.index(0, 4)) == ""
    text = "Kerja sama <RS> & puskesmas 😀 " * 2000
    type_into(panel, "how_it_works", text)
    box = find_box()
    assert box is not None and "Disk penuh" in box.text()
    box.close()
    assert panel.texts["how_it_works"].text() == text  # kept on screen, marked unsaved
    assert panel.texts["how_it_works"].editor.property("unsaved") is True
    assert ws.answer(project_id, "design", "how_it_works") is None
    assert stack.count() == steps  # nothing to undo: nothing happened


def test_add_row_puts_the_keyboard_in_the_new_row(qtbot, make_panel, context, project_id) -> None:
    """After "Add row" (clicked, or Space on it after Tab) typing fills the new row. The focus
    stayed on the button: the typed words were lost and each space added another row."""
    panel = make_panel("drum_up")
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window(), timeout=3000)
    table = panel.tables["issues"]
    table.add_button.setFocus()
    QTest.keyClick(table.add_button, Qt.Key.Key_Space)
    typed = "Berkas izin UMK tidak lengkap: 1.200 pemohon, 94,53%"
    QTest.keyClicks(QApplication.focusWidget(), typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call
    assert context.services.worksheets.answer(project_id, "drum_up", "issues") == [typed]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(QApplication.focusWidget(), "Pemohon bolak-balik ke MPP")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    stored = context.services.worksheets.answer(project_id, "drum_up", "issues")
    assert stored == [typed, "Pemohon bolak-balik ke MPP"]


def test_the_form_does_not_jump_as_the_missing_list_shortens(make_panel) -> None:
    """Filling the USG table shortens "Still missing: …" from two lines to one; the form
    moved up under the mouse and the next click hit the wrong button."""
    panel = make_panel("diagnose")
    table = panel.tables["usg"]
    label = panel.progress_label
    metrics = label.fontMetrics()
    before = label.text()
    after = before.replace("0/6", "1/6").replace("Prioritas masalah (USG); ", "")
    # wide enough for the shorter text on one line, too narrow for the longer one
    panel.resize(metrics.horizontalAdvance(after) + 60, 900)
    QApplication.processEvents()
    assert metrics.horizontalAdvance(before) > label.width() > metrics.horizontalAdvance(after)
    lines_before = label.height() // label.fontMetrics().lineSpacing()
    assert lines_before >= 2, label.text()
    y_before = table.add_button.mapTo(panel, table.add_button.rect().topLeft()).y()
    for row, problem in enumerate(("Berkas izin tidak lengkap", "Tidak ada notifikasi")):
        QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        edit_cell(table.view, row, 0, problem)
        for column, score in ((1, "5"), (2, "4"), (3, str(4 - row))):
            edit_cell(table.view, row, column, score)
    QApplication.processEvents()
    assert label.text() == after  # one line now
    y_after = table.add_button.mapTo(panel, table.add_button.rect().topLeft()).y()
    assert y_after == y_before
    panel.resize(1300, 900)  # a wider window measures again: the room comes back
    QApplication.processEvents()
    assert label.height() < lines_before * label.fontMetrics().lineSpacing()
