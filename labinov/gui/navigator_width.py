"""How wide the navigator is: as its names need, within a share of the window, unless the
user dragged it (then that width, remembered across starts).

The names of an OPD and its innovation are long ("Perusahaan Daerah Air Minum (PDAM) Kota
Makassar"); a fixed share of the window cut them even on a 1920-pixel screen with the
work area half empty. The automatic width follows the names (a rename, a new team) and the
window (maximised after the first paint, a smaller screen) until the user drags the
splitter; ``settings.NAVIGATOR_WIDTH`` keeps that width (0: automatic) until a double-click
on the splitter's handle makes it automatic again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QFont, QFontMetrics

from labinov.gui import settings as prefs

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

NAVIGATOR_MIN_WIDTH = 170  # the splitter never makes it narrower
# The most the automatic width takes of a window: a share that grows with the window's
# width, through these two points (and on along their line): the board keeps 60 % of a
# 1366×768 laptop's window (tests/gui/layout/test_fit.py), the names get most of the room
# they need on a 1920-pixel screen, where the board has plenty
SHARES = ((1366, 0.14), (1920, 0.27))
WIDEST = 560  # never more (longer names elide, with their tooltip)
DECORATION = 22  # an archived project's icon and its gap
ROW_PADDING = 4  # a row's height beyond its text's


def share(width: int) -> float:
    """The most of a window ``width`` wide the navigator's names may take (``SHARES``)."""
    (x0, y0), (x1, y1) = SHARES
    return y0 + (width - x0) * (y1 - y0) / (x1 - x0)


class Names(NamedTuple):
    """What the navigator's names need: the widest row (indent, icon, text) and how many."""

    widest: int
    rows: int
    font: QFont  # measured in


def measure(window: MainWindow) -> Names:
    """The navigator's rows in its font (the whole tree, not only the expanded part)."""
    view = window.navigator
    font = view.font()
    metrics = QFontMetrics(font)
    model = window.model
    indent = view.indentation()
    widest = rows = 0
    pending = [(QModelIndex(), 0)]
    while pending:  # tens of rows
        parent, depth = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node = model.node(index)
            if node is None:
                continue
            icon = DECORATION if node.archived else 0
            width = (depth + 1) * indent + icon + metrics.horizontalAdvance(node.name)
            widest = max(widest, width)
            rows += 1
            pending.append((index, depth + 1))
    return Names(widest, rows, font)


def automatic_width(window: MainWindow, names: Names) -> int:
    """The navigator's width for its names (``measure``) in ``window`` as wide as it is."""
    view = window.navigator
    # the frame, the item's margins and, for a cohort taller than the view, a scroll bar
    chrome = 2 * view.frameWidth() + 12
    if names.rows * (QFontMetrics(names.font).height() + ROW_PADDING) > view.height():
        chrome += view.verticalScrollBar().sizeHint().width()
    cap = max(NAVIGATOR_MIN_WIDTH, min(WIDEST, round(window.width() * share(window.width()))))
    return max(NAVIGATOR_MIN_WIDTH, min(cap, names.widest + chrome))


class NavigatorWidth(QObject):
    """Keeps one main window's navigator at its automatic or remembered width (a child of
    the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.navigator.setMinimumWidth(NAVIGATOR_MIN_WIDTH)
        # dragged to nothing it would hide without View ▸ Navigator knowing (and come back
        # at the next fit): that toggle hides it
        window.splitter.setCollapsible(0, False)
        self.chosen = prefs.NAVIGATOR_WIDTH.get(window.context.settings)  # 0: automatic
        window.splitter.splitterMoved.connect(self._dragged)  # by hand only, not setSizes
        self._names: Names | None = None  # measured once per reset of the list
        window.model.modelReset.connect(self._names_changed)
        self.handle = window.splitter.handle(1)
        self.handle.installEventFilter(self)  # a double-click: the automatic width again
        self.handle.setToolTip(
            self.tr("Drag to widen the list; double-click: as wide as its names")
        )

    def fit(self, *_args: object) -> None:
        """The navigator at its width: the user's, else what its names need."""
        window = self.window
        if not self.chosen and (self._names is None or self._names.font != window.navigator.font()):
            self._names = measure(window)  # the first fit, or a new font (projector preset)
        width = self.chosen or automatic_width(window, self._names)
        sizes = window.splitter.sizes()
        if sizes and sizes[0] != width:
            # the page keeps the rest: it has the splitter's stretch, the navigator none
            window.splitter.setSizes([width, max(1, sum(sizes) - width)])

    def _names_changed(self) -> None:
        self._names = None
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:  # on the handle
            self.reset()
            return True
        return False

    def reset(self) -> None:
        """Back to the automatic width (forgets a dragged one)."""
        self.chosen = 0
        prefs.NAVIGATOR_WIDTH.set(self.window.context.settings, 0)
        self.fit()

    def _dragged(self, position: int, _index: int) -> None:
        self.chosen = max(NAVIGATOR_MIN_WIDTH, position)
        prefs.NAVIGATOR_WIDTH.set(self.window.context.settings, self.chosen)
