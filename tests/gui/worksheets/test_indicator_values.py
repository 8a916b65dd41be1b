"""The indicator table takes values as people write them; a refused value shows why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.method.worksheets import field_of
from tests.gui.conftest import find_box
from tests.gui.worksheets.conftest import edit_cell

COLUMNS = [c.key for c in field_of("delivery", "indicators").columns]
TYPED = [  # (typed, stored number)
    ("1.200", 1200),
    ("1.250.000", 1_250_000),
    ("1,7", 1.7),
    ("1,7 (2013)", 1.7),
    ("±80", 80),
    (">200", 200),
    ("500–600", 550),
    ("6 menit", 6),
    ("Rp1.250.000,00", 1_250_000),
    ("94,53 persen", 94.53),
    ("nihil", 0),
    ("belum diukur", None),
    ("-", None),
]


def test_indicator_cells_keep_what_was_typed(make_panel, context, project_id) -> None:
    ws = context.services.worksheets
    table = make_panel("delivery").tables["indicators"]
    view, model = table.view, table.model
    baseline, actual = COLUMNS.index("baseline"), COLUMNS.index("actual")
    for row, (typed, number) in enumerate(TYPED):
        QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        edit_cell(view, row, 0, f"Indikator {row + 1}")
        edit_cell(view, row, baseline, typed)
        assert find_box() is None, typed
        stored = ws.answer(project_id, "delivery", "indicators")[row]
        assert stored["baseline"] == number and stored["baseline_text"] == typed, typed
        assert model.data(model.index(row, baseline)) == typed  # shown as typed
    # mixed units in one row: "6 menit" → "20 detik"
    edit_cell(view, 7, actual, "20 detik")
    row = ws.answer(project_id, "delivery", "indicators")[7]
    assert (row["baseline"], row["actual"], row["actual_text"]) == (6, 20, "20 detik")


def test_refused_values_show_why_and_change_nothing(make_panel, context, project_id) -> None:
    ws = context.services.worksheets
    table = make_panel("delivery").tables["indicators"]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(table.view, 0, 0, "Waktu layanan")
    column = COLUMNS.index("target")
    edit_cell(table.view, 0, column, "1.5")
    box = find_box()
    assert box is not None and "1,5 atau 15?" in box.text()
    box.close()
    edit_cell(table.view, 0, column, "cepat sekali")
    box = find_box()
    assert box is not None and "tidak berisi angka" in box.text() and "±80 persen" in box.text()
    box.close()
    assert ws.answer(project_id, "delivery", "indicators")[0].get("target") is None
    assert "target_text" not in ws.answer(project_id, "delivery", "indicators")[0]


@pytest.mark.parametrize("language", ["en"])
def test_english_rules_in_the_english_ui(make_panel, context, project_id) -> None:
    ws = context.services.worksheets
    table = make_panel("delivery").tables["indicators"]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    edit_cell(table.view, 0, 0, "Waiting time")
    column = COLUMNS.index("baseline")
    edit_cell(table.view, 0, column, "1,200 cases")
    assert ws.answer(project_id, "delivery", "indicators")[0]["baseline"] == 1200
    edit_cell(table.view, 0, column, "1.5")
    assert ws.answer(project_id, "delivery", "indicators")[0]["baseline"] == 1.5


def test_old_number_is_marked_in_the_cell(make_panel, context, project_id) -> None:
    ws = context.services.worksheets
    old = [{"name": "Akta terbit", "unit": "akta", "baseline": 1.2, "baseline_check": True}]
    ws.set_answer(project_id, "delivery", "indicators", old)
    table = make_panel("delivery").tables["indicators"]
    index = table.model.index(0, COLUMNS.index("baseline"))
    assert table.model.data(index) == "1,2"
    assert "Periksa angka ini" in table.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert table.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    edit_cell(table.view, 0, COLUMNS.index("baseline"), "1.200")  # corrected: the mark goes
    row = ws.answer(project_id, "delivery", "indicators")[0]
    assert row["baseline"] == 1200 and "baseline_check" not in row
    assert ws.suspect_numbers(project_id) == []


def test_readiness_lists_old_numbers_to_check_and_confirms_them(qtbot, context, project_id) -> None:
    from labinov.gui.worksheets.readiness import ReadinessView

    ws = context.services.worksheets
    old = [
        {"name": "Akta terbit", "baseline": 1.2, "baseline_check": True, "target": 1500},
        {"name": "Cakupan", "baseline": 80, "actual": 130.355, "actual_check": True},
    ]
    ws.set_answer(project_id, "delivery", "indicators", old)
    view = ReadinessView(context, project_id)
    qtbot.addWidget(view)
    view.show()
    listing = view.suspects
    assert listing.isVisible() and listing.table.rowCount() == 2
    assert "Periksa angka" in listing.title.text()
    assert listing.table.item(0, 1).text() == "Indikator, baris 1, Nilai awal"
    assert listing.table.item(0, 2).text() == "1,2"
    assert listing.table.item(1, 2).text() == "130,355"
    listing.table.selectRow(1)
    QTest.mouseClick(listing.confirm_button, Qt.MouseButton.LeftButton)
    assert [s.value for s in ws.suspect_numbers(project_id)] == [1.2]
    assert listing.table.rowCount() == 1  # refreshed through project_changed
    assert ws.answer(project_id, "delivery", "indicators")[1]["actual"] == 130.355  # kept
    context.stack_for(project_id).undo()
    assert len(ws.suspect_numbers(project_id)) == 2 and listing.table.rowCount() == 2
    ws.set_answer(project_id, "delivery", "indicators", [{"name": "Baru", "baseline": 5}])
    context.project_changed(project_id)
    assert not listing.isVisible()  # nothing to check: the list is hidden
