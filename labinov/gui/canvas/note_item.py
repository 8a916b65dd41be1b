"""The note item of the board: notes, text labels, frames and pictures, and the note colours.
Items only paint; edits go through commands.

Speed (Qt's 40000 chips example): a constant bounding rect, device-coordinate caching,
pens and brushes built once. Words are drawn when they are readable on the screen (the
canvas's ``NoteLook``); below that the scene hands all notes to one ``NotesLayer`` and the
items stop painting at all (``ItemHasNoContents``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from labinov.gui.canvas.text_fit import (
    FIT_PX,
    FLAGS,
    Fitted,
    NoteLook,
    fit_text,
    note_font,
    texture_bars,
)
from labinov.method.templates import NOTE_COLOURS

PALETTE = NOTE_COLOURS  # the eight note colours, on keys 1–8
COLOUR_KEYS = tuple(PALETTE)
HANDLE = 16.0  # size of the resize corner and the connector knob, in scene units
NOTE_TYPE = QGraphicsItem.UserType + 1


def solid(colour: QColor) -> QBrush:
    """A solid brush of ``colour``. Given the style too: ``QBrush(colour)`` alone makes PySide
    weigh the ``QBrush(QGradient)`` overload, which builds the ``QGradient`` type and its
    169 gradient presets on the way to the first board (~0.02 s)."""
    return QBrush(colour, Qt.BrushStyle.SolidPattern)


# built once: a repaint must not parse colour names (10,000 notes, 30 frames a second)
BRUSHES = {name: solid(QColor(value)) for name, value in PALETTE.items()}
SHADOW = solid(QColor(0, 0, 0, 45))
EDGE = QPen(QColor(0, 0, 0, 120), 1)
FRAME_FILL = solid(QColor(255, 255, 255, 60))
FRAME_EDGE = QPen(QColor("#607d8b"), 3, Qt.PenStyle.DashLine)
TEXTURE = solid(QColor(0, 0, 0, 60))
INK = QColor("#212121")
BADGE = solid(QColor("#c62828"))
SELECTED = QPen(QColor("#1565c0"), 3)
SELECTED_FILL = solid(QColor("#1565c0"))
FOUND = QPen(QColor("#ff6d00"), 6)
WHITE = QColor("white")
LOCK_INK = QColor(55, 71, 79, 200)
CONFLICT = solid(QColor("#ef6c00"))  # a marked conflict copy's corner badge
BOUNDS_PEN = QPen(QColor(0, 0, 0, 0), 8)  # only sizes Qt's bounds, see NoteItem
# a note's flags, combined once (an enum "|" in Python costs more than the Qt call)
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
SELECTABLE_EMPTY = SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
TEXT_SCALE = {"text": 1.6, "frame": 1.2}  # labels are headings; frames a bit larger
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
NOT_FITTED = Fitted(0, "", False)


def note_colour(name: str) -> QColor:
    return QColor(PALETTE.get(name, name if QColor.isValidColorName(name) else PALETTE["yellow"]))


def note_brush(name: str) -> QBrush:
    brush = BRUSHES.get(name)
    return brush if brush is not None else solid(note_colour(name))


def text_box(
    x: float, y: float, width: float, height: float, kind: str, votes: bool, look: NoteLook
) -> tuple[float, float, float, float]:
    """Where an item's words go, as (left, top, width, height): inside its padding, left
    of the vote badge's strip; a frame's title is one line at its top. Plain floats: the
    notes layer asks this for every note when a canvas opens."""
    pad = look.padding()
    if kind == "frame":
        return x + pad, y + pad, width - 2 * pad, look.base * 1.6
    right = pad + (look.badge() + pad / 2 if votes else 0.0)
    return x + pad, y + pad, width - pad - right, height - 2 * pad


def badge_rect(rect: QRectF, look: NoteLook) -> QRectF:
    size = look.badge()
    pad = look.padding() / 2
    return QRectF(rect.right() - size - pad, rect.top() + pad, size, size)


class NoteItem(QGraphicsRectItem):
    """A note, text label, frame or picture, painted from its row (kind, size, colour,
    text, votes). ``item_id`` is the store id; ``highlighted`` marks a find match;
    ``look`` is the canvas's shared text size; ``elided`` tells that the last paint cut
    the words short (the view then shows them whole in a tooltip)."""

    def __init__(
        self,
        row: dict[str, Any],
        pixmap: QPixmap | None = None,
        look: NoteLook | None = None,
        flags: QGraphicsItem.GraphicsItemFlag = SELECTABLE,
    ) -> None:
        rect = QRectF(0, 0, row["width"], row["height"])
        super().__init__(rect)
        self.item_id: str = row["id"]
        self.row = row
        self.pixmap = pixmap
        self.look = look or NoteLook()
        self.highlighted = False
        self.editing = False
        self.elided = False
        self.show_words = True  # tests render a note without its words to compare
        # a marked conflict copy: the label of the note it is a version of (services/conflicts)
        self.conflict_of: str | None = None
        self._fit_key: tuple = ()
        self._fitted = NOT_FITTED
        # Qt's own (C++) boundingRect and shape: the note rect grown by half this pen's
        # width (room for the selection frame and shadow). Qt asks each note for them
        # three times per repaint; a Python override cost ~10 ms on a 5,000-note wall.
        # The pen only sizes the bounds: paint() below draws everything itself.
        # ``flags``: SELECTABLE, or SELECTABLE_EMPTY while the notes layer draws them all
        self.setPen(BOUNDS_PEN)
        self.setFlags(flags)
        self.setCacheMode(DEVICE_CACHE)
        self._rect = rect
        self.setPos(row["x"], row["y"])
        self.setZValue((-1000.0 if row.get("kind") == "frame" else 0.0) + row["z"])

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

    def text_area(self) -> QRectF:
        """The note's words area in item coordinates."""
        rect, votes = self._rect, bool(self.row.get("votes"))
        box = text_box(0.0, 0.0, rect.width(), rect.height(), self.kind, votes, self.look)
        return QRectF(*box)

    def tooltip_html(self) -> str:
        """The whole text as a tooltip, shown literally ("<b>" stays "<b>"); a conflict
        copy says which note it is a version of."""
        words = f"<p style='white-space:pre-wrap'>{html.escape(self.row['text'])}</p>"
        if self.conflict_of is None:
            return words
        mark = QCoreApplication.translate("NoteItem", "Conflict copy of “{note}”").format(
            note=self.conflict_of
        )
        return f"<p><b>{html.escape(mark)}</b></p>{words}"

    def text_scale(self) -> float:
        """Labels (kind "text") are headings: larger than note text; frames a bit larger."""
        return TEXT_SCALE.get(self.kind, 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        kind = self.kind
        if kind == "frame":
            painter.setBrush(FRAME_FILL)
            painter.setPen(FRAME_EDGE)
        elif kind == "text":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SHADOW)  # a paper note casts a small shadow
            painter.drawRect(rect.translated(3, 3))
            painter.setBrush(note_brush(self.row["colour"]))
            painter.setPen(EDGE)
        painter.drawRect(rect)
        if kind == "image" and self.pixmap is not None and not self.pixmap.isNull():
            painter.drawPixmap(rect, self.pixmap, QRectF(self.pixmap.rect()))
        if self.row["text"] and not self.editing and self.show_words:
            if self.look.shows_text(zoom):
                self._paint_text(painter, zoom)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TEXTURE)
                size = self.look.base * self.text_scale()
                painter.drawRects(texture_bars(self.text_area(), len(self.row["text"]), size))
        if self.row.get("votes"):
            self._paint_votes(painter)
        if self.row.get("locked"):
            self._paint_lock(painter)
        if self.conflict_of is not None:
            self._paint_conflict(painter)
        if self.highlighted:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(FOUND)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(SELECTED)
            painter.drawRect(rect)
            painter.setBrush(SELECTED_FILL)
            painter.setPen(Qt.PenStyle.NoPen)
            handle = self.resize_handle()
            painter.drawPolygon(
                QPolygonF([handle.topRight(), handle.bottomRight(), handle.bottomLeft()])
            )
            painter.drawEllipse(self.link_knob())

    def fitted(self, zoom: float) -> Fitted:
        """The words as they are drawn at ``zoom`` (measured once per zoom and text)."""
        look, scale = self.look, self.text_scale()
        area = self.text_area()
        start = look.size_at(zoom) * scale
        # a long note is cut with "…" rather than shrunk to 7 px: unreadable on a projector
        smallest = max(look.floor, FIT_PX) / zoom
        key = (self.row["text"], area.width(), area.height(), int(start), int(smallest))
        if key != self._fit_key:
            text = self.row["text"]
            if len(text) > 20000:  # a pasted book: only its beginning can ever show
                text = text[:20000]
            self._fitted = fit_text(text, area, start, smallest, bold=self.kind != "note")
            self._fit_key = key
        return self._fitted

    def _paint_text(self, painter: QPainter, zoom: float) -> None:
        fitted = self.fitted(zoom)
        self.elided = fitted.elided
        painter.setFont(note_font(fitted.pixels, bold=self.kind != "note"))
        painter.setPen(INK)
        painter.setClipRect(self._rect)
        # plain text: "<script>" stays literal
        painter.drawText(self.text_area(), FLAGS, fitted.text)
        painter.setClipping(False)

    def _paint_lock(self, painter: QPainter) -> None:
        """A small padlock in the bottom-right corner of a locked item."""
        size = self.look.base * 0.7
        body = QRectF(
            self._rect.right() - size * 1.4, self._rect.bottom() - size * 1.2, size, size * 0.7
        )
        painter.setPen(QPen(LOCK_INK, size * 0.14))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(body.left() + size * 0.2, body.top() - size * 0.45, size * 0.6, size * 0.8)
        painter.drawArc(shackle, 0, 180 * 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LOCK_INK)
        painter.drawRoundedRect(body, size * 0.1, size * 0.1)

    def _paint_votes(self, painter: QPainter) -> None:
        badge = badge_rect(self._rect, self.look)
        painter.setBrush(BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        font = note_font(badge.height() * 0.55, bold=True)
        painter.setFont(font)
        painter.setPen(WHITE)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.row["votes"]))

    def _paint_conflict(self, painter: QPainter) -> None:
        """A small orange "!" on the top-left corner of a marked conflict copy."""
        size = self.look.badge()
        badge = QRectF(self._rect.left() - size / 3, self._rect.top() - size / 3, size, size)
        painter.setBrush(CONFLICT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        painter.setFont(note_font(size * 0.65, bold=True))
        painter.setPen(WHITE)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), "!")
