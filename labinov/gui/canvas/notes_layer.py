"""All notes of a board in one item, used when their words would be too small to read.

Qt's 40000 chips example and this project's ``LinkLayer``: one item paints every note as
batched rectangles per colour with grey text lines. The rectangles are built once per edit
(an edit marks them stale) and the item is cached as one device pixmap, so a frame at
"fit all" is one blit, and a zoom step a few ``drawRects`` calls in C++ whatever the number
of notes, instead of one Python ``paint()`` per note. (A recorded ``QPicture`` replayed
three times slower than ``drawRects`` on the same rectangles.) The selection and find
matches are drawn live on top: they change without an edit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from labinov.gui.canvas.document import collection_paused
from labinov.gui.canvas.note_item import (
    BADGE,
    FOUND,
    FRAME_EDGE,
    FRAME_FILL,
    NOTE_TYPE,
    SELECTED,
    TEXT_SCALE,
    TEXTURE,
    NoteItem,
    badge_rect,
    note_brush,
    text_box,
)
from labinov.gui.canvas.text_fit import NoteLook, first_bar, texture_bars

OVERVIEW_PX = 2048  # the longer side of the far-out picture of all notes
DETAIL_PX = 3.0  # text lines at least this tall on the screen: edges and every line
HAIRLINE = QPen(QColor(0, 0, 0, 120), 0)  # cosmetic: one pixel at any zoom


class NotesLayer(QGraphicsItem):
    """Draws the notes of ``notes`` (id → ``NoteItem``) while the board is zoomed out."""

    def __init__(self, notes: dict[str, NoteItem]) -> None:
        super().__init__()
        self.notes = notes
        self._bounds = QRectF()
        self._batches: _Batches | None = None
        self.found: set[str] = set()  # ids of the find matches (the scene keeps it)
        self.base = 26.0  # the canvas's text size (the scene sets it)
        self.setZValue(-1)  # above frames and connectors, under the in-place editor
        self.setVisible(False)
        # at "fit all" the layer is about one viewport of pixels: cache it as one pixmap
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = bounds
        self.invalidate()

    def invalidate(self) -> None:
        """An edit changed the notes: record the picture again at the next paint."""
        self._batches = None
        if self.isVisible():
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _build(self) -> _Batches:
        """The rectangles of every note, in plain floats: opening 5,000 notes spent more
        time here (a QRectF per text line, Qt calls per note) than in the first paint."""
        batches = _Batches()
        look = NoteLook(base=self.base)  # the canvas's one look (the layer draws far out)
        base = look.base
        left = top = math.inf
        right = bottom = -math.inf
        for note in self.notes.values():
            row = note.row
            pos = note.pos()
            x, y, width, height = pos.x(), pos.y(), row["width"], row["height"]
            rect = QRectF(x, y, width, height)
            kind = row.get("kind", "note")
            votes = row.get("votes")
            if kind == "frame":
                batches.frames.append(rect)
            elif kind != "text":
                batches.by_colour.setdefault(row.get("colour", "yellow"), []).append(rect)
                left, top = min(left, x), min(top, y)
                right, bottom = max(right, x + width), max(bottom, y + height)
            text = row["text"]
            if text and kind != "image":
                size = base * TEXT_SCALE.get(kind, 1.0)
                area = text_box(x, y, width, height, kind, bool(votes), look)
                batches.lines.append((area, len(text), size))
                bar = first_bar(area, len(text), size)
                if bar is not None:
                    batches.first_bars.append(bar)
            if votes:
                batches.badges.append(badge_rect(rect, note.look))
            if kind == "image":
                batches.images.append(note)
        if right > left:
            batches.area = QRectF(left, top, right - left, bottom - top)
        return batches

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._batches is None:
            # tens of thousands of rectangles, none of them garbage: a cyclic collection on
            # the way walked the whole heap (at 5,000 notes it doubled the build, at random)
            with collection_paused():
                self._batches = self._build()
        batches = self._batches
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # small, far out
        painter.setBrush(FRAME_FILL)
        painter.setPen(FRAME_EDGE)
        painter.drawRects(batches.frames)
        # a note a few pixels tall needs no edge, and one grey line is its texture
        detailed = zoom * self.look_base() >= DETAIL_PX
        overview = None if detailed else self._overview()
        if overview is not None and zoom <= overview.scale * 1.6:
            # tiny notes: one picture of them all, scaled (a zoom step costs one image
            # draw, not 10,000 rectangles)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(overview.rect, overview.image)
        else:
            self._draw_batches(painter, batches, detailed, zoom)
        for note in batches.images:
            if note.pixmap is not None and not note.pixmap.isNull():
                painter.drawPixmap(_scene_rect(note), note.pixmap, QRectF(note.pixmap.rect()))
        painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        scene = self.scene()
        selected = scene.selectedItems() if scene is not None else []
        found = [self.notes[i] for i in self.found if i in self.notes]
        for pen, chosen in (
            (FOUND, found),
            (SELECTED, [item for item in selected if item.type() == NOTE_TYPE]),
        ):
            painter.setPen(pen)
            painter.drawRects([_scene_rect(note) for note in chosen])

    def _draw_batches(
        self, painter: QPainter, batches: _Batches, detailed: bool, zoom: float
    ) -> None:
        painter.setPen(HAIRLINE if detailed else Qt.PenStyle.NoPen)
        for colour, rects in batches.by_colour.items():
            painter.setBrush(note_brush(colour))
            painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TEXTURE)
        if zoom * self.look_base() * 0.6 >= 1.0:  # lines under a pixel would not show
            painter.drawRects(batches.bars() if detailed else batches.first_bars)
        painter.setBrush(BADGE)
        for badge in batches.badges:
            painter.drawEllipse(badge)

    def _overview(self) -> _Overview | None:
        """The notes drawn once into an image of at most 2,048 px a side (per edit)."""
        batches = self._batches
        if batches is None:
            return None
        if batches.overview is None:
            area = batches.area
            if area is None:
                return None
            scale = min(0.12, OVERVIEW_PX / max(area.width(), area.height(), 1.0))
            image = QImage(
                max(1, int(area.width() * scale) + 1),
                max(1, int(area.height() * scale) + 1),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.scale(scale, scale)
            painter.translate(-area.topLeft())
            self._draw_batches(painter, batches, False, scale)
            painter.end()
            size = QRectF(area.left(), area.top(), image.width() / scale, image.height() / scale)
            batches.overview = _Overview(image, size, scale)
        return batches.overview

    def look_base(self) -> float:
        return self.base


@dataclass
class _Batches:
    """The notes as rectangles per colour, their text lines and badges, built once."""

    frames: list[QRectF] = field(default_factory=list)
    by_colour: dict[str, list[QRectF]] = field(default_factory=dict)
    lines: list[tuple[tuple[float, float, float, float], int, float]] = field(
        default_factory=list
    )  # per note with words: its text area, the number of characters, the text size
    first_bars: list[QRectF] = field(default_factory=list)
    badges: list[QRectF] = field(default_factory=list)
    images: list[NoteItem] = field(default_factory=list)
    area: QRectF | None = None  # around every coloured note
    overview: _Overview | None = None
    _bars: list[QRectF] | None = None

    def bars(self) -> list[QRectF]:
        """Every text line's bar, made when first drawn close enough to show them."""
        if self._bars is None:
            with collection_paused():
                self._bars = [
                    bar
                    for area, length, size in self.lines
                    for bar in texture_bars(QRectF(*area), length, size)
                ]
        return self._bars


@dataclass
class _Overview:
    """The notes as one image of the scene's ``rect`` drawn at ``scale``."""

    image: QImage
    rect: QRectF
    scale: float


def _scene_rect(note: NoteItem) -> QRectF:
    return note.rect().translated(note.pos())
