"""What every numbered page carries around its frame: the header (with its rules) and the
footer with "Halaman N dari M" — one for the proposal and the innovation directory.

M is a late number (``LateNumbers``, as the contents' page numbers are): the last
laid-out page, plus the pages appended after the layout (attached PDFs and pictures,
``appendix.appended_pages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from labinov.report import fonts
from labinov.report.markup import clean
from labinov.report.styles import MUTED

SIZE = 8.0  # header and footer text, in points


@dataclass
class LateNumbers:
    """Numbers known only at the end (page total, each heading's page), drawn as forms."""

    values: dict[str, str] = field(default_factory=dict)
    forms: dict[str, tuple[str, float, bool]] = field(default_factory=dict)

    def draw(self, canv: Canvas, name: str, x: float, y: float, size: float, right: bool) -> None:
        """Place the number ``name`` with its baseline at (x, y), ending there if ``right``."""
        form = f"late{len(self.forms)}"
        spec = (name, size, right)
        for known, known_spec in self.forms.items():
            if known_spec == spec:
                form = known
                break
        self.forms[form] = spec
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(form)
        canv.restoreState()

    def define(self, canv: Canvas) -> None:
        for form, (name, size, right) in self.forms.items():
            text = self.values.get(name, "?")
            canv.beginForm(form, lowerx=-300, lowery=-size, upperx=300, uppery=size * 2)
            canv.setFont(fonts.SANS, size)
            if right:
                canv.drawRightString(0, 0, text)
            else:
                canv.drawString(0, 0, text)
            canv.endForm()


@dataclass
class PageFurniture:
    """An ``onPage`` callback. ``header``: None for pages without a header or rules;
    ``cover``: the first page carries nothing; ``appended``: pages that follow the laid-out
    ones in the same file (they count in M)."""

    late: LateNumbers
    page_label: str  # "Halaman {page} dari"
    footer: str
    margin: float
    footer_y: float
    header: str | None = None
    cover: bool = True
    appended: int = 0
    _fitted: dict[tuple[str, float], str] = field(default_factory=dict, repr=False)
    # (text, width, x, y) → (document, the operators drawing it): the same on every page
    _drawn: dict[tuple[str, float, float, float], tuple[Any, list[str]]] = field(
        default_factory=dict, repr=False
    )

    def __call__(self, canv: Any, doc: Any) -> None:
        page = canv.getPageNumber()
        self.late.values["total"] = str(page + self.appended)
        if page == 1 and self.cover:
            return  # the cover carries no header
        width, height = canv._pagesize
        margin = self.margin
        canv.saveState()
        if self.header is not None:
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.4)
            canv.line(margin, height - margin + 2, width - margin, height - margin + 2)
            canv.line(margin, margin - 6, width - margin, margin - 6)
        canv.setFillColor(MUTED)
        if self.header is not None:
            self.text(canv, margin, height - margin + 6, self.header, width - 2 * margin)
        self.text(canv, margin, self.footer_y, self.footer, width / 2)
        canv.setFont(fonts.SANS, SIZE)
        right = width - margin - 18
        label = self.page_label.format(page=page)
        # drawRightString's own steps: through drawString, a proposal canvas writes it fast
        canv.drawString(
            right - pdfmetrics.stringWidth(label, fonts.SANS, SIZE), self.footer_y, label
        )
        self.late.draw(canv, "total", right + 1, self.footer_y, SIZE, right=False)
        canv.restoreState()

    def text(self, canv: Any, x: float, y: float, text: str, width: float) -> None:
        """``text`` on one line, shortened to ``width`` once for all pages; its operators
        are worked out on the first page and repeated on the others."""
        drawn = self._drawn.get((text, width, x, y))
        if drawn is not None and drawn[0] is canv._doc:
            canv._code.extend(drawn[1])
            return
        key = (text, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = self._fitted[key] = fit_text(text, SIZE, width)
        start = len(canv._code)
        fonts.draw_text_runs(canv, x, y, fitted, fonts.SANS, SIZE)
        self._drawn[text, width, x, y] = (canv._doc, canv._code[start:])


def fit_text(text: str, size: float, width: float) -> str:
    """One line of plain text, shortened with … to ``width`` (headers and footers)."""
    text = " ".join(clean(text).split())
    if fonts.text_width(text, fonts.SANS, size) > width:
        while text and fonts.text_width(text + "…", fonts.SANS, size) > width:
            text = text[: max(0, len(text) - max(1, len(text) // 20))]
        text += "…"
    return text
