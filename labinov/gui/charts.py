"""One small bar chart for the whole app, drawn with QPainter: voting results, and the region
dashboard's counts later.

Why not a library: QtCharts is not in PySide6-Essentials (the wheel Labinov installs), and
matplotlib would add ~40 MB and a second toolkit for a chart of a dozen bars. A QPainter
chart follows the Qt palette, the projector preset and the UI language at no cost.

Horizontal bars, because the labels are sentences (note texts, OPD names) that read well
only on a line of their own. Every bar carries its value as text, formatted by the locale
module ("1.250" in Indonesian), so nobody has to read a scale from the back of the room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from labinov.method.locale import format_number

ACCENT = "#2980b9"  # bars without a colour of their own
MARGIN = 12  # pixels round the chart and between its parts
LABEL_SHARE = 0.55  # of the width, at most, for the labels on the left
PITCH = 1.9  # a bar's row, in lines of the chart's font…
WRAPPED_PITCH = 2.7  # …or when a label is longer than its column and takes two lines
MIN_BAR = 3  # pixels: a value above zero is never drawn as nothing


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value, an optional fill colour and what a tooltip and a
    screen reader say for it (by default "label: value")."""

    label: str
    value: float
    colour: str | None = None
    description: str = ""


class BarChart(QWidget):
    """Labelled horizontal bars, largest first as given, each with its value written."""

    def __init__(self, language: str, parent: QWidget | None = None, scale: float = 1.0) -> None:
        """``scale``: the chart's text size over the widget font's (1.5 reads from the back
        of a room on a projector)."""
        super().__init__(parent)
        self.setObjectName("barChart")
        self.language = language
        self._scale = scale
        self._bars: list[Bar] = []
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    # -- data ----------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("\n".join(self.lines()))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_placeholder(self, text: str) -> None:
        """What the chart says when it has no bars."""
        self._placeholder = text
        self.update()

    def value_text(self, bar: Bar) -> str:
        return format_number(bar.value, self.language)

    def lines(self) -> list[str]:
        """Each bar as one line of text (tooltips, screen readers, copying)."""
        return [bar.description or f"{bar.label}: {self.value_text(bar)}" for bar in self._bars]

    # -- geometry --------------------------------------------------------------------------

    def chart_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale)
        return font

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.chart_font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest, round(max(0, self.width() - 2 * MARGIN) * LABEL_SHARE))

    def wraps(self) -> bool:
        """Whether a label is longer than its column (labels then take two lines)."""
        metrics = QFontMetrics(self.chart_font())
        width = self._label_width()
        return any(metrics.horizontalAdvance(b.label) > width for b in self._bars)

    def _pitch(self) -> int:
        lines = WRAPPED_PITCH if self.wraps() else PITCH
        return round(QFontMetrics(self.chart_font()).height() * lines)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.chart_font())
        rows = max(1, len(self._bars))
        return QSize(metrics.averageCharWidth() * 90, rows * self._pitch() + 2 * MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the row height may change with the labels' wrapping

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.chart_font())
        return QSize(metrics.averageCharWidth() * 24, self._pitch() + 2 * MARGIN)

    def _columns(self) -> tuple[int, int, int]:
        """x of the bars' start, the longest bar's length, and the value texts' width."""
        bold = QFont(self.chart_font())
        bold.setBold(True)
        values = QFontMetrics(bold)
        value_width = max(
            (values.horizontalAdvance(self.value_text(b)) for b in self._bars), default=0
        )
        start = MARGIN + self._label_width() + MARGIN
        length = max(MIN_BAR, self.width() - start - MARGIN - value_width - MARGIN)
        return start, length, value_width

    def bar_rect(self, index: int) -> QRect:
        """Where bar ``index`` is drawn (its filled part)."""
        start, length, _values = self._columns()
        pitch = self._pitch()
        top = MARGIN + index * pitch + pitch // 6
        most = max((b.value for b in self._bars), default=0) or 1
        value = max(0.0, self._bars[index].value)
        width = round(length * value / most)
        if value > 0:
            width = max(MIN_BAR, width)
        return QRect(start, top, width, pitch - pitch // 3)

    def bar_at(self, point: QPoint) -> int:
        row = (point.y() - MARGIN) // max(1, self._pitch())
        return row if 0 <= row < len(self._bars) and point.y() >= MARGIN else -1

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.chart_font()
        painter.setFont(font)
        text_colour = self.palette().windowText().color()
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self._placeholder)
            painter.end()
            return
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        _start, _length, value_width = self._columns()
        label_width = self._label_width()
        pitch = self._pitch()
        for index, bar in enumerate(self._bars):
            row = QRect(0, MARGIN + index * pitch, self.width(), pitch)
            painter.setFont(font)
            painter.setPen(text_colour)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if metrics.horizontalAdvance(bar.label) > label_width:  # two lines, then "…"
                label = metrics.elidedText(
                    bar.label, Qt.TextElideMode.ElideRight, round(label_width * 1.8)
                )
                flags |= Qt.TextFlag.TextWordWrap
            else:
                label = bar.label
            painter.drawText(QRect(MARGIN, row.top(), label_width, pitch), int(flags), label)
            rect = self.bar_rect(index)
            fill = QColor(bar.colour or ACCENT)
            painter.setPen(QPen(fill.darker(160), 1.5))  # pastel note colours need an edge
            painter.setBrush(fill)
            if rect.width() > 0:
                painter.drawRoundedRect(rect, 3, 3)
            painter.setFont(bold)
            painter.setPen(text_colour)
            value_box = QRect(rect.right() + MARGIN, row.top(), value_width + MARGIN, pitch)
            painter.drawText(
                value_box,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.value_text(bar),
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.lines()[index], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
