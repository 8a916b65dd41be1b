"""Spreadsheet safety of the consolidation table (issue 13): formula-looking text stays
text in XLSX (quote-prefix style, value unchanged) and CSV (a leading '), numbers stay
numbers, the CSV separator follows the language; moderator's overrides and unmet limits
are columns of their own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from labinov.exchange.table import write_table
from labinov.services import Services
from labinov.services.consolidation import (
    NOTES_COLUMN,
    PROBLEMS_COLUMN,
    REGION_COLUMN,
    STATUS_COLUMN,
    consolidation,
)

HEADERS = ["Teks", "Telepon", "Akun", "Angka", "Desimal", "Tab", "Biasa"]
ROW = ["=1+1", "+62 812", "@x", -5, 1.5, "\tmenjorok", "=15 menit menjadi 5 menit"]


def test_xlsx_keeps_text_as_typed_and_numbers_as_numbers(tmp_path: Path) -> None:
    write_table(tmp_path / "t.xlsx", HEADERS, [ROW])
    book = load_workbook(tmp_path / "t.xlsx")
    cells = next(iter(book.active.iter_rows(min_row=2)))
    assert [c.value for c in cells] == ROW  # exact text: no formula, no apostrophe
    for cell in (cells[0], cells[1], cells[2], cells[5], cells[6]):
        assert cell.data_type == "s" and cell.quotePrefix, cell.value
    assert cells[3].data_type == "n" and cells[3].value == -5
    assert cells[4].value == 1.5 and not cells[3].quotePrefix
    # a workbook opened with formulas evaluated still has no formula anywhere
    values = load_workbook(tmp_path / "t.xlsx", data_only=True).active
    assert [c.value for c in next(iter(values.iter_rows(min_row=2)))] == ROW


@pytest.mark.parametrize(
    ("language", "separator", "decimal"), [("id", ";", "1,5"), ("en", ",", "1.5")]
)
def test_csv_neutralises_formulas_and_follows_the_language(
    tmp_path: Path, language: str, separator: str, decimal: str
) -> None:
    path = tmp_path / "t.csv"
    write_table(path, HEADERS, [ROW], language)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == separator.join(HEADERS)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=separator))
    assert read[0] == HEADERS
    assert read[1] == ["'=1+1", "'+62 812", "'@x", "-5", decimal, "'\tmenjorok", "'" + ROW[6]]
    assert int(read[1][3]) == -5  # the number is written bare


def test_overrides_limits_and_region_are_columns(services: Services, tmp_path: Path) -> None:
    workshop, _ = services.samples.create()
    services.workshops.update(workshop.id, organiser="Balitbangda Kota Makassar")
    summary = services.projects.summaries(workshop.id)[0]
    long_name = " ".join(["Inovasi"] * 16)
    services.projects.rename(summary.id, long_name)
    services.stages.complete(summary.id, "diagnose", "Data survei menyusul minggu depan")
    headers, rows = consolidation(services, workshop.id, "id")
    row = next(r for r in rows if r[3] == long_name)
    assert headers[NOTES_COLUMN] == "Catatan moderator" and headers[PROBLEMS_COLUMN] == "Masalah"
    assert row[REGION_COLUMN] == "Kota Makassar"  # as the organiser names it
    assert row[NOTES_COLUMN] == (
        "Diagnose — selesai (dengan catatan moderator): Data survei menyusul minggu depan"
    )
    problems = row[PROBLEMS_COLUMN].split("\n")
    assert "nama 16 kata, paling banyak 15" in problems
    assert any(p.startswith("Rancang bangun dan pokok perubahan: ") for p in problems)
    write_table(tmp_path / "t.xlsx", headers, rows, "id")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    read = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(r[NOTES_COLUMN] == row[NOTES_COLUMN] for r in read)
    assert all(r[STATUS_COLUMN] for r in read)
