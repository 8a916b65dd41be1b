"""The template's backdrop on the board: its zones (label, guiding question) and fixed
shapes (fishbone lines, arrows, labels), painted once under the notes and cached.

A zone's words grow with the projector preset and in presentation (``zone_words.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from labinov.gui.canvas.connector_items import arrow_head
from labinov.gui.canvas.text_fit import READABLE_PX
from labinov.gui.canvas.zone_words import (
    BAND,
    PADDING,
    TITLE_TOP,
    WRAP_TOP_LEFT,
    ZoneWords,
    template_words,
)
from labinov.method.stages import pick
from labinov.method.templates import Template, Zone

if TYPE_CHECKING:
    from labinov.gui.canvas.note_item import NoteItem

CACHED_ZOOMS = 64  # zone layouts kept (one per zoom the board was drawn at)


class TemplateItem(QGraphicsItem):
    """The template's zones (label, guiding question) and fixed shapes, under the notes."""

    def __init__(self, template: Template, language: str) -> None:
        super().__init__()
        self.template = template
        self.language = language
        rect = QRectF(0, 0, *template.size)
        for zone in template.zones:
            rect = rect.united(QRectF(*zone.rect))
        for shape in template.shapes:
            if shape.rect:
                rect = rect.united(QRectF(*shape.rect))
        self._bounds = rect.adjusted(-20, -20, 20, 20)
        self.scale = 1.0  # the projector preset's text scale
        self.floor = 0.0  # presentation: a question at least this many pixels on the screen
        self._words: dict[float, dict[str, ZoneWords]] = {}
        self.notes: Mapping[str, NoteItem] = {}  # the scene's: zone words stay above them
        self._tops: dict[str, float] | None = None  # each zone's first note, from its top
        self.setZValue(-1_000_000)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_text(self, scale: float, floor: float) -> None:
        if (scale, floor) != (self.scale, self.floor):
            self.scale, self.floor = scale, floor
            self._tops = None
            self._words.clear()
            self.update()  # the cached picture is drawn again

    def notes_moved(self) -> None:
        """A note came, went or moved: grown words may have more room, or less (nothing
        to do at the usual size, which always fits above the templates' first notes)."""
        if self.scale != 1.0 or self.floor:
            self._tops = None
            self._words.clear()
            self.update()

    def _bands(self) -> dict[str, float]:
        """How far down each zone's words may reach: to just above its first note."""
        if self._tops is None:
            zones = {zone.key: zone for zone in self.template.zones}
            tops: dict[str, float] = {}
            for note in self.notes.values():
                zone = zones.get(note.row.get("zone") or "")
                if zone is not None:
                    top = float(note.row["y"]) - zone.rect[1]
                    tops[zone.key] = min(tops.get(zone.key, top), top)
            self._tops = tops
        return {
            zone.key: max(BAND, min(self._tops.get(zone.key, zone.rect[3]), zone.rect[3]) - 4)
            for zone in self.template.zones
        }

    def zone_words(self, zone: Zone, lod: float) -> ZoneWords:
        """The sizes of ``zone``'s words at the zoom ``lod`` (kept: painting is cached
        per zoom, and each zoom step measures every zone again)."""
        key = round(lod, 4) if self.floor else 0.0  # only a floor depends on the zoom
        found = self._words.get(key)
        if found is None:
            if len(self._words) > CACHED_ZOOMS:
                self._words.clear()
            zones = self.template.zones
            bands = self._bands() if self.scale != 1.0 or self.floor else None
            found = template_words(zones, self.language, self.scale, self.floor, lod, bands)
            self._words[key] = found
        return found[zone.key]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        for zone in self.template.zones:
            rect = QRectF(*zone.rect)
            painter.setBrush(QColor(zone.colour))
            painter.setPen(QPen(QColor(0, 0, 0, 40), 2))
            painter.drawRoundedRect(rect, 12, 12)
            words = self.zone_words(zone, lod)
            painter.setFont(words.title)
            painter.setPen(QColor(0, 0, 0, 150))
            title = rect.adjusted(PADDING, TITLE_TOP, -PADDING, 0)
            painter.drawText(title, WRAP_TOP_LEFT, str(pick(zone.label, self.language)))
            if lod * words.question_px() >= READABLE_PX:  # the question only when readable
                painter.setFont(words.question)
                painter.setPen(QColor(0, 0, 0, 120))
                painter.drawText(
                    rect.adjusted(PADDING, words.question_top, -PADDING, 0),
                    WRAP_TOP_LEFT,
                    str(pick(zone.question, self.language)),
                )
        for shape in self.template.shapes:
            if shape.kind in ("line", "arrow"):
                line = QLineF(*shape.points)
                painter.setPen(
                    QPen(
                        QColor("#37474f"),
                        shape.width,
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                    )
                )
                painter.drawLine(line)
                if shape.kind == "arrow":
                    painter.setBrush(QBrush(QColor("#37474f")))
                    painter.drawPolygon(arrow_head(line, 10 + shape.width * 2))
            elif shape.kind == "label" and shape.rect:
                font = QFont(painter.font())
                font.setPointSizeF(shape.size * 0.8)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("#37474f"))
                painter.drawText(
                    QRectF(*shape.rect),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(pick(shape.text or {}, self.language)),
                )
