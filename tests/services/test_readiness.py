"""Readiness counts the proposal words as the proposal PDF does: one outline, two readers."""

from __future__ import annotations

import pytest

from labinov.report.data import load_project
from labinov.report.outline import load_outline
from labinov.report.sections import fill_part, group_of
from labinov.services import Services
from labinov.services.readiness import source_text

ANSWERS = {
    "diagnose": {
        "problem_statement": "Warga antre akta kelahiran sampai empat belas hari.",
        "target_group": "Ibu yang baru melahirkan di rumah sakit",
        "current_condition": "Rata-rata 14 hari; 320 keluhan per tahun.",
        "stakeholders": [{"party": "RSUD Daya", "interest": "tinggi", "influence": "sedang"}],
    },
    "design": {
        "innovation_summary": "Akta kelahiran terbit di rumah sakit pada hari kelahiran.",
        "novelty": "Pertama di Sulawesi Selatan: petugas Capil di loket rumah sakit.",
        "how_it_works": "Bidan mengirim data; petugas mencetak akta; ibu pulang membawa akta.",
        "beneficiaries": "12.000 bayi per tahun",
        "action_plan": [
            {"activity": "Sosialisasi", "pic": "Capil", "budget": 2_500_000, "status": "berjalan"},
            {"activity": "Pelatihan", "pic": "Sekretariat", "budget": 15_000_000},
        ],
    },
    "delivery": {
        "launch_form": "Peluncuran oleh Wali Kota",
        "indicators": [
            {"indicator": "Waktu layanan", "unit": "hari", "baseline": 14, "target": 1},
            {"indicator": "Keluhan", "baseline": 320, "target": 50, "actual": 40},
        ],
        "trial_log": [{"date": "2019-10-01", "what": "Uji di RSUD Daya", "result": "Lancar"}],
    },
    "display": {
        "lessons_learned": "Kerja sama dengan rumah sakit mempercepat layanan.",
        "replication_potential": "Bisa ditiru kabupaten lain dengan rumah sakit daerah.",
        "showcase_summary": " ".join(["kata"] * 201),
    },
}


@pytest.fixture
def project_id(services: Services) -> str:
    workshop = services.workshops.create("Labinov Makassar 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari")
    services.projects.update_profile(
        project.id, {"design_summary": "Layanan akta di rumah sakit.", "benefits": "Akta cepat"}
    )
    for stage, answers in ANSWERS.items():
        for key, value in answers.items():
            try:
                services.worksheets.set_answer(project.id, stage, key, value)
            except ValueError:  # a field of another version of worksheets.json
                continue
    return project.id


@pytest.mark.parametrize("language", ["id", "en"])
def test_readiness_counts_words_as_the_proposal_pdf(
    services: Services, project_id: str, language: str
) -> None:
    services.worksheets.language = language
    readiness = services.worksheets.readiness(project_id)
    counted = {(p.section, p.part): (p.words, p.drafted) for p in readiness.proposal or []}
    data = load_project(services, project_id, canvases=False)
    outline = load_outline()
    group = group_of(data, outline, None)
    filled = [
        ((section.key, part.key), fill_part(data, section, part, language))
        for section in outline.for_group(group)
        for part in section.parts
    ]
    expected = {key: (text.words, text.drafted) for key, text in filled}
    assert counted == expected
    assert any(drafted for _words, drafted in counted.values())  # the case is exercised
    problems = {(p.section, p.part) for p in readiness.proposal_problems}
    assert problems == {key for key, text in filled if text.empty or text.over or text.drafted}
    counted = {key: words for key, (words, _drafted) in counted.items()}
    assert any(counted.values()) and not all(counted.values())
    assert counted[("ringkasan", "ringkasan")] == 201  # the showcase summary, over 200


def test_source_alternatives_rows_and_sums() -> None:
    answers = {
        "design": {
            "how_it_works": "",
            "action_plan": [{"activity": "A", "budget": 2_500_000}, {"activity": "B"}],
        },
        "delivery": {"indicators": [{"indicator": "Waktu", "baseline": 14, "target": 1}]},
    }
    profile = {"design_summary": "Layanan akta di rumah sakit"}
    both = {"from": ["answers:design.how_it_works", "profile:design_summary"]}
    assert source_text(both, profile, answers, "id") == "Layanan akta di rumah sakit"
    rows = {
        "from": "answers:delivery.indicators",
        "row": {"id": ["{indicator}", "dari {baseline} menjadi {target} {unit}"]},
        "sep": ": ",
    }
    assert source_text(rows, profile, answers, "id") == "Waktu"  # a segment lacking {unit}
    rows["row"]["id"][1] = "dari {baseline} menjadi {target}"
    assert source_text(rows, profile, answers, "id") == "Waktu: dari 14 menjadi 1"
    total = {"from": "answers:design.action_plan", "sum": "budget", "row": {"id": ["Rp {total}"]}}
    assert source_text(total, profile, answers, "id") == "Rp 2.500.000"
    assert source_text("answers:design.missing", profile, answers, "id") == ""
