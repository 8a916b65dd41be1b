"""A canvas drawn as vector graphics: template zones and shapes, links, notes with wrapped
text, vote badges and note numbers, scaled to fit the frame (text stays text), never a
text below 6 pt and never a label outside the figure's frame. A figure shows the whole
canvas or, zoomed, one part of it (``view``; see ``figure_layout.details``). Each note's
number is the number of its row in the note table under the figure, and a link to it.

Scene coordinates grow downwards (Qt); PDF ones upwards, so every y is flipped through
``_xy``. Text is drawn with ``drawString``-style text objects, never parsed as markup.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from labinov.method.stages import pick
from labinov.report import fonts
from labinov.report.data import CanvasData
from labinov.report.figure_layout import (
    MIN_FONT,
    NOTE_FONT,
    Box,
    bounds,
    template_of,
    wrap_lines,
)
from labinov.report.figure_notes import NotePainter, colour
from labinov.report.markup import clean

LINE = colors.HexColor("#37474f")
LINK = colors.HexColor("#455a64")
ZONE_EDGE = colors.Color(0, 0, 0, alpha=0.15)
ZONE_LABEL = colors.Color(0, 0, 0, alpha=0.65)
BORDER = colors.HexColor("#cfd8dc")


class CanvasFigure(Flowable):
    """One canvas, scaled to the frame width (and at most ``max_height``)."""

    def __init__(
        self,
        data: CanvasData,
        language: str,
        max_height: float,
        view: Box | None = None,
        table_key: str | None = None,
    ) -> None:
        super().__init__()
        self.data, self.language, self.max_height = data, language, max_height
        self.template = template_of(data.template)
        self.box = view or bounds(data, self.template)
        self.zoomed = view is not None
        self.table_key = table_key  # the note table's anchor: note numbers link to it
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
        if self.zoomed:
            self.scale = min(self.scale, 1.0)  # a detail is never larger than the canvas
        self.width = (right - left) * self.scale
        self.height = (bottom - top) * self.scale
        return self.width, self.height

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        left, top, _right, _bottom = self.box
        return (x - left) * self.scale, self.height - (y - top) * self.scale

    def _inside(self, x: float, y: float, width: float, size: float) -> tuple[float, float]:
        """A text's left and baseline moved so all of it lies inside the frame."""
        x = min(max(x, 1.0), max(self.width - width - 1.0, 1.0))
        y = min(max(y, size * 0.25 + 1.0), self.height - size - 1.0)
        return x, y

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(BORDER)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        clip = canv.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canv.clipPath(clip, stroke=0, fill=0)
        if self.template is not None:
            self._draw_template()
        items = {item["id"]: item for item in self.data.items}
        for link in self.data.links:
            source, target = items.get(link["source_id"]), items.get(link["target_id"])
            if source is None or target is None:
                continue
            if link.get("label") or self._visible(
                min(source["x"], target["x"]),
                min(source["y"], target["y"]),
                max(source["x"] + source["width"], target["x"] + target["width"]),
                max(source["y"] + source["height"], target["y"] + target["height"]),
            ):  # (a label is kept inside the frame, wherever its link is)
                self._draw_link(source, target, link)
        self._draw_items(self._items_in_view())
        canv.restoreState()  # also puts reportlab's view of the state right after the pen

    def _items_in_view(self) -> list[dict[str, Any]]:
        order = self.data.drawing_order
        if self.zoomed:  # a detail: whole notes only
            left, top, right, bottom = self.box
            order = [
                i
                for i in order
                if left <= i["x"]
                and top <= i["y"]
                and i["x"] + i["width"] <= right
                and i["y"] + i["height"] <= bottom
            ]
        return order

    def _draw_items(self, items: list[dict[str, Any]]) -> None:
        painter = NotePainter(self)  # from here on every colour goes through its pen
        for item in items:
            painter.item(item)

    def _visible(self, left: float, top: float, right: float, bottom: float) -> bool:
        """Whether a part of the canvas (a zone, a line, a link, in scene units) may show
        in the figure: a detail leaves out what its frame would clip away whole (with
        room for strokes and arrow heads)."""
        if not self.zoomed:
            return True
        margin = 40 + 8 / self.scale
        view_left, view_top, view_right, view_bottom = self.box
        return (
            left - margin <= view_right
            and right + margin >= view_left
            and top - margin <= view_bottom
            and bottom + margin >= view_top
        )

    def _in_view(self, x: float, y: float) -> bool:
        left, top, right, bottom = self.box
        return not self.zoomed or (left <= x <= right and top <= y <= bottom)

    def _draw_template(self) -> None:
        canv, s = self.canv, self.scale
        for zone in self.template.zones:
            left, top, width, height = zone.rect
            if not self._visible(left, top, left + width, top + height):
                continue  # clipped away whole, its label too
            x, y = self._xy(left, top + height)
            canv.setFillColor(colour(zone.colour, "white"))
            canv.setStrokeColor(ZONE_EDGE)
            canv.roundRect(x, y, width * s, height * s, 12 * s, stroke=1, fill=1)
            if not self._in_view(left + 16, top + 10):
                continue  # a neighbouring zone's label, in a detail
            size = max(26 * s * 0.8, MIN_FONT)
            canv.setFillColor(ZONE_LABEL)
            label = str(pick(zone.label, self.language))
            lines = wrap_lines(label, fonts.SANS_BOLD, size, max(width * s - 8, 10))
            left_x, top_y = self._inside(x + 16 * s, y + height * s - 10 * s - size, 0, size)
            text = canv.beginText(left_x, top_y)
            text.setFont(fonts.SANS_BOLD, size, size * 1.15)
            for line in lines[:3]:
                text.textLine(line)
            canv.drawText(text)
        canv.setStrokeColor(LINE)
        canv.setFillColor(LINE)
        for shape in self.template.shapes:
            if shape.kind in ("line", "arrow") and len(shape.points) == 4:
                xs, ys = shape.points[0::2], shape.points[1::2]
                if not self._visible(min(xs), min(ys), max(xs), max(ys)):
                    continue
                x1, y1 = self._xy(shape.points[0], shape.points[1])
                x2, y2 = self._xy(shape.points[2], shape.points[3])
                canv.setLineWidth(max(shape.width * s, 0.4))
                canv.line(x1, y1, x2, y2)
                if shape.kind == "arrow":
                    self._arrow_head(x1, y1, x2, y2, (10 + shape.width * 2) * s)
            elif shape.kind == "label" and shape.rect and not self.zoomed:
                left, top, width, height = shape.rect
                cx, cy = self._xy(left + width / 2, top + height / 2)
                size = max(shape.size * 0.8 * s, MIN_FONT)
                label = str(pick(shape.text or {}, self.language))
                width = fonts.text_width(label, fonts.SANS_BOLD, size)
                # an axis label lies partly outside the template: keep it in the frame
                tx, ty = self._inside(cx - width / 2, cy - size / 3, width, size)
                fonts.draw_text_runs(canv, tx, ty, label, fonts.SANS_BOLD, size)

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
            label = clean(link["label"])
            width = fonts.text_width(label, fonts.SANS, size)
            tx, ty = self._inside((sx + ex) / 2 - width / 2, (sy + ey) / 2 + 2, width, size)
            fonts.draw_text_runs(canv, tx, ty, label, fonts.SANS, size)
