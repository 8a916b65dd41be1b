"""The project header: a title too long for its room ends in "…" (the tooltip has it all)
and shows whole while it is edited."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from labinov.gui.main_window import MainWindow
from tests.gui.layout.helpers import SMALLEST, at_size, sample_project

LONG = (
    "Layanan Akta Kelahiran Terpadu di Rumah Sakit dan Puskesmas bagi Seluruh Warga "
    "Kota Makassar Tanpa Antre dan Tanpa Biaya"
)


def test_a_long_title_is_elided_with_a_tooltip(qtbot, window: MainWindow) -> None:
    at_size(window, *SMALLEST)
    project_id = sample_project(window)
    window.context.services.projects.rename(project_id, LONG)
    window.context.project_changed(project_id)
    QApplication.processEvents()
    title = window.project_page.title
    assert title.text() == LONG
    shown = title.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]), shown
    assert LONG in title.toolTip()
    shot = title.grab()  # paints the elided text
    if os.environ.get("LABINOV_SHOTS"):
        shot.save(str(Path(os.environ["LABINOV_SHOTS"]) / "project_title_elided.png"))
        window.project_page.header.grab().save(
            str(Path(os.environ["LABINOV_SHOTS"]) / "project_header_1024.png")
        )
    window.activateWindow()
    title.setFocus()
    QApplication.processEvents()
    assert title.hasFocus() and title.shown_text() == LONG  # edited whole, scrolling
    window.context.services.projects.rename(project_id, "Akta Cepat")
    window.context.project_changed(project_id)
    title.clearFocus()
    assert title.shown_text() == "Akta Cepat"  # a title that fits is not touched
