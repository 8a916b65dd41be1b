"""The canvas panel's toolbar: its menus (Canvas, Add, Arrange, Colour, Voting), buttons
and the zoom readout, each action named for tests and shortcuts. A part of the panel
(``panel.toolbar``) acting on the panel's current board, canvas edits and board tools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.canvas.note_item import COLOUR_KEYS, PALETTE

if TYPE_CHECKING:
    from labinov.gui.canvas.panel import CanvasPanel

COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("CanvasToolbar", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("CanvasToolbar", "Orange"),
    "pink": QT_TRANSLATE_NOOP("CanvasToolbar", "Pink"),
    "green": QT_TRANSLATE_NOOP("CanvasToolbar", "Green"),
    "blue": QT_TRANSLATE_NOOP("CanvasToolbar", "Blue"),
    "purple": QT_TRANSLATE_NOOP("CanvasToolbar", "Purple"),
    "grey": QT_TRANSLATE_NOOP("CanvasToolbar", "Grey"),
    "white": QT_TRANSLATE_NOOP("CanvasToolbar", "White"),
}
ALIGN = (
    ("left", QT_TRANSLATE_NOOP("CanvasToolbar", "Align left")),
    ("top", QT_TRANSLATE_NOOP("CanvasToolbar", "Align top")),
    ("hcentre", QT_TRANSLATE_NOOP("CanvasToolbar", "Centre horizontally")),
    ("vcentre", QT_TRANSLATE_NOOP("CanvasToolbar", "Centre vertically")),
    ("hdistribute", QT_TRANSLATE_NOOP("CanvasToolbar", "Distribute horizontally")),
    ("vdistribute", QT_TRANSLATE_NOOP("CanvasToolbar", "Distribute vertically")),
)


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
    """Menus and buttons acting on ``panel``: its current board (``panel.current()``), its
    canvas edits (new, rename, move, delete) and its ``tools`` (picture, voting, present,
    export). ``board_actions`` need a board; the rest is always enabled."""

    def __init__(self, panel: CanvasPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("canvasToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.board_actions: list[QAction] = []
        self._build_actions()

    def _with_view(self, act) -> None:
        board = self.panel.current()
        if board is not None:
            act(board.view)

    def _action(
        self,
        text: str,
        slot,
        name: str,
        shortcut: str | None = None,
        menu: QMenu | None = None,
        needs_board: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if needs_board:  # the rest (new canvas, the menus themselves) is always enabled
            self.board_actions.append(action)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.panel.addAction(action)  # the key works anywhere in the panel
        (menu or self).addAction(action)
        return action

    def _menu(self, text: str, name: str) -> QMenu:
        menu = QMenu(text, self)
        menu.setObjectName(name)
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)
        return menu

    def _build_actions(self) -> None:
        panel, tools = self.panel, self.panel.tools
        canvas = self._menu(self.tr("&Canvas"), "canvasMenu")
        self._action(
            self.tr("New canvas from template…"),
            panel.new_canvas,
            "newCanvas",
            menu=canvas,
            needs_board=False,
        )
        self._action(
            self.tr("Rename…"),
            panel.rename_canvas,
            "renameCanvas",
            menu=canvas,
        )
        self._action(
            self.tr("Move left"),
            lambda: panel.move_canvas(-1),
            "moveCanvasLeft",
            menu=canvas,
        )
        self._action(
            self.tr("Move right"),
            lambda: panel.move_canvas(1),
            "moveCanvasRight",
            menu=canvas,
        )
        self._action(
            self.tr("Delete canvas"),
            panel.delete_canvas,
            "deleteCanvas",
            menu=canvas,
        )
        canvas.addSeparator()
        self._action(
            self.tr("Export as PNG…"),
            lambda: tools.export("png"),
            "exportPng",
            menu=canvas,
        )
        self._action(
            self.tr("Export as SVG…"),
            lambda: tools.export("svg"),
            "exportSvg",
            menu=canvas,
        )
        add = self._menu(self.tr("&Add"), "addMenu")
        self._action(
            self.tr("Note (N)"),
            lambda: self._with_view(lambda v: v.edits.add_note()),
            "addNote",
            menu=add,
        )
        self._action(
            self.tr("Frame"),
            lambda: self._with_view(lambda v: v.edits.add_note(kind="frame", edit=False)),
            "addFrame",
            menu=add,
        )
        self._action(
            self.tr("Text"),
            lambda: self._with_view(lambda v: v.edits.add_note(kind="text")),
            "addText",
            menu=add,
        )
        self._action(
            self.tr("Picture from file…"),
            tools.add_picture,
            "addPicture",
            menu=add,
        )
        self._action(
            self.tr("Paste (picture or notes)"),
            lambda: self._with_view(lambda v: v.edits.paste()),
            "pasteItems",
            menu=add,
        )
        arrange = self._menu(self.tr("A&rrange"), "arrangeMenu")
        for key, text in ALIGN:
            self._action(
                self.tr(text),
                lambda key=key: self._with_view(lambda v: v.edits.align(key)),
                f"align_{key}",
                menu=arrange,
            )
        arrange.addSeparator()
        self._action(
            self.tr("Bring to front"),
            lambda: self._with_view(lambda v: v.edits.restack(True)),
            "toFront",
            menu=arrange,
        )
        self._action(
            self.tr("Send to back"),
            lambda: self._with_view(lambda v: v.edits.restack(False)),
            "toBack",
            menu=arrange,
        )
        self._action(
            self.tr("Lock or unlock"),
            lambda: self._with_view(lambda v: v.edits.toggle_lock()),
            "toggleLock",
            menu=arrange,
        )
        self._action(
            self.tr("Duplicate"),
            lambda: self._with_view(lambda v: v.edits.duplicate()),
            "duplicate",
            menu=arrange,
        )
        colours = self._menu(self.tr("C&olour"), "colourMenu")
        for number, key in enumerate(COLOUR_KEYS, start=1):
            text = f"{number}  {self.tr(COLOUR_NAMES[key])}"
            action = self._action(
                text,
                lambda key=key: self._with_view(lambda v: v.edits.recolour(key)),
                f"colour_{key}",
                menu=colours,
            )
            action.setIcon(swatch(PALETTE[key]))  # the colour itself, not only its name
        vote = self._menu(self.tr("&Voting"), "votingMenu")
        self._action(
            self.tr("Start a voting round…"),
            tools.start_voting,
            "startVoting",
            menu=vote,
        )
        self._action(
            self.tr("Results"),
            tools.show_results,
            "votingResults",
            menu=vote,
        )
        self._action(
            self.tr("Reset votes"),
            lambda: self._with_view(lambda v: v.edits.board.reset_votes()),
            "resetVotes",
            menu=vote,
        )
        self.addSeparator()
        self._action(
            self.tr("Fit all"),
            lambda: self._with_view(lambda v: v.fit_all()),
            "fitAll",
        )
        self._action(
            self.tr("100%"),
            lambda: self._with_view(lambda v: v.set_zoom(1.0)),
            "zoom100",
        )
        self.zoom_readout = QLabel()
        self.zoom_readout.setObjectName("zoomReadout")
        self.zoom_readout.setMinimumWidth(
            self.zoom_readout.fontMetrics().horizontalAdvance("400 %") + 12
        )
        self.zoom_readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_readout.setToolTip(self.tr("Zoom"))
        self.addWidget(self.zoom_readout)
        self._action(
            self.tr("Present"),
            tools.present,
            "present",
            shortcut="F5",
        )
