"""A canvas drawn as vector graphics: template zones and shapes, links, notes with wrapped
text, vote badges and note numbers, scaled to fit the frame (text stays text).

Scene coordinates grow downwards (Qt); PDF ones upwards, so every y is flipped through
``_Map``. Text is drawn with ``drawString``-style text objects, never parsed as markup.
"""

from __future__ import annotations

import io
import math
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from labinov.method.stages import pick
from labinov.method.templates import NOTE_COLOURS
from labinov.report import fonts
from labinov.report.data import CanvasData
from labinov.report.markup import clean

PALETTE = NOTE_COLOURS  # as on the canvas
INK = colors.HexColor("#212121")
LINE = colors.HexColor("#37474f")
LINK = colors.HexColor("#455a64")
VOTE = colors.HexColor("#c62828")
NOTE_FONT = 11.0  # the editor's note text size, in scene units
MIN_FONT = 4.0  # smallest text drawn in a note, in points (still searchable)
MAX_FONT = 9.0


def colour(name: str | None, default: str = "yellow") -> colors.Color:
    value = PALETTE.get(name or default) or name or PALETTE[default]
    try:
        return colors.HexColor(value) if value.startswith("#") else colors.toColor(value)
    except (ValueError, AttributeError):
        return colors.HexColor(PALETTE[default])


def template_of(key: str) -> Any:
    """The canvas template, when the templates module exists and knows ``key``."""
    try:
        from labinov.method import templates
    except ImportError:  # pragma: no cover - templates landed with the canvas issue
        return None
    return templates.all_templates().get(key)


