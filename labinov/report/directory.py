"""The *Direktori Inovasi*: a workshop's consolidated PDF — a summary table of every
innovation, then one page per innovation with its team, contact, region, stage (an
override marked with the moderator's reason), unmet limits and profile. Every page is
numbered "Halaman N dari M"; only the embedded fonts are used (no standard-14 Helvetica).

Built with reportlab and the report package's fonts (Indonesian text and emoji
fallback), paragraph escaping (user text never reaches reportlab's markup parser
unescaped) and table styles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.files import write_atomically
from labinov.i18n import translator
from labinov.method import locale
from labinov.method.profile import profile_fields
from labinov.report import fonts, texts
from labinov.report.document import LateNumbers, make_canvas_class
from labinov.report.furniture import PageFurniture
from labinov.report.markup import para
from labinov.report.styles import WARN, grid_style, make_styles
from labinov.services.consolidation import (
    CONTACT_COLUMN,
    DONE_COLUMN,
    NOTES_COLUMN,
    PROBLEMS_COLUMN,
    PROFILE_COLUMN,
    READINESS_COLUMN,
    REGION_COLUMN,
    STAGE_COLUMN,
    STATUS_COLUMN,
    consolidation,
)

QT_TRANSLATE_NOOP("Consolidation", "Innovation Directory")
QT_TRANSLATE_NOOP("Consolidation", "{count} innovations")
QT_TRANSLATE_NOOP("Consolidation", "readiness {percent}%")


def write_directory(services: Any, workshop_id: str, path: Path, language: str) -> int:
    """Write the directory of ``workshop_id`` to ``path``; returns the number of pages'
    innovations."""
    translate = translator(language)
    headers, rows = consolidation(services, workshop_id, language)
    workshop = services.workshops.get(workshop_id)
    fonts.register()
    styles = make_styles()
    region = rows[0][REGION_COLUMN] if rows else ""
    subtitle = f"{workshop.name} — {region}" if region else workshop.name
    story: list[Any] = [
        Paragraph(para(translate("Consolidation", "Innovation Directory")), styles.title),
        Paragraph(para(subtitle), styles.subtitle),
        Paragraph(
            para(translate("Consolidation", "{count} innovations").format(count=len(rows))),
            styles.body,
        ),
        Spacer(1, 0.4 * cm),
    ]
    columns = (1, CONTACT_COLUMN, 3, STAGE_COLUMN, DONE_COLUMN, READINESS_COLUMN)
    head = [Paragraph(para(headers[i]), styles.cell_head) for i in columns]
    table_rows = [head] + [
        [
            Paragraph(para(row[1]), styles.cell),
            Paragraph(para(row[CONTACT_COLUMN]), styles.cell),
            Paragraph(para(row[3]), styles.cell),
            Paragraph(para(row[STAGE_COLUMN]), styles.cell),
            Paragraph(para(f"{row[DONE_COLUMN]}/5"), styles.cell),
            Paragraph(para(f"{row[READINESS_COLUMN]}%"), styles.cell),
        ]
        for row in rows
    ]
    width = A4[0] - 4 * cm
    shares = (0.19, 0.22, 0.27, 0.12, 0.09, 0.11)
    summary = LongTable(table_rows, colWidths=[s * width for s in shares], repeatRows=1)
    summary.setStyle(grid_style())
    story.append(summary)
    warn = styles.small.clone("directoryWarn", textColor=WARN)
    dates = {PROFILE_COLUMN + n for n, f in enumerate(profile_fields()) if f.kind == "date"}
    for row in rows:
        story.append(PageBreak())
        story.append(Paragraph(para(row[3]), styles.h1))
        story.append(
            Paragraph(
                para(
                    f"{row[1]} — {row[STAGE_COLUMN]} ({row[STATUS_COLUMN]}, "
                    f"{row[DONE_COLUMN]}/5) · "
                    + translate("Consolidation", "readiness {percent}%").format(
                        percent=row[READINESS_COLUMN]
                    )
                ),
                styles.subtitle,
            )
        )
        for column in (NOTES_COLUMN, PROBLEMS_COLUMN):
            if row[column]:
                story.append(Paragraph(f"<b>{para(headers[column])}</b>", styles.small))
                story += [Paragraph(para(line), warn) for line in row[column].split("\n")]
        shown = (REGION_COLUMN, CONTACT_COLUMN, *range(PROFILE_COLUMN, len(headers)))
        details = [
            [
                Paragraph(para(headers[i]), styles.cell_head),
                Paragraph(para(_shown(row[i], i, dates, language)), styles.cell),
            ]
            for i in shown
            if row[i] not in ("", None)
        ]
        if details:
            block = Table(details, colWidths=[0.3 * width, 0.7 * width])
            block.setStyle(grid_style(header_rows=0))
            story.append(block)
    _build(path, story, workshop.name, subtitle, texts.words(language)(texts.PAGE))
    return len(rows)


def _shown(value: str, column: int, dates: set[int], language: str) -> str:
    """A profile date in words ("2 September 2019"); the table keeps ISO for sorting."""
    return locale.format_date(value, language) if column in dates else str(value)


def _build(path: Path, story: list[Any], title: str, footer: str, page_label: str) -> None:
    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            title=title,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
            # pages start in the embedded font: reportlab's default Helvetica would be
            # referenced on every page without being embedded
            initialFontName=fonts.SANS,
        )
        document.build(
            story,
            onFirstPage=furniture,
            onLaterPages=furniture,
            canvasmaker=make_canvas_class(late),
        )

    late = LateNumbers()
    # the footer: the workshop and region, "Halaman N dari M" on every page
    furniture = PageFurniture(late, page_label, footer, 2 * cm, 1.2 * cm, cover=False)
    write_atomically(Path(path), write)
