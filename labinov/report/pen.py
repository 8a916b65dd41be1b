"""A canvas figure's PDF operators written straight into the page, for the thousands of
notes a proposal draws.

reportlab's drawing calls are general: each ``setFillColor`` checks the colour's kind and
its alpha, each ``drawString`` builds a text object, measures its text and splits it into
font subsets again. A figure draws a note with ten such calls, and the same few colours,
fonts and words over and over. ``Pen`` writes the operators those calls write, skips a
colour or line width that is already set, and keeps what it worked out once per document
in a ``PenMemo`` (subset-encoded text, measured widths, formatted colours): the same
pages, in a fraction of the time. ``tests/report/test_pen.py`` compares its operators with
reportlab's own.

A pen lives inside one ``saveState``/``restoreState`` pair: it changes the graphics state
behind reportlab's back, and the restore puts reportlab's idea of it right again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import PATH_OPS

from labinov.report import fonts

Encoded = list[tuple[int, bytes]]  # (font subset, its codes) as ``TTFont.splitString``


class PenMemo:
    """What a pen works out once per PDF document (font subset codes belong to one
    document: never share a memo between two)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._encoded: dict[tuple[str, str], Encoded] = {}
        self._subsets: dict[tuple[str, int], str] = {}
        self._measurers: dict[tuple[str, float], Callable[[str], float]] = {}
        self._colours: dict[tuple[int, str], tuple[Color, str]] = {}
        # (text, font, size, leading, subset before) → (operators, subset after)
        self.formatted: dict[tuple[str, str, float, float, int], tuple[str, int]] = {}
        self._readable: dict[str, bool] = {}
        self._fonts: dict[tuple[str, float, float], str] = {}

    @classmethod
    def of(cls, canv: Any) -> PenMemo:
        """The memo of ``canv``'s document, made on first use."""
        memo = getattr(canv, "pen_memo", None)
        if memo is None or memo.document is not canv._doc:
            memo = canv.pen_memo = cls(canv._doc)
        return memo

    def measurer(self, font: str, size: float) -> Callable[[str], float]:
        """``pdfmetrics.stringWidth(text, font, size)`` as a function of the text,
        remembered."""
        key = (font, size)
        found = self._measurers.get(key)
        if found is None:
            widths: dict[str, float] = {}
            face = pdfmetrics.getFont(font)

            def found(text: str) -> float:
                width = widths.get(text)
                if width is None:
                    width = widths[text] = face.stringWidth(text, size)
                return width

            self._measurers[key] = found
        return found

    def width(self, text: str, font: str, size: float) -> float:
        return self.measurer(font, size)(text)

    def encoded(self, text: str, font: str) -> Encoded:
        """``text`` split into the font's subsets (codes, once given, never change)."""
        key = (font, text)
        found = self._encoded.get(key)
        if found is None:
            found = pdfmetrics.getFont(font).splitString(text, self.document)
            self._encoded[key] = found
        return found

    def subset_name(self, font: str, subset: int) -> str:
        key = (font, subset)
        found = self._subsets.get(key)
        if found is None:
            face = pdfmetrics.getFont(font)
            found = self._subsets[key] = face.getSubsetInternalName(subset, self.document)
        return found

    def readable(self, font: str) -> bool:
        """Whether ``font`` codes printable ASCII as itself in its first subset
        (reportlab's ``asciiReadable`` subsets): ``splitString`` of such a text is then
        ``[(0, text.encode())]``, no need to ask it."""
        found = self._readable.get(font)
        if found is None:
            face = pdfmetrics.getFont(font)
            found = False
            if getattr(face, "_dynamicFont", False) and getattr(face, "_asciiReadable", False):
                face.splitString("", self.document)  # its subsets start as splitString's do
                glyphs = face.face.charToGlyph  # type: ignore[attr-defined]
                found = all(code in glyphs for code in range(32, 127))
            self._readable[font] = found
        return found

    def font_set(self, font: str, size: float, leading: float) -> str:
        """``Tf`` and ``TL`` of ``font``'s first subset, as a text object sets them."""
        key = (font, size, leading)
        found = self._fonts.get(key)
        if found is None:
            name = self.subset_name(font, 0)
            found = self._fonts[key] = f"{name} {fp_str(size)} Tf {fp_str(leading)} TL"
        return found

    def operator(self, colour: Color, operator: str) -> str:
        """``r g b rg`` (or ``RG``) of an opaque colour."""
        key = (id(colour), operator)
        found = self._colours.get(key)
        if found is None or found[0] is not colour:  # an id may come back for another
            rgb = fp_str(colour.red, colour.green, colour.blue)
            found = self._colours[key] = (colour, f"{rgb} {operator}")
        return found[1]


