"""Presentation mode: one canvas of the stage at a time, full screen, large text, no
editing; arrow keys / Page Up / Page Down move between the stage's canvases, Esc leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.view import BoardView

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

PRESENT_FONT_SCALE = 1.8
SCREEN_POINTS = 16.0  # note text aims at this size on the screen, shrinking to fit a note
NOTE_POINTS = 11.0  # the note font at 100 % (items.NoteItem)


class PresentationWindow(QWidget):
    """Full-screen show of the canvases ``canvas_ids``, starting at ``index``.

    Signals:
        index_changed(int): the canvas shown changed.
    """

    index_changed = Signal(int)

    def __init__(self, context: AppContext, canvas_ids: list[str], index: int = 0) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.canvas_ids = canvas_ids
        self.index = -1
        self.title = QLabel()
        self.title.setObjectName("presentationTitle")
        font = QFont(self.title.font())
        font.setPointSize(26)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view: BoardView | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.title)
        self.setStyleSheet("#presentation { background: white; }")
        self.show_canvas(index)

    def show_canvas(self, index: int) -> None:
        index = max(0, min(index, len(self.canvas_ids) - 1))
        if index == self.index:
            return
        self.index = index
        if self.view is not None:
            self.layout_.removeWidget(self.view)
            self.view.document.deleteLater()
            self.view.deleteLater()
        # the window owns the document: closing the show must unsubscribe it from edits
        document = BoardDocument(self.context, self.canvas_ids[index], self)
        self.view = BoardView(document, self, read_only=True)
        self.view.setObjectName("presentationView")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layout_.addWidget(self.view, 1)
        self.title.setText(f"{document.title}  ({index + 1}/{len(self.canvas_ids)})")
        self.fit()
        self.index_changed.emit(index)

    def fit(self) -> None:
        """Show the whole canvas, with note text large enough to read from the back of
        the room: the further out the zoom, the larger the font (each note shrinks it
        back until its words fit)."""
        if self.view is None:
            return
        self.view.fit_all()
        zoom = max(self.view.zoom(), 0.01)
        scale = max(PRESENT_FONT_SCALE, SCREEN_POINTS / (NOTE_POINTS * zoom))
        for note in self.view.board_scene.notes.values():
            note.font_scale = scale
            note.update()
        for link in self.view.board_scene.links.values():
            link.label_scale = scale
            link.adjust()  # a larger label box

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.show_canvas(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.show_canvas(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