def bounds(data: CanvasData, template: Any) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the template and every item, in scene units."""
    xs: list[float] = []
    ys: list[float] = []
    if template is not None:
        xs += [0.0, template.size[0]]
        ys += [0.0, template.size[1]]
        for zone in template.zones:
            left, top, width, height = zone.rect
            xs += [left, left + width]
            ys += [top, top + height]
    for item in data.items:
        xs += [item["x"], item["x"] + item["width"]]
        ys += [item["y"], item["y"] + item["height"]]
    if not xs:
        return 0.0, 0.0, 800.0, 500.0
    return min(xs) - 20, min(ys) - 20, max(xs) + 20, max(ys) + 20


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by measured width; words longer than a line are cut by characters."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in clean(text).split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split():
            word_width = stringWidth(word, font, size)
            while word_width > width and len(word) > 1:  # a URL or a very long word
                if line:
                    lines.append(line)
                    line, line_width = "", 0.0
                cut = max(1, int(len(word) * width / word_width))
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                word_width = stringWidth(word, font, size)
            if line and line_width + space + word_width > width:
                lines.append(line)
                line, line_width = word, word_width
            elif line:
                line, line_width = f"{line} {word}", line_width + space + word_width
            else:
                line, line_width = word, word_width
        lines.append(line)
    return lines


class CanvasFigure(Flowable):
    """One canvas, scaled to the frame width (and at most ``max_height``)."""

    def __init__(self, data: CanvasData, language: str, max_height: float) -> None:
        super().__init__()
        self.data, self.language, self.max_height = data, language, max_height
        self.template = template_of(data.template)
        self.box = bounds(data, self.template)
        self.scale = 1.0
        self.picture_label = "[gambar]"
        self.numbers = {item["id"]: index for index, item in enumerate(self.notes(), start=1)}

    def notes(self) -> list[dict[str, Any]]:
        """Items listed under the figure, in the order they are numbered."""
        return [item for item in self.data.items if item.get("kind") in ("note", "text")]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        left, top, right, bottom = self.box
        height_limit = max(min(avail_height, self.max_height) - 2, 50)
        self.scale = min(avail_width / (right - left), height_limit / (bottom - top))
        self.width = (right - left) * self.scale
        self.height = (bottom - top) * self.scale
        return self.width, self.height

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        left, top, _right, _bottom = self.box
        return (x - left) * self.scale, self.height - (y - top) * self.scale

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#cfd8dc"))
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if self.template is not None:
            self._draw_template()
        items = {item["id"]: item for item in self.data.items}
        for link in self.data.links:
            source, target = items.get(link["source_id"]), items.get(link["target_id"])
            if source is not None and target is not None:
                self._draw_link(source, target, link)
        for item in sorted(self.data.items, key=lambda i: (i.get("kind") != "frame", i["z"])):
            self._draw_item(item)
        canv.restoreState()

    def _draw_template(self) -> None:
        canv, s = self.canv, self.scale
        for zone in self.template.zones:
            left, top, width, height = zone.rect
            x, y = self._xy(left, top + height)
            canv.setFillColor(colour(zone.colour, "white"))
            canv.setStrokeColor(colors.Color(0, 0, 0, alpha=0.15))
            canv.roundRect(x, y, width * s, height * s, 12 * s, stroke=1, fill=1)
            size = max(26 * s * 0.8, 5.0)
            canv.setFillColor(colors.Color(0, 0, 0, alpha=0.65))
            label = str(pick(zone.label, self.language))
            lines = wrap_lines(label, fonts.SANS_BOLD, size, max(width * s - 8, 10))
            text = canv.beginText(x + 16 * s, y + height * s - 10 * s - size)
            text.setFont(fonts.SANS_BOLD, size, size * 1.15)
            for line in lines[:3]:
                text.textLine(line)
            canv.drawText(text)
        canv.setStrokeColor(LINE)
        canv.setFillColor(LINE)
        for shape in self.template.shapes:
            if shape.kind in ("line", "arrow") and len(shape.points) == 4:
                x1, y1 = self._xy(shape.points[0], shape.points[1])
                x2, y2 = self._xy(shape.points[2], shape.points[3])
                canv.setLineWidth(max(shape.width * s, 0.4))
                canv.line(x1, y1, x2, y2)
                if shape.kind == "arrow":
                    self._arrow_head(x1, y1, x2, y2, (10 + shape.width * 2) * s)
            elif shape.kind == "label" and shape.rect:
                left, top, width, height = shape.rect
                cx, cy = self._xy(left + width / 2, top + height / 2)
                size = max(shape.size * 0.8 * s, 4.0)
                canv.setFont(fonts.SANS_BOLD, size)
                canv.drawCentredString(
                    cx, cy - size / 3, str(pick(shape.text or {}, self.language))
                )

    def _arrow_head(self, x1: float, y1: float, x2: float, y2: float, size: float) -> None:
        angle = math.atan2(y2 - y1, x2 - x1)
        path = self.canv.beginPath()
        path.moveTo(x2, y2)
        for turn in (math.pi - 0.45, math.pi + 0.45):
            path.lineTo(x2 + size * math.cos(angle + turn), y2 + size * math.sin(angle + turn))
        path.close()
        self.canv.drawPath(path, stroke=0, fill=1)

    def _draw_link(self, source: dict, target: dict, link: dict) -> None:
        canv = self.canv
        sx, sy = self._xy(source["x"] + source["width"] / 2, source["y"] + source["height"] / 2)
        tx, ty = self._xy(target["x"] + target["width"] / 2, target["y"] + target["height"] / 2)
        # end the line on the target's border so the arrow head shows
        half_w, half_h = target["width"] * self.scale / 2, target["height"] * self.scale / 2
        dx, dy = tx - sx, ty - sy
        factor = max(abs(dx) / half_w if half_w else 0, abs(dy) / half_h if half_h else 0, 1e-9)
        ex, ey = tx - dx / factor, ty - dy / factor
        canv.setStrokeColor(LINK)
        canv.setFillColor(LINK)
        canv.setLineWidth(max(3 * self.scale, 0.5))
        canv.line(sx, sy, ex, ey)
        if link.get("arrow", True):
            self._arrow_head(sx, sy, ex, ey, max(14 * self.scale, 2.5))
        if link.get("label"):
            size = max(NOTE_FONT * self.scale, MIN_FONT)
            fonts.draw_text_runs(
                canv,
                (sx + ex) / 2,
                (sy + ey) / 2 + 2,
                clean(link["label"]),
                fonts.SANS,
                size,
                "centre",
            )

    def _draw_item(self, item: dict) -> None:
        canv, s = self.canv, self.scale
        kind = item.get("kind", "note")
        x, y = self._xy(item["x"], item["y"] + item["height"])
        width, height = item["width"] * s, item["height"] * s
        if kind == "frame":
            canv.setDash(3, 2)
            canv.setStrokeColor(colors.HexColor("#607d8b"))
            canv.setLineWidth(max(2 * s, 0.5))
            canv.rect(x, y, width, height, stroke=1, fill=0)
            canv.setDash()
        elif kind in ("note", "image"):
            canv.setFillColor(colour(item.get("colour")))
            canv.setStrokeColor(colors.Color(0, 0, 0, alpha=0.45))
            canv.setLineWidth(0.3)
            canv.rect(x, y, width, height, stroke=1, fill=1)
        if kind == "image":
            self._draw_image(item, x, y, width, height)
        if item.get("text") and kind != "image":
            self._draw_note_text(item, x, y, width, height, bold=kind in ("frame", "text"))
        if item.get("votes"):
            radius = max(min(17 * s, width / 4), 3.5)
            # on the note's top-right corner, so it covers little of the text
            cx, cy = x + width - radius * 0.4, y + height - radius * 0.4
            canv.setFillColor(VOTE)
            canv.circle(cx, cy, radius, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            size = radius * 1.1
            canv.setFont(fonts.SANS_BOLD, size)
            canv.drawCentredString(cx, cy - size * 0.36, str(item["votes"]))
        number = self.numbers.get(item["id"])
        if number is not None and width > 8:
            canv.setFillColor(colors.HexColor("#546e7a"))
            size = max(min(8 * s * 1.4, 6), 2.8)
            canv.setFont(fonts.SANS, size)
            canv.drawRightString(x + width - 1.2, y + 1.2, f"#{number}")

    def _draw_note_text(
        self, item: dict, x: float, y: float, width: float, height: float, bold: bool
    ) -> None:
        canv = self.canv
        base = 22.0 if item.get("kind") == "text" else NOTE_FONT
        size = min(max(base * self.scale, MIN_FONT), MAX_FONT)
        font = fonts.SANS_BOLD if bold else fonts.SANS
        pad = max(3 * self.scale, 1.0)
        leading = size * 1.18
        room = max(int((height - 2 * pad) // leading), 1)
        lines = wrap_lines(item["text"], font, size, max(width - 2 * pad, size))
        if len(lines) > room:  # the whole text is in the notes list under the figure
            lines = [*lines[: room - 1], lines[room - 1] + " …"]
        canv.setFillColor(INK)
        text = canv.beginText(x + pad, y + height - pad - size)
        text.setFont(font, size, leading)
        for line in lines:
            for run, symbols in fonts.fallback_runs(line):
                text.setFont(fonts.SYMBOLS if symbols else font, size, leading)
                text.textOut(run)
            text.textLine("")
        canv.drawText(text)

    def _draw_image(self, item: dict, x: float, y: float, width: float, height: float) -> None:
        data = self.data.images.get(item.get("attachment_id") or "")
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
            except Exception:
                pass
        self.canv.setFillColor(INK)
        self.canv.setFont(fonts.SANS, max(8 * self.scale, MIN_FONT))
        self.canv.drawCentredString(x + width / 2, y + height / 2, self.picture_label)
