"""A one-line label that elides its text to its width and shows all of it in a tooltip.

A plain ``QLabel`` asks for the width of its whole text, so one long team name could force
the page (and the window) wider than a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_CHARS = 12


class ElidedLabel(QWidget):
    """Plain text on one line, cut with "…" when narrower than the text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, hint: int = 0) -> None:
        """``hint``: the most width to ask for (0: the whole text), so a long text does not
        push its neighbours to their minimum."""
        super().__init__(parent)
        self._text = ""
        self._hint = hint
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._text) > self.width()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._text) + 2
        return QSize(min(width, self._hint) if self._hint else width, metrics.height())

    def minimumSizeHint(self) -> QSize:
        """A few words, enough to recognise the text (or all of a short one)."""
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self._text) + 2
        return QSize(min(whole, metrics.averageCharWidth() * MIN_CHARS), metrics.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), int(flags), shown)
