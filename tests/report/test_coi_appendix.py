"""The proposal's readiness appendix names the evaluation plan's next (or late) follow-up
and, for a replication, whether it runs in the new place yet."""

from __future__ import annotations

from pathlib import Path

from labinov.report import Options, export_project
from labinov.services import Services
from tests.report.conftest import pdf_text
from tests.report.filler import SAMPLE_PROJECT, full_project
from tests.report.test_sections import section_chunks


def test_appendix_shows_overdue_follow_up_and_replication_state(
    services: Services, tmp_path: Path
) -> None:
    full_project(services, canvases=0)
    worksheets = services.worksheets
    worksheets.set_answer(
        SAMPLE_PROJECT,
        "delivery",
        "eval_followups",
        [
            {"date": "2020-03-02", "what": "Ukur waktu terbit akta", "status": "done"},
            {"date": "2020-09", "what": "Survei kepuasan orang tua", "status": "planned"},
        ],
    )
    services.projects.update_profile(
        SAMPLE_PROJECT, {"source_name": "Akta Online", "source_agency": "Disdukcapil Surabaya"}
    )
    text = pdf_text(export_project(services, SAMPLE_PROJECT, tmp_path / "a.pdf"))
    appendix = text[text.rindex("Evaluasi dan replikasi") :]
    assert (
        "Tindak lanjut evaluasi terlambat sejak 30 September 2020 — Survei kepuasan orang tua"
        in appendix
    )
    assert "replikasi dari Akta Online (Disdukcapil Surabaya): sedang disesuaikan" in appendix
    worksheets.set_answer(SAMPLE_PROJECT, "delivery", "reuse_runs_since", "2021-01")
    text = pdf_text(
        export_project(services, SAMPLE_PROJECT, tmp_path / "b.pdf", Options(language="en"))
    )
    appendix = text[text.rindex("Evaluation and replication") :]
    assert (
        "replication of Akta Online (Disdukcapil Surabaya): done, running since January 2021"
        in appendix
    )


def test_significance_prints_the_evaluation_plan(services: Services, tmp_path: Path) -> None:
    full_project(services, canvases=0)
    worksheets = services.worksheets
    worksheets.set_answer(
        SAMPLE_PROJECT,
        "delivery",
        "eval_plan",
        "Waktu terbit akta dibandingkan sebelum dan sesudah",
    )
    worksheets.set_answer(
        SAMPLE_PROJECT,
        "delivery",
        "eval_findings",
        "Akta terbit dalam satu hari untuk 93 persen bayi",
    )
    text = pdf_text(export_project(services, SAMPLE_PROJECT, tmp_path / "s.pdf"))
    significance = section_chunks(text)["signifikansi"]
    assert (
        "Cara mengukur (rencana evaluasi) Waktu terbit akta dibandingkan sebelum dan sesudah"
        in significance
    )
    assert "Hasil evaluasi Akta terbit dalam satu hari untuk 93 persen bayi" in significance
