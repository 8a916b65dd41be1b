"""A table as CSV or XLSX: the Balitbangda's consolidation (``services.consolidation``)
or any headers and rows.

Safe for spreadsheets: numbers stay numbers; text that Excel would run as a formula
(starting with ``= + - @``, a tab or a carriage return) is kept text — in the XLSX as a
string cell with the quote-prefix style (the value itself unchanged), in the CSV with a
leading ``'`` as OWASP advises against CSV injection. The CSV is UTF-8 with a BOM; its
separator follows the document's language as Excel in that locale expects: ``;`` (and a
decimal comma) in Indonesian, ``,`` in English."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.files import cannot_write, formula_like, write_atomically


def write_table(
    path: Path, headers: list[str], rows: list[list[Any]], language: str = "id"
) -> None:
    """Write ``.csv`` or ``.xlsx`` by the file's suffix (``language``: the CSV dialect)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The table file must end in .csv or .xlsx: {path}"),
            path=str(path),
        )
    if not path.parent.is_dir():
        raise cannot_write(path, FileNotFoundError(2, "No such folder"))  # → words
    write_atomically(
        path,
        (lambda p: _csv(p, headers, rows, language))
        if suffix == ".csv"
        else (lambda p: _xlsx(p, headers, rows)),
    )


def csv_separator(language: str) -> str:
    return ";" if language == "id" else ","


def _csv_cell(value: Any, language: str) -> Any:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, float):
        text = repr(value) if not value.is_integer() else str(int(value))
        return text.replace(".", ",") if language == "id" else text
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if formula_like(text) else text


def _csv(path: Path, headers: list[str], rows: list[list[Any]], language: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=csv_separator(language))
        writer.writerow([_csv_cell(h, language) for h in headers])
        writer.writerows([_csv_cell(v, language) for v in row] for row in rows)


def _xlsx(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Konsolidasi"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        _keep_text(cell)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            _keep_text(cell)
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header))] + [len(str(r[index - 1])) for r in rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 60)
    book.save(path)


def _keep_text(cell: Any) -> None:
    """openpyxl takes "=1+1" for a formula: keep the text, shown as typed."""
    if formula_like(cell.value):
        from openpyxl.cell.cell import TYPE_STRING

        cell.data_type = TYPE_STRING
        cell.quotePrefix = True
