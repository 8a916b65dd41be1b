"""How a worksheet table shares its width: by what each column holds.

Dates, numbers and choices get their own width. The text columns share the rest in
proportion to the room their texts want, above a floor each: the main text column (the
one a row answers) at least an equal share, the others at least their title. Long texts
wrap, and each row is as tall as its lines (up to ``MAX_LINES``; the tooltip has the
rest). With Qt's "stretch one, fit the others" a column of long texts took its one-line
width and squeezed the main column to a few letters behind a sideways scroll bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MAX_LINES = 4  # a row grows to this many lines of text at most
NARROW_SHARE = 0.25  # a date, number or choice column takes at most this share
MIN_CHARS = 8  # a text column is never narrower than this many average characters


def share(room: int, wants: Sequence[int], floors: Sequence[int], main: int) -> list[int]:
    """Widths of text columns sharing ``room`` pixels: each at least ``floors[i]``; what is
    left goes in proportion to what each still wants (``wants[i]``: its text on one line).
    When every text fits, each gets what it wants and ``main`` the spare width."""
    widths = [min(floor, want) for floor, want in zip(floors, wants, strict=True)]
    if sum(wants) <= room:
        widths = list(wants)
        if widths:
            widths[main] += room - sum(wants)
        return widths
    spare = room - sum(widths)
    if spare <= 0:
        return widths
    more = [want - width for want, width in zip(wants, widths, strict=True)]
    total = sum(more)
    widths = [width + spare * extra // total for width, extra in zip(widths, more, strict=True)]
    widths[main] += room - sum(widths)  # the pixels rounding left over
    return widths


class ColumnFit(QObject):
    """Sets the column widths and row heights of one table view as its size, font or rows
    change; ``text_columns`` are the columns of free text, ``main`` the one that leads."""

    def __init__(self, view: QTableView, text_columns: Sequence[int], main: int) -> None:
        super().__init__(view)
        self._view = view
        self._texts = list(text_columns)
        self._main = main
        self._fitting = False
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)  # a tall row reads whole
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        if self._fitting or not self._view.isVisible():
            return
        self._fitting = True
        try:
            self._fit_columns()
            self._fit_rows()
        finally:
            self._fitting = False

    def _fit_columns(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        room = view.viewport().width()
        metrics = view.fontMetrics()
        titles = [header.sectionSizeFromContents(column).width() for column in range(count)]
        wants = [max(titles[c], view.sizeHintForColumn(c)) for c in range(count)]
        texts = [c for c in range(count) if c in self._texts] or [self._main]
        for column in range(count):
            if column not in texts:
                header.resizeSection(column, min(wants[column], int(room * NARROW_SHARE)))
        left = room - sum(header.sectionSize(c) for c in range(count) if c not in texts)
        least = MIN_CHARS * metrics.averageCharWidth()
        floors = [max(titles[c], least) for c in texts]
        main = texts.index(self._main) if self._main in texts else 0
        floors[main] = max(floors[main], left // len(texts))
        widths = share(left, [wants[c] for c in texts], floors, main)
        for column, width in zip(texts, widths, strict=True):
            header.resizeSection(column, width)

    def _fit_rows(self) -> None:
        view = self._view
        rows = view.model().rowCount()
        tallest = MAX_LINES * view.fontMetrics().lineSpacing() + 8
        shortest = view.verticalHeader().defaultSectionSize()
        for row in range(rows):
            wanted = view.sizeHintForRow(row) + 6  # wrapped lines off the grid lines
            view.setRowHeight(row, max(shortest, min(wanted, tallest)))
