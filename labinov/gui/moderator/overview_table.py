"""The overview's table, painted for the projector: fitted columns, wrapped names, flat bars.

``OverviewTable`` is a ``QTableView`` (selection, keyboard, scrolling, header, tooltips and
screen readers all stay Qt's) that paints its visible rows itself in one pass. Qt's item
painting calls a delegate and lays each cell's text out again on every paint; here each
text is shaped once (``QStaticText``) and every row costs a handful of C++ calls. With the
flat scroll bar below, that took the overview of 30 teams from 7.5 to ~3 ms
(tests/bench/bench_overview.py).

Columns are as wide as their longest text when the window allows (the innovation takes
what is left); when it does not, the headings wrap, the bar shortens and the long columns
wrap evenly, the row growing to hold them (``column_fit``; beyond ``MAX_LINES`` lines a text
ends in "…" and the tooltip has the rest). Nothing is cut at 1920 pixels, nor at 1024 with
the sample workshop at the app's font.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView, QWidget

from labinov.gui.flat_scroll import FlatScrollBarStyle, flat_scroll_bars
from labinov.gui.moderator.column_fit import FILL, Column, fit_columns

__all__ = ["CHUNK", "MARGIN", "FlatScrollBarStyle", "OverviewTable", "TableCells"]

NBSP = "\u00a0"  # holds words on one line while their column is wide enough
MARGIN = 6  # pixels of air each side of a cell's text
AIR = 14  # pixels of air above and below a row's text
MAX_LINES = 4  # a longer name ends in "…" (its tooltip is whole)
BAR_CHARS = 12  # the bar column: about this many characters wide
NARROWEST_CHARS = 8  # a wrapping column is never narrower than this
TRACK = QColor("#e4e7eb")
CHUNK = QColor("#7cc47f")
FRAME = QColor("#9aa1a9")
INK = QColor("#1f2328")  # the bar's percentage: dark on the light track in any palette


# a word wider than its column breaks inside rather than spill into the next column
_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


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
        # long headings wrap onto a second line rather than widen their column
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._colours: dict[str, QColor] = {}
        self._font = ""  # the font's key, for the shaped texts
        self._fitted: tuple[int, str, int] | None = None  # width, font, rows last fitted
        self._needs: tuple[tuple[str, str, int], list[Column]] | None = None  # fonts, rows

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
        self.fit_header(model)
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
        header_font = self.horizontalHeader().font().key()
        key = (self.font_key(), header_font, id(model.cells))
        if self._needs is None or self._needs[0] != key:  # measured once per rows and font
            self._needs = key, self._measure(model, header_font)
        narrowest = self.fontMetrics().averageCharWidth() * NARROWEST_CHARS + 2 * MARGIN
        return fit_columns(self._needs[1], room, model.widest, MAX_LINES, narrowest)

    def _measure(self, model: TableCells, header_font: str) -> list[Column]:
        """Each column's natural, least and tightest width (see ``column_fit``)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        pad = 2 * MARGIN + 2
        columns = []
        for column in range(model.columnCount()):  # type: ignore[attr-defined]
            heading = self.heading(model, column)
            natural = header.horizontalAdvance(heading) + 4 * MARGIN
            least = self.two_lines(heading, header) + 4 * MARGIN
            tightest = self.longest_word(heading, header, header_font) + 4 * MARGIN
            texts = {row[column] for row in model.cells}  # a stage name repeats: once each
            longest = max(map(self.text_width, texts), default=0) + pad
            if column == model.bar_column:  # long when there is room, else just the figure
                natural = max(natural, metrics.averageCharWidth() * BAR_CHARS)
                short = metrics.horizontalAdvance("100%") + 2 * pad
                least = max(least, min(natural, short))
                tightest = max(tightest, min(natural, short))
            elif column in model.wrapping:
                font = self.font_key()
                words = max((self.longest_word(t, metrics, font) for t in texts), default=0)
                loose = {t.replace(NBSP, " ") for t in texts}
                tight = max((self.longest_word(t, metrics, font) for t in loose), default=0)
                tightest = max(tightest, tight + pad)
                least = max(least, words + pad)
            else:
                least = max(least, longest)
                tightest = max(tightest, longest)
            natural = max(natural, longest)
            least = min(least, natural)
            tightest = min(tightest, least)
            columns.append(Column(natural, least, column in model.wrapping, pad, tightest))
        return columns

    @staticmethod
    def heading(model: TableCells, column: int) -> str:
        return str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    @staticmethod
    def longest_word(text: str, metrics: QFontMetrics, font: str) -> int:
        """The widest run of ``text`` without a space (a no-break space holds words together),
        measured once per font like the one-line widths."""
        key = (font + "\0words", text)
        width = _WIDTHS.get(key)
        if width is None:
            if len(_WIDTHS) >= 4096:
                _WIDTHS.clear()
            words = text.split(" ")
            width = _WIDTHS[key] = max(metrics.horizontalAdvance(word) for word in words)
        return width

    @staticmethod
    def two_lines(text: str, metrics: QFontMetrics) -> int:
        """The narrowest width that holds ``text`` (a heading) on two lines."""
        words = text.split(" ")
        return min(
            max(
                metrics.horizontalAdvance(" ".join(words[:cut])),
                metrics.horizontalAdvance(" ".join(words[cut:])),
            )
            for cut in range(1, len(words) + 1)
        )

    def fit_header(self, model: TableCells) -> None:
        """As tall as its most wrapped heading (Qt sizes a header for one line)."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        # the style's own label margins: it wraps the heading inside them
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        tallest = max(
            metrics.boundingRect(
                QRect(0, 0, max(1, header.sectionSize(c) - 2 * margin), 10_000),
                flags,
                self.heading(model, c),
            ).height()
            for c in range(header.count())
        )
        one_line = header.sizeHint().height()  # Qt's height for one line and its air
        height = max(one_line, tallest + one_line - metrics.height())
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            self.updateGeometries()

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
            found.setTextOption(_WRAP)
            found.prepare(QTransform(), self.font())
            if self.text_width(text) > width:  # shaped once more only when too long
                metrics = self.fontMetrics()
                if NBSP in text and self.longest_word(text, metrics, key[0]) > width:
                    text = text.replace(NBSP, " ")  # a narrow column: the words part
                    found.setText(text)
                found.setTextWidth(max(1, width))
                cut = width * MAX_LINES * FILL
                if metrics.horizontalAdvance(text) <= cut:
                    found.prepare(QTransform(), self.font())
                    return found
                # cut short to MAX_LINES lines: words wrap less evenly than FILL in some texts
                most = (MAX_LINES + 0.5) * metrics.height()
                while True:
                    found.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, round(cut)))
                    found.prepare(QTransform(), self.font())
                    if found.size().height() <= most or cut <= width:
                        break
                    cut -= width / 2
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
