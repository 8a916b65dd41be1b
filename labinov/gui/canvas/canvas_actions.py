"""The canvas actions, declared once with the workspace's action registry (``@add_action``:
id, text, shortcut, icon, tip, enabled rule) and handled here; each ``CanvasPanel`` makes
its own ``ActionSet`` of them (shortcuts working only inside that panel) and its
``CanvasToolbar`` places them. Every action acts on the panel's current board, its canvas
edits or its ``tools``; all but "New canvas" need a board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.icons import CANVAS_ICONS

if TYPE_CHECKING:
    from labinov.gui.canvas.board_widget import BoardWidget
    from labinov.gui.canvas.panel import CanvasPanel


def has_board(panel: CanvasPanel) -> bool:
    """The rule of every action but "New canvas": it needs a board to act on."""
    return panel.current() is not None


class CanvasActions:
    """The handlers of the canvas actions of one ``panel`` (the ``ActionSet`` owner)."""

    def __init__(self, panel: CanvasPanel) -> None:
        self.panel = panel

    def _board(self) -> BoardWidget | None:
        return self.panel.current()

    # -- Canvas ------------------------------------------------------------------------------

    @add_action(
        "newCanvas",
        QT_TRANSLATE_NOOP("CanvasActions", "New canvas from template…"),
        icon=CANVAS_ICONS["newCanvas"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Make a canvas of this stage from a template"),
    )
    def new_canvas(self) -> None:
        self.panel.new_canvas()

    @add_action(
        "renameCanvas",
        QT_TRANSLATE_NOOP("CanvasActions", "Rename…"),
        icon=CANVAS_ICONS["renameCanvas"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Give this canvas another title"),
        enabled=has_board,
    )
    def rename_canvas(self) -> None:
        self.panel.rename_canvas()

    @add_action(
        "moveCanvasLeft",
        QT_TRANSLATE_NOOP("CanvasActions", "Move left"),
        icon=CANVAS_ICONS["moveCanvasLeft"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Move this canvas's tab one place left"),
        enabled=has_board,
        args=(-1,),
    )
    @add_action(
        "moveCanvasRight",
        QT_TRANSLATE_NOOP("CanvasActions", "Move right"),
        icon=CANVAS_ICONS["moveCanvasRight"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Move this canvas's tab one place right"),
        enabled=has_board,
        args=(1,),
    )
    def move_canvas(self, step: int) -> None:
        self.panel.move_canvas(step)

    @add_action(
        "deleteCanvas",
        QT_TRANSLATE_NOOP("CanvasActions", "Delete canvas"),
        icon=CANVAS_ICONS["deleteCanvas"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Delete this canvas (Undo brings it back)"),
        enabled=has_board,
    )
    def delete_canvas(self) -> None:
        self.panel.delete_canvas()

    @add_action(
        "exportPng",
        QT_TRANSLATE_NOOP("CanvasActions", "Export as PNG…"),
        icon=CANVAS_ICONS["exportPng"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Save the whole canvas as a picture"),
        enabled=has_board,
        args=("png",),
    )
    @add_action(
        "exportSvg",
        QT_TRANSLATE_NOOP("CanvasActions", "Export as SVG…"),
        icon=CANVAS_ICONS["exportSvg"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Save the whole canvas as a drawing that scales"),
        enabled=has_board,
        args=("svg",),
    )
    def export(self, kind: str) -> None:
        self.panel.tools.export(kind)

    # -- Add ---------------------------------------------------------------------------------

    @add_action(
        "addNote",
        QT_TRANSLATE_NOOP("CanvasActions", "Note"),
        shortcut="N",
        icon=CANVAS_ICONS["addNote"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Add a note in the middle of the view and type"),
        enabled=has_board,
        args=("note",),
    )
    @add_action(
        "addFrame",
        QT_TRANSLATE_NOOP("CanvasActions", "Frame"),
        icon=CANVAS_ICONS["addFrame"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Add a frame that groups the notes inside it"),
        enabled=has_board,
        args=("frame",),
    )
    @add_action(
        "addText",
        QT_TRANSLATE_NOOP("CanvasActions", "Text"),
        icon=CANVAS_ICONS["addText"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Add a heading without a note behind it"),
        enabled=has_board,
        args=("text",),
    )
    def add(self, kind: str) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.add_note(kind=kind, edit=kind != "frame")

    @add_action(
        "addPicture",
        QT_TRANSLATE_NOOP("CanvasActions", "Picture from file…"),
        icon=CANVAS_ICONS["addPicture"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Put a photo or picture on the canvas"),
        enabled=has_board,
    )
    def add_picture(self) -> None:
        self.panel.tools.add_picture()

    @add_action(
        "pasteItems",
        QT_TRANSLATE_NOOP("CanvasActions", "Paste (picture or notes)"),
        icon=CANVAS_ICONS["pasteItems"],
        tip=QT_TRANSLATE_NOOP(
            "CanvasActions", "Paste copied notes, a picture or lines of text as notes"
        ),
        enabled=has_board,
    )
    def paste(self) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.paste()

    # -- Arrange -----------------------------------------------------------------------------

    @add_action(
        "align_left",
        QT_TRANSLATE_NOOP("CanvasActions", "Align left"),
        icon=CANVAS_ICONS["align_left"],
        enabled=has_board,
        args=("left",),
    )
    @add_action(
        "align_top",
        QT_TRANSLATE_NOOP("CanvasActions", "Align top"),
        icon=CANVAS_ICONS["align_top"],
        enabled=has_board,
        args=("top",),
    )
    @add_action(
        "align_hcentre",
        QT_TRANSLATE_NOOP("CanvasActions", "Centre horizontally"),
        icon=CANVAS_ICONS["align_hcentre"],
        enabled=has_board,
        args=("hcentre",),
    )
    @add_action(
        "align_vcentre",
        QT_TRANSLATE_NOOP("CanvasActions", "Centre vertically"),
        icon=CANVAS_ICONS["align_vcentre"],
        enabled=has_board,
        args=("vcentre",),
    )
    @add_action(
        "align_hdistribute",
        QT_TRANSLATE_NOOP("CanvasActions", "Distribute horizontally"),
        icon=CANVAS_ICONS["align_hdistribute"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Equal gaps between three or more selected notes"),
        enabled=has_board,
        args=("hdistribute",),
    )
    @add_action(
        "align_vdistribute",
        QT_TRANSLATE_NOOP("CanvasActions", "Distribute vertically"),
        icon=CANVAS_ICONS["align_vdistribute"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Equal gaps between three or more selected notes"),
        enabled=has_board,
        args=("vdistribute",),
    )
    def align(self, how: str) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.align(how)

    @add_action(
        "toFront",
        QT_TRANSLATE_NOOP("CanvasActions", "Bring to front"),
        shortcut="Ctrl+]",
        icon=CANVAS_ICONS["toFront"],
        enabled=has_board,
        args=(True,),
    )
    @add_action(
        "toBack",
        QT_TRANSLATE_NOOP("CanvasActions", "Send to back"),
        shortcut="Ctrl+[",
        icon=CANVAS_ICONS["toBack"],
        enabled=has_board,
        args=(False,),
    )
    def restack(self, front: bool) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.restack(front)

    @add_action(
        "toggleLock",
        QT_TRANSLATE_NOOP("CanvasActions", "Lock or unlock"),
        shortcut="Ctrl+Shift+L",
        icon="lock-outline",
        tip=QT_TRANSLATE_NOOP("CanvasActions", "A locked note cannot be moved, resized or deleted"),
        enabled=has_board,
    )
    def toggle_lock(self) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.toggle_lock()

    @add_action(
        "duplicate",
        QT_TRANSLATE_NOOP("CanvasActions", "Duplicate"),
        shortcut="Ctrl+D",
        icon=CANVAS_ICONS["duplicate"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Copy the selected notes beside them"),
        enabled=has_board,
    )
    def duplicate(self) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.duplicate()

    # -- Colour (keys 1–8, the order of COLOUR_KEYS) -----------------------------------------

    @add_action(
        "colour_yellow",
        QT_TRANSLATE_NOOP("CanvasActions", "Yellow"),
        shortcut="1",
        enabled=has_board,
        args=("yellow",),
    )
    @add_action(
        "colour_orange",
        QT_TRANSLATE_NOOP("CanvasActions", "Orange"),
        shortcut="2",
        enabled=has_board,
        args=("orange",),
    )
    @add_action(
        "colour_pink",
        QT_TRANSLATE_NOOP("CanvasActions", "Pink"),
        shortcut="3",
        enabled=has_board,
        args=("pink",),
    )
    @add_action(
        "colour_green",
        QT_TRANSLATE_NOOP("CanvasActions", "Green"),
        shortcut="4",
        enabled=has_board,
        args=("green",),
    )
    @add_action(
        "colour_blue",
        QT_TRANSLATE_NOOP("CanvasActions", "Blue"),
        shortcut="5",
        enabled=has_board,
        args=("blue",),
    )
    @add_action(
        "colour_purple",
        QT_TRANSLATE_NOOP("CanvasActions", "Purple"),
        shortcut="6",
        enabled=has_board,
        args=("purple",),
    )
    @add_action(
        "colour_grey",
        QT_TRANSLATE_NOOP("CanvasActions", "Grey"),
        shortcut="7",
        enabled=has_board,
        args=("grey",),
    )
    @add_action(
        "colour_white",
        QT_TRANSLATE_NOOP("CanvasActions", "White"),
        shortcut="8",
        enabled=has_board,
        args=("white",),
    )
    def recolour(self, colour: str) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.recolour(colour)

    # -- Voting ------------------------------------------------------------------------------

    @add_action(
        "startVoting",
        QT_TRANSLATE_NOOP("CanvasActions", "Start a voting round…"),
        icon=CANVAS_ICONS["startVoting"],
        tip=QT_TRANSLATE_NOOP(
            "CanvasActions", "Each participant gives dots to the notes they choose"
        ),
        enabled=has_board,
    )
    def start_voting(self) -> None:
        self.panel.tools.start_voting()

    @add_action(
        "votingResults",
        QT_TRANSLATE_NOOP("CanvasActions", "Results"),
        icon=CANVAS_ICONS["votingResults"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "The notes by their votes, as a chart"),
        enabled=has_board,
    )
    def show_results(self) -> None:
        self.panel.tools.show_results()

    @add_action(
        "resetVotes",
        QT_TRANSLATE_NOOP("CanvasActions", "Reset votes"),
        icon=CANVAS_ICONS["resetVotes"],
        tip=QT_TRANSLATE_NOOP(
            "CanvasActions", "Remove every vote on this canvas (Undo brings them back)"
        ),
        enabled=has_board,
    )
    def reset_votes(self) -> None:
        board = self._board()
        if board is not None:
            board.view.edits.board.reset_votes()

    # -- View --------------------------------------------------------------------------------

    @add_action(
        "fitAll",
        QT_TRANSLATE_NOOP("CanvasActions", "Fit all"),
        shortcut="Ctrl+9",
        icon=CANVAS_ICONS["fitAll"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Show the whole canvas"),
        enabled=has_board,
    )
    def fit_all(self) -> None:
        board = self._board()
        if board is not None:
            board.view.fit_all()

    @add_action(
        "zoom100",
        QT_TRANSLATE_NOOP("CanvasActions", "100%"),
        shortcut="Ctrl+0",
        icon=CANVAS_ICONS["zoom100"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Notes at their real size"),
        enabled=has_board,
    )
    def zoom_100(self) -> None:
        board = self._board()
        if board is not None:
            board.view.set_zoom(1.0)

    @add_action(
        "present",
        QT_TRANSLATE_NOOP("CanvasActions", "Present"),
        shortcut="F5",
        icon=CANVAS_ICONS["present"],
        tip=QT_TRANSLATE_NOOP(
            "CanvasActions", "Show this canvas full screen, with a pointer for the room"
        ),
        enabled=has_board,
    )
    def present(self) -> None:
        self.panel.tools.present()
