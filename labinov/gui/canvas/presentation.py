"""Presentation mode: one canvas of the stage at a time, full screen, large text, no
editing; arrow keys / Page Up / Page Down move between the stage's canvases, Esc leaves;
the mouse is a large red dot (a laser pointer the projector shows), L turns it off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.spotlight import Spotlight
from labinov.gui.canvas.text_fit import PRESENT_PX
from labinov.gui.canvas.view import BoardView

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

LABEL_PX = 15.0  # a connector label (11 pt) in canvas units


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
        self.spotlight: Spotlight | None = None
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
        on = self.spotlight.isVisible() if self.spotlight is not None else True
        self.spotlight = Spotlight(self.view.viewport())
        self.spotlight.set_on(on)
        self.title.setText(f"{document.title}  ({index + 1}/{len(self.canvas_ids)})")
        self.fit()
        self.index_changed.emit(index)

    def fit(self) -> None:
        """Show the whole canvas, with note text large enough to read from the back of
        the room: at least 16 px on the screen, the same size on every note (a note whose
        words do not fit shrinks them no further, and ends in "…")."""
        if self.view is None:
            return
        scene = self.view.board_scene
        scene.set_look(PRESENT_PX, enlarge=True)
        self.view.fit_all()
        zoom = max(self.view.zoom(), 0.01)
        scale = max(1.0, PRESENT_PX / (LABEL_PX * zoom))
        for link in scene.links.values():
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
        elif key == Qt.Key.Key_L and self.spotlight is not None:
            self.spotlight.toggle()  # the laser pointer on or off
        else:
            super().keyPressEvent(event)
