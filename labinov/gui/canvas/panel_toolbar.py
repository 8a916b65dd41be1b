"""The canvas panel's toolbar, built from the workspace's action registry: the canvas
actions are declared once (``canvas_actions.CanvasActions``) and made per panel by an
``ActionSet`` whose shortcuts work only inside that panel. The toolbar holds the menus
(Canvas, Add, Arrange, Colour, Voting), the zoom buttons with the zoom readout, and Present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from labinov.gui.action_registry import ActionSet
from labinov.gui.canvas.canvas_actions import CanvasActions, has_board
from labinov.gui.canvas.note_item import COLOUR_KEYS, PALETTE

if TYPE_CHECKING:
    from labinov.gui.canvas.panel import CanvasPanel
MENUS = {  # menu object name → its actions (None: a separator)
    "canvasMenu": (
        "newCanvas",
        "renameCanvas",
        "moveCanvasLeft",
        "moveCanvasRight",
        "deleteCanvas",
        None,
        "exportPng",
        "exportSvg",
    ),
    "addMenu": ("addNote", "addFrame", "addText", "addPicture", "pasteItems"),
    "arrangeMenu": (
        *(f"align_{key}" for key in ("left", "top", "hcentre", "vcentre")),
        *(f"align_{key}" for key in ("hdistribute", "vdistribute")),
        None,
        "toFront",
        "toBack",
        "toggleLock",
        "duplicate",
    ),
    "colourMenu": tuple(f"colour_{key}" for key in COLOUR_KEYS),
    "votingMenu": ("startVoting", "votingResults", "resetVotes"),
}


def swatch(colour: str, size: int = 20) -> QIcon:
    """A square of ``colour`` with a thin edge, for the colour menu."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor(0, 0, 0, 140))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 3, size - 3, 3, 3)
    painter.end()
    return QIcon(pixmap)


class CanvasToolbar(QToolBar):
    """Menus and buttons acting on ``panel``. ``action_set`` holds this panel's actions
    (``action_set["addNote"]``); ``update()`` enables them by their rules."""

    def __init__(self, panel: CanvasPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("canvasToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.handlers = CanvasActions(panel)
        self.action_set = ActionSet(
            panel, self.handlers, shortcut_context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        for key in COLOUR_KEYS:  # the colour itself, not only its name
            self.action_set[f"colour_{key}"].setIcon(swatch(PALETTE[key]))
        for name, text in (
            ("canvasMenu", self.tr("&Canvas")),
            ("addMenu", self.tr("&Add")),
            ("arrangeMenu", self.tr("A&rrange")),
            ("colourMenu", self.tr("C&olour")),
            ("votingMenu", self.tr("&Voting")),
        ):
            self.action_set.fill(self._menu(text, name), MENUS[name])
        self.addSeparator()
        self.action_set.fill(self, ["fitAll", "zoom100"])
        self.zoom_readout = QLabel()
        self.zoom_readout.setObjectName("zoomReadout")
        self.zoom_readout.setMinimumWidth(
            self.zoom_readout.fontMetrics().horizontalAdvance("400%") + 12
        )
        self.zoom_readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_readout.setToolTip(self.tr("Zoom"))
        self.addWidget(self.zoom_readout)
        self.action_set.fill(self, ["present"])
        for _spec, action in self.action_set:  # the key in the tooltip, as menus show it
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.toolTip():
                action.setToolTip(f"{action.toolTip()} ({keys})")

    @property
    def board_actions(self) -> list[QAction]:
        """The actions that need a board (all but "New canvas")."""
        return [action for spec, action in self.action_set if spec.enabled is has_board]

    def add_at_end(self, widget: QWidget) -> None:
        """Put ``widget`` (the find fields) at the right end, after a stretch."""
        stretch = QWidget()
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(stretch)
        self.addWidget(widget)

    def update_actions(self) -> None:
        self.action_set.update(self.panel)

    def _menu(self, text: str, name: str) -> QMenu:
        menu = QMenu(text, self)
        menu.setObjectName(name)
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)
        return menu
