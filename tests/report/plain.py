"""The proposal written with plain reportlab: the same story, page templates, contents and
page furniture, but every note of every figure drawn with reportlab's own canvas calls
(``setFillColor``, ``rect``, a text object's ``textOut``/``textLine``, ``circle``,
``drawCentredString``, ``drawString``, ``linkRect``) on reportlab's own ``Canvas``.

It is what the figures were before the pen, and the fair "same pages" yardstick of the
report benchmark (``tests/bench/bench_report.py``); ``test_plain.py`` checks that its pages
are ours (text and pixels).
"""

from __future__ import annotations

import math
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from labinov.report import Options, fonts
from labinov.report.builder import build_story
from labinov.report.data import ProjectData
from labinov.report.document import LateNumbers
from labinov.report.export import furniture_texts, proposal_doc
from labinov.report.figure import CanvasFigure
from labinov.report.figure_layout import MAX_FONT, MIN_FONT, NOTE_FONT, wrap_lines
from labinov.report.figure_notes import FRAME, INK, NOTE_EDGE, NUMBER, VOTE, WHITE, colour
from labinov.report.furniture import SIZE, PageFurniture, fit_text
from labinov.report.outline import load_outline
from labinov.report.styles import make_styles


class PlainFurniture(PageFurniture):
    """The page furniture drawing its header and footer again on every page."""

    def text(self, canv: Any, x: float, y: float, text: str, width: float) -> None:
        fonts.draw_text_runs(canv, x, y, fit_text(text, SIZE, width), fonts.SANS, SIZE)


class PlainFigure(CanvasFigure):
    """A ``CanvasFigure`` whose notes are drawn by reportlab's canvas calls."""

    def _draw_items(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            self._item(item)

    def _item(self, item: dict) -> None:
        canv, s = self.canv, self.scale
        kind = item.get("kind", "note")
        x, y = self._xy(item["x"], item["y"] + item["height"])
        width, height = item["width"] * s, item["height"] * s
        if kind == "frame":
            canv.setDash(3, 2)
            canv.setStrokeColor(FRAME)
            canv.setLineWidth(max(2 * s, 0.5))
            canv.rect(x, y, width, height, stroke=1, fill=0)
            canv.setDash()
        elif kind in ("note", "image"):
            canv.setFillColor(colour(item.get("colour")))
            canv.setStrokeColor(NOTE_EDGE)
            canv.setLineWidth(0.3)
            canv.rect(x, y, width, height, stroke=1, fill=1)
        if kind == "image":  # no pictures in the benchmark: their label only
            canv.setFillColor(INK)
            canv.setFont(fonts.SANS, max(8 * s, MIN_FONT))
            canv.drawCentredString(x + width / 2, y + height / 2, self.picture_label)
        number = self.numbers.get(item["id"])
        votes = item.get("votes")
        badge = 0.0
        if votes:
            badge = max(min(17 * s, width / 4), MIN_FONT * (0.55 + 0.3 * len(str(votes))))
        number_size = max(min(8 * s * 1.4, 7.0), MIN_FONT)
        if item.get("text") and kind != "image":
            footer = number_size + 1 if number is not None else 0.0
            self._text(item, x, y, width, height, kind in ("frame", "text"), footer, badge)
        if badge:
            canv.setFillColor(VOTE)
            canv.circle(x + width, y + height, badge, stroke=0, fill=1)
            canv.setFillColor(WHITE)
            size = max(badge * 1.1 / (0.55 + 0.3 * len(str(votes))) * 0.85, MIN_FONT)
            canv.setFont(fonts.SANS_BOLD, size)
            canv.drawCentredString(x + width, y + height - size * 0.36, str(votes))
        if number is not None:
            canv.setFillColor(NUMBER)
            label = f"#{number}"
            label_width = stringWidth(label, fonts.SANS, number_size)
            nx, ny = self._inside(x + width - label_width - 1.2, y + 1.5, label_width, number_size)
            canv.setFont(fonts.SANS, number_size)
            canv.drawString(nx, ny, label)
            if self.table_key:
                canv.linkRect(
                    "", self.table_key, (x, y, x + width, y + height), relative=1, thickness=0
                )

    def _text(self, item: dict, x: float, y: float, width: float, height: float,
              bold: bool, footer: float, badge: float) -> None:  # fmt: skip
        canv = self.canv
        base = 22.0 if item.get("kind") == "text" else NOTE_FONT
        size = min(max(base * self.scale, MIN_FONT), MAX_FONT)
        font = fonts.SANS_BOLD if bold else fonts.SANS
        pad = max(3 * self.scale, 1.0)
        leading = size * 1.18
        room = int((height - 2 * pad - footer) // leading)
        if room < 1:
            return
        line_width = max(width - 2 * pad, size)
        narrow = max(line_width - badge - 1, size) if badge else None
        under_badge = math.ceil(badge / leading) if badge else 0
        lines = wrap_lines(item["text"], font, size, line_width, narrow, under_badge, room + 1)
        if len(lines) > room:
            last = lines[room - 1]
            limit = narrow if narrow is not None and room <= under_badge else line_width
            while last and stringWidth(last + " …", font, size) > limit:
                last = last[:-1]
            lines = [*lines[: room - 1], last.rstrip() + " …"]
        canv.setFillColor(INK)
        text = canv.beginText(x + pad, y + height - pad - size)
        text.setFont(font, size, leading)
        current = font
        for line in lines:
            runs = list(fonts.fallback_runs(line))
            for index, (run, symbols) in enumerate(runs):
                wanted = fonts.SYMBOLS if symbols else font
                if wanted != current:
                    text.setFont(wanted, size, leading)
                    current = wanted
                if index == len(runs) - 1:
                    text.textLine(run)
                else:
                    text.textOut(run)
        canv.drawText(text)


def render_plain(data: ProjectData, target: str | BinaryIO, options: Options) -> None:
    """``export.render`` with plain figures and reportlab's own ``Canvas`` (no appended
    files: the benchmark's project has none)."""
    late = LateNumbers()
    story = build_story(data, load_outline(), options, make_styles(), late)
    for flowable in story.flowables:
        if type(flowable) is CanvasFigure:
            flowable.__class__ = PlainFigure
    furniture = PlainFurniture(late, **furniture_texts(data, options))

    class PlainCanvas(Canvas):
        def save(self) -> None:
            late.define(self)
            super().save()

    doc = proposal_doc(data, options, target, furniture, None)
    doc.build(story.flowables, canvasmaker=PlainCanvas)
