"""Workshop ▸ Region statistics and search…: one chart per dimension from the SQL counts,
the year filter, the search, and the exports, on the laptop's own store."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from labinov.gui.charts import BarChart
from labinov.services.region import DIMENSIONS
from tests.services.test_region import _region


def test_dashboard_draws_the_counts_and_finds_innovations(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    ids = _region(window.context.services)
    action = window.action_map["regionDashboard"]
    assert action.text() == "&Statistik dan pencarian daerah…" and action.isEnabled()
    assert window.action_map["connectServer"].text() == "Sambungkan ke &server daerah…"
    dialog = window.server_actions.region_dashboard()
    qtbot.addWidget(dialog)
    assert dialog.total.text() == "Inovasi: 4"
    charts = {d: dialog.findChild(BarChart, f"chart_{d}") for d, _label in DIMENSIONS}
    assert all(charts.values())
    assert charts["origin"].lines() == [
        "asli: 2",
        "diadaptasi dari daerah lain: 1",
        "direplikasi: 1",
    ]
    assert charts["type"].lines() == ["Digital: 2", "(tidak diisi): 1", "Non digital: 1"]
    assert charts["evaluated"].lines() == ["belum dievaluasi: 3", "sudah dievaluasi: 1"]
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == [
        "Semua tahun",
        "2025",
        "2024",
    ]
    dialog.year.setCurrentIndex(2)  # 2024: the two Makassar innovations
    assert dialog.total.text() == "Inovasi: 2"
    assert charts["region"].lines() == ["Kota Makassar: 2"]

    dialog.tabs.setCurrentIndex(1)
    dialog.query.setText("sampah")
    hits = dialog.search()
    assert {h.project_id for h in hits} == {ids["bank"], ids["copy"]}
    titles = {dialog.results.item(r, 0).text() for r in range(dialog.results.rowCount())}
    assert titles == {"Bank Sampah Digital", "Bank Sampah Bone"}
    assert dialog.found.text() == "Ditemukan: 2"

    xlsx = dialog.export("xlsx", tmp_path / "daerah")  # the suffix is added
    assert xlsx == tmp_path / "daerah.xlsx"
    book = load_workbook(xlsx)
    assert book.worksheets[0]["A2"].value.startswith("Inovasi: 2 (tahun 2024)")
    pdf = dialog.export("pdf", tmp_path / "daerah.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_every_bar_is_shown_and_the_statistics_scroll(make_window, qtbot) -> None:
    """At 1366×768 the charts were squeezed into the window: the last bars of "Innovations
    per year", "Stage", "Initiator" and "Government affair" were cut off. Each chart keeps
    its full height and the tab scrolls, its scroll bar showing there is more."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    window = make_window()
    _region(window.context.services)
    dialog = window.server_actions.region_dashboard()
    qtbot.addWidget(dialog)
    dialog.resize(1100, 690)  # what a 1366×768 screen leaves it
    dialog.show()
    QApplication.processEvents()
    charts = [dialog.findChild(BarChart, f"chart_{d}") for d, _label in DIMENSIONS]
    for chart in charts:
        assert chart.height() >= chart.sizeHint().height(), chart.objectName()
    scroll = dialog.tabs.widget(0)
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    bar.setValue(bar.maximum())  # the last chart can be scrolled into view, whole
    QApplication.processEvents()
    last = charts[-1]
    bottom = last.mapTo(scroll.viewport(), last.rect().bottomLeft()).y()
    assert bottom <= scroll.viewport().height()
