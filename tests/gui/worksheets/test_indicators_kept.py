"""Indicator values as a team types them in the Delivery worksheet of the real window, by
the keyboard: kept as typed after a restart, and printed as typed in the proposal PDF the
export dialog writes (read back with pdftotext)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from labinov.gui.main_window import MainWindow
from labinov.gui.worksheets import WorksheetPanel
from labinov.store.db import open_store
from tests.gui.layout.helpers import at_size, open_tab

ROWS = [  # name, unit, baseline, target, actual, source
    ("Waktu layanan loket", "", "6 menit", "1 menit", "20 detik", "Pengamatan"),
    ("Berkas dilayani per bulan", "berkas", "500–600", "1.200", "belum diukur", "SIAK"),
    ("Cakupan akta bayi", "persen", "±80", "95", "94,53", "Laporan rumah sakit"),
    ("Keluhan warga", "kasus", "1,7 (2013)", "nihil", "nihil", "Kotak pengaduan"),
]


def keys(text: str) -> None:
    """Each character as a key press to the widget with the keyboard (QTest's own typing
    knows ASCII only: "±", "–"): the first one opens a cell's editor, as typing does."""
    for char in text:
        target = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(target, event)
        QApplication.processEvents()


def press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()


def delivery_sheet(window: MainWindow) -> WorksheetPanel:
    page = window.project_page
    page.show_stage("delivery")
    QApplication.processEvents()
    panel = open_tab(window, "Lembar kerja")
    assert isinstance(panel, WorksheetPanel)
    return panel


def test_indicator_values_typed_are_kept_and_printed_as_typed(
    qtbot, app_font, make_window, paths, tmp_path: Path
) -> None:
    window = make_window()
    at_size(window, 1366, 768)
    workshop = window.structure.create_workshop({"name": "Labinov Kota Makassar 2019"})
    team = window.structure.create_team(workshop, {"name": "Disdukcapil", "kind": "opd"})
    window.structure.create_project(team, "Akta Lahir Sehari")
    table = delivery_sheet(window).tables["indicators"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for row in ROWS:
        QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert isinstance(QApplication.focusWidget(), QLineEdit)  # the new row's name cell
        for column, text in enumerate(row):
            if column:
                press(Qt.Key.Key_Tab)  # the next cell; typing opens its editor
            keys(text)
        press(Qt.Key.Key_Return)
    shown = [[table.model.index(r, c).data() or "" for c in range(6)] for r in range(len(ROWS))]
    assert shown == [list(row) for row in ROWS]

    window.close()  # and start again on the same folder
    again = make_window(open_store(paths))
    model = delivery_sheet(again).tables["indicators"].model
    shown = [[model.index(r, c).data() or "" for c in range(6)] for r in range(len(ROWS))]
    assert shown == [list(row) for row in ROWS]

    target = tmp_path / "proposal.pdf"
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    again.navigator.setFocus()
    QTest.keyClick(
        again.navigator,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    dialog.path_edit.setText(str(target))
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(exported), timeout=120_000)
    dialog.close()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    # the proposal's "before and after" line of each indicator, as typed
    assert "Waktu layanan loket: 6 menit → 20 detik; target 1 menit" in flat
    assert "Berkas dilayani per bulan: 500–600 berkas → belum diukur; target 1.200" in flat
    assert "Cakupan akta bayi: ±80 → 94,53 persen; target 95" in flat
    # "nihil" is the word for none: no unit after it ("nihil kasus" read wrong)
    assert "Keluhan warga: 1,7 (2013) → nihil; target nihil" in flat
    assert "nihil kasus" not in flat
