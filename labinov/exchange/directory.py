"""The *Direktori Inovasi*: a workshop's consolidated PDF — a summary table of every
innovation, then one page per innovation with its team, stage and profile.

Built with reportlab, reusing the report package's fonts (Indonesian text and emoji
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
from labinov.exchange.files import write_atomically
from labinov.exchange.table import (
    DONE_COLUMN,
    PROFILE_COLUMN,
    READINESS_COLUMN,
    STAGE_COLUMN,
    consolidation,
)
from labinov.i18n import translator
from labinov.report import fonts
from labinov.report.markup import para
from labinov.report.styles import grid_style, make_styles

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
    story: list[Any] = [
        Paragraph(para(translate("Consolidation", "Innovation Directory")), styles.title),
        Paragraph(para(workshop.name), styles.subtitle),
        Paragraph(
            para(translate("Consolidation", "{count} innovations").format(count=len(rows))),
            styles.body,
        ),
        Spacer(1, 0.4 * cm),
    ]
    columns = (1, 3, STAGE_COLUMN, DONE_COLUMN, READINESS_COLUMN)
    head = [Paragraph(para(headers[i]), styles.cell_head) for i in columns]
    table_rows = [head] + [
        [
            Paragraph(para(row[1]), styles.cell),
            Paragraph(para(row[3]), styles.cell),
            Paragraph(para(row[STAGE_COLUMN]), styles.cell),
            Paragraph(para(f"{row[DONE_COLUMN]}/5"), styles.cell),
            Paragraph(para(f"{row[READINESS_COLUMN]}%"), styles.cell),
        ]
        for row in rows
    ]
    width = A4[0] - 4 * cm
    shares = (0.27, 0.37, 0.14, 0.1, 0.12)
    summary = LongTable(table_rows, colWidths=[s * width for s in shares], repeatRows=1)
    summary.setStyle(grid_style())
    story.append(summary)
    for row in rows:
        story.append(PageBreak())
        story.append(Paragraph(para(row[3]), styles.h1))
        story.append(
            Paragraph(
                para(
                    f"{row[1]} — {row[STAGE_COLUMN]} ({row[5]}, {row[DONE_COLUMN]}/5) · "
                    + translate("Consolidation", "readiness {percent}%").format(
                        percent=row[READINESS_COLUMN]
                    )
                ),
                styles.subtitle,
            )
        )
        details = [
            [Paragraph(para(label), styles.cell_head), Paragraph(para(value), styles.cell)]
            for label, value in zip(headers[PROFILE_COLUMN:], row[PROFILE_COLUMN:], strict=True)
            if value not in ("", None)
        ]
        if details:
            block = Table(details, colWidths=[0.3 * width, 0.7 * width])
            block.setStyle(grid_style(header_rows=0))
            story.append(block)
    _build(path, story, workshop.name)
    return len(rows)


def _build(path: Path, story: list[Any], title: str) -> None:
    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            title=title,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
        )
        document.build(story)

    write_atomically(Path(path), write)
