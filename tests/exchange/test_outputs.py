"""Consolidation table (CSV, XLSX) and the Direktori Inovasi PDF, read back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from labinov.errors import UserError
from labinov.exchange.table import write_table
from labinov.method.profile import profile_fields
from labinov.services import Services
from labinov.services.consolidation import (
    ID_COLUMN,
    PROFILE_COLUMN,
    READINESS_COLUMN,
    consolidation,
)


def test_xlsx_and_csv_read_back(services: Services, sample: str, tmp_path: Path) -> None:
    headers, rows = consolidation(services, sample, "id")
    assert len(rows) == len(services.projects.summaries(sample)) == 3
    assert headers[:10] == [
        "Lokakarya",
        "Tim",
        "Jenis tim",
        "Inovasi",
        "Tahap saat ini",
        "Status tahap",
        "Tahap selesai",
        "Kemajuan (%)",
        "Kesiapan (%)",
        "Id",
    ]
    end = PROFILE_COLUMN + len(profile_fields())
    assert headers[PROFILE_COLUMN:end] == [f.label("id") for f in profile_fields()]
    assert headers[end] == "Data dukung (berkas)" and headers[-3] == "Predikat IID, perkiraan"
    # then the evaluation plan's next follow-up and a replication's state (COI's sheets)
    assert headers[-2:] == ["Tindak lanjut evaluasi berikutnya", "Replikasi"]
    by_id = {row[ID_COLUMN]: row for row in rows}
    for summary in services.projects.summaries(sample):
        row = by_id[summary.id]
        assert row[3] == summary.title and row[6] == summary.stages_done
        ratio = services.worksheets.readiness(summary.id).ratio
        assert row[READINESS_COLUMN] == round(ratio * 100)
        assert row[2] in ("OPD (perangkat daerah)", "Perusda / BUMD")  # words, not keys
    services.projects.rename(rows[0][ID_COLUMN], '=HYPERLINK("x")')  # a formula-looking title
    headers, rows = consolidation(services, sample, "id")

    write_table(tmp_path / "t.xlsx", headers, rows)
    sheet = load_workbook(tmp_path / "t.xlsx").active
    values = list(sheet.values)
    assert list(values[0]) == headers
    assert len(values) == 1 + len(rows)
    # the formula-looking title is the exact text, a string cell shown as typed, no formula
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    title = next(c for c in cells if c.value == '=HYPERLINK("x")')
    assert title.data_type == "s" and title.quotePrefix
    assert not any(c.data_type == "f" for c in cells)

    write_table(tmp_path / "t.csv", headers, rows)
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=";"))  # Indonesian: Excel's id-ID separator
    assert read[0] == headers and len(read) == 1 + len(rows)
    assert [r[3].removeprefix("'") for r in read[1:]] == [r[3] for r in rows]


def test_table_refuses_other_suffixes(services: Services, sample: str, tmp_path: Path) -> None:
    headers, rows = consolidation(services, sample, "en")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError):
        write_table(out / "t.ods", headers, rows)
    with pytest.raises(UserError):
        write_table(out / "missing" / "t.csv", headers, rows)
    assert list(out.iterdir()) == []
