"""A one-line label (and a line edit) that elides its text to its width and shows all of
it in a tooltip.

A plain ``QLabel`` asks for the width of its whole text, so one long team name could force
the page (and the window) wider than a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QStyle, QStyleOptionFrame, QWidget

MIN_CHARS = 12
HMARGIN = 2  # QLineEdit's own space between its frame and its text


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


class ElidedLineEdit(QLineEdit):
    """A line edit that, while it is not being edited, shows a text too long for it cut
    with "…" (a plain ``QLineEdit`` shows the start and silently cuts the rest); the full
    text belongs in its tooltip. Editing shows and scrolls the whole text as usual."""

    def shown_text(self) -> str:
        """The text as painted now: whole while editing or when it fits, else elided."""
        if self.hasFocus():
            return self.text()
        width = self.text_rect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def text_rect(self) -> QRect:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return rect.marginsRemoved(self.textMargins()).adjusted(HMARGIN, 0, -HMARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        painter.setPen(self.palette().text().color())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.text_rect(), int(flags), shown)
