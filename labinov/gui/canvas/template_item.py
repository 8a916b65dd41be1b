"""The template's backdrop on the board: its zones (label, guiding question) and fixed
shapes (fishbone lines, arrows, labels), painted once under the notes and cached.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from labinov.gui.canvas.connector_items import arrow_head
from labinov.gui.canvas.text_fit import READABLE_PX
from labinov.method.stages import pick
from labinov.method.templates import Template

QUESTION_PX = 20.0  # a zone's question (15 pt) in canvas units
# zone labels and questions wrap from the top left of their zone
WRAP_TOP_LEFT = int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
)


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
            painter.drawText(title, WRAP_TOP_LEFT, str(pick(zone.label, self.language)))
            if lod * QUESTION_PX >= READABLE_PX:  # the question only when readable
                font.setPointSizeF(15)
                font.setBold(False)
                font.setItalic(True)
                painter.setFont(font)
                painter.setPen(QColor(0, 0, 0, 120))
                painter.drawText(
                    rect.adjusted(16, 56, -16, 0),
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
