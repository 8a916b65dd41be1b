"""A sample project's five worksheets filled through the UI; the gate; languages; screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from labinov.gui.stage_page import StagePage
from labinov.gui.worksheets import worksheet_panel
from labinov.method import gates
from labinov.method.stages import STAGES, Stage
from labinov.method.worksheets import DATE, LIST, TEXT, worksheet
from tests.gui.conftest import find_box
from tests.gui.worksheets.conftest import edit_cell

SHOTS = Path("/tmp/shots/stages")
SAMPLE_CELL = {
    "text": "Nurhayati Said",
    "number": "1284",
    "measure": "1.284 akta (2019)",
    "rupiah": "Rp 2.500.000",
    "date": "2019-09-02",
    "score": "4",
}


def cell_text(column) -> str:  # type: ignore[no-untyped-def]
    if column.type == "choice":
        return column.choice_label(column.choices[0][0], "id")
    return SAMPLE_CELL[column.type]


def make_page(qtbot, context, project_id: str, stage: Stage) -> StagePage:  # type: ignore[no-untyped-def]
    page = StagePage(context, project_id, stage, [worksheet_panel])
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.tabs.setCurrentIndex(1)
    return page


def fill(page: StagePage) -> None:
    panel = page.tabs.widget(1)
    for item in worksheet(page.stage):
        if item.kind in (TEXT, DATE):
            editor = panel.texts[item.key].editor
            editor.setFocus()
            text = "2019-09-02" if item.kind == DATE else "Antrean akta kelahiran di kantor dinas"
            QTest.keyClicks(editor, text)
            if isinstance(editor, QPlainTextEdit):
                panel.texts[item.key].saver.flush()  # what leaving the field does
            else:
                QTest.keyClick(editor, Qt.Key.Key_Return)
            continue
        table = panel.tables[item.key]
        for row in range(max(item.min_items, 2)):
            QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
            if item.kind == LIST:
                edit_cell(table.view, row, 0, f"Isian {row + 1}")
                continue
            for column_number, column in enumerate(item.columns):
                edit_cell(table.view, row, column_number, cell_text(column))
    QApplication.processEvents()


def test_fill_every_worksheet_then_mark_done(qtbot, context, project_id) -> None:
    ws = context.services.worksheets
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stage in STAGES:
        page = make_page(qtbot, context, project_id, stage)
        fill(page)
        answers = ws.answers(project_id, stage)
        assert gates.missing(stage, answers) == [], stage
        for item in worksheet(stage):
            assert answers.get(item.key), (stage, item.key)
        assert "Semua keluaran wajib" in page.tabs.widget(1).progress_label.text()
        page.grab().save(str(SHOTS / f"{stage.value}_filled_id.png"))
        QTest.mouseClick(page.findChild(QPushButton, "completeStage"), Qt.MouseButton.LeftButton)
        assert context.services.stages.get(project_id, stage).status == "done"
    usg_rows = ws.answer(project_id, "diagnose", "usg")
    assert usg_rows[0] == {"problem": "Nurhayati Said", "u": 4, "s": 4, "g": 4}
    plan = ws.answer(project_id, "design", "action_plan")[0]
    assert (
        plan["budget"] == 2_500_000
        and plan["status"] == "rencana"
        and plan["start"] == "2019-09-02"
    )
    assert {str(p) for p in ws.progress(project_id).values()} == {"4/4", "6/6", "8/8", "5/5", "3/3"}


def test_gate_refuses_names_missing_and_records_override(qtbot, context, project_id) -> None:
    page = make_page(qtbot, context, project_id, Stage.DRUM_UP)
    panel = page.tabs.widget(1)
    assert "Masih kurang: Tim dan peran; Pimpinan yang berkomitmen" in panel.progress_label.text()
    done = page.findChild(QPushButton, "completeStage")
    QTest.mouseClick(done, Qt.MouseButton.LeftButton)
    dialog = find_box("overrideDialog")
    listed = dialog.findChild(QLabel, "missingOutputs").text()
    assert "Tim dan peran" in listed and "Daftar isu awal" in listed
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    reason = dialog.findChild(QPlainTextEdit, "overrideReason")
    reason.setPlainText("   ")
    assert not ok.isEnabled()  # a blank reason is no reason
    dialog.reject()
    assert context.services.stages.get(project_id, "drum_up").status != "done"

    QTest.mouseClick(done, Qt.MouseButton.LeftButton)
    dialog = find_box("overrideDialog")
    dialog.findChild(QPlainTextEdit, "overrideReason").setPlainText(
        "Komitmen disampaikan lisan oleh Kepala Dinas"
    )
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    work = context.services.stages.get(project_id, "drum_up")
    assert work.status == "done"
    assert work.override_reason == "Komitmen disampaikan lisan oleh Kepala Dinas"
    assert "Komitmen disampaikan lisan" in page.status_label.text()
