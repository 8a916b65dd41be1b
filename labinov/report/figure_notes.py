"""A figure's items — notes, texts, frames, pictures — with their vote badges, numbers and
links, drawn through a ``Pen``.

A proposal draws a couple of thousand notes, so ``NotePainter`` works out what every note
of a figure shares (sizes, pads, fonts, the note numbers' size, the link destination, the
page position) once per figure, and each note then costs one method and a few pen calls.
"""

from __future__ import annotations

import io
import logging
import math
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.pdfgeom import bezierArc

from labinov.method.templates import NOTE_COLOURS
from labinov.report import fonts
from labinov.report.figure_layout import MAX_FONT, MIN_FONT, NOTE_FONT, wrap_lines
from labinov.report.links import NoteLinks
from labinov.report.pen import Pen

log = logging.getLogger("labinov")

PALETTE = NOTE_COLOURS  # as on the canvas
INK = colors.HexColor("#212121")
VOTE = colors.HexColor("#c62828")
NUMBER = colors.HexColor("#37474f")
WHITE = colors.white
NOTE_EDGE = colors.Color(0, 0, 0, alpha=0.45)
FRAME = colors.HexColor("#607d8b")

# reportlab's four Bézier arcs of a circle, for a unit circle: a badge scales them rather
# than have ``Canvas.circle`` work the arcs out again for each of a thousand notes (the
# same path operators as ``canv.circle(cx, cy, r, stroke=0, fill=1)``)
UNIT_CIRCLE = bezierArc(-1.0, -1.0, 1.0, 1.0, 0, 360)


@cache  # a figure asks once per note: parsing the same few colours again is wasted time
def colour(name: str | None, default: str = "yellow") -> colors.Color:
    value = PALETTE.get(name or default) or name or PALETTE[default]
    try:
        return colors.HexColor(value) if value.startswith("#") else colors.toColor(value)
    except (ValueError, AttributeError):
        return colors.HexColor(PALETTE[default])


class TextStyle:
    """How a kind of item's text is set in one figure."""

    def __init__(self, pen: Pen, scale: float, bold: bool, base: float) -> None:
        self.size = min(max(base * scale, MIN_FONT), MAX_FONT)
        self.font = fonts.SANS_BOLD if bold else fonts.SANS
        self.pad = max(3 * scale, 1.0)
        self.leading = self.size * 1.18
        self.measure = pen.memo.measurer(self.font, self.size)


