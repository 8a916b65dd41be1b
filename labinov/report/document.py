"""The page machinery: portrait and landscape pages, header and footer, headings that feed
the table of contents and the PDF outline, metadata — all in ONE layout pass.

reportlab's usual table of contents needs two or three full passes (``multiBuild``). Here the
entries are known before the build (the story builder lists every heading), so the
contents page has its final height from the start; the numbers it cannot know yet (a
heading's page, the page total) are drawn as PDF form XObjects that are referenced on the
page and defined after the last page (``LateNumbers``): one pass, and the numbers are real
text that a reader can select.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from labinov.errors import Cancelled
from labinov.report import fonts
from labinov.report.furniture import LateNumbers, PageFurniture
from labinov.report.markup import para
from labinov.report.pen import quick_string
from labinov.report.styles import MUTED, Styles

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
MARGIN = 18 * mm


class ExportCancelled(Cancelled):
    """The user cancelled an export; the partial file is removed."""


def make_canvas_class(late: LateNumbers) -> type[Canvas]:
    class ProposalCanvas(Canvas):
        """Defines the late-number forms just before the file is written; writes the
        thousands of one-line strings of the note tables straight (``quick_string``)."""

        def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            if args or kwargs or not quick_string(self, x, y, text):
                super().drawString(x, y, text, *args, **kwargs)

        def save(self) -> None:
            late.define(self)
            super().save()

    return ProposalCanvas


class Heading(Paragraph):
    """A heading that becomes a table-of-contents entry, a PDF bookmark and a link target."""

    def __init__(self, text: str, style: Any, key: str, level: int, doc_late: LateNumbers):
        super().__init__(para(text), style)
        self.key, self.level, self.plain, self.late = key, level, text, doc_late

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        canv.addOutlineEntry(self.plain, self.key, level=self.level, closed=self.level > 0)
        self.late.values[self.key] = str(canv.getPageNumber())


@dataclass
class TocEntry:
    key: str
    title: str
    level: int


class TableOfContents(Flowable):
    """The contents list: titles, dot leaders and late page numbers, each line a link."""

    def __init__(self, entries: list[TocEntry], styles: Styles, late: LateNumbers) -> None:
        super().__init__()
        self.entries, self.styles, self.late = entries, styles, late
        self._lines: list[tuple[TocEntry, Paragraph, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = []
        for entry in self.entries:
            style = self.styles.toc1 if entry.level == 0 else self.styles.toc2
            text = Paragraph(para(entry.title), style)
            _w, height = text.wrap(avail_width - 40, avail_height)
            self._lines.append((entry, text, height))
        self.width = avail_width
        self.height = sum(height + 2 for _e, _t, height in self._lines)
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if len(self.entries) < 2:
            return []
        fits, used = 0, 0.0
        for _entry, _text, height in self._lines:
            if used + height + 2 > avail_height:
                break
            used += height + 2
            fits += 1
        if fits == 0:
            return []
        return [
            TableOfContents(self.entries[:fits], self.styles, self.late),
            TableOfContents(self.entries[fits:], self.styles, self.late),
        ]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for entry, text, height in self._lines:
            y -= height + 2
            text.drawOn(canv, 0, y)
            style = text.style
            baseline = y + height - style.fontSize
            if len(text.blPara.lines) == 1:  # dot leader after a one-line title
                width = stringWidth(" ".join(entry.title.split()), style.fontName, style.fontSize)
                left = style.leftIndent + min(width, self.width - 60) + 6
                canv.saveState()
                canv.setDash(1, 3)
                canv.setStrokeColor(MUTED)
                canv.line(left, baseline, self.width - 30, baseline)
                canv.restoreState()
            self.late.draw(canv, entry.key, self.width, baseline, style.fontSize, right=True)
            canv.linkRect("", entry.key, (0, y, self.width, y + height), relative=1, thickness=0)


Progress = Callable[[], None]


class ProposalDoc(BaseDocTemplate):
    """A4 portrait and landscape pages with the project's name in the header and the page
    number in the footer (``furniture``, not on the cover). ``on_flowable`` is called after
    each top-level flowable (progress, cancel)."""

    def __init__(
        self, filename: Any, furniture: PageFurniture, on_flowable: Progress | None, **metadata: Any
    ) -> None:
        fonts.register()
        # pages start in the embedded font: the default Helvetica would be referenced
        # on every page without being embedded
        super().__init__(filename, pagesize=A4, initialFontName=fonts.SANS, **metadata)
        self.late, self.on_flowable = furniture.late, on_flowable
        portrait_frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm)
        wide = landscape(A4)
        landscape_frame = Frame(MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN - 6 * mm)
        self.addPageTemplates(
            [
                PageTemplate(PORTRAIT, [portrait_frame], onPage=furniture, pagesize=A4),
                PageTemplate(LANDSCAPE, [landscape_frame], onPage=furniture, pagesize=wide),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.on_flowable is not None:
            self.on_flowable()
