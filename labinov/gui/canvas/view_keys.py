"""The keyboard of the board view, a part of it (``view.keys``): which keys the board takes
before the window's shortcuts and Qt's focus chain, Tab and F6, and what each key does.
Edits go to the view's ``BoardEditor``; zoom to its ``ZoomControl``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from labinov.gui.canvas.note_item import COLOUR_KEYS

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

NUDGE = 10.0
ZOOM_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0, Qt.Key.Key_9)
EDIT_KEYS = (
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
)


class BoardKeys:
    """The keys of one ``view``. ``space`` tells that Space is held (a drag then pans)."""

    def __init__(self, view: BoardView) -> None:
        self.view = view
        self.space = False

    def typing(self) -> bool:
        """A note or connector label is being edited in place and has the keys."""
        edits = self.view.edits
        return any(e is not None and e.hasFocus() for e in (edits.editor, edits.label_editor))

    def owns(self, event: QKeyEvent) -> bool:
        """The board's own keys win over the window's shortcuts while it has the focus: the
        main window's Delete, Ctrl+D and F2 act on the navigator's project, and pressed on
        a selected note they deleted, duplicated or renamed the project."""
        if self.typing():
            return False  # the editor takes its own keys (the scene asks it)
        view = self.view
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if ctrl and key in ZOOM_KEYS:
            return True
        if view.read_only or view.voting:
            return False
        if any(event.matches(key) for key in EDIT_KEYS):
            return True
        if ctrl and key in (Qt.Key.Key_D, Qt.Key.Key_BracketLeft, Qt.Key.Key_BracketRight):
            return True
        shifted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if mods == shifted and key == Qt.Key.Key_L:
            return True
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_N):
            return True
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_8:
            return True
        return key in (Qt.Key.Key_Return, Qt.Key.Key_F2) and len(view.edits.selected()) == 1

    def board_key(self, event: QKeyEvent) -> bool:
        """Tab: the next note beside the selected one; F6 / Ctrl+Tab: leave the board."""
        view = self.view
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        backwards = bool(mods & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Backtab
        if key == Qt.Key.Key_F6 or (ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            view.edits.finish_editing()
            self.leave_board(backwards)
            return True
        tab = key == Qt.Key.Key_Tab and not mods and not view.read_only and not view.voting
        if tab and (view.edits.editor is not None or len(view.edits.selected()) == 1):
            view.edits.add_next()
            return True
        return False

    def leave_board(self, backwards: bool = False) -> None:
        """Keyboard users are never trapped: focus the next widget outside the board."""
        view = widget = self.view
        for _ in range(200):
            widget = widget.previousInFocusChain() if backwards else widget.nextInFocusChain()
            if widget is view:
                return
            inside = widget is view or view.isAncestorOf(widget)
            if (
                not inside
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(
                    Qt.FocusReason.BacktabFocusReason
                    if backwards
                    else Qt.FocusReason.TabFocusReason
                )
                return

    def press(self, event: QKeyEvent) -> bool:
        """Act on a key press; False when the view's default handling should have it."""
        view, edits = self.view, self.view.edits
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space = True
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom.set(view.zoom() * 1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            view.zoom.set(view.zoom() / 1.25)
        elif ctrl and key == Qt.Key.Key_0:
            view.zoom.set(1.0)
        elif ctrl and key == Qt.Key.Key_9:
            view.zoom.fit_all()
        elif view.read_only:
            return False
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in view.board_scene.notes.values():
                item.setSelected(True)
        elif event.matches(QKeySequence.StandardKey.Copy):
            edits.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            edits.copy(cut=True)
        elif event.matches(QKeySequence.StandardKey.Paste):
            edits.paste()
        elif ctrl and mods & Qt.KeyboardModifier.ShiftModifier and key == Qt.Key.Key_L:
            edits.toggle_lock()
        elif ctrl and key == Qt.Key.Key_D:
            edits.duplicate()
        elif ctrl and key == Qt.Key.Key_BracketRight:
            edits.restack(front=True)
        elif ctrl and key == Qt.Key.Key_BracketLeft:
            edits.restack(front=False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            edits.delete_selected()
        elif key == Qt.Key.Key_N and not ctrl:
            edits.add_note()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_8 and not ctrl:
            edits.recolour(COLOUR_KEYS[key - Qt.Key.Key_1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_F2) and len(edits.selected()) == 1:
            edits.edit(edits.selected()[0])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = NUDGE * (5 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(key, 0.0)
            dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(key, 0.0)
            edits.nudge(dx, dy)
        elif key == Qt.Key.Key_Escape:
            view.board_scene.clearSelection()
        else:
            return False
        return True

    def release(self, event: QKeyEvent) -> bool:
        """Space let go: a drag selects again. True when the key was the board's."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space = False
            return True
        return False
