"""The overview's table, painted for the projector: one line per team, flat progress bars.

``OverviewTable`` is a ``QTableView`` (selection, keyboard, scrolling, header, tooltips and
screen readers all stay Qt's) that paints its visible rows itself in one pass. Qt's item
painting calls a delegate and lays each cell's text out again on every paint; here each
text is shaped once (``QStaticText``) and every row costs a handful of C++ calls. With the
flat scroll bar below, that took the overview of 30 teams from 7.5 to ~3 ms
(tests/bench/bench_overview.py).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QStaticText, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

MARGIN = 6  # pixels of air each side of a cell's text
TRACK = QColor("#e4e7eb")
CHUNK = QColor("#7cc47f")
FRAME = QColor("#9aa1a9")
INK = QColor("#1f2328")  # the bar's percentage: dark on the light track in any palette


class TableCells(Protocol):
    """What the table paints: its model's texts and, per row, a bar (or None)."""

    cells: list[tuple[str, ...]]
    bars: list[float | None]
    bar_column: int
    centred: frozenset[int]


# Shaped texts, shared by every overview: reopening the overview, or reading the workshop
# again after an edit, shapes only the texts that changed.
_SHAPED: dict[tuple[str, str, int], QStaticText] = {}


class OverviewTable(QTableView):
    """Paints one line of elided text per cell, and the bar column as flat bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)  # one line per team: fixed heights, no measuring
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalScrollBar().setStyle(flat_scroll_bars())
        self.horizontalScrollBar().setStyle(flat_scroll_bars())
        self._colours: dict[str, QColor] = {}
        self._font = ""  # the font's key, for the shaped texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colours.clear()
        elif event.type() == QEvent.Type.FontChange:
            self._font = ""
            self.fit_rows()  # a larger font in rows of the old height would spill over
        super().changeEvent(event)

    def fit_rows(self) -> None:
        """One line of the font and some air: every row the same height, nothing measured."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        # The focus frame goes round the whole row, Qt repaints only the current cell: without
        # this the frame stays in the other cells of a row the keyboard left.
        for index in (previous, current):
            if index.isValid():
                row = index.row()
                self.viewport().update(
                    QRect(
                        0,
                        self.rowViewportPosition(row),
                        self.viewport().width(),
                        self.rowHeight(row),
                    )
                )

    def colours(self) -> dict[str, QColor]:
        if not self._colours:
            palette = self.palette()
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            grid = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
            for group, suffix in (
                (QPalette.ColorGroup.Active, ""),
                (QPalette.ColorGroup.Inactive, "~"),
            ):
                for name, role in (
                    ("base", QPalette.ColorRole.Base),
                    ("alternate", QPalette.ColorRole.AlternateBase),
                    ("highlight", QPalette.ColorRole.Highlight),
                    ("text", QPalette.ColorRole.Text),
                    ("highlighted", QPalette.ColorRole.HighlightedText),
                ):
                    self._colours[name + suffix] = palette.color(group, role)
            self._colours["grid"] = QColor.fromRgba(grid & 0xFFFFFFFF)
        return self._colours

    def font_key(self) -> str:
        """The font's identity in the shaped-text cache (kept until the font changes)."""
        if not self._font:
            self._font = self.font().key()
        return self._font

    def shaped(self, text: str, width: int) -> QStaticText:
        key = (self.font_key(), text, width)
        found = _SHAPED.get(key)
        if found is None:
            if len(_SHAPED) >= 4096:  # texts of closed workshops, old column widths
                _SHAPED.clear()
            found = _SHAPED[key] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)  # "<b>" in a name is text
            found.prepare(QTransform(), self.font())
            if found.size().width() > width:  # shaped once more only when too long
                found.setText(
                    self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
                )
                found.prepare(QTransform(), self.font())
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        model: TableCells = self.model()  # type: ignore[assignment]
        if not model.cells:
            return
        area = event.rect()
        first = self.rowAt(area.top())
        if first < 0:  # only the empty part below the last row (Qt fills it with Base)
            return
        last = self.rowAt(area.bottom())
        if last < 0:
            last = len(model.cells) - 1
        columns = [
            (column, self.columnViewportPosition(column), self.columnWidth(column))
            for column in range(len(model.cells[0]))
            if not self.isColumnHidden(column) and column != model.bar_column
        ]
        bar = model.bar_column
        bar_x, bar_width = self.columnViewportPosition(bar), self.columnWidth(bar)
        right = max([x + width for _c, x, width in columns] + [bar_x + bar_width])
        colours = self.colours()
        suffix = "" if self.isActiveWindow() else "~"
        selected = {index.row() for index in self.selectionModel().selectedRows()}
        height = self.verticalHeader().defaultSectionSize()  # fixed: no word wrap
        font = self.font_key()
        offset = (height - self.fontMetrics().height()) // 2
        painter = QPainter(self.viewport())
        top = y = self.rowViewportPosition(first)
        for row in range(first, last + 1):
            chosen = row in selected
            if chosen:
                background = colours["highlight" + suffix]
            else:
                background = colours[("alternate" if row % 2 else "base") + suffix]
            painter.fillRect(0, y, right, height, background)
            painter.setPen(colours[("highlighted" if chosen else "text") + suffix])
            texts = model.cells[row]
            for column, x, width in columns:
                text = texts[column]
                if text:
                    shaped = _SHAPED.get((font, text, width - 2 * MARGIN))  # inline: hot
                    if shaped is None:
                        shaped = self.shaped(text, width - 2 * MARGIN)
                    left = x + MARGIN
                    if column in model.centred:
                        left = x + (width - round(shaped.size().width())) // 2
                    painter.drawStaticText(left, y + offset, shaped)
            if not self.isColumnHidden(bar):
                self._paint_bar(painter, model.bars[row], texts[bar], bar_x, y, bar_width, height)
            y += height
        if self.showGrid():  # one-pixel fills: cheaper than stroking lines with a pen
            grid = colours["grid"]
            for bottom in range(top + height - 1, y, height):
                painter.fillRect(0, bottom, right, 1, grid)
            for x in [x + width - 1 for _c, x, width in columns] + [bar_x + bar_width - 1]:
                painter.fillRect(x, top, 1, y - top, grid)
        current = self.currentIndex()
        if self.hasFocus() and current.isValid() and first <= current.row() <= last:
            # where the keyboard is, also when the row is not selected (Ctrl+Space)
            painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
            painter.drawRect(0, self.rowViewportPosition(current.row()), right - 2, height - 2)
        painter.end()

    def _paint_bar(
        self,
        painter: QPainter,
        ratio: float | None,
        text: str,
        x: int,
        y: int,
        width: int,
        height: int,
    ) -> None:
        if ratio is None:  # a team without an innovation
            return
        left, top = x + MARGIN, y + 5
        inner, tall = width - 2 * MARGIN, height - 10
        # the frame, then the track and the chunk inside it: fills, no pen to stroke
        painter.fillRect(left, top, inner, tall, FRAME)
        painter.fillRect(left + 1, top + 1, inner - 2, tall - 2, TRACK)
        filled = round((inner - 2) * max(0.0, min(1.0, ratio)))
        if filled:
            painter.fillRect(left + 1, top + 1, filled, tall - 2, CHUNK)
        shaped = self.shaped(text, inner)
        painter.setPen(INK)  # not the palette's text: white in a dark palette, lost on the track
        painter.drawStaticText(
            left + (inner - round(shaped.size().width())) // 2,
            top + (tall - self.fontMetrics().height()) // 2,
            shaped,
        )


