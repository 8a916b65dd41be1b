"""The canvas actions, declared once with the workspace's action registry (``@add_action``:
id, text, shortcut, icon, tip, enabled rule) and handled here; each ``CanvasPanel`` makes
its own ``ActionSet`` of them (shortcuts working only inside that panel) and its
``CanvasToolbar`` places them. Every action acts on the panel's current board, its canvas
edits or its ``tools``; all but "New canvas" need a board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.canvas.action_families import (
    ADDS,
    ALIGNMENTS,
    COLOURS,
    EXPORTS,
    MOVES,
    family,
    has_board,
)
from labinov.gui.icons import CANVAS_ICONS

if TYPE_CHECKING:
    from labinov.gui.canvas.board_widget import BoardWidget
    from labinov.gui.canvas.panel import CanvasPanel


class CanvasActions:
    """The handlers of the canvas actions of one ``panel`` (the ``ActionSet`` owner)."""

    def __init__(self, panel: CanvasPanel) -> None:
        self.panel = panel

    def _with_board(self, act: Callable[[BoardWidget], object]) -> None:
        """Do ``act`` on the current board, if there is one."""
        board = self.panel.current()
        if board is not None:
            act(board)

    def _edit(self, operation: str, *args: object) -> None:
        """Call the ``BoardEditor`` operation of the current board."""
        self._with_board(lambda board: getattr(board.view.edits, operation)(*args))

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

    @family(MOVES)
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

    @family(EXPORTS)
    def export(self, kind: str) -> None:
        self.panel.tools.export(kind)

    # -- Add ---------------------------------------------------------------------------------

    @family(ADDS, keys={"addNote": "N"})
    def add(self, kind: str) -> None:
        self._with_board(lambda board: board.view.edits.add_note(kind=kind, edit=kind != "frame"))

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
        self._edit("paste")

    # -- Arrange ---------------------------------------------------------------------------

    @family(ALIGNMENTS)
    def align(self, how: str) -> None:
        self._edit("align", how)

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
        self._edit("restack", front)

    @add_action(
        "toggleLock",
        QT_TRANSLATE_NOOP("CanvasActions", "Lock or unlock"),
        shortcut="Ctrl+Shift+L",
        icon="lock-outline",
        tip=QT_TRANSLATE_NOOP("CanvasActions", "A locked note cannot be moved, resized or deleted"),
        enabled=has_board,
    )
    def toggle_lock(self) -> None:
        self._edit("toggle_lock")

    @add_action(
        "duplicate",
        QT_TRANSLATE_NOOP("CanvasActions", "Duplicate"),
        shortcut="Ctrl+D",
        icon=CANVAS_ICONS["duplicate"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Copy the selected notes beside them"),
        enabled=has_board,
    )
    def duplicate(self) -> None:
        self._edit("duplicate")

    # -- Colour ------------------------------------------------------------------------------

    @family(COLOURS, icons=False, keys={key: str(n) for n, key in enumerate(COLOURS, 1)})
    def recolour(self, colour: str) -> None:
        self._edit("recolour", colour)

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
        self._with_board(lambda board: board.view.edits.board.reset_votes())

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
        self._with_board(lambda board: board.view.fit_all())

    @add_action(
        "zoom100",
        QT_TRANSLATE_NOOP("CanvasActions", "100%"),
        shortcut="Ctrl+0",
        icon=CANVAS_ICONS["zoom100"],
        tip=QT_TRANSLATE_NOOP("CanvasActions", "Notes at their real size"),
        enabled=has_board,
    )
    def zoom_100(self) -> None:
        self._with_board(lambda board: board.view.set_zoom(1.0))

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
