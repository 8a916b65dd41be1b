"""The proposal carries the IID indicators with the estimated score, lists every supporting
file (name, pages, size) in its appendix and appends the PDFs and pictures after its own
pages; read back with pdftotext and pypdf."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf

from labinov.report import export_project
from labinov.services import Services
from tests.iid_project import iid_project
from tests.report.conftest import pdf_text


def _text(path: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True)
        return " ".join(out.stdout.decode("utf-8").split())
    return pdf_text(path)


def test_appendix_lists_and_appends_supporting_files(services: Services, tmp_path: Path) -> None:
    made = iid_project(services)
    path = export_project(services, made.id, tmp_path / "p.pdf")
    text = _text(path)
    assert "Indikator IID (perkiraan)" in text
    assert "Perkiraan skor: 34 dari 111 (30,63%), predikat Kurang Inovatif (perkiraan)" in text
    assert "Perwali Makassar No. 12/2019" in text
    assert "Lampiran: surat dan dokumen pendukung" in text
    # name, what it supports, pages and size of each file
    assert "perwali.pdf Indikator IID 16 2 (disertakan)" in text
    assert "foto-layanan.png Hasil inovasi 1 (disertakan)" in text
    # a Word letter is listed (its long cells wrap) but cannot be appended
    assert "kesediaan.docx Surat: Surat kesediaan untuk" in text
    assert "(hanya" in text and "1 KB" in text
    # the two PDF pages and the picture page follow the proposal's own pages
    pages = pypdf.PdfReader(str(path)).pages
    last = [page.extract_text() for page in pages[-3:]]
    assert "SURAT KEPUTUSAN 1" in last[0] and "SURAT KEPUTUSAN 2" in last[1]
    assert last[2].strip() == "" and "/XObject" in pages[-1]["/Resources"]  # the picture
    # without supporting files the appendix says so and nothing is appended
    for info in services.attachments.list(made.id):
        services.attachments.remove(info.id)
    bare = export_project(services, made.id, tmp_path / "bare.pdf")
    assert "Belum ada surat atau dokumen pendukung yang dilampirkan." in _text(bare)
    assert len(pypdf.PdfReader(str(bare)).pages) == len(pages) - 3


def _page_texts(path: Path) -> list[str]:
    """pdftotext of each page, white space folded."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True)
    return [" ".join(page.split()) for page in out.stdout.decode("utf-8").split("\f")]


def test_the_page_total_counts_the_appended_pages(services: Services, tmp_path: Path) -> None:
    made = iid_project(services)
    path = export_project(services, made.id, tmp_path / "p.pdf")
    total = len(pypdf.PdfReader(str(path)).pages)
    pages = _page_texts(path)
    laid_out = total - 3  # two PDF pages and a picture follow the proposal's own
    for number in (2, laid_out):
        assert f"Halaman {number} dari {total}" in pages[number - 1], pages[number - 1]
    assert "SURAT KEPUTUSAN 1" in pages[laid_out]
    # a damaged file is not appended and not counted
    services.attachments.add(made.id, "field:purpose", "rusak.pdf", b"%PDF-1.4 broken")
    again = export_project(services, made.id, tmp_path / "q.pdf")
    assert len(pypdf.PdfReader(str(again)).pages) == total
    assert f"Halaman 2 dari {total}" in _page_texts(again)[1]
    # without supporting files the total is the proposal's own pages
    for info in services.attachments.list(made.id):
        services.attachments.remove(info.id)
    bare = export_project(services, made.id, tmp_path / "bare.pdf")
    assert f"Halaman 2 dari {laid_out}" in _page_texts(bare)[1]


def test_a_damaged_pdf_is_listed_not_appended(services: Services, tmp_path: Path) -> None:
    made = iid_project(services)
    services.attachments.add(made.id, "field:design_summary", "rusak.pdf", b"%PDF-1.4 broken")
    broken_png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
    services.attachments.add(made.id, "field:purpose", "rusak.png", broken_png)
    path = export_project(services, made.id, tmp_path / "p.pdf")
    text = _text(path)
    assert "rusak.pdf Rancang bangun" in text and "rusak.png Tujuan inovasi" in text
    assert text.count("(hanya") == 3  # the Word letter and both damaged files
    assert "SURAT KEPUTUSAN 2" in pypdf.PdfReader(str(path)).pages[-2].extract_text()


def test_spbe_form_prints_for_the_years_that_ask_for_it(services: Services, tmp_path: Path) -> None:
    made = iid_project(services)
    ws = services.worksheets
    ws.set_answer(made.id, "display", "spbe_service", "Aplikasi Dukcapil Online, dukcapil.go.id")
    ws.set_answer(made.id, "display", "spbe_integration", "Terhubung dengan data SIAK")
    services.projects.update_profile(made.id, {"competition": "kipp_2023:umum"})
    text = _text(export_project(services, made.id, tmp_path / "2023.pdf"))
    assert "Formulir SPBE" in text
    assert "SPBE: layanan dan aplikasi Aplikasi Dukcapil Online, dukcapil.go.id" in text
    assert "SPBE: integrasi dan interoperabilitas Terhubung dengan data SIAK" in text
    assert "SPBE: arsitektur (belum dijawab)" in text
    assert "pertanyaannya belum ditemukan" in text  # its questions are not sourced
    # KIPP 2021 does not ask for it (no spbe_form in its outline)
    services.projects.update_profile(made.id, {"competition": "kipp_2021:umum"})
    assert "Formulir SPBE" not in _text(export_project(services, made.id, tmp_path / "2021.pdf"))