class FlatScrollBarStyle(QProxyStyle):
    """Scroll bars with a flat groove and handle.

    Fusion fills both with gradients running across the bar, which the raster engine draws
    one short span at a time: a 560-pixel bar took 2 ms to paint, more than the 17 rows of
    the table beside it. A flat, dark handle is also easier to see on a projector."""

    GROOVE = QColor("#eef0f2")
    HANDLE = QColor("#9aa1a9")
    ACTIVE = QColor("#6f7781")

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control != QStyle.ComplexControl.CC_ScrollBar or not isinstance(
            option, QStyleOptionSlider
        ):
            super().drawComplexControl(control, option, painter, widget)
            return
        painter.fillRect(option.rect, self.GROOVE)
        handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
        if handle.isValid():
            active = option.activeSubControls == QStyle.SubControl.SC_ScrollBarSlider
            painter.fillRect(handle.adjusted(3, 1, -3, -1), self.ACTIVE if active else self.HANDLE)
        arrows = QStyleOptionSlider(option)
        arrows.subControls = (
            QStyle.SubControl.SC_ScrollBarAddLine | QStyle.SubControl.SC_ScrollBarSubLine
        )
        super().drawComplexControl(control, arrows, painter, widget)


def flat_scroll_bars() -> FlatScrollBarStyle:
    """The one flat scroll-bar style, owned by the application (a style must outlive its
    widgets, and building one per window would cost what it saves)."""
    app = QApplication.instance()
    style = app.findChild(FlatScrollBarStyle, "flatScrollBars")
    if style is None:
        style = FlatScrollBarStyle()
        style.setObjectName("flatScrollBars")
        style.setParent(app)
    return style
