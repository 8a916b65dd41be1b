"""Dates and numbers on screen are written as the UI language writes them (the locale
module), read back from the widgets: a workshop's dates, a worksheet's dates, amounts,
numbers and indicator values."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from labinov.app import build_context
from labinov.gui.exchange.dashboard import ConsolidationModel
from labinov.gui.main_window import MainWindow
from labinov.gui.translations import install
from labinov.gui.worksheets import WorksheetPanel
from labinov.method.worksheets import field_of, parse_cell
from labinov.paths import UserPaths
from labinov.services.consolidation import consolidation
from labinov.store.db import Store

EXPECTED = {
    "id": {
        "dates": "15 Juli 2019 – 17 Juli 2019",
        "start": "15 Juli 2019",
        "month": "Agustus 2019",
        "budget": "Rp 1.500.000",
        "votes": "1.284",
        "baseline": "94,53 persen",
    },
    "en": {
        "dates": "15 July 2019 – 17 July 2019",
        "start": "15 July 2019",
        "month": "August 2019",
        "budget": "Rp 1,500,000",
        "votes": "1,284",
        "baseline": "94.53 persen",
    },
}


def cell(panel: WorksheetPanel, key: str, column: str, role=Qt.ItemDataRole.DisplayRole) -> str:
    model = panel.tables[key].model
    index = model.index(0, [c.key for c in model.columns].index(column))
    return model.data(index, role)


@pytest.mark.parametrize("code", ["id", "en"])
def test_workshop_and_worksheet_show_dates_and_numbers_in_the_ui_language(
    qtbot, qapp: QApplication, store: Store, paths: UserPaths, code: str
) -> None:
    translators = install(qapp, code)
    try:
        context = build_context(store, paths, code)
        services = context.services
        workshop = services.workshops.create(
            "Labinov Makassar 2019", start_date=dt.date(2019, 7, 15), end_date=dt.date(2019, 7, 17)
        )
        team = services.teams.create(workshop.id, "Disdukcapil")
        project = services.projects.create(team.id, "Akta Lahir Sehari")
        ws = services.worksheets
        ws.add_row(project.id, "design", "action_plan")
        ws.set_cell(project.id, "design", "action_plan", 0, "start", "2019-07-15")
        ws.set_cell(project.id, "design", "action_plan", 0, "end", "2019-08")
        ws.set_cell(project.id, "design", "action_plan", 0, "budget", "1500000")
        ws.add_row(project.id, "design", "idea_scores")
        ws.set_cell(project.id, "design", "idea_scores", 0, "votes", "1284")
        ws.add_row(project.id, "delivery", "indicators")
        baseline = "94,53 persen" if code == "id" else "94.53 persen"
        ws.set_cell(project.id, "delivery", "indicators", 0, "baseline", baseline)

        window = MainWindow(context, lambda: [], None)
        qtbot.addWidget(window)
        window.show()
        assert window.select(workshop.id)
        page = window.findChild(QTextBrowser, "selectionInfo")
        expected = EXPECTED[code]
        assert expected["dates"] in page.toPlainText()
        assert "2019-07-15" not in page.toPlainText()

        design = WorksheetPanel(context, project.id, "design")
        delivery = WorksheetPanel(context, project.id, "delivery")
        for panel in (design, delivery):
            qtbot.addWidget(panel)
            panel.show()
        assert cell(design, "action_plan", "start") == expected["start"]
        assert cell(design, "action_plan", "end") == expected["month"]
        assert cell(design, "action_plan", "budget") == expected["budget"]
        assert cell(design, "idea_scores", "votes") == expected["votes"]
        assert cell(delivery, "indicators", "baseline") == expected["baseline"]
        # an editor starts from text that reads back as the same value
        edit = Qt.ItemDataRole.EditRole
        assert cell(design, "action_plan", "budget", edit) == expected["budget"]
        assert cell(design, "action_plan", "start", edit) == expected["start"]
        assert cell(delivery, "indicators", "baseline", edit) == baseline
        budget = field_of("design", "action_plan").column("budget")
        assert parse_cell(budget, expected["budget"], code) == 1500000

        # the workshop's consolidation table: a profile date known to the month
        services.projects.update_profile(project.id, {"trial_date": "2019-08"})
        headers, rows = consolidation(services, workshop.id, code)
        table = ConsolidationModel(headers, rows, None, code)
        column = headers.index("Waktu uji coba" if code == "id" else "Trial date")
        assert table.data(table.index(0, column)) == expected["month"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
