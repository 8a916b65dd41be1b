"""The overview's table, painted for the projector: fitted columns, wrapped names, flat bars.

``OverviewTable`` is a ``QTableView`` (selection, keyboard, scrolling, header, tooltips and
screen readers all stay Qt's) that paints its visible rows itself in one pass. Qt's item
painting calls a delegate and lays each cell's text out again on every paint; here each
text is shaped once (``QStaticText``) and every row costs a handful of C++ calls. With the
flat scroll bar below, that took the overview of 30 teams from 7.5 to ~3 ms
(tests/bench/bench_overview.py).

Columns are as wide as their longest text when the window allows (the innovation takes
what is left); when it does not, the long columns share the room and their texts wrap, the
row growing to hold them (up to ``MAX_LINES``; the tooltip has the rest). Nothing is cut at
1920 pixels.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView, QWidget

from labinov.gui.flat_scroll import FlatScrollBarStyle, flat_scroll_bars

__all__ = ["CHUNK", "MARGIN", "FlatScrollBarStyle", "OverviewTable", "TableCells"]

MARGIN = 6  # pixels of air each side of a cell's text
AIR = 14  # pixels of air above and below a row's text
MAX_LINES = 4  # a longer name ends in "…" (its tooltip is whole)
BAR_CHARS = 12  # the bar column: about this many characters wide
NARROWEST_CHARS = 8  # a wrapping column is never narrower than this
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
    wrapping: frozenset[int]
    widest: int  # the column given what is left when every text fits

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = ...) -> object: ...


# Shaped texts, shared by every overview: reopening the overview, or reading the workshop
# again after an edit, shapes only the texts that changed.
_SHAPED: dict[tuple[str, str, int], QStaticText] = {}
_WIDTHS: dict[tuple[str, str], int] = {}  # one-line widths, for fitting the columns


class OverviewTable(QTableView):
    """Paints each cell's text (wrapped when its column is narrower), the bars flat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setStyle(flat_scroll_bars())
        self.horizontalScrollBar().setStyle(flat_scroll_bars())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._colours: dict[str, QColor] = {}
        self._font = ""  # the font's key, for the shaped texts
        self._fitted: tuple[int, str, int] | None = None  # width, font, rows last fitted

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._colours.clear()
        elif event.type() == QEvent.Type.FontChange:
            self._font = ""
            self.fit_rows()  # a larger font in rows of the old height would spill over
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit_rows(self) -> None:
        """One line of the font and some air; the columns and wrapped rows again soon (a
        font change also comes while the view is shown, before it has its width)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + AIR)
        self._fitted = None
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Column widths from the texts and the room; rows as tall as their wrapped text."""
        model: TableCells | None = self.model()  # type: ignore[assignment]
        if model is None or not self.isVisible():  # a hidden view has no width yet
            return
        width = self.viewport().width()
        key = (width, self.font_key(), id(model.cells))
        if key == self._fitted:
            return
        self._fitted = key
        widths, narrowed = self._column_widths(model, width)
        header = self.horizontalHeader()
        for column, column_width in enumerate(widths):
            if header.sectionSize(column) != column_width:
                header.resizeSection(column, column_width)
        rows = self.verticalHeader()
        single = rows.defaultSectionSize()
        line = self.fontMetrics().height()
        # only texts longer than their narrowed column wrap: most windows measure nothing
        inner = {c: widths[c] - 2 * MARGIN for c in narrowed}
        for row, texts in enumerate(model.cells):
            tallest = line
            for column, room in inner.items():
                text = texts[column]
                if text and self.text_width(text) > room:
                    tallest = max(tallest, round(self.shaped(text, room).size().height()))
            height = tallest + AIR if tallest > line * 1.5 else single  # wrapped: taller
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)

    def _column_widths(self, model: TableCells, room: int) -> tuple[list[int], set[int]]:
        """The columns' widths, and the columns made narrower than their longest text."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        count = model.columnCount()  # type: ignore[attr-defined]
        natural = []
        for column in range(count):
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            wide = header.horizontalAdvance(heading) + 4 * MARGIN
            if column == model.bar_column:
                wide = max(wide, metrics.averageCharWidth() * BAR_CHARS)
            texts = {row[column] for row in model.cells}  # a stage name repeats: once each
            longest = max(map(self.text_width, texts), default=0)
            natural.append(max(wide, longest + 2 * MARGIN + 2))
        spare = room - sum(natural)
        if spare >= 0:
            natural[model.widest] += spare
            return natural, set()
        wanted = list(natural)
        # too wide: the wrapping columns share what the others leave; a column needing less
        # than an equal share keeps its whole width, the longer ones wrap
        fixed = sum(w for c, w in enumerate(natural) if c not in model.wrapping)
        narrowest = metrics.averageCharWidth() * NARROWEST_CHARS + 2 * MARGIN
        share = max(0, room - fixed)
        waiting = sorted(model.wrapping, key=lambda c: natural[c])
        while waiting:
            fair = share // len(waiting)
            column = waiting.pop(0)
            if natural[column] > fair:  # this one and every longer one get an equal share
                for rest in [column, *waiting]:
                    natural[rest] = max(narrowest, fair)
                break
            share -= natural[column]
        return natural, {c for c in model.wrapping if natural[c] < wanted[c]}

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

    def text_width(self, text: str) -> int:
        """``text``'s width on one line, measured once per font (kept like the shapes)."""
        key = (self.font_key(), text)
        width = _WIDTHS.get(key)
        if width is None:
            if len(_WIDTHS) >= 4096:
                _WIDTHS.clear()
            width = _WIDTHS[key] = self.fontMetrics().horizontalAdvance(text)
        return width

    def shaped(self, text: str, width: int) -> QStaticText:
        """``text`` shaped once: on one line when it fits ``width``, else wrapped to it (at
        most ``MAX_LINES`` lines, the last ending in "…")."""
        key = (self.font_key(), text, width)
        found = _SHAPED.get(key)
        if found is None:
            if len(_SHAPED) >= 4096:  # texts of closed workshops, old column widths
                _SHAPED.clear()
            found = _SHAPED[key] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)  # "<b>" in a name is text
            found.prepare(QTransform(), self.font())
            if self.text_width(text) > width:  # shaped once more only when too long
                metrics = self.fontMetrics()
                if metrics.horizontalAdvance(text) > width * MAX_LINES * 0.85:
                    cut = round(width * MAX_LINES * 0.85)
                    found.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, cut))
                found.setTextWidth(max(1, width))
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
        font = self.font_key()
        line = self.fontMetrics().height()
        painter = QPainter(self.viewport())
        top = y = self.rowViewportPosition(first)
        bottoms = []
        for row in range(first, last + 1):
            height = self.rowHeight(row)
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
                    size = shaped.size()
                    left = x + MARGIN
                    if column in model.centred:
                        left = x + (width - round(size.width())) // 2
                    offset = (height - max(line, round(size.height()))) // 2
                    painter.drawStaticText(left, y + offset, shaped)
            if not self.isColumnHidden(bar):
                self._paint_bar(painter, model.bars[row], texts[bar], bar_x, y, bar_width, height)
            y += height
            bottoms.append(y - 1)
        if self.showGrid():  # one-pixel fills: cheaper than stroking lines with a pen
            grid = colours["grid"]
            for bottom in bottoms:
                painter.fillRect(0, bottom, right, 1, grid)
            for x in [x + width - 1 for _c, x, width in columns] + [bar_x + bar_width - 1]:
                painter.fillRect(x, top, 1, y - top, grid)
        current = self.currentIndex()
        if self.hasFocus() and current.isValid() and first <= current.row() <= last:
            # where the keyboard is, also when the row is not selected (Ctrl+Space)
            painter.setPen(QPen(colours["text"], 1, Qt.PenStyle.DotLine))
            row_top = self.rowViewportPosition(current.row())
            painter.drawRect(0, row_top, right - 2, self.rowHeight(current.row()) - 2)
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
        line = self.fontMetrics().height()
        tall = line + AIR - 10  # as tall as in a one-line row, centred in a taller one
        left, top = x + MARGIN, y + (height - tall) // 2
        inner = width - 2 * MARGIN
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
            top + (tall - line) // 2,
            shaped,
        )
