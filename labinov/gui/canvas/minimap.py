""" "Where am I" on a large canvas: a small map of the whole board in the corner of the
view (zones, notes as dots, the part on screen as a blue frame), shown only while part of
the board is off screen; a click on it moves the view there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

SIZE = (180, 110)
MARGIN = 10


class Minimap(QWidget):
    """The overview in the bottom-right corner of ``view``'s viewport."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("minimap")
        self.view = view
        self.resize(*SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Where you are on the canvas; click to go there"))
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self.refresh)
        view.zoom.changed.connect(self.refresh)
        self._dots: QPixmap | None = None  # the notes, drawn once per change (10,000 dots)
        self.allowed = True  # False: never shown (a presentation names its zone instead)
        document = view.document
        for signal in (document.item_added, document.item_removed, document.reset):
            signal.connect(self._stale)
        document.item_changed.connect(self._stale)
        self.hide()

    def _stale(self, *_args) -> None:
        self._dots = None
        if self.isVisible():
            self.update()

    def _draw_dots(self) -> QPixmap:
        pixmap = QPixmap(self.size())
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(120, 100, 0, 160))
        _content, scale, _offset = self._mapping()
        dot = max(1.5, 150 * scale)
        rects = []
        for row in self.view.document.items.values():
            where = self._to_map(QRectF(row["x"], row["y"], row["width"], row["height"]))
            rects.append(QRectF(where.x(), where.y(), dot, dot))
        painter.drawRects(rects)
        painter.end()
        return pixmap

    def _mapping(self) -> tuple[QRectF, float, QPointF]:
        content = self.view.board_scene.content_rect()
        scale = min((SIZE[0] - 8) / content.width(), (SIZE[1] - 8) / content.height())
        offset = QPointF(
            (SIZE[0] - content.width() * scale) / 2, (SIZE[1] - content.height() * scale) / 2
        )
        return content, scale, offset

    def _to_map(self, rect: QRectF) -> QRectF:
        content, scale, offset = self._mapping()
        return QRectF(
            offset.x() + (rect.x() - content.x()) * scale,
            offset.y() + (rect.y() - content.y()) * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    def refresh(self, *_args) -> None:
        """Show the map only while part of the board is off screen; keep it in the corner."""
        view = self.view
        visible = view.visible_rect()
        wanted = not visible.adjusted(-2, -2, 2, 2).contains(view.board_scene.content_rect())
        port = view.viewport().rect()
        self.move(port.right() - SIZE[0] - MARGIN, port.bottom() - SIZE[1] - MARGIN)
        self.setVisible(self.allowed and wanted and port.width() > 3 * SIZE[0])
        if self.isVisible():
            self.raise_()
            self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(Qt.PenStyle.NoPen)
        for zone in self.view.document.template.zones:
            painter.setBrush(QColor(zone.colour))
            painter.drawRect(self._to_map(QRectF(*zone.rect)))
        if self._dots is None:
            self._dots = self._draw_dots()
        painter.drawPixmap(0, 0, self._dots)
        painter.setBrush(QColor(21, 101, 192, 40))
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawRect(self._to_map(self.view.visible_rect()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        content, scale, offset = self._mapping()
        point = event.position() - offset
        self.view.centerOn(content.x() + point.x() / scale, content.y() + point.y() / scale)
        self.view.zoom.user_moved()
        self.refresh()