class Pen:
    """Operators for one figure, appended to ``canv``'s page stream."""

    def __init__(self, canv: Any) -> None:
        self.canv = canv
        self.memo = PenMemo.of(canv)
        self.code: list[str] = canv._code
        self.escape = canv._escape
        self.fill_mode = canv._fillMode
        self._fill: Color | None = None
        self._stroke: Color | None = None
        self._fill_opaque = self._stroke_opaque = False  # the alpha reportlab last set
        self._line_width: float | None = None

    # -- graphics state -------------------------------------------------------------

    def fill(self, colour: Color) -> None:
        if colour is not self._fill:
            if self._fill_opaque and colour.alpha == 1:
                self.code.append(self.memo.operator(colour, "rg"))
            else:
                self._fill_opaque = self._colour(colour, "rg", self._fill_opaque)
            self._fill = colour

    def stroke(self, colour: Color) -> None:
        if colour is not self._stroke:
            if self._stroke_opaque and colour.alpha == 1:
                self.code.append(self.memo.operator(colour, "RG"))
            else:
                self._stroke_opaque = self._colour(colour, "RG", self._stroke_opaque)
            self._stroke = colour

    def _colour(self, colour: Color, operator: str, opaque_now: bool) -> bool:
        """Set a fill (``rg``) or stroke (``RG``) colour; returns whether its alpha is now
        opaque. An opaque colour after an opaque one is only its operator; else reportlab
        sets it, with the alpha's graphics state."""
        opaque = colour.alpha == 1
        if opaque and opaque_now:
            self.code.append(self.memo.operator(colour, operator))
        elif operator == "rg":
            self.canv.setFillColor(colour)
        else:
            self.canv.setStrokeColor(colour)
        return opaque

    def line_width(self, width: float) -> None:
        if width != self._line_width:
            self.code.append(fp_str(width) + " w")
            self._line_width = width

    # -- shapes -----------------------------------------------------------------------

    def rect(self, x: float, y: float, width: float, height: float, stroke: int, fill: int) -> None:
        """``Canvas.rect``."""
        op = PATH_OPS[stroke, fill, self.fill_mode]
        self.code.append(f"n {fp_str(x, y, width, height)} re {op}")

    def disc(self, cx: float, cy: float, r: float, arcs: list[tuple[float, ...]]) -> None:
        """A filled circle from unit-circle Bézier ``arcs``: the operators of
        ``canv.circle(cx, cy, r, stroke=0, fill=1)``, its numbers formatted in one call."""
        numbers = [cx + r * arcs[0][0], cy + r * arcs[0][1]]
        for arc in arcs:
            numbers += (cx + r * arc[2], cy + r * arc[3], cx + r * arc[4], cy + r * arc[5])
            numbers += (cx + r * arc[6], cy + r * arc[7])
        n = fp_str(*numbers).split(" ")
        curves = " ".join(" ".join(n[i : i + 6]) + " c" for i in range(2, len(n), 6))
        self.code.append(f"n {n[0]} {n[1]} m {curves}")
        self.code.append(PATH_OPS[0, 1, self.fill_mode])

    # -- text -------------------------------------------------------------------------

    def _format(
        self, run: str, font: str, size: float, leading: float, subset: int, out: list[str]
    ) -> int:
        """A text object's ``textOut(run)`` (``_formatText``): the subset's font set where
        it changes. Returns the subset the text ends in."""
        key = (run, font, size, leading, subset)
        found = self.memo.formatted.get(key)
        if found is None:
            parts, end, tf = [], subset, ""
            for part, codes in self.memo.encoded(run, font):
                if part != end:
                    tf = tf or f" {fp_str(size)} Tf {fp_str(leading)} TL"
                    parts.append(self.memo.subset_name(font, part) + tf)
                    end = part
                parts.append(f"({self.escape(codes)}) Tj")
            found = self.memo.formatted[key] = (" ".join(parts), end)
        if found[0]:
            out.append(found[0])
        return found[1]

    def lines(
        self, x: float, y: float, font: str, size: float, leading: float, lines: list[str]
    ) -> None:
        """``beginText(x, y)``, ``setFont(font, size, leading)``, a ``textLine`` a line;
        characters DejaVu lacks in Symbola, as ``fonts.fallback_runs`` splits them."""
        out = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        current, subset = font, -1
        readable = self.memo.readable(font)
        for line in lines:
            if readable and line.isascii() and line.isprintable():  # most lines: subset 0
                if current != font:
                    current, subset = font, -1
                if line:
                    if subset != 0:
                        out.append(self.memo.font_set(font, size, leading))
                        subset = 0
                    out.append(f"({self.escape(line.encode())}) Tj")
                out.append("T*")
                continue
            for run, symbols in fonts.fallback_runs(line):
                wanted = fonts.SYMBOLS if symbols else font
                if wanted != current:
                    current, subset = wanted, -1  # a new font starts from no subset
                subset = self._format(run, wanted, size, leading, subset, out)
            out.append("T*")
        out.append("ET")
        self.code.append(" ".join(out))

    def string(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """``setFont(font, size)`` and ``drawString(x, y, text)`` (one font, no fallback)."""
        if text and self.memo.readable(font) and text.isascii() and text.isprintable():
            font_set = self.memo.font_set(font, size, size * 1.2)
            codes = self.escape(text.encode())
            self.code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {font_set} ({codes}) Tj T* ET")
            return
        out = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        self._format(text, font, size, size * 1.2, -1, out)
        out.append("T* ET")
        self.code.append(" ".join(out))

    def centred(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """``setFont(font, size)`` and ``drawCentredString(x, y, text)``."""
        self.string(x - 0.5 * self.memo.width(text, font, size), y, text, font, size)


def quick_string(canv: Any, x: float, y: float, text: str) -> bool:
    """``canv.drawString(x, y, text)`` for the usual text — printable ASCII in an embedded
    font set on ``canv``, drawn bottom-up — written straight (the very same operators, with
    no text object made and no ``splitString``); False when it is not such a text and
    nothing was written."""
    if type(text) is not str or not text or not text.isascii() or not text.isprintable():
        return False
    memo = PenMemo.of(canv)
    font = canv._fontname
    if not canv.bottomup or not memo.readable(font):
        return False
    font_set = memo.font_set(font, canv._fontsize, canv._leading)
    codes = canv._escape(text.encode())
    canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {font_set} ({codes}) Tj T* ET")
    return True
