"""The Balitbangda's consolidation table: every project of a workshop × team with its
stage, progress, moderator's notes, unmet limits and innovation profile (METHOD.md §4),
then the IID columns (supporting files, each indicator with its evidence, the estimated
score and rating: ``iid_columns``), as CSV or XLSX.

Safe for spreadsheets: numbers stay numbers; text that Excel would run as a formula
(starting with ``= + - @``, a tab or a carriage return) is kept text — in the XLSX as a
string cell with the quote-prefix style (the value itself unchanged), in the CSV with a
leading ``'`` as OWASP advises against CSV injection. The CSV is UTF-8 with a BOM; its
separator follows the document's language as Excel in that locale expects: ``;`` (and a
decimal comma) in Indonesian, ``,`` in English."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange import iid_columns
from labinov.exchange.files import cannot_write, write_atomically
from labinov.i18n import translator
from labinov.method import limits, locale, spreading
from labinov.method.overrides import override_notes, status_text
from labinov.method.profile import profile_fields
from labinov.method.stages import stage_content

FIXED = (
    QT_TRANSLATE_NOOP("Consolidation", "Workshop"),
    QT_TRANSLATE_NOOP("Consolidation", "Team"),
    QT_TRANSLATE_NOOP("Consolidation", "Team kind"),
    QT_TRANSLATE_NOOP("Consolidation", "Innovation"),
    QT_TRANSLATE_NOOP("Consolidation", "Current stage"),
    QT_TRANSLATE_NOOP("Consolidation", "Stage status"),
    QT_TRANSLATE_NOOP("Consolidation", "Stages done"),
    QT_TRANSLATE_NOOP("Consolidation", "Progress (%)"),
    QT_TRANSLATE_NOOP("Consolidation", "Readiness (%)"),
    QT_TRANSLATE_NOOP("Consolidation", "Id"),
    QT_TRANSLATE_NOOP("Consolidation", "Region"),
    QT_TRANSLATE_NOOP("Consolidation", "Team contact"),
    QT_TRANSLATE_NOOP("Consolidation", "Moderator's notes"),
    QT_TRANSLATE_NOOP("Consolidation", "Problems"),
)
AFTER_PROFILE = (  # after the profile fields: the evaluation plan and spreading (sheets.py)
    QT_TRANSLATE_NOOP("Consolidation", "Next evaluation follow-up"),
    QT_TRANSLATE_NOOP("Consolidation", "Replication"),
)
STAGE_COLUMN, STATUS_COLUMN, DONE_COLUMN, READINESS_COLUMN, ID_COLUMN = 4, 5, 6, 8, 9
REGION_COLUMN, CONTACT_COLUMN, NOTES_COLUMN, PROBLEMS_COLUMN = 10, 11, 12, 13
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROFILE_COLUMN = len(FIXED)  # the profile fields (METHOD.md §4) follow the fixed columns
TEAM_KINDS = {  # the same texts as the GUI's (context "TeamKind")
    "opd": QT_TRANSLATE_NOOP("TeamKind", "OPD (regional agency)"),
    "perusda": QT_TRANSLATE_NOOP("TeamKind", "Perusda / BUMD"),
    "academic": QT_TRANSLATE_NOOP("TeamKind", "Academic partner"),
    "community": QT_TRANSLATE_NOOP("TeamKind", "Community partner"),
}


def _value(field: Any, value: Any, language: str) -> str:
    if value in (None, ""):
        return ""
    if field.kind == "choice":
        return field.choice_label(str(value), language)
    if field.kind == "multichoice" and isinstance(value, list):
        return "; ".join(field.choice_label(str(v), language) for v in value)
    return str(value)


def consolidation(
    services: Any, workshop_id: str, language: str
) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows (one per project, by team then title) in ``language``. Readiness
    is the worksheets' measure (stage outputs and proposal texts), as on the project page."""
    translate: Callable[[str, str], str] = translator(language)
    workshop = services.workshops.get(workshop_id)  # NotFoundError for a wrong id
    fields = profile_fields()
    headers = [translate("Consolidation", h) for h in FIXED] + [f.label(language) for f in fields]
    headers += iid_columns.headers(translate, language)
    headers += [translate("Consolidation", h) for h in AFTER_PROFILE]
    teams = {t.id: t for t in services.teams.list(workshop_id)}
    rows: list[list[Any]] = []
    summaries = sorted(services.projects.summaries(workshop_id), key=lambda s: (s.team, s.title))
    for summary in summaries:
        project = services.projects.get(summary.id)
        team = teams.get(summary.team_id)
        works = services.stages.list(summary.id)
        current = next((w for w in works if w.stage == summary.current_stage), None)
        readiness = services.worksheets.readiness(summary.id, project.profile or {})
        parts = [(p.title, p.words, p.max_words) for p in readiness.proposal or []]
        rows.append(
            [
                workshop.name,
                summary.team,
                translate("TeamKind", TEAM_KINDS[team.kind])
                if team and team.kind in TEAM_KINDS
                else (team.kind if team else ""),
                summary.title,
                stage_content(summary.current_stage).name(language),
                status_text(current, language, reason=False) if current else "",
                summary.stages_done,
                round(summary.stages_done * 100 / 5),
                round(readiness.ratio * 100),
                summary.id,
                region_of(workshop),
                team.contact if team else "",
                override_notes(works, language),
                "\n".join(limits.problems(summary.title, project.profile or {}, parts, language)),
                *(_value(f, project.profile.get(f.key), language) for f in fields),
                *iid_columns.values(
                    project.profile or {},
                    services.attachments.list(summary.id),
                    translate,
                    language,
                ),
                _followup(readiness.followup, language),
                spreading.state_text(readiness.replication, language)
                if readiness.replication
                else "",
            ]
        )
    return headers, rows


def _followup(found: Any, language: str) -> str:
    """ "15 Januari 2027", or "terlambat: 30 Juni 2026" for a follow-up past its day."""
    if found is None:
        return ""
    day = locale.format_date(found.due, language)
    if not found.overdue:
        return day
    return translator(language)("Consolidation", LATE).format(date=day)


LATE = QT_TRANSLATE_NOOP("Consolidation", "overdue: {date}")
_REGION = re.compile(
    r"\b(?:Kota|Kabupaten|Kab\.|Provinsi|City of|Regency of|Province of)"
    r"(?:\s+[A-Z][\w'-]*)+"
)


def region_of(workshop: Any) -> str:
    """The region a workshop serves: "Kota Makassar" as named in its organiser, place or
    name ("Balitbangda Kota Makassar"); else the organiser, as the bundle import does."""
    for text in (workshop.organiser, workshop.place, workshop.name):
        found = _REGION.search(text or "")
        if found:
            return found.group()
    return (workshop.organiser or workshop.place or "").strip()


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


def formula_like(value: Any) -> bool:
    """Text a spreadsheet would read as a formula (or that hides one behind a tab/CR)."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


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
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Konsolidasi"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if formula_like(cell.value):
                # openpyxl took it for a formula: keep the text, shown as typed
                cell.data_type = TYPE_STRING
                cell.quotePrefix = True
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        if formula_like(cell.value):
            cell.data_type = TYPE_STRING
            cell.quotePrefix = True
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header))] + [len(str(r[index - 1])) for r in rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 60)
    book.save(path)
