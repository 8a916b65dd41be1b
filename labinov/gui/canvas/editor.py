"""Editing a note's text in place: a plain-text editor over the note, saved as one undo
step per editing session (typing merges) after ~1 s of idle and when editing ends. The
first text of a note just added merges into the "Add note" step itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPen,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QGraphicsTextItem

from labinov.gui.canvas.connector_items import LABEL_WIDTH, LinkItem, label_font
from labinov.gui.canvas.note_item import EDGE, WHITE, NoteItem, note_brush
from labinov.gui.canvas.note_spelling import NoteSpelling

if TYPE_CHECKING:
    from labinov.gui.canvas.board_editor import BoardEditor

IDLE_MS = 1000
EDITOR_EDGE = EDGE  # the note's own edge round the growing paper


class NoteEditor(QGraphicsTextItem):
    """Plain text only, so ``<script>`` and emoji are shown as typed.

    Signals:
        finished(): editing ended (Escape, Ctrl+Enter, focus left the note).
    """

    finished = Signal()

    def __init__(self, edits: BoardEditor, note: NoteItem, merge_key: object = None) -> None:
        super().__init__()
        self.edits = edits
        self.note = note
        self.item_id = note.item_id
        # a note's first text shares the key of the step that added it, so both are one
        self.merge_key = merge_key or ("text", self.item_id, id(self))
        self._saved = note.row["text"]
        self.setPlainText(note.row["text"])
        look = note.look
        font = QFont(self.font())
        font.setPixelSize(int(look.base * note.text_scale()))
        font.setBold(note.kind != "note")
        self.setFont(font)
        self.setDefaultTextColor(QColor("#212121"))
        self.document().setDocumentMargin(0)
        area = note.text_area()
        self.setTextWidth(area.width())
        self.setPos(note.pos() + area.topLeft())
        self.setZValue(1e8)
        # a note's colour; a label's or frame's editor is on white
        self._paper = note_brush(note.row["colour"]) if note.kind == "note" else QBrush(WHITE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        document = edits.document
        self.spelling = NoteSpelling(self, document.context, document.project_id)
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
        if self.edits.board.update(
            {self.item_id: {"text": text}},
            QCoreApplication.translate("CanvasCommands", "Edit text"),
            merge_key=self.merge_key,
        ):
            self._saved = text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.edits.add_next()  # ends this editing and starts typing in the next note
            return
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

    def boundingRect(self) -> QRectF:
        """The text, and the note's own text area, within the note's padding: a long text
        grows the note down on a paper of its colour (not over the bare board)."""
        pad = self.note.look.padding()
        area = self.note.text_area()
        area = QRectF(0.0, 0.0, area.width(), area.height())
        return super().boundingRect().united(area).adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(self._paper)
        painter.setPen(EDITOR_EDGE)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)
        self.spelling.paint_marks(
            painter, option.levelOfDetailFromTransform(painter.worldTransform())
        )

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        """Spelling suggestions and "Add to my words" above cut, copy and paste."""
        menu = self.spelling.menu_at(event.pos())
        menu.exec(event.screenPos())
        menu.deleteLater()
        event.accept()


class LinkLabelEditor(QGraphicsTextItem):
    """Editing a connector's label in place, over the middle of the connector; Enter,
    Escape or clicking elsewhere ends it and saves the label as one undo step.

    Signals:
        finished(): editing ended.
    """

    finished = Signal()

    def __init__(self, edits: BoardEditor, link: LinkItem) -> None:
        super().__init__()
        self.edits = edits
        self.link_id = link.link_id
        self._saved = link.row.get("label") or ""
        self.setPlainText(self._saved)
        self.setFont(label_font())
        self.setDefaultTextColor(QColor("#212121"))
        self.setTextWidth(LABEL_WIDTH)
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        centre = link.line().center()
        self.setPos(centre.x() - LABEL_WIDTH / 2, centre.y() - self.boundingRect().height() / 2)
        self.setZValue(1e8)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)  # typing replaces the old label

    def text(self) -> str:
        return " ".join(self.toPlainText().split())  # one line: no breaks, no double spaces

    def save(self) -> None:
        text = self.text()
        if text != self._saved and self.edits.board.relabel(self.link_id, text):
            self._saved = text

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finished.emit()
