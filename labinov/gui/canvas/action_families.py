"""The canvas actions that come in families, one handler each told apart by its argument
(the alignments, the colours on keys 1–8, the kinds of item to add, …): their texts, tips
and keys as tables, and ``family`` to declare them with the action registry on the
handler in ``canvas_actions.CanvasActions``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.icons import CANVAS_ICONS

if TYPE_CHECKING:
    from labinov.gui.canvas.panel import CanvasPanel

F = TypeVar("F", bound=Callable[..., None])


def has_board(panel: CanvasPanel) -> bool:
    """The rule of every action but "New canvas": it needs a board to act on."""
    return panel.current() is not None


# actions told apart by their handler's argument: id → (text, tip, argument)
Family = dict[str, tuple[str, str, object]]
GAPS = QT_TRANSLATE_NOOP("CanvasActions", "Equal gaps between three or more selected notes")
MOVES: Family = {
    "moveCanvasLeft": (
        QT_TRANSLATE_NOOP("CanvasActions", "Move left"),
        QT_TRANSLATE_NOOP("CanvasActions", "Move this canvas's tab one place left"),
        -1,
    ),
    "moveCanvasRight": (
        QT_TRANSLATE_NOOP("CanvasActions", "Move right"),
        QT_TRANSLATE_NOOP("CanvasActions", "Move this canvas's tab one place right"),
        1,
    ),
}
EXPORTS: Family = {
    "exportPng": (
        QT_TRANSLATE_NOOP("CanvasActions", "Export as PNG…"),
        QT_TRANSLATE_NOOP("CanvasActions", "Save the whole canvas as a picture"),
        "png",
    ),
    "exportSvg": (
        QT_TRANSLATE_NOOP("CanvasActions", "Export as SVG…"),
        QT_TRANSLATE_NOOP("CanvasActions", "Save the whole canvas as a drawing that scales"),
        "svg",
    ),
}
ADDS: Family = {
    "addNote": (
        QT_TRANSLATE_NOOP("CanvasActions", "Note"),
        QT_TRANSLATE_NOOP("CanvasActions", "Add a note in the middle of the view and type"),
        "note",
    ),
    "addFrame": (
        QT_TRANSLATE_NOOP("CanvasActions", "Frame"),
        QT_TRANSLATE_NOOP("CanvasActions", "Add a frame that groups the notes inside it"),
        "frame",
    ),
    "addText": (
        QT_TRANSLATE_NOOP("CanvasActions", "Text"),
        QT_TRANSLATE_NOOP("CanvasActions", "Add a heading without a note behind it"),
        "text",
    ),
}
ALIGNMENTS: Family = {
    "align_left": (QT_TRANSLATE_NOOP("CanvasActions", "Align left"), "", "left"),
    "align_top": (QT_TRANSLATE_NOOP("CanvasActions", "Align top"), "", "top"),
    "align_hcentre": (QT_TRANSLATE_NOOP("CanvasActions", "Centre horizontally"), "", "hcentre"),
    "align_vcentre": (QT_TRANSLATE_NOOP("CanvasActions", "Centre vertically"), "", "vcentre"),
    "align_hdistribute": (
        QT_TRANSLATE_NOOP("CanvasActions", "Distribute horizontally"),
        GAPS,
        "hdistribute",
    ),
    "align_vdistribute": (
        QT_TRANSLATE_NOOP("CanvasActions", "Distribute vertically"),
        GAPS,
        "vdistribute",
    ),
}
COLOURS: Family = {  # keys 1–8, the order of COLOUR_KEYS
    "colour_yellow": (QT_TRANSLATE_NOOP("CanvasActions", "Yellow"), "", "yellow"),
    "colour_orange": (QT_TRANSLATE_NOOP("CanvasActions", "Orange"), "", "orange"),
    "colour_pink": (QT_TRANSLATE_NOOP("CanvasActions", "Pink"), "", "pink"),
    "colour_green": (QT_TRANSLATE_NOOP("CanvasActions", "Green"), "", "green"),
    "colour_blue": (QT_TRANSLATE_NOOP("CanvasActions", "Blue"), "", "blue"),
    "colour_purple": (QT_TRANSLATE_NOOP("CanvasActions", "Purple"), "", "purple"),
    "colour_grey": (QT_TRANSLATE_NOOP("CanvasActions", "Grey"), "", "grey"),
    "colour_white": (QT_TRANSLATE_NOOP("CanvasActions", "White"), "", "white"),
}


def family(
    members: Family, icons: bool = True, keys: dict[str, str] | None = None
) -> Callable[[F], F]:
    """Declare each member as an action of the decorated handler, all needing a board;
    ``icons``: the canvas icon of each id; ``keys``: id → shortcut."""

    def decorate(method: F) -> F:
        for action_id, (text, tip, arg) in reversed(members.items()):  # bottom-up, as stacked
            method = add_action(
                action_id,
                text,
                "CanvasActions",
                shortcut=(keys or {}).get(action_id),
                icon=CANVAS_ICONS[action_id] if icons else "",
                tip=tip,
                enabled=has_board,
                args=(arg,),
            )(method)
        return method

    return decorate
