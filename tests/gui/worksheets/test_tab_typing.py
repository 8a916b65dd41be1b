"""Typing a worksheet row from the keyboard: Tab goes cell to cell, each cell keeps what was
typed into it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text


def test_a_row_typed_with_tab_lands_in_its_columns(qtbot, make_panel, context, project_id) -> None:
    panel = make_panel("design")
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window(), timeout=3000)
    table = panel.tables["action_plan"]
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    cells = [
        "Uji coba notifikasi WA untuk 500 pemohon",
        "Andi R. Hidayat (TIK)",
        "4/5/2026",
        "Juli 2026",
        "Laporan uji coba",
        "Rp 47.500.000",
    ]
    for number, text in enumerate(cells):
        editor = QApplication.focusWidget()
        type_text(editor, text)
        key = Qt.Key.Key_Return if number == len(cells) - 1 else Qt.Key.Key_Tab
        QTest.keyClick(editor, key)
        QApplication.processEvents()
    row = context.services.worksheets.answer(project_id, "design", "action_plan")[0]
    assert row["activity"] == cells[0] and row["pic"] == cells[1]
    assert row["start"] == "2026-05-04" and row["end"] == "2026-07"
    assert row["output"] == "Laporan uji coba" and row["budget"] == 47_500_000
