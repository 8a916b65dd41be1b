"""Worksheet labels: one that keeps its height when its text gets shorter, and text colour
that leaves the font alone.

The worksheet's progress line ("Still missing: …") shrinks from two lines to one as the
team fills the sheet; the whole form then jumped up under the mouse, and the next click
landed on the wrong button or row. The label grows when it must and gives the room back
only when its width changes (the window resized), never while someone is typing.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def set_text_colour(label: QLabel, colour: str) -> None:
    """Colour a label's text through its palette. A style sheet ("color: …") on the label
    stopped the projector preset's larger font from reaching it: a worksheet's questions
    stayed small on the wall while the answers grew."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


class SteadyLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.setMinimumHeight(0)  # a new width: the wrap changes, measure again
            self._hold()

    def _hold(self) -> None:
        if self.width() <= 0 or not self.isVisible():
            return
        needed = self.heightForWidth(self.width())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)
