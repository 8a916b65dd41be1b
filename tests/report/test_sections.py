"""Every proposal section (METHOD.md §5) holds the answers mapped to it in the outline data,
in its own section; empty and drafted sections are named in the readiness appendix with the
worksheet field to write them in; every source of the outline names a real field."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from labinov.method import worksheets
from labinov.method.profile import profile_field
from labinov.report import Options, export_project
from labinov.report.outline import load_outline
from labinov.services import Services
from tests.report.conftest import nospace, pdf_text
from tests.report.filler import ANSWERS, SAMPLE_PROJECT, full_project

PROFILE_PURPOSE = "Setiap bayi yang lahir di rumah sakit mitra pulang dengan akta kelahiran"
PROFILE_RESULTS = "Dalam empat bulan, 1.284 akta terbit di tiga rumah sakit mitra"

# section key -> texts its part of the PDF must hold (worksheet answers of tests.report.filler)
EXPECTED = {
    "ringkasan": [ANSWERS["display"]["showcase_summary"]],
    "latar_belakang": [
        ANSWERS["diagnose"]["problem_statement"],
        ANSWERS["diagnose"]["target_group"],
        ANSWERS["diagnose"]["current_condition"],
        PROFILE_PURPOSE,
        "Sasaran terukur Waktu terbit akta: dari 14 menjadi 1 hari",
    ],
    "kebaruan": [ANSWERS["design"]["novelty"]],
    "implementasi": [
        ANSWERS["design"]["how_it_works"],
        "Peluncuran Peluncuran oleh Wali Kota, 2 September 2019, oleh Wali Kota Makassar",
        "10 September 2019, Loket di RSUD Daya, hasil: 40 akta",
    ],
    "signifikansi": [
        "Waktu terbit akta: 14 → 1 hari; target 1; sumber data: SIAK",
        PROFILE_RESULTS,
        ANSWERS["display"]["lessons_learned"],
    ],
    "adaptabilitas": [ANSWERS["display"]["replication_potential"], "(belum diisi)"],
    "sumber_daya": [ANSWERS["design"]["resources"], "Anggaran rencana aksi Rp 10.000.000"],
    "keberlanjutan": [
        "Pimpinan yang berkomitmen: Kepala Dinas Kependudukan, sejak 15 Juli 2019. "
        + ANSWERS["drum_up"]["commitment_note"],
        "Rumah sakit, Layanan pasien, pengaruh: Tinggi",
        "disusun dari jawaban lain",
    ],
}


def section_chunks(text: str, group: str = "umum") -> dict[str, str]:
    """The extracted text of each proposal section (from its heading to the next one)."""
    sections = load_outline().for_group(group)
    first = text.index(str(sections[0].question["id"]))  # the heading above it, not the contents
    body = text[text.rindex(sections[0].heading("id"), 0, first) :]
    body = body[: body.index("Catatan 5D")]
    starts = []
    position = 0
    for section in sections:
        position = body.index(section.heading("id"), position)
        starts.append(position)
    ends = [*starts[1:], len(body)]
    return {s.key: body[a:b] for s, a, b in zip(sections, starts, ends, strict=True)}


def test_each_section_holds_the_answers_mapped_to_it(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    chunks = section_chunks(pdf_text(export_project(services, project_id, tmp_path / "p.pdf")))
    assert set(chunks) == set(EXPECTED)
    flat = {key: nospace(chunk) for key, chunk in chunks.items()}
    for key, snippets in EXPECTED.items():
        for snippet in snippets:
            assert nospace(snippet) in flat[key], (key, snippet)
            others = [k for k, chunk in flat.items() if k != key and nospace(snippet) in chunk]
            assert not others or snippet.startswith("("), (snippet, others)


def test_dedicated_fields_fill_sustainability_and_adaptability(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    sustainability = "Perwali Nomor 12 Tahun 2019 menetapkan layanan; SOP loket; forum warga."
    replicated = "Kabupaten Gowa meniru layanan ini pada 2020."
    services.worksheets.set_answer(project_id, "display", "sustainability", sustainability)
    services.worksheets.set_answer(project_id, "display", "replicated_by", replicated)
    text = pdf_text(export_project(services, project_id, tmp_path / "p.pdf"))
    chunks = section_chunks(text)
    assert sustainability in chunks["keberlanjutan"]
    # the written text replaces the draft composed from other answers
    assert ANSWERS["drum_up"]["commitment_note"] not in chunks["keberlanjutan"]
    assert replicated in chunks["adaptabilitas"] and "(belum diisi)" not in text
    appendix = text[text.rindex("Lampiran: kesiapan") :]
    # nothing empty, over-long or drafted
    assert "Semua bagian sudah diisi dan tidak melebihi batas kata" in appendix


def test_readiness_names_where_to_write_empty_and_drafted_parts(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    services.worksheets.set_answer(project_id, "diagnose", "stakeholders", None)
    services.worksheets.set_answer(project_id, "drum_up", "commitment_note", None)
    services.worksheets.set_answer(project_id, "drum_up", "commitment_leader", None)
    services.worksheets.set_answer(project_id, "drum_up", "commitment_date", None)
    services.worksheets.set_answer(project_id, "display", "showcase_summary", None)
    text = pdf_text(export_project(services, project_id, tmp_path / "p.pdf"))
    appendix = text[text.rindex("Lampiran: kesiapan") :]
    rows = nospace(appendix)
    # empty: Adaptabilitas (already replicated) and Strategi Keberlanjutan (no draft left)
    # these 2023 limits are not confirmed by a source: the Batas column says so
    estimated = "(batas perkiraan)"
    assert nospace(f"Adaptabilitas — Sudah direplikasi 0 100 {estimated} kosong") in rows
    assert nospace("Display ▸ Sudah direplikasi oleh") in rows
    assert (
        nospace(f"Strategi Keberlanjutan 0 500 {estimated} kosong Display ▸ Strategi keberlanjutan")
        in rows
    )
    # drafted: Ringkasan from the design's summary, to be written in the showcase summary
    # … naming its source, and too thin at 9 words
    drafted = "disusun dari jawaban lain: Design ▸ Ringkasan inovasi"
    thin = "terlalu tipis: kurang dari 15 kata"
    assert nospace(f"Ringkasan 9 200 {drafted}; {thin} Display ▸ Ringkasan untuk pameran") in rows
    assert ANSWERS["design"]["innovation_summary"] in section_chunks(text)["ringkasan"]
    assert "Kebaruan" not in appendix.split("Syarat keikutsertaan")[0]  # not in the table

    for stage in ("design", "delivery"):
        for key in ("how_it_works", "launch_form", "launch_date", "launch_by", "trial_log"):
            if key in ANSWERS[stage]:
                services.worksheets.set_answer(project_id, stage, key, None)
    text = pdf_text(export_project(services, project_id, tmp_path / "p.pdf"))
    rows = nospace(text[text.rindex("Lampiran: kesiapan") :])
    where = "Design ▸ Cara kerja; Delivery ▸ Peluncuran; Delivery ▸ Catatan uji coba"
    assert nospace(f"Implementasi Inovasi 0 200 (batas perkiraan) kosong {where}") in rows


def test_english_document_uses_english_labels(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    options = Options(language="en")
    text = pdf_text(export_project(services, project_id, tmp_path / "p.pdf", options))
    assert "Waktu terbit akta: 14 → 1 hari; target 1; data source: SIAK" in text
    assert "Rumah sakit, Layanan pasien, influence: High" in text
    assert "Institutional: the leader's commitment" in text
    appendix = text[text.rindex("Appendix: readiness") :]
    assert "Display ▸ Already replicated by" in appendix


def test_replication_sections_are_filled(services: Services, tmp_path: Path) -> None:
    full_project(services, canvases=0)
    services.projects.update_profile(SAMPLE_PROJECT, {"source_region": "Kota Surabaya"})
    text = pdf_text(export_project(services, SAMPLE_PROJECT, tmp_path / "r.pdf"))
    chunks = section_chunks(text, "replikasi")
    assert "diubah: Tambah printer" in chunks["proses_replikasi"]
    assert ANSWERS["design"]["novelty"] in chunks["faktor_pembeda"]
    assert "Kota Surabaya" in chunks["inspirasi"]


def _placeholders(segments: list[str | list[str]]) -> set[str]:
    flat = [c for s in segments for c in (s if isinstance(s, list) else [s])]
    return {name for s in flat for _t, name, _s, _c in Formatter().parse(s) if name}


@pytest.mark.parametrize("section", load_outline().sections, ids=lambda s: s.key)
def test_outline_sources_name_real_fields(section) -> None:  # type: ignore[no-untyped-def]
    """Every part has a source, and every source a real worksheet or profile field (a
    misspelt key would leave a section silently empty)."""
    for part in section.parts:
        assert part.fill and all(part.fill), part.key
        for group in part.fill:
            for source in group:
                for ref in source.refs:
                    kind, _, path = ref.partition(":")
                    assert kind in ("answers", "profile"), ref
                    if kind == "profile":
                        profile_field(path)
                        names: set[str] = set()
                        continue
                    stage, _, key = path.partition(".")
                    if key:
                        field = worksheets.field_of(stage, key)
                        names = {c.key for c in field.columns}
                    else:
                        names = {f.key for f in worksheets.worksheet(stage)}
                    rows = source.row or {}
                    for language in ("id", "en"):
                        used = _placeholders(rows.get(language, [])) - {"total"}
                        assert used <= names, (ref, used - names)
                    if source.sum:
                        assert source.sum in names, ref
                if source.row:
                    assert set(source.row) == {"id", "en"}, source.ref
                if source.label:
                    assert set(source.label) == {"id", "en"}, source.ref
    assert re.fullmatch(r"[a-z_]+", section.key)
