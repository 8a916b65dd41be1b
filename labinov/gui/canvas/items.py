"""Graphics items of the board: notes (also text labels, frames, pictures), connectors and
the template's fixed drawing. Items only paint; edits go through commands.

Speed (Qt's 40000 chips example): constant bounding rects, device-coordinate caching, and
no text below a zoom threshold, where a note is a coloured block.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
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

from labinov.method.stages import pick
from labinov.method.templates import Template

# the eight note colours, on keys 1–8
PALETTE: dict[str, str] = {
    "yellow": "#fff59d",
    "orange": "#ffcc80",
    "pink": "#f8bbd0",
    "green": "#c5e1a5",
    "blue": "#b3e5fc",
    "purple": "#d1c4e9",
    "grey": "#e0e0e0",
    "white": "#ffffff",
}
COLOUR_KEYS = tuple(PALETTE)
TEXT_LOD = 0.35  # below this scale a note shows no text
HANDLE = 16.0  # size of the resize corner and the connector knob, in scene units
NOTE_TYPE = QGraphicsItem.UserType + 1
LINK_TYPE = QGraphicsItem.UserType + 2


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


LABEL_WIDTH = 240.0  # a connector label wraps at this width (scene units)
LABEL_POINTS = 11.0
LABEL_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


def label_font(scale: float = 1.0) -> QFont:
    font = QFont()
    font.setPointSizeF(LABEL_POINTS * scale)
    return font


class LinkItem(QGraphicsItem):
    """A connector from one note's edge to another's, with an arrow head and an optional
    label in a white box at its middle (double-click the connector to edit it)."""

    def __init__(self, row: dict[str, Any], source: NoteItem, target: NoteItem) -> None:
        super().__init__()
        self.link_id: str = row["id"]
        self.row = row
        self.source = source
        self.target = target
        self._line = QLineF()
        self._bounds = QRectF()
        self._label_rect = QRectF()
        self.label_scale = 1.0  # presentation mode shows larger labels
        self.setZValue(-500)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.adjust()

    def type(self) -> int:
        return LINK_TYPE

    def adjust(self) -> None:
        """Follow the ends after they moved or resized."""
        a = self.source.sceneBoundingRect().adjusted(4, 4, -4, -4)
        b = self.target.sceneBoundingRect().adjusted(4, 4, -4, -4)
        line = QLineF(a.center(), b.center())
        self.prepareGeometryChange()
        self._line = QLineF(_edge(a, line), _edge(b, QLineF(line.p2(), line.p1())))
        self._bounds = (
            QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-14, -14, 14, 14)
        )
        self._label_rect = QRectF()
        label = self.row.get("label") or ""
        if label:  # only labelled connectors measure text: 1,000 plain ones stay cheap
            text = QFontMetricsF(label_font(self.label_scale)).boundingRect(
                QRectF(0, 0, LABEL_WIDTH * self.label_scale, 1e4), LABEL_FLAGS, label
            )
            box = text.adjusted(-8, -4, 8, 4)
            box.moveCenter(self._line.center())
            self._label_rect = box
            self._bounds = self._bounds.united(box.adjusted(-2, -2, 2, 2))

    def label_rect(self) -> QRectF:
        """Where the label box is (empty when there is no label)."""
        return self._label_rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def line(self) -> QLineF:
        return self._line

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        shape = stroker.createStroke(path)
        if not self._label_rect.isEmpty():
            shape.addRect(self._label_rect)
        return shape.simplified()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor("#1565c0") if self.isSelected() else QColor("#455a64")
        painter.setPen(QPen(colour, 3))
        painter.drawLine(self._line)
        if self.row.get("arrow", True) and self._line.length() > 1:
            angle = math.atan2(-self._line.dy(), self._line.dx())
            tip = self._line.p2()
            left = tip + QPointF(
                math.sin(angle - math.pi / 3) * 14, math.cos(angle - math.pi / 3) * 14
            )
            right = tip + QPointF(
                math.sin(angle - math.pi + math.pi / 3) * 14,
                math.cos(angle - math.pi + math.pi / 3) * 14,
            )
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([tip, left, right]))
        label = self.row.get("label") or ""
        if label and not self._label_rect.isEmpty():
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(colour, 1.5))
            painter.drawRoundedRect(self._label_rect, 6, 6)
            painter.setFont(label_font(self.label_scale))
            painter.setPen(QColor("#212121"))
            # plain text, like notes: "<b>" in a label stays literal
            painter.drawText(self._label_rect.adjusted(8, 4, -8, -4), LABEL_FLAGS, label)


def _edge(rect: QRectF, line: QLineF) -> QPointF:
    """Where ``line`` (starting at the rect's centre) leaves the rect."""
    edges = (
        QLineF(rect.topLeft(), rect.topRight()),
        QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()),
        QLineF(rect.bottomLeft(), rect.topLeft()),
    )
    for edge in edges:
        kind, point = line.intersects(edge)
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return line.p1()


class LinkLayer(QGraphicsItem):
    """All connectors as plain lines in one paint call, used instead of the ``LinkItem``s
    when zoomed far out: a thousand Python paint calls would cost ~40 ms per frame."""

    def __init__(self, links: dict[str, LinkItem]) -> None:
        super().__init__()
        self.links = links
        self._bounds = QRectF()
        self.setZValue(-500)
        self.setVisible(False)
        # far out the whole layer is about one viewport of pixels: cache it as one picture
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # hairlines, far out
        painter.setPen(QPen(QColor("#455a64"), 0))
        painter.drawLines([link.line() for link in self.links.values()])


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
        self.setZValue(-1_000_000)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        for zone in self.template.zones:
            rect = QRectF(*zone.rect)
            painter.setBrush(QColor(zone.colour))
            painter.setPen(QPen(QColor(0, 0, 0, 40), 2))
            painter.drawRoundedRect(rect, 12, 12)
            font = QFont(painter.font())
            font.setPointSizeF(26)
            font.setBold(True)
            font.setItalic(False)
            painter.setFont(font)
            painter.setPen(QColor(0, 0, 0, 150))
            title = rect.adjusted(16, 10, -16, 0)
            painter.drawText(
                title,
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                str(pick(zone.label, self.language)),
            )
            if lod >= TEXT_LOD / 2:
                font.setPointSizeF(15)
                font.setBold(False)
                font.setItalic(True)
                painter.setFont(font)
                painter.setPen(QColor(0, 0, 0, 120))
                painter.drawText(
                    rect.adjusted(16, 56, -16, 0),
                    int(
                        Qt.AlignmentFlag.AlignLeft
                        | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap
                    ),
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
                    angle = math.atan2(-line.dy(), line.dx())
                    size = 10 + shape.width * 2
                    tip = line.p2()
                    painter.setBrush(QBrush(QColor("#37474f")))
                    painter.drawPolygon(
                        QPolygonF(
                            [
                                tip,
                                tip
                                + QPointF(
                                    math.sin(angle - math.pi / 3) * size,
                                    math.cos(angle - math.pi / 3) * size,
                                ),
                                tip
                                + QPointF(
                                    math.sin(angle - 2 * math.pi / 3) * size,
                                    math.cos(angle - 2 * math.pi / 3) * size,
                                ),
                            ]
                        )
                    )
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
