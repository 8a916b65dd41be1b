"""The figure pen writes the operators reportlab's own calls write (white space aside), so a
figure drawn with it looks and reads the same."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from labinov.report import fonts
from labinov.report.figure_notes import UNIT_CIRCLE
from labinov.report.pen import Pen, quick_string

LINES = [
    "Catatan dengan emoji 😀 dan ✓",
    "",
    "baris kedua: layanan akta",
    "😀😀 akhir",
    "akhir 😀",
    "",
    "ASCII (lagi)",
]
ALPHA = colors.Color(0, 0, 0, alpha=0.45)


def _canvas() -> Canvas:
    fonts.register()
    canv = Canvas(io.BytesIO(), invariant=1)
    canv.setFont(fonts.SANS, 10)
    return canv


def _reportlab(canv: Canvas) -> None:
    canv.setFillColor(colors.HexColor("#ffeb3b"))
    canv.setStrokeColor(ALPHA)
    canv.setLineWidth(0.3)
    canv.rect(10, 20, 30.5, 40.25, stroke=1, fill=1)
    canv.setFillColor(colors.HexColor("#212121"))
    text = canv.beginText(12, 50)
    text.setFont(fonts.SANS, 7.5, 8.85)
    current = fonts.SANS
    for line in LINES:
        runs = list(fonts.fallback_runs(line))
        for index, (run, symbols) in enumerate(runs):
            wanted = fonts.SYMBOLS if symbols else fonts.SANS
            if wanted != current:
                text.setFont(wanted, 7.5, 8.85)
                current = wanted
            if index == len(runs) - 1:
                text.textLine(run)
            else:
                text.textOut(run)
    canv.drawText(text)
    canv.setFillColor(colors.HexColor("#c62828"))
    canv.circle(40, 60, 5.5, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont(fonts.SANS_BOLD, 6)
    canv.drawCentredString(40, 58, "12")
    canv.setFillColor(ALPHA)
    canv.setFont(fonts.SANS, 6.5)
    canv.drawString(30, 21.5, "#17")


def _pen(canv: Canvas) -> None:
    pen = Pen(canv)
    pen.fill(colors.HexColor("#ffeb3b"))
    pen.stroke(ALPHA)
    pen.line_width(0.3)
    pen.line_width(0.3)  # already set: nothing written
    pen.rect(10, 20, 30.5, 40.25, stroke=1, fill=1)
    pen.fill(colors.HexColor("#212121"))
    pen.lines(12, 50, fonts.SANS, 7.5, 8.85, LINES)
    pen.fill(colors.HexColor("#c62828"))
    pen.disc(40, 60, 5.5, UNIT_CIRCLE)
    pen.fill(colors.white)
    pen.centred(40, 58, "12", fonts.SANS_BOLD, 6)
    pen.fill(ALPHA)
    pen.string(30, 21.5, "#17", fonts.SANS, 6.5)


def _operators(draw) -> str:  # type: ignore[no-untyped-def]
    canv = _canvas()
    canv.saveState()
    draw(canv)
    canv.restoreState()
    return " ".join(" ".join(canv._code).split())


def test_the_pen_writes_reportlabs_operators() -> None:
    theirs, ours = _operators(_reportlab), _operators(_pen)
    assert "Tj" in theirs and " re B" in theirs and "/gRLs" in theirs  # alpha stroke
    assert ours == theirs


def test_a_second_figure_reuses_the_documents_text() -> None:
    canv = _canvas()
    canv.saveState()
    first = Pen(canv)
    first.string(0, 0, "#1", fonts.SANS, 6)
    second = Pen(canv)
    assert second.memo is first.memo  # one memo a document
    second.string(0, 0, "#1", fonts.SANS, 6)
    canv.restoreState()
    assert canv._code[-2].split("Tm", 1)[1] == canv._code[-3].split("Tm", 1)[1]
    other = _canvas()
    assert Pen(other).memo is not first.memo  # another document codes its own subsets


def test_quick_strings_are_reportlabs_draw_string() -> None:
    """The proposal canvas writes a table's one-line cells straight: the operators of
    ``Canvas.drawString``, and reportlab's own way for what it cannot write (not ASCII,
    empty, a standard font)."""
    texts = ["#12", "Catatan (satu) \\ dua", "", "Jalan Ahmad Yani", "é ünïcode", "😀 emoji"]
    ours, theirs = _canvas(), _canvas()
    quick = []
    for index, text in enumerate(texts):
        for canv in (ours, theirs):
            canv.setFont(fonts.SANS_BOLD if index % 2 else fonts.SANS, 7 + index, 9 + index)
        quick.append(quick_string(ours, 10, 20 + index, text))
        if not quick[-1]:
            ours.drawString(10, 20 + index, text)
        theirs.drawString(10, 20 + index, text)
    ours.setFont("Helvetica", 8)
    theirs.setFont("Helvetica", 8)
    quick.append(quick_string(ours, 1, 2, "Helvetica"))
    assert quick == [True, True, False, True, False, False, False]
    assert ours._code == theirs._code
    ours.showPage()
    theirs.showPage()
    assert ours.getpdfdata() == theirs.getpdfdata()  # the same font subsets too
