"""The proposal PDF parsed back: every section and note found, fonts embedded, page count
and contents right, qpdf clean, the readiness appendix, progress and cancel."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from labinov.method import locale
from labinov.report import ExportCancelled, Options, default_filename, export_project
from labinov.report.outline import load_outline
from labinov.services import Services
from tests.report.conftest import fonts_of, nospace, pdf_text, squeeze
from tests.report.filler import ANSWERS


def test_every_section_record_and_canvas_note_is_in_the_text(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    path = export_project(services, project_id, tmp_path / "p.pdf")
    text = pdf_text(path)
    flat = nospace(text)
    for section in load_outline().for_group("umum"):
        assert nospace(section.heading("id")) in flat, section.key
    for stage, answers in ANSWERS.items():
        for key, value in answers.items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                cells = item.values() if isinstance(item, dict) else [item]
                for cell in cells:
                    if isinstance(cell, str) and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", cell):
                        cell = locale.format_date(cell, "id")  # dates print in words
                    if isinstance(cell, str) and cell and len(cell) > 3:
                        assert nospace(cell).lower() in flat.lower(), (stage, key, cell)
    for canvas in range(1, 3):
        for note in range(12):
            assert nospace(f"K{canvas} catatan {note} tentang layanan") in flat
    assert "10.000.000" in text  # the action plan's total budget
    assert "Pilihan masalah: Akta terbit lama" in text or "Akta terbit lama" in text


def test_fonts_are_embedded_and_metadata_set(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    path = export_project(services, project_id, tmp_path / "p.pdf", Options(language="en"))
    reader = pypdf.PdfReader(str(path))
    fonts = fonts_of(path)
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)
    # nothing falls back to a viewer's font: no standard-14 font (Helvetica…) anywhere
    assert all("+" in name for name in fonts), fonts  # subset tags: ABCDEF+Name
    info = reader.metadata
    assert info.title == "AKTA LAHIR SEHARI: Akta Kelahiran Terbit di Rumah Sakit"
    assert info.author == "Dinas Kependudukan dan Pencatatan Sipil"
    assert "Dinas Kependudukan" in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_page_count_contents_and_landscape_canvas_pages(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    path = export_project(services, project_id, tmp_path / "p.pdf")
    reader = pypdf.PdfReader(str(path))
    pages = len(reader.pages)
    # the footer's late total equals the real page count on every numbered page
    for index, page in enumerate(reader.pages[1:], start=2):
        text = squeeze(page.extract_text())
        assert f"Halaman {index} dari {pages}" in text, index
        # header: the project and the team; footer: the workshop
        assert "AKTA LAHIR SEHARI: Akta Kelahiran Terbit di Rumah Sakit — Dinas" in text, index
        assert "Laboratorium Inovasi Kota Makassar 2019" in text, index
    assert "Halaman 1 " not in squeeze(reader.pages[0].extract_text())  # a bare cover
    # each canvas heading sits on a landscape page; the outline points there
    outline = {}

    def walk(entries: list) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                outline[entry.title] = reader.get_destination_page_number(entry)

    walk(reader.outline)
    canvas_pages = [number for title, number in outline.items() if title.startswith("Kanvas ")]
    assert len(canvas_pages) == 2
    for number in canvas_pages:
        box = reader.pages[number].mediabox
        assert box.width > box.height
    # the contents page lists every heading with the page the outline gives
    contents = squeeze(reader.pages[1].extract_text())
    assert "Daftar isi" in contents
    for title in ("Profil inovasi", "Ringkasan", "Catatan 5D", "Lampiran: kesiapan"):
        assert title in outline
        assert f"{title} {outline[title] + 1}" in contents or title in contents
    # a project with twice the notes has more pages, never fewer
    smaller = pages
    services.canvases.create(
        "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001", "display", "blank", "Kanvas kosong"
    )
    bigger = len(pypdf.PdfReader(str(export_project(services, project_id, path))).pages)
    assert bigger == smaller + 1  # an empty canvas: one landscape page with its figure


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_check_is_clean(services: Services, project_id: str, tmp_path: Path) -> None:
    path = export_project(services, project_id, tmp_path / "p.pdf")
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_readiness_lists_empty_and_over_long_sections_without_cutting(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    long_text = " ".join(f"kata{i}" for i in range(230))  # Ringkasan allows 200
    services.worksheets.set_answer(project_id, "display", "showcase_summary", long_text)
    path = export_project(services, project_id, tmp_path / "p.pdf")
    text = pdf_text(path)
    appendix = text[text.rindex("Lampiran: kesiapan") :]
    assert "Ringkasan" in appendix and "30 kata melebihi batas 200" in appendix
    assert "Strategi Keberlanjutan" in appendix and "kosong" in appendix
    table = appendix.split("Syarat keikutsertaan")[0]  # the lists follow the table
    assert "Kebaruan" not in table  # filled and within its limit
    assert "kata229" in text  # never truncated


def test_progress_moves_and_cancel_leaves_no_file(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "p.pdf"
    export_project(services, project_id, target, progress=lambda d, t: seen.append((d, t)))
    assert len(seen) > 20
    assert seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] for a, b in itertools.pairwise(seen))

    target.unlink()
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 15

    with pytest.raises(ExportCancelled):
        export_project(services, project_id, target, cancelled=cancelled)
    assert list(out.iterdir()) == []  # neither the PDF nor its temporary file


def test_default_filename_is_safe() -> None:
    assert default_filename("AKTA LAHIR SEHARI: Akta / di RS?") == (
        "AKTA-LAHIR-SEHARI-Akta-di-RS-proposal.pdf"
    )
    assert default_filename("???") == "proyek-proposal.pdf"
    assert len(default_filename("x" * 500)) < 100


def test_empty_project_exports(services: Services, tmp_path: Path) -> None:
    workshop = services.workshops.create("Lab 2026")
    team = services.teams.create(workshop.id, "Dinas Baru")
    project = services.projects.create(team.id, "Inovasi kosong")
    path = export_project(services, project.id, tmp_path / "e.pdf", Options(language="en"))
    text = pdf_text(path)
    assert "Inovasi kosong" in text and "Table of contents" in text
    assert "(not filled in yet)" in text


def test_replication_group_logo_pictures_and_portrait_canvas(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(picture, "PNG")
    services.canvases.store_image(project_id, "logo-dinas.png", picture.getvalue())
    photo_id = services.canvases.store_image(project_id, "dinding.png", picture.getvalue())
    tall = services.canvases.create(project_id, "display", "blank", "Kanvas tegak")
    services.canvases.add_items(
        tall.id,
        [
            {"x": 0.0, "y": 0.0, "text": "atas"},
            {"x": 0.0, "y": 2000.0, "text": "bawah"},
            {
                "kind": "image",
                "x": 0.0,
                "y": 800.0,
                "width": 200.0,
                "height": 150.0,
                "attachment_id": photo_id,
            },
        ],
    )
    services.projects.update_profile(
        project_id, {"source_region": "Kota Surabaya", "source_name": "Akta Cepat"}
    )
    path = export_project(services, project_id, tmp_path / "r.pdf")
    reader = pypdf.PdfReader(str(path))
    text = pdf_text(path)
    for title in ("Inspirasi", "Proses Replikasi", "Faktor Pembeda", "Kelompok replikasi"):
        assert title in text
    assert "Kota Surabaya" in text and "Akta Cepat" in text
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 2  # the cover logo and the photo on the canvas
    tall_page = next(page for page in reader.pages if "Kanvas tegak" in (page.extract_text() or ""))
    assert tall_page.mediabox.height > tall_page.mediabox.width  # a tall canvas stays portrait


def test_headings_stay_with_their_content_and_long_tables_start_at_once(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    plan = services.worksheets.answer(project_id, "design", "action_plan")
    rows = [dict(plan[i % 2], activity=f"Kegiatan nomor {i}") for i in range(70)]
    services.worksheets.set_answer(project_id, "design", "action_plan", rows)
    reader = pypdf.PdfReader(str(export_project(services, project_id, tmp_path / "p.pdf")))
    pages = [squeeze(page.extract_text()) for page in reader.pages]
    # the 70-row plan starts under its title on the page of the chosen design, with no
    # half-empty page before it (a table kept with its title would move to the next page)
    title_page = next(i for i, text in enumerate(pages) if "Rencana aksi Kegiatan" in text)
    assert "Kegiatan nomor 0" in pages[title_page]
    assert "Rancangan inovasi terpilih" in pages[title_page]
    # every stage heading of the record shares its page with the first block under it
    for heading, first_block in (
        ("1. Drum up", "Tim dan peran"),
        ("2. Diagnose", "Prioritas masalah (USG)"),
        ("3. Design", "Penilaian gagasan"),
        ("4. Delivery", "Peluncuran"),
        ("5. Display", "Pelajaran"),
    ):
        found = [text for text in pages[3:] if f"{heading} Status tahap" in text]
        assert len(found) == 1 and first_block in found[0], heading


def test_cover_names_roles_and_the_date_in_the_document_language(
    services: Services, project_id: str, tmp_path: Path
) -> None:
    import re
    from datetime import date

    for language, role, month in (
        ("id", "Ketua", "Januari Februari Maret April Mei Juni Juli Agustus September Oktober"
         " November Desember"),
        ("en", "Leader", "January February March April May June July August September October"
         " November December"),
    ):  # fmt: skip
        path = export_project(services, project_id, tmp_path / "c.pdf", Options(language=language))
        cover = squeeze(pypdf.PdfReader(str(path)).pages[0].extract_text())
        assert f"Hj. Nurhayati Said, S.E. ({role})" in cover
        today = date.today()
        assert f"{today.day} {month.split()[today.month - 1]} {today.year}" in cover
        assert not re.search(r"\d{4}-\d{2}-\d{2}", cover)


def test_broken_pictures_leave_a_placeholder_not_a_failed_export(
    services: Services, project_id: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (300, 200), "blue").save(picture, "PNG")
    cut = picture.getvalue()[: len(picture.getvalue()) // 2]  # a PNG cut off halfway
    services.canvases.store_image(project_id, "logo.png", b"\x89PNG\r\n\x1a\n" + b"rusak" * 20)
    photo = services.canvases.store_image(project_id, "dinding.png", cut)
    canvas = services.canvases.create(project_id, "display", "blank", "Foto dinding")
    services.canvases.add_items(
        canvas.id,
        [{"kind": "image", "x": 0.0, "y": 0.0, "width": 300.0, "height": 200.0,
          "attachment_id": photo}],
    )  # fmt: skip
    path = export_project(services, project_id, tmp_path / "b.pdf")
    reader = pypdf.PdfReader(str(path))
    page = next(p for p in reader.pages[2:] if "Foto dinding" in (p.extract_text() or ""))
    assert "[gambar]" in page.extract_text()
    assert sum(len(p.images) for p in reader.pages) == 0  # neither broken picture drawn
    said = [r.getMessage() for r in caplog.records if r.name == "labinov"]
    assert any("the logo could not be drawn" in m for m in said)  # the log says why
    assert any("a picture could not be drawn" in m for m in said)
