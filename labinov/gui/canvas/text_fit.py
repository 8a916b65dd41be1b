"""How a note's words fit its rectangle: every note of a canvas starts at the canvas's one
text size, shrinks (like Miro's auto-fit) down to a size still readable from the back of the
room (``FIT_PX``, never below where it started), and then ends in "…". Below the smallest
size readable on the screen (``READABLE_PX``) a note shows a grey texture of its lines.

All sizes are canvas units (scene pixels); the screen size is that times the zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

READABLE_PX = 7.0  # text is drawn when at least this tall on the screen
FIT_PX = 11.0  # auto-fit shrinks words no smaller than this on the screen, then cuts them
PRESENT_PX = 16.0  # and at least this tall in presentation (a projector)
ELLIPSIS = "…"
FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
LINE_HEIGHT = 1.25  # a texture line per this many text sizes


@dataclass
class NoteLook:
    """The text size every note of one canvas shares, and the smallest size on the screen
    (7 px on the board; 16 px in presentation, where text grows to reach it)."""

    base: float = 26.0
    floor: float = READABLE_PX
    enlarge: bool = False

    def shows_text(self, zoom: float) -> bool:
        return self.enlarge or self.base * zoom >= self.floor

    def size_at(self, zoom: float) -> float:
        """The starting text size (canvas units) at ``zoom``."""
        return max(self.base, self.floor / zoom) if self.enlarge else self.base

    def padding(self) -> float:
        return max(4.0, self.base * 0.3)

    def badge(self) -> float:
        """The vote badge's diameter; its strip at the right is never written on."""
        return self.base * 1.3


@dataclass(frozen=True)
class Fitted:
    """The words as drawn: at ``pixels`` (canvas units), cut with "…" when ``elided``."""

    pixels: int
    text: str
    elided: bool


def note_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, int(pixels)))
    font.setBold(bold)
    return font


def _fits(text: str, area: QRectF, font: QFont) -> bool:
    needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, area.width(), 1e7), FLAGS, text)
    # a long word cannot wrap: it must fit the width as well as the lines the height
    return needed.height() <= area.height() + 0.5 and needed.width() <= area.width() + 0.5


def fit_text(text: str, area: QRectF, start: float, smallest: float, bold: bool = False) -> Fitted:
    """The largest size from ``start`` down to ``smallest`` at which ``text`` fits
    ``area``; if none does, the longest beginning that fits at ``smallest`` plus "…"."""
    size = max(1, math.ceil(start - 1e-6))  # never below the size asked for
    if _fits(text, area, note_font(size, bold)):
        return Fitted(size, text, False)
    # the largest whole size that fits, by bisection: steps of a tenth skipped sizes that
    # fit (30 → 27 → 24 where 25 fits), drawing a long note smaller than it had to be
    low = max(1, math.ceil(min(smallest, start)))
    high = size - 1
    if low <= high and _fits(text, area, note_font(low, bold)):
        while low < high:
            middle = (low + high + 1) // 2
            if _fits(text, area, note_font(middle, bold)):
                low = middle
            else:
                high = middle - 1
        return Fitted(low, text, False)
    size = min(low, size)
    font = note_font(size, bold)
    # no more characters than could fill the area, then a binary search on the cut
    most = int(area.width() / (0.25 * size) * (area.height() / size + 1)) + 1
    low, high = 0, min(len(text), most)
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(text[:middle].rstrip() + ELLIPSIS, area, font):
            low = middle
        else:
            high = middle - 1
    return Fitted(size, text[:low].rstrip() + ELLIPSIS, True)


def texture_bars(area: QRectF, length: int, size: float) -> list[QRectF]:
    """Grey bars where the lines of ``length`` characters at ``size`` would be: what a
    note shows when its words would be too small to read (never a blank block)."""
    if length <= 0 or area.width() <= 0:
        return []
    per_line = max(1.0, area.width() / (0.5 * size))
    lines = math.ceil(length / per_line)
    room = max(1, int(area.height() / (LINE_HEIGHT * size)))
    bars = []
    for line in range(min(lines, room)):
        last = line == lines - 1
        width = area.width() * ((length - line * per_line) / per_line if last else 1.0)
        top = area.top() + line * LINE_HEIGHT * size + 0.2 * size
        bars.append(QRectF(area.left(), top, max(size, width), 0.6 * size))
    return bars


def first_bar(area: tuple[float, float, float, float], length: int, size: float) -> QRectF | None:
    """The first of ``texture_bars`` for an area given as (left, top, width, height): far
    out a note's texture is this one line (made for every note when a canvas opens)."""
    left, top, width, _height = area
    if length <= 0 or width <= 0:
        return None
    per_line = max(1.0, width / (0.5 * size))
    if length <= per_line:  # one line: as long as the words
        width *= length / per_line
    return QRectF(left, top + 0.2 * size, max(size, width), 0.6 * size)
