"""Editing a note's text in place: a plain-text editor over the note, saved as one undo
step per editing session (typing merges) after ~1 s of idle and when editing ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QGraphicsTextItem

from labinov.gui.canvas.items import NoteItem

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

IDLE_MS = 1000


class NoteEditor(QGraphicsTextItem):
    """Plain text only, so ``<script>`` and emoji are shown as typed.

    Signals:
        finished(): editing ended (Escape, Ctrl+Enter, focus left the note).
    """

    finished = Signal()

    def __init__(self, view: BoardView, note: NoteItem) -> None:
        super().__init__()
        self.view = view
        self.note = note
        self.item_id = note.item_id
        self._saved = note.row["text"]
        self.setPlainText(note.row["text"])
        self.setFont(QFont(self.font().family(), 11))
        self.setDefaultTextColor(QColor("#212121"))
        self.setTextWidth(note.row["width"] - 12)
        self.setPos(note.pos().x() + 4, note.pos().y() + 2)
        self.setZValue(1e8)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.save)
        self.document().contentsChanged.connect(self._timer.start)
        note.editing = True
        note.update()

    def text(self) -> str:
        return self.toPlainText()

    def save(self) -> None:
        """Write the text if it changed; typing in one session merges into one step."""
        self._timer.stop()
        text = self.toPlainText()
        if text == self._saved:
            return
        if self.view.board.update(
            {self.item_id: {"text": text}},
            QCoreApplication.translate("CanvasCommands", "Edit text"),
            merge_key=("text", self.item_id, id(self)),
        ):
            self._saved = text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finished.emit()
