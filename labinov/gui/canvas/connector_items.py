"""The connector items of the board: a ``LinkItem`` per connector (arrow head, optional
label), and the ``LinkLayer`` that draws them all as plain lines when zoomed far out.
Items only paint; edits go through commands.

Speed: only labelled connectors measure text, and far out one cached layer replaces a
thousand Python paint calls.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from labinov.gui.canvas.document import collection_paused

if TYPE_CHECKING:
    from labinov.gui.canvas.note_item import NoteItem

LINK_TYPE = QGraphicsItem.UserType + 2


def arrow_head(line: QLineF, size: float) -> QPolygonF:
    """The triangle of an arrow head of ``size`` at the end (``p2``) of ``line``; connectors
    and the template's arrows draw the same head."""
    angle = math.atan2(-line.dy(), line.dx())
    tip = line.p2()
    sides = (angle - math.pi / 3, angle - 2 * math.pi / 3)
    return QPolygonF([tip, *(tip + QPointF(math.sin(a) * size, math.cos(a) * size) for a in sides)])


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
        """Follow the ends after they moved or resized: from edge to edge of the two notes
        on the line between their centres (plain arithmetic: 4,000 connectors at open)."""
        ax, ay, aw, ah = _box(self.source)
        bx, by, bw, bh = _box(self.target)
        dx, dy = (bx + bw / 2) - (ax + aw / 2), (by + bh / 2) - (ay + ah / 2)
        x1, y1 = _edge(ax, ay, aw, ah, dx, dy)
        x2, y2 = _edge(bx, by, bw, bh, -dx, -dy)
        self.prepareGeometryChange()
        self._line = QLineF(x1, y1, x2, y2)
        self._bounds = QRectF(
            min(x1, x2) - 14, min(y1, y2) - 14, abs(x2 - x1) + 28, abs(y2 - y1) + 28
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
            painter.setBrush(colour)
            painter.drawPolygon(arrow_head(self._line, 14))
        label = self.row.get("label") or ""
        if label and not self._label_rect.isEmpty():
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(colour, 1.5))
            painter.drawRoundedRect(self._label_rect, 6, 6)
            painter.setFont(label_font(self.label_scale))
            painter.setPen(QColor("#212121"))
            # plain text, like notes: "<b>" in a label stays literal
            painter.drawText(self._label_rect.adjusted(8, 4, -8, -4), LABEL_FLAGS, label)


def _box(note: NoteItem) -> tuple[float, float, float, float]:
    """A note's rectangle in the scene (its position may be ahead of its row in a drag)."""
    pos, rect = note.pos(), note.rect()
    return pos.x(), pos.y(), rect.width(), rect.height()


def _edge(
    x: float, y: float, width: float, height: float, dx: float, dy: float
) -> tuple[float, float]:
    """Where a line from the centre of the rect (``x``, ``y``, ``width``, ``height``) in the
    direction (``dx``, ``dy``) leaves it: the direction scaled to the nearer side."""
    half_w, half_h = width / 2, height / 2
    if dx == 0 and dy == 0:
        return x + half_w, y + half_h
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf, 1.0)
    return x + half_w + dx * t, y + half_h + dy * t


class LinkLayer(QGraphicsItem):
    """All connectors as plain lines in one paint call, used instead of the ``LinkItem``s
    when zoomed far out: a thousand Python paint calls would cost ~40 ms per frame."""

    def __init__(self, links: dict[str, LinkItem]) -> None:
        super().__init__()
        self.links = links
        self._bounds = QRectF()
        self._lines: list[QLineF] | None = None
        self.setZValue(-500)
        self.setVisible(False)
        # far out the whole layer is about one viewport of pixels: cache it as one picture
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = bounds
        self.invalidate()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # hairlines, far out
        painter.setPen(QPen(QColor("#455a64"), 0))
        if self._lines is None:  # built once per change, not per frame
            with collection_paused():  # thousands of lines, none garbage (see NotesLayer)
                self._lines = [link.line() for link in self.links.values()]
        painter.drawLines(self._lines)

    def invalidate(self) -> None:
        """A connector changed: the lines are gathered again at the next paint."""
        self._lines = None
        self.update()
