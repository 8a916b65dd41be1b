"""The fonts embedded in every PDF: DejaVu Sans (text) and Symbola (emoji/symbol fallback).

Both ship under ``resources/fonts`` (see its README for licences), so a PDF looks the same
on every machine and never depends on a system font. ``register()`` is idempotent.

Emoji: DejaVu has no colour emoji and lacks most pictographs. Characters DejaVu does not
have but Symbola (monochrome, Unicode 9) does are drawn in Symbola (``fallback_runs``).
A character neither has (newer emoji such as 🥳) is drawn as Symbola's empty box but keeps
its own code in the font subset (``_adopt``), so it still comes back out of copy-paste and
text extraction; the ToUnicode fix below makes that work above U+FFFF.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from labinov.paths import resource

SANS = "LabinovSans"
SANS_BOLD = "LabinovSans-Bold"
SANS_ITALIC = "LabinovSans-Oblique"
SANS_BOLD_ITALIC = "LabinovSans-BoldOblique"
SYMBOLS = "LabinovSymbols"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    SYMBOLS: "Symbola.ttf",
}

# Latin, Latin-1, Latin Extended and general punctuation are all in DejaVu: text made only
# of these skips the per-character fallback check (the common case, and 100,000-character
# answers stay fast).
_PLAIN = re.compile(r"[\x00-\u024f\u2000-\u206f]*")
# Hebrew, Arabic, Syriac, Thaana, NKo... and their presentation forms: written right to left
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with characters above U+FFFF written as UTF-16
    surrogate pairs as the PDF spec requires (reportlab writes ``<1F600>``, which viewers
    and pypdf reject, so emoji vanished from copied and extracted text)."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def register() -> None:
    """Register the fonts with reportlab (once per process)."""
    # same output as reportlab's for the Basic Multilingual Plane; fixes only characters
    # above it. Module-level hook: reportlab looks it up when it writes each font subset.
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)


@cache
def _glyphs(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def needs_fallback(text: str) -> bool:
    """Whether ``text`` cannot be drawn as it is: a character DejaVu lacks, or right-to-left
    text to reorder (cheap for ordinary text)."""
    if text.isascii() or _PLAIN.fullmatch(text):  # isascii: far cheaper, most text
        return False
    main = _glyphs(SANS)
    return bool(_RTL.search(text)) or any(ord(char) not in main for char in text)


def visual(text: str) -> str:
    """``text`` in the order its characters are drawn left to right: Arabic and Hebrew
    reversed by the Unicode bidi algorithm (python-bidi), each line on its own. PDF text
    is drawn left to right, and viewers and pdftotext read right-to-left runs back into
    logical order. Text wrapped by a Paragraph is reordered before the wrapping, so a long
    right-to-left paragraph of several lines shows its lines in the wrong order (known
    limit); notes on canvases are wrapped first and are right. Letters are not joined
    (no Arabic shaping without HarfBuzz)."""
    if text.isascii() or _PLAIN.fullmatch(text) or not _RTL.search(text):
        return text
    from bidi import get_display

    return "\n".join(get_display(line) for line in text.split("\n"))


def _adopt(code: int) -> None:
    """Map a character no font has to Symbola's .notdef glyph under its own code.

    reportlab sends every unknown character to code 0, which loses which character it was;
    an entry in the face's map gives it a code of its own in the subset (drawn as the empty
    box, width of the .notdef glyph) whose ToUnicode entry is the real character."""
    face = pdfmetrics.getFont(SYMBOLS).face  # type: ignore[attr-defined]
    face.charToGlyph.setdefault(code, 0)


def fallback_runs(text: str) -> Iterator[tuple[str, bool]]:
    """Split ``text`` into runs of (characters, whether to draw them in Symbola), in the
    order they are drawn (``visual``)."""
    if not needs_fallback(text):
        yield text, False
        return
    text = visual(text)
    main, symbols = _glyphs(SANS), _glyphs(SYMBOLS)
    run: list[str] = []
    in_symbols = False
    for char in text:
        code = ord(char)
        wanted = code not in main
        if wanted and code not in symbols and code > 0x1F:
            _adopt(code)
        if wanted != in_symbols and run:
            yield "".join(run), in_symbols
            run = []
        in_symbols = wanted
        run.append(char)
    if run:
        yield "".join(run), in_symbols


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as ``draw_text_runs`` draws it (with the Symbola fallback)."""
    return sum(
        pdfmetrics.stringWidth(run, SYMBOLS if symbols else font, size)
        for run, symbols in fallback_runs(text)
    )


def draw_text_runs(
    canv: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """One line of user text straight on the canvas (never parsed as markup), characters
    DejaVu lacks in Symbola; ``align``: left, centre or right of ``x``."""
    if align != "left":
        width = text_width(text, font, size)
        x -= width / 2 if align == "centre" else width
    line = canv.beginText(x, y)
    for run, symbols in fallback_runs(text):
        line.setFont(SYMBOLS if symbols else font, size)
        line.textOut(run)
    canv.drawText(line)
