"""All notes of a board in one item, used when their words would be too small to read.

Qt's 40000 chips example and this project's ``LinkLayer``: one item paints every note as
batched rectangles per colour with grey text lines, recorded once into a ``QPicture`` and
replayed each frame, so a frame at "fit all" costs a few C++ calls whatever the number of
notes, instead of one Python ``paint()`` per note. An edit marks the picture stale; the
selection and find matches are drawn live on top (they change without an edit).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPicture
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from labinov.gui.canvas.note_item import (
    BADGE,
    EDGE,
    FOUND,
    FRAME_EDGE,
    FRAME_FILL,
    NOTE_TYPE,
    SELECTED,
    SHADOW,
    TEXTURE,
    NoteItem,
    badge_rect,
    note_brush,
)
from labinov.gui.canvas.text_fit import texture_bars


class NotesLayer(QGraphicsItem):
    """Draws the notes of ``notes`` (id → ``NoteItem``) while the board is zoomed out."""

    def __init__(self, notes: dict[str, NoteItem]) -> None:
        super().__init__()
        self.notes = notes
        self._bounds = QRectF()
        self._picture: QPicture | None = None
        self._images: list[NoteItem] = []
        self.found: set[str] = set()  # ids of the find matches (the scene keeps it)
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
        self._picture = None
        if self.isVisible():
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _record(self) -> QPicture:
        frames: list[QRectF] = []
        by_colour: dict[str, list[QRectF]] = {}
        bars: list[QRectF] = []
        badges: list[QRectF] = []
        images: list[NoteItem] = []
        for note in sorted(self.notes.values(), key=lambda n: n.zValue()):
            row = note.row
            rect = QRectF(note.pos().x(), note.pos().y(), row["width"], row["height"])
            kind = row.get("kind", "note")
            if kind == "frame":
                frames.append(rect)
            elif kind != "text":
                by_colour.setdefault(row.get("colour", "yellow"), []).append(rect)
            if row["text"] and kind != "image":
                area = note.text_area().translated(rect.topLeft())
                size = note.look.base * note.text_scale()
                bars.extend(texture_bars(area, len(row["text"]), size))
            if row.get("votes"):
                badges.append(badge_rect(rect, note.look))
            if kind == "image":
                images.append(note)
        self._images = images
        picture = QPicture()
        painter = QPainter(picture)
        painter.setBrush(FRAME_FILL)
        painter.setPen(FRAME_EDGE)
        painter.drawRects(frames)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawRects([rect.translated(3, 3) for rects in by_colour.values() for rect in rects])
        painter.setPen(EDGE)
        for colour, rects in by_colour.items():
            painter.setBrush(note_brush(colour))
            painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TEXTURE)
        painter.drawRects(bars)
        painter.setBrush(BADGE)
        for badge in badges:
            painter.drawEllipse(badge)
        painter.end()
        return picture

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._picture is None:
            self._picture = self._record()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # small, far out
        painter.drawPicture(0, 0, self._picture)
        for note in self._images:  # few: pictures, the selection, find matches
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


def _scene_rect(note: NoteItem) -> QRectF:
    return note.rect().translated(note.pos())
