"""The canvas panel's toolbar: its menus (Canvas, Add, Arrange, Colour, Voting) and
buttons, each an action named for tests and shortcuts; a mixin of ``CanvasPanel``.

The texts keep the ``CanvasPanel`` translation context (``QCoreApplication.translate``),
so the catalogue is the same as when they lived in the panel's own class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.canvas.note_item import COLOUR_KEYS, PALETTE

COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("CanvasPanel", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("CanvasPanel", "Orange"),
    "pink": QT_TRANSLATE_NOOP("CanvasPanel", "Pink"),
    "green": QT_TRANSLATE_NOOP("CanvasPanel", "Green"),
    "blue": QT_TRANSLATE_NOOP("CanvasPanel", "Blue"),
    "purple": QT_TRANSLATE_NOOP("CanvasPanel", "Purple"),
    "grey": QT_TRANSLATE_NOOP("CanvasPanel", "Grey"),
    "white": QT_TRANSLATE_NOOP("CanvasPanel", "White"),
}
ALIGN = (
    ("left", QT_TRANSLATE_NOOP("CanvasPanel", "Align left")),
    ("top", QT_TRANSLATE_NOOP("CanvasPanel", "Align top")),
    ("hcentre", QT_TRANSLATE_NOOP("CanvasPanel", "Centre horizontally")),
    ("vcentre", QT_TRANSLATE_NOOP("CanvasPanel", "Centre vertically")),
    ("hdistribute", QT_TRANSLATE_NOOP("CanvasPanel", "Distribute horizontally")),
    ("vdistribute", QT_TRANSLATE_NOOP("CanvasPanel", "Distribute vertically")),
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


# a QWidget to type checkers, a plain mixin at run time (CanvasPanel is the widget)
class CanvasToolbar(QWidget if TYPE_CHECKING else object):
    """Builds the toolbar's menus and actions; they act on the current board through the
    panel's ``_with_view`` and its canvas edits and board tools.

    Needs ``toolbar`` of its ``CanvasPanel``.
    """

    toolbar: QToolBar

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
            self.addAction(action)
        (menu or self.toolbar).addAction(action)
        return action

    def _menu(self, text: str, name: str) -> QMenu:
        menu = QMenu(text, self)
        menu.setObjectName(name)
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)
        return menu

    def _build_actions(self) -> None:
        self.board_actions: list[QAction] = []
        canvas = self._menu(QCoreApplication.translate("CanvasPanel", "&Canvas"), "canvasMenu")
        self._action(
            QCoreApplication.translate("CanvasPanel", "New canvas from template…"),
            self.new_canvas,
            "newCanvas",
            menu=canvas,
            needs_board=False,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Rename…"),
            self.rename_canvas,
            "renameCanvas",
            menu=canvas,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Move left"),
            lambda: self.move_canvas(-1),
            "moveCanvasLeft",
            menu=canvas,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Move right"),
            lambda: self.move_canvas(1),
            "moveCanvasRight",
            menu=canvas,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Delete canvas"),
            self.delete_canvas,
            "deleteCanvas",
            menu=canvas,
        )
        canvas.addSeparator()
        self._action(
            QCoreApplication.translate("CanvasPanel", "Export as PNG…"),
            lambda: self.export("png"),
            "exportPng",
            menu=canvas,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Export as SVG…"),
            lambda: self.export("svg"),
            "exportSvg",
            menu=canvas,
        )
        add = self._menu(QCoreApplication.translate("CanvasPanel", "&Add"), "addMenu")
        self._action(
            QCoreApplication.translate("CanvasPanel", "Note (N)"),
            lambda: self._with_view(lambda v: v.edits.add_note()),
            "addNote",
            menu=add,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Frame"),
            lambda: self._with_view(lambda v: v.edits.add_note(kind="frame", edit=False)),
            "addFrame",
            menu=add,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Text"),
            lambda: self._with_view(lambda v: v.edits.add_note(kind="text")),
            "addText",
            menu=add,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Picture from file…"),
            self.add_picture,
            "addPicture",
            menu=add,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Paste (picture or notes)"),
            lambda: self._with_view(lambda v: v.edits.paste()),
            "pasteItems",
            menu=add,
        )
        arrange = self._menu(QCoreApplication.translate("CanvasPanel", "A&rrange"), "arrangeMenu")
        for key, text in ALIGN:
            self._action(
                QCoreApplication.translate("CanvasPanel", text),
                lambda key=key: self._with_view(lambda v: v.edits.align(key)),
                f"align_{key}",
                menu=arrange,
            )
        arrange.addSeparator()
        self._action(
            QCoreApplication.translate("CanvasPanel", "Bring to front"),
            lambda: self._with_view(lambda v: v.edits.restack(True)),
            "toFront",
            menu=arrange,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Send to back"),
            lambda: self._with_view(lambda v: v.edits.restack(False)),
            "toBack",
            menu=arrange,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Lock or unlock"),
            lambda: self._with_view(lambda v: v.edits.toggle_lock()),
            "toggleLock",
            menu=arrange,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Duplicate"),
            lambda: self._with_view(lambda v: v.edits.duplicate()),
            "duplicate",
            menu=arrange,
        )
        colours = self._menu(QCoreApplication.translate("CanvasPanel", "C&olour"), "colourMenu")
        for number, key in enumerate(COLOUR_KEYS, start=1):
            text = f"{number}  {QCoreApplication.translate('CanvasPanel', COLOUR_NAMES[key])}"
            action = self._action(
                text,
                lambda key=key: self._with_view(lambda v: v.edits.recolour(key)),
                f"colour_{key}",
                menu=colours,
            )
            action.setIcon(swatch(PALETTE[key]))  # the colour itself, not only its name
        vote = self._menu(QCoreApplication.translate("CanvasPanel", "&Voting"), "votingMenu")
        self._action(
            QCoreApplication.translate("CanvasPanel", "Start a voting round…"),
            self.start_voting,
            "startVoting",
            menu=vote,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Results"),
            self.show_results,
            "votingResults",
            menu=vote,
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "Reset votes"),
            lambda: self._with_view(lambda v: v.edits.board.reset_votes()),
            "resetVotes",
            menu=vote,
        )
        self.toolbar.addSeparator()
        self._action(
            QCoreApplication.translate("CanvasPanel", "Fit all"),
            lambda: self._with_view(lambda v: v.fit_all()),
            "fitAll",
        )
        self._action(
            QCoreApplication.translate("CanvasPanel", "100%"),
            lambda: self._with_view(lambda v: v.set_zoom(1.0)),
            "zoom100",
        )
        self.zoom_readout = QLabel()
        self.zoom_readout.setObjectName("zoomReadout")
        self.zoom_readout.setMinimumWidth(
            self.zoom_readout.fontMetrics().horizontalAdvance("400 %") + 12
        )
        self.zoom_readout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_readout.setToolTip(QCoreApplication.translate("CanvasPanel", "Zoom"))
        self.toolbar.addWidget(self.zoom_readout)
        self._action(
            QCoreApplication.translate("CanvasPanel", "Present"),
            self.present,
            "present",
            shortcut="F5",
        )
