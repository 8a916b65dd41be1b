"""The region's statistics as files: an XLSX workbook (a table and a native bar chart per
dimension, openpyxl) and a PDF (a table and a reportlab bar chart per dimension).

Both charts come from maintained libraries (openpyxl's ``BarChart`` is drawn by the
spreadsheet program, reportlab's ``HorizontalBarChart`` is vector graphics in the PDF).
Files are written beside their target and moved in place only when complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.files import formula_like, write_atomically
from labinov.i18n import translator
from labinov.method.locale import format_date, format_number
from labinov.services.region import DIMENSIONS, Statistics, dimension_label, value_label

BAR_COLOUR = "#2980b9"  # the GUI chart's accent (gui/charts.py)
MAX_BARS = 15  # a chart of more bars is unreadable; the table lists every value

TITLE = QT_TRANSLATE_NOOP("Region", "Innovations of the region")
ALL_YEARS = QT_TRANSLATE_NOOP("Region", "all years")
YEAR = QT_TRANSLATE_NOOP("Region", "year {year}")
TOTAL = QT_TRANSLATE_NOOP("Region", "Innovations: {count} ({scope}); made on {date}")
VALUE = QT_TRANSLATE_NOOP("Region", "Value")
COUNT = QT_TRANSLATE_NOOP("Region", "Innovations")


def rows_of(stats: Statistics, dimension: str, language: str) -> list[tuple[str, int]]:
    translate = translator(language)
    return [
        (value_label(dimension, c.value, language, translate), c.count)
        for c in stats.counts[dimension]
    ]


def _subtitle(stats: Statistics, language: str) -> str:
    from datetime import date

    translate = translator(language)
    scope = (
        translate("Region", ALL_YEARS)
        if stats.year is None
        else translate("Region", YEAR).format(year=stats.year)
    )
    return translate("Region", TOTAL).format(
        count=format_number(stats.total, language),
        scope=scope,
        date=format_date(date.today(), language),
    )


def write_xlsx(stats: Statistics, path: Path, language: str) -> None:
    write_atomically(Path(path), lambda temp: _xlsx(stats, temp, language))


def _safe(value: Any) -> Any:
    """A value a spreadsheet would take for a formula, as text with a quote prefix."""
    return f"'{value}" if formula_like(value) else value


def _xlsx(stats: Statistics, path: Path, language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    translate = translator(language)
    book = Workbook()
    summary = book.active
    summary.title = translate("Region", TITLE)[:31]
    summary.append([translate("Region", TITLE)])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([_subtitle(stats, language)])
    for dimension, _label in DIMENSIONS:
        title = dimension_label(dimension, translate)
        sheet = book.create_sheet(title[:31].replace("/", "-"))
        sheet.append([title, translate("Region", COUNT)])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        rows = rows_of(stats, dimension, language)
        for label, count in rows:
            sheet.append([_safe(label), count])
        sheet.column_dimensions["A"].width = 48
        summary.append([title, len(rows)])
        if not rows:
            continue
        chart = BarChart()
        chart.type = "bar"  # horizontal: the labels are long
        chart.title = title
        chart.legend = None
        shown = min(len(rows), MAX_BARS)
        chart.add_data(
            Reference(sheet, min_col=2, min_row=1, max_row=shown + 1), titles_from_data=True
        )
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=shown + 1))
        chart.height = 2 + 0.7 * shown
        chart.width = 18
        sheet.add_chart(chart, "D2")
    book.save(path)


def write_pdf(stats: Statistics, path: Path, language: str) -> None:
    write_atomically(Path(path), lambda temp: _pdf(stats, temp, language))


def _pdf(stats: Statistics, path: Path, language: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    from labinov.report.fonts import SANS, SANS_BOLD
    from labinov.report.styles import grid_style, make_styles

    translate = translator(language)
    styles = make_styles()
    width = A4[0] - 36 * mm
    story: list[Any] = [
        Paragraph(escape(translate("Region", TITLE)), styles.title),
        Paragraph(escape(_subtitle(stats, language)), styles.subtitle),
        Spacer(1, 6 * mm),
    ]
    for dimension, _label in DIMENSIONS:
        title = dimension_label(dimension, translate)
        rows = rows_of(stats, dimension, language)
        block: list[Any] = [Paragraph(escape(title), styles.h2)]
        if rows:
            block.append(_chart(rows[:MAX_BARS], width))
            table = Table(
                [[translate("Region", VALUE), translate("Region", COUNT)]]
                + [[Paragraph(escape(label), styles.cell), format_number(count, language)]
                   for label, count in rows],
                colWidths=[width - 30 * mm, 30 * mm],
                repeatRows=1,
            )  # fmt: skip
            table.setStyle(grid_style())
            table.setStyle(  # plain cells (the counts) in the embedded font too
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ]
            )
            block.append(table)
        block.append(Spacer(1, 6 * mm))
        story.append(KeepTogether(block[:2]))
        story.extend(block[2:])
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=translate("Region", TITLE),
        author="Labinov",
        initialFontName=SANS,  # else Helvetica is referenced without being embedded
    )
    document.build(story)


def _chart(rows: list[tuple[str, int]], width: float) -> Any:
    """A reportlab horizontal bar chart of ``rows`` (largest first, top down)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    from labinov.report.fonts import SANS

    pitch = 16
    label_width = min(width * 0.45, 6 + max(len(label) for label, _n in rows) * 4.6)
    height = pitch * len(rows) + 30
    drawing = Drawing(width, height, initialFontName=SANS)  # else the state starts in Helvetica
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 18  # room for the value axis' labels
    chart.width = width - label_width - 30
    chart.height = pitch * len(rows)
    # reportlab draws the first category at the bottom: reversed, the largest is on top
    chart.data = [[count for _label, count in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _n in reversed(rows)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    most = max(count for _label, count in rows)
    chart.valueAxis.valueStep = max(1, -(-most // 5))  # whole innovations, about five ticks
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = HexColor(BAR_COLOUR)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(label: str, limit: int = 42) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
