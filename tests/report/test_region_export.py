"""The region's statistics exported: an XLSX with a table and a native chart per dimension,
and a PDF with reportlab's bar charts, read back with openpyxl and pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from labinov.report.region import write_pdf, write_xlsx
from labinov.services import Services
from labinov.services.region import DIMENSIONS, RegionService
from tests.services.test_region import _region


def _stats(services: Services):  # type: ignore[no-untyped-def]
    _region(services)
    services.workshops.create('=HYPERLINK("http://x")', organiser="=1+1")  # no innovation
    team = services.teams.create(services.workshops.list()[-1].id, "OPD")
    services.projects.create(team.id, "Rumus")
    return RegionService(services.store).statistics()


def test_xlsx_has_a_table_and_a_chart_per_dimension(services: Services, tmp_path: Path) -> None:
    stats = _stats(services)
    path = tmp_path / "statistik.xlsx"
    write_xlsx(stats, path, "id")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Inovasi daerah"
    assert len(book.sheetnames) == 1 + len(DIMENSIONS)
    origin = book["Asli, diadaptasi, atau direplik"]  # sheet names stop at 31 characters
    rows = [tuple(r) for r in origin.iter_rows(values_only=True)]
    assert rows[0] == ("Asli, diadaptasi, atau direplikasi", "Inovasi")
    assert ("asli", 3) in rows and ("direplikasi", 1) in rows
    assert all(len(book[name]._charts) == 1 for name in book.sheetnames[1:])
    region = [r[0] for r in book["Daerah"].iter_rows(min_row=2, values_only=True)]
    assert "'=1+1" in region  # a formula typed as a name stays text
    assert "Inovasi: 5 (semua tahun)" in book.worksheets[0]["A2"].value


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_has_charts_and_tables_in_the_users_language(
    services: Services, tmp_path: Path
) -> None:
    stats = _stats(services)
    path = tmp_path / "statistik.pdf"
    write_pdf(stats, path, "id")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for heading in ("Inovasi daerah", "Inovasi per tahun", "Tahapan inovasi", "Sudah dievaluasi"):
        assert heading in text
    assert text.count("Kota Makassar") >= 2  # the chart's label and the table's
    assert "belum dievaluasi" in text and "Non digital" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all(row[-5] == "yes" for row in rows), fonts  # every font embedded
    write_pdf(stats, tmp_path / "en.pdf", "en")
    english = subprocess.run(
        ["pdftotext", str(tmp_path / "en.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Innovations by year" in english and "not evaluated" in english