class NotePainter:
    """Draws the items of ``figure`` (a ``CanvasFigure`` after its ``wrap``) on its canvas."""

    def __init__(self, figure: Any) -> None:
        self.figure = figure
        self.canv = figure.canv
        self.pen = Pen(self.canv)  # from here on every colour goes through the pen
        self.scale = s = figure.scale
        self.left, self.top = figure.box[0], figure.box[1]
        self.width, self.height = figure.width, figure.height
        self.numbers: dict[str, int] = figure.numbers
        self.number_size = max(min(8 * s * 1.4, 7.0), MIN_FONT)
        self.footer = self.number_size + 1  # room the number's line takes under the text
        self.note_text = TextStyle(self.pen, s, False, NOTE_FONT)
        self._styles = {(False, NOTE_FONT): self.note_text}
        self.links = NoteLinks(self.canv, figure.table_key) if figure.table_key else None
        self.measure_number = self.pen.memo.measurer(fonts.SANS, self.number_size)

    def style(self, bold: bool, base: float) -> TextStyle:
        found = self._styles.get((bold, base))
        if found is None:
            found = self._styles[bold, base] = TextStyle(self.pen, self.scale, bold, base)
        return found

    def item(self, item: dict) -> None:
        pen, s = self.pen, self.scale
        kind = item.get("kind", "note")
        x = (item["x"] - self.left) * s
        y = self.height - (item["y"] + item["height"] - self.top) * s
        width, height = item["width"] * s, item["height"] * s
        if kind == "frame":
            self.canv.setDash(3, 2)
            pen.stroke(FRAME)
            pen.line_width(max(2 * s, 0.5))
            pen.rect(x, y, width, height, stroke=1, fill=0)
            self.canv.setDash()
        elif kind in ("note", "image"):
            pen.fill(colour(item.get("colour")))
            pen.stroke(NOTE_EDGE)
            pen.line_width(0.3)
            pen.rect(x, y, width, height, stroke=1, fill=1)
        if kind == "image":
            self.image(item, x, y, width, height)
        number = self.numbers.get(item["id"])
        votes = item.get("votes")
        badge = self.badge_radius(votes, width) if votes else 0.0
        if item.get("text") and kind != "image":
            if kind == "note":
                style = self.note_text
            else:
                style = self.style(kind in ("frame", "text"), 22.0 if kind == "text" else NOTE_FONT)
            footer = self.footer if number is not None else 0.0
            self.text(item["text"], style, x, y, width, height, footer, badge)
        if badge:
            self.badge(str(votes), x + width, y + height, badge)
        if number is not None:
            pen.fill(NUMBER)
            label = f"#{number}"
            size = self.number_size
            label_width = self.measure_number(label)
            nx, ny = self.figure._inside(x + width - label_width - 1.2, y + 1.5, label_width, size)
            pen.string(nx, ny, label, fonts.SANS, size)
            if self.links is not None:
                self.links.add((x, y, x + width, y + height))

    def badge_radius(self, votes: Any, width: float) -> float:
        """Big enough for its number at ``MIN_FONT``, small against the note."""
        digits = len(str(votes))
        return max(min(17 * self.scale, width / 4), MIN_FONT * (0.55 + 0.3 * digits))

    def badge(self, votes: str, right: float, top: float, radius: float) -> None:
        """The vote count on the note's top-right corner; the note's text makes room."""
        pen = self.pen
        pen.fill(VOTE)
        pen.disc(right, top, radius, UNIT_CIRCLE)
        pen.fill(WHITE)
        size = max(radius * 1.1 / (0.55 + 0.3 * len(votes)) * 0.85, MIN_FONT)
        pen.centred(right, top - size * 0.36, votes, fonts.SANS_BOLD, size)

    def text(
        self,
        text: str,
        style: TextStyle,
        x: float,
        y: float,
        width: float,
        height: float,
        footer: float,
        badge: float,
    ) -> None:
        """Wrapped text above the number's line (``footer``), its first lines clear of the
        vote badge; a text that does not fit ends in " …" (it is whole in the note table)."""
        size, pad, leading = style.size, style.pad, style.leading
        room = int((height - 2 * pad - footer) // leading)
        if room < 1:
            return  # too small for a line: the number links to the table
        line_width = max(width - 2 * pad, size)
        narrow = max(line_width - badge - 1, size) if badge else None
        under_badge = math.ceil(badge / leading) if badge else 0
        measure = style.measure
        # a line more than fits tells that the text goes on: no need to wrap the rest
        lines = wrap_lines(
            text, style.font, size, line_width, narrow, under_badge, room + 1, measure
        )
        if len(lines) > room:
            last = lines[room - 1]
            limit = narrow if narrow is not None and room <= under_badge else line_width
            while last and measure(last + " …") > limit:
                last = last[:-1]
            lines = [*lines[: room - 1], last.rstrip() + " …"]
        self.pen.fill(INK)
        self.pen.lines(x + pad, y + height - pad - size, style.font, size, leading, lines)

    def image(self, item: dict, x: float, y: float, width: float, height: float) -> None:
        data = self.figure.data.images.get(item.get("attachment_id") or "")
        if data:
            try:
                self.canv.drawImage(
                    ImageReader(io.BytesIO(data)),
                    x,
                    y,
                    width,
                    height,
                    preserveAspectRatio=True,
                    anchor="c",
                    mask="auto",
                )
                return
            except Exception as error:  # a cut or unknown picture: a placeholder, the PDF made
                log.warning("proposal PDF: a picture could not be drawn (%s)", error)
        self.pen.fill(INK)  # [gambar]
        size = max(8 * self.scale, MIN_FONT)
        label = self.figure.picture_label
        self.pen.centred(x + width / 2, y + height / 2, label, fonts.SANS, size)
