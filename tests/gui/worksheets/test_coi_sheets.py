"""COI's sheets as tabs of their stage, driven like a user: the giver's check with its
suggested questions, the evaluation plan's suggested follow-up dates and their state in the
readiness view, the receiver's route only for a replication, and the consolidation table
saying whether a replication runs yet."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.app import stage_panels
from labinov.gui.stage_page import StagePage
from labinov.gui.worksheets import WorksheetPanel
from labinov.gui.worksheets.readiness import ReadinessView
from labinov.method.stages import Stage
from labinov.services.consolidation import consolidation
from tests.gui.worksheets.conftest import edit_cell


def _tabs(page: StagePage) -> list[str]:
    """The tabs shown (a sheet that does not apply to the project is hidden)."""
    return [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]


def _sheet(page: StagePage, key: str) -> WorksheetPanel:
    """The sheet's tab, shown (cell editors open only on a visible table)."""
    found = page.findChild(WorksheetPanel, f"sheet_{key}")
    assert found is not None, key
    page.resize(1100, 1200)
    page.show()
    page.tabs.setCurrentWidget(found)
    return found


def test_share_check_questions_are_offered_and_stored_on_first_answer(
    qtbot, context, project_id
) -> None:
    page = StagePage(context, project_id, Stage.DISPLAY, stage_panels())
    qtbot.addWidget(page)
    assert _tabs(page)[-1] == "Berbagi inovasi"
    panel = _sheet(page, "share")
    table = panel.tables["share_check"]
    assert table.model.rowCount() == 5  # the suggested questions, not stored yet
    service = context.services.worksheets
    assert service.answer(project_id, "display", "share_check") is None
    assert "Pertanyaan terjawab: 0/3" in panel.progress_label.text()
    edit_cell(table.view, 0, 1, "Ya")
    stored = service.answer(project_id, "display", "share_check")
    assert len(stored) == 5 and stored[0]["answer"] == "ya"
    assert stored[0]["question"].startswith("Hasilnya terbukti")
    assert service.missing_outputs(project_id, "display") == service.missing_outputs(
        project_id, "display"
    )  # the sheet is not in the gate: the main worksheet's outputs only
    assert "Apakah layak disebarkan?" not in "; ".join(
        service.missing_outputs(project_id, "display")
    )
    context.stack_for(project_id).undo()
    assert service.answer(project_id, "display", "share_check") is None
    assert table.model.rowCount() == 5


def test_suggested_follow_ups_show_in_readiness_due_then_overdue(
    qtbot, context, project_id
) -> None:
    services = context.services
    rollout = dt.date.today() - dt.timedelta(days=400)
    services.projects.update_profile(
        project_id, {"competition": "kipp_2021:umum", "rollout_date": rollout.isoformat()}
    )
    page = StagePage(context, project_id, Stage.DELIVERY, stage_panels())
    qtbot.addWidget(page)
    tabs = _tabs(page)
    assert "Rencana evaluasi" in tabs and "Memakai ulang (replikasi)" not in tabs
    panel = _sheet(page, "evaluation")
    QTest.mouseClick(
        panel.findChild(type(panel.tables["eval_followups"].add_button), "suggest_eval_followups"),
        Qt.MouseButton.LeftButton,
    )
    rows = services.worksheets.answer(project_id, "delivery", "eval_followups")
    assert len(rows) == 2  # 18 and 24 months after the roll-out: the 2 years KIPP 2021 asks
    assert rows[-1]["what"].endswith("KIPP 2021 — Kelompok umum (2 tahun) terpenuhi")
    assert panel.tables["eval_followups"].model.rowCount() == 2
    view = ReadinessView(context, project_id)
    qtbot.addWidget(view)
    assert view.evaluation.text().startswith("Tindak lanjut evaluasi berikutnya: ")
    assert "#fadbd8" not in view.evaluation.styleSheet()
    # a date in the past, not done: overdue, marked in the view and the table export
    table = panel.tables["eval_followups"]
    edit_cell(table.view, 0, 0, "2/1/2020")
    assert view.evaluation.text().startswith(
        "Tindak lanjut evaluasi terlambat sejak 2 Januari 2020 — "
    )
    assert "#fadbd8" in view.evaluation.styleSheet()
    headers, table_rows = consolidation(services, services.workshops.list()[0].id, "id")
    assert table_rows[0][headers.index("Tindak lanjut evaluasi berikutnya")] == (
        "terlambat: 2 Januari 2020"
    )
    edit_cell(table.view, 0, 3, "selesai")  # done: the next one is due, no longer late
    assert view.evaluation.text().startswith("Tindak lanjut evaluasi berikutnya: ")


def test_receiver_route_for_a_replication_counts_done_when_it_runs(
    qtbot, context, project_id
) -> None:
    services = context.services
    services.projects.update_profile(
        project_id, {"source_name": "SIPAKAMASE", "source_agency": "Dinas Kesehatan Makassar"}
    )
    page = StagePage(context, project_id, Stage.DELIVERY, stage_panels())
    qtbot.addWidget(page)
    assert _tabs(page)[-2:] == ["Rencana evaluasi", "Memakai ulang (replikasi)"]
    panel = _sheet(page, "reuse")
    workshop = services.workshops.list()[0].id
    view = ReadinessView(context, project_id)
    qtbot.addWidget(view)
    state = "replikasi dari SIPAKAMASE (Dinas Kesehatan Makassar): sedang disesuaikan"
    assert state in view.evaluation.text()
    headers, rows = consolidation(services, workshop, "id")
    assert rows[0][headers.index("Replikasi")] == state
    runs = panel.texts["reuse_runs_since"]
    runs.editor.setFocus()
    runs.editor.setText("2 Mei 2026")
    runs.saver.flush()
    assert services.worksheets.answer(project_id, "delivery", "reuse_runs_since") == "2026-05-02"
    done = (
        "replikasi dari SIPAKAMASE (Dinas Kesehatan Makassar): selesai, berjalan sejak 2 Mei 2026"
    )
    assert done in view.evaluation.text()
    headers, rows = consolidation(services, workshop, "id")
    assert rows[0][headers.index("Replikasi")] == done
    if os.environ.get("LABINOV_SHOTS"):
        page.resize(1366, 700)
        page.tabs.setCurrentWidget(panel)
        page.grab().save(os.path.join(os.environ["LABINOV_SHOTS"], "reuse-sheet.png"))


def test_the_reuse_tab_appears_when_the_profile_names_a_replication(
    qtbot, context, project_id
) -> None:
    services = context.services
    page = StagePage(context, project_id, Stage.DELIVERY, stage_panels())
    qtbot.addWidget(page)
    assert "Memakai ulang (replikasi)" not in _tabs(page)
    services.projects.update_profile(project_id, {"source_name": "SIPAKAMASE"})
    context.project_changed(project_id)  # what the profile form's save does
    assert _tabs(page)[-1] == "Memakai ulang (replikasi)"  # no rebuild of the page
    _sheet(page, "reuse").texts["reuse_runs_since"].load("2026-05-02")
    services.projects.update_profile(project_id, {"source_name": None})
    context.project_changed(project_id)
    assert "Memakai ulang (replikasi)" not in _tabs(page)
