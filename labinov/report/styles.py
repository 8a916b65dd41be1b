"""Paragraph and table styles of the proposal, all in the embedded fonts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, TableStyle

from labinov.report import fonts

ACCENT = colors.HexColor("#1b5e7a")
MUTED = colors.HexColor("#5f6b73")
WARN = colors.HexColor("#b3261e")
HEADER_FILL = colors.HexColor("#e3eef3")
CELL_PADDING = 4
CELL_FONT_SIZE = 8.5
GRID = colors.HexColor("#b0bec5")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    question: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles() -> Styles:
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10, leading=14, spaceAfter=6, splitLongWords=1
    )

    def derive(name: str, **values: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **values)

    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11, textColor=MUTED),
        cell=derive("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=derive("cellHead", fontName=fonts.SANS_BOLD, fontSize=8.5, leading=10.5),
        question=derive("question", fontName=fonts.SANS_ITALIC, fontSize=9, textColor=MUTED),
        h1=derive(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=4,
            spaceAfter=10,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=fonts.SANS_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        h3=derive(
            "h3",
            fontName=fonts.SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
        title=derive(
            "title",
            fontName=fonts.SANS_BOLD,
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            spaceAfter=14,
            textColor=ACCENT,
        ),
        subtitle=derive("subtitle", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=8),
        toc1=derive("toc1", fontName=fonts.SANS_BOLD, fontSize=10.5, leading=15, spaceAfter=0),
        toc2=derive("toc2", fontSize=9.5, leading=13, leftIndent=14, spaceAfter=0),
    )


def grid_style(header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            # cells hold Paragraphs, but the table still sets its default font per cell:
            # Helvetica would be referenced without being embedded
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_FONT_SIZE * 1.25),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


# Room a heading needs below it (points) so it never ends a page alone. A CondPageBreak
# before the heading, not keepWithNext: reportlab keeps a heading with a whole long table
# or text by moving both to the next page, leaving half a page empty.
ROOM_SECTION = 110.0  # a level-2 heading, its question or status, a label, two lines
ROOM_BLOCK = 64.0  # a block title, a table header and two rows (or two lines)
ROOM_LABEL = 44.0  # a bold label and two lines of text


def room(points: float) -> CondPageBreak:
    """A page break only when less than ``points`` are left on the page."""
    return CondPageBreak(points)
