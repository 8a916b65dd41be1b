"""The Balitbangda's consolidation table: every project of a workshop × team with its
stage, progress and innovation profile (METHOD.md §4), as CSV (UTF-8 with BOM, so Excel
reads Indonesian text right) or XLSX."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange.files import cannot_write, write_atomically
from labinov.i18n import translator
from labinov.method.profile import profile_fields
from labinov.method.stages import STATUS_LABELS, stage_content

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
)
STAGE_COLUMN, DONE_COLUMN, READINESS_COLUMN, ID_COLUMN = 4, 6, 8, 9
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
    teams = {t.id: t for t in services.teams.list(workshop_id)}
    rows: list[list[Any]] = []
    summaries = sorted(services.projects.summaries(workshop_id), key=lambda s: (s.team, s.title))
    for summary in summaries:
        project = services.projects.get(summary.id)
        team = teams.get(summary.team_id)
        rows.append(
            [
                workshop.name,
                summary.team,
                translate("TeamKind", TEAM_KINDS[team.kind])
                if team and team.kind in TEAM_KINDS
                else (team.kind if team else ""),
                summary.title,
                stage_content(summary.current_stage).name(language),
                translate("Status", STATUS_LABELS[summary.stage_status]),
                summary.stages_done,
                round(summary.stages_done * 100 / 5),
                round(services.worksheets.readiness(summary.id).ratio * 100),
                summary.id,
                *(_value(f, project.profile.get(f.key), language) for f in fields),
            ]
        )
    return headers, rows


def write_table(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    """Write ``.csv`` or ``.xlsx`` by the file's suffix."""
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
        (lambda p: _csv(p, headers, rows))
        if suffix == ".csv"
        else (lambda p: _xlsx(p, headers, rows)),
    )


def _csv(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)


def _safe_cell(value: Any) -> Any:
    """Text starting with = + - @ would be a formula in Excel: keep it text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _xlsx(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Konsolidasi"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_safe_cell(v) for v in row])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header))] + [len(str(r[index - 1])) for r in rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, longest + 2), 60)
    book.save(path)
