"""The laser pointer of presentation mode: the mouse becomes a large red dot that a
projector shows (a system cursor is small and often not drawn by screen sharing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QRadialGradient
from PySide6.QtWidgets import QWidget

RADIUS = 22  # px on the screen


class Spotlight(QWidget):
    """A transparent overlay over ``area`` drawing a red dot where the mouse is; the
    mouse cursor itself is hidden while it is on. ``toggle()`` switches it (key L)."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.setObjectName("spotlight")
        self.area = area
        self.point: QPoint | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        area.setMouseTracking(True)
        area.installEventFilter(self)
        self.setGeometry(area.rect())
        self.set_on(True)

    def set_on(self, on: bool) -> None:
        self.setVisible(on)
        if on:
            self.area.setCursor(Qt.CursorShape.BlankCursor)
            self.raise_()
        else:
            self.area.unsetCursor()

    def toggle(self) -> None:
        self.set_on(not self.isVisible())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.area.rect())
            elif kind == QEvent.Type.MouseMove:
                self.move_to(event.position().toPoint())
            elif kind == QEvent.Type.Leave:
                self.move_to(None)
        return False

    def move_to(self, point: QPoint | None) -> None:
        old = self.point
        self.point = point
        for where in (old, point):
            if where is not None:
                self.update(
                    QRect(where, where).adjusted(-RADIUS - 2, -RADIUS - 2, RADIUS + 2, RADIUS + 2)
                )

    def paintEvent(self, _event) -> None:
        if self.point is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QRadialGradient(self.point, RADIUS)
        glow.setColorAt(0.0, QColor(255, 30, 30, 255))
        glow.setColorAt(0.45, QColor(230, 0, 0, 230))
        glow.setColorAt(1.0, QColor(230, 0, 0, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(self.point, RADIUS, RADIUS)
