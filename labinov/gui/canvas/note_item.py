"""The note item of the board: notes, text labels, frames and pictures, and the note colours.
Items only paint; edits go through commands.

Speed (Qt's 40000 chips example): a constant bounding rect, device-coordinate caching, and
no text below a zoom threshold (``TEXT_LOD``), where a note is a coloured block.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from labinov.method.templates import NOTE_COLOURS

PALETTE = NOTE_COLOURS  # the eight note colours, on keys 1–8
COLOUR_KEYS = tuple(PALETTE)
TEXT_LOD = 0.35  # below this scale a note shows no text
HANDLE = 16.0  # size of the resize corner and the connector knob, in scene units
NOTE_TYPE = QGraphicsItem.UserType + 1


def note_colour(name: str) -> QColor:
    return QColor(PALETTE.get(name, name if QColor.isValidColorName(name) else PALETTE["yellow"]))


class NoteItem(QGraphicsRectItem):
    """A note, text label, frame or picture, painted from its row (kind, size, colour,
    text, votes). ``item_id`` is the store id; ``highlighted`` marks a find match."""

    def __init__(self, row: dict[str, Any], pixmap: QPixmap | None = None) -> None:
        super().__init__()
        self.item_id: str = row["id"]
        self.row = row
        self.pixmap = pixmap
        self.highlighted = False
        self.editing = False
        self.font_scale = 1.0  # presentation mode shows larger text
        self._rect = QRectF()
        # Qt's own (C++) boundingRect and shape: the note rect grown by half this pen's
        # width (room for the selection frame and shadow). Qt asks each note for them
        # three times per repaint; a Python override cost ~10 ms on a 5,000-note wall.
        # The pen only sizes the bounds: paint() below draws everything itself.
        self.setPen(QPen(QColor(0, 0, 0, 0), 8))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.sync(set(row))

    def type(self) -> int:
        return NOTE_TYPE

    @property
    def kind(self) -> str:
        return self.row.get("kind", "note")

    def sync(self, fields: set[str]) -> None:
        """Take new values of ``fields`` from ``self.row``."""
        if fields & {"width", "height"}:
            self._rect = QRectF(0, 0, self.row["width"], self.row["height"])
            self.setRect(self._rect)  # prepares the geometry change itself
        if fields & {"x", "y"}:
            self.setPos(self.row["x"], self.row["y"])
        if "z" in fields:
            base = -1000.0 if self.kind == "frame" else 0.0  # frames stay under their notes
            self.setZValue(base + self.row["z"])
        self.update()

    def resize_handle(self) -> QRectF:
        return QRectF(self._rect.right() - HANDLE, self._rect.bottom() - HANDLE, HANDLE, HANDLE)

    def link_knob(self) -> QRectF:
        return QRectF(
            self._rect.right() - HANDLE / 2, self._rect.center().y() - HANDLE / 2, HANDLE, HANDLE
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        selected = self.isSelected()
        kind = self.kind
        if kind == "frame":
            painter.setBrush(QColor(255, 255, 255, 60))
            painter.setPen(QPen(QColor("#607d8b"), 3, Qt.PenStyle.DashLine))
        elif kind == "text":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 45))  # a paper note casts a small shadow
            painter.drawRect(rect.translated(3, 3))
            painter.setBrush(note_colour(self.row["colour"]))
            painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
        painter.drawRect(rect)
        if kind == "image" and self.pixmap is not None and not self.pixmap.isNull():
            painter.drawPixmap(rect, self.pixmap, QRectF(self.pixmap.rect()))
        # presentation (a larger font scale) shows words at any zoom: a projected wall
        # must stay readable even when fitting the whole canvas means zooming far out
        shows_text = lod >= TEXT_LOD or self.font_scale > 1.0
        if shows_text and not self.editing and self.row["text"]:
            self._paint_text(painter, rect, kind)
        if self.row.get("votes"):
            self._paint_votes(painter, rect, lod)
        if self.highlighted:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#ff6d00"), 6))
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#1565c0"), 3))
            painter.drawRect(rect)
            painter.setBrush(QColor("#1565c0"))
            painter.setPen(Qt.PenStyle.NoPen)
            handle = self.resize_handle()
            painter.drawPolygon(
                QPolygonF([handle.topRight(), handle.bottomRight(), handle.bottomLeft()])
            )
            painter.drawEllipse(self.link_knob())

    def _paint_text(self, painter: QPainter, rect: QRectF, kind: str) -> None:
        # leave room for the vote badge so it never covers words
        area = rect.adjusted(8, 6, -46 if self.row.get("votes") else -8, -6)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        text = self.row["text"]
        if len(text) > 2000:  # a 10,000-character note: paint what fits, not all of it
            text = text[:2000]
        base = 22 if kind == "text" else 11
        font = QFont(painter.font())
        font.setBold(kind in ("frame", "text"))
        scale = self.font_scale
        while True:  # presentation's larger text shrinks back until the note's words fit
            font.setPointSizeF(base * scale)
            if scale <= 1.0:  # the usual case: no measuring
                break
            needed = QFontMetricsF(font).boundingRect(area, int(flags), text)
            # a long word cannot wrap: it must fit the width as well as the lines the height
            if needed.height() <= area.height() and needed.width() <= area.width() + 0.5:
                break
            scale = max(1.0, scale * 0.9)
        painter.setFont(font)
        painter.setPen(QColor("#212121"))
        painter.setClipRect(rect)
        painter.drawText(area, int(flags), text)  # plain text: "<script>" stays literal
        painter.setClipping(False)

    def _paint_votes(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        size = 34.0 if lod >= TEXT_LOD else 60.0
        badge = QRectF(rect.right() - size - 4, rect.top() + 4, size, size)
        painter.setBrush(QColor("#c62828"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        font = QFont(painter.font())
        font.setPointSizeF(size / 2.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.row["votes"]))
