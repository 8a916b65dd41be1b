"""Presentation mode: one canvas of the stage at a time, full screen, large text, no
editing; arrow keys / Page Up / Page Down move between the stage's canvases, Esc leaves;
the mouse is a large red dot (a laser pointer the projector shows), L turns it off.

When the whole canvas cannot show every note's words at the room's text size (a 1366×768
projector, a wall of long ideas), the show steps zone by zone after the whole: each zone
holding notes fills the screen in turn, then the next canvas comes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.spotlight import Spotlight
from labinov.gui.canvas.text_fit import PRESENT_PX
from labinov.gui.canvas.view import BoardView
from labinov.gui.projector import ProjectorPreset
from labinov.method.stages import pick
from labinov.method.templates import Zone

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

LABEL_PX = 15.0  # a connector label (11 pt) in canvas units
TITLE_PT, MIN_TITLE_PT = 26, 16
CHECKED_NOTES = 300  # above this many notes the words are not measured: zones are stepped


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
        font.setPointSize(TITLE_PT)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # below the smallest size it wraps instead
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view: BoardView | None = None
        self.steps: list[Zone | None] = [None]  # None: the whole canvas
        self.step = 0
        self.spotlight: Spotlight | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.title)
        self.setStyleSheet("#presentation { background: white; }")
        self.preset = ProjectorPreset.of(context)  # larger text with the projector preset
        self.preset.changed.connect(self.fit)
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
        self.view.minimap.allowed = False  # it covered notes in a corner; the title says where
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.zoom.scroll_bars = False
        self.view.zoom.auto_fit = self.view.zoom.auto_fit  # applies it
        self.layout_.addWidget(self.view, 1)
        on = self.spotlight.isVisible() if self.spotlight is not None else True
        self.spotlight = Spotlight(self.view.viewport())
        self.spotlight.set_on(on)
        self.steps, self.step = [None], 0
        self.fit()
        self.index_changed.emit(index)

    def _zones_to_step(self) -> list[Zone]:
        """The zones holding notes, in template order, when some note's words end in "…"
        at the whole canvas; none when every note is shown whole."""
        if self.view is None:
            return []
        notes = self.view.board_scene.notes.values()
        zoom = self.view.zoom()
        if len(notes) <= CHECKED_NOTES and not any(
            note.fitted(zoom).elided for note in notes if note.row["text"] and note.kind != "image"
        ):
            return []
        used = {note.row.get("zone") for note in notes}
        return [zone for zone in self.view.document.template.zones if zone.key in used]

    def _zone_area(self, zone: Zone) -> QRectF:
        """The zone's title and its notes (a wide zone half empty would stay small)."""
        left, top, width, _height = zone.rect
        area = QRectF(left, top, 1.0, 1.0)
        if self.view is not None:
            for note in self.view.board_scene.notes.values():
                if note.row.get("zone") == zone.key:
                    area = area.united(note.sceneBoundingRect())
        area = area.united(QRectF(left, top, min(width, 600.0), 0.0))  # the title's room
        return area.adjusted(-20, -20, 20, 20)

    def show_step(self, step: int) -> None:
        """Show the whole canvas (step 0) or one of its zones."""
        self.step = max(0, min(step, len(self.steps) - 1))
        self.fit()

    def _show_title(self) -> None:
        if self.view is None:
            return
        title = self.view.document.title
        zone = self.steps[self.step]
        if zone is not None:
            title += f" — {pick(zone.label, self.context.language)}"
        text = f"{title}  ({self.index + 1}/{len(self.canvas_ids)})"
        font = QFont(self.title.font())
        font.setPointSize(TITLE_PT)
        room = max(200, self.width() - 40)
        while font.pointSize() > MIN_TITLE_PT and QFontMetrics(font).horizontalAdvance(text) > room:
            font.setPointSize(font.pointSize() - 1)  # a long title shrinks, never runs off
        self.title.setFont(font)
        self.title.setText(text)

    def fit(self, *_on: bool) -> None:
        """Show the whole canvas, with note text large enough to read from the back of
        the room: at least 16 px on the screen (24 px with the projector preset), the
        same size on every note (a note whose words do not fit shrinks them no further,
        and ends in "…"); the zones' questions as large."""
        if self.view is None:
            return
        scene = self.view.board_scene
        floor = PRESENT_PX * self.preset.scale()
        scene.set_look(floor, enlarge=True)
        zone = self.steps[self.step]
        if zone is None:
            self.view.fit_all()
            # at this size, do the words fit? (the window's size decides: measured again)
            self.steps = [None, *self._zones_to_step()]
        else:
            self.view.zoom.fit_area(self._zone_area(zone))
        zoom = max(self.view.zoom(), 0.01)
        scale = max(1.0, floor / (LABEL_PX * zoom))
        for link in scene.links.values():
            link.label_scale = scale
            link.adjust()  # a larger label box
        self._show_title()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            if self.step + 1 < len(self.steps):
                self.show_step(self.step + 1)  # the next zone
            else:
                self.show_canvas(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            if self.step > 0:
                self.show_step(self.step - 1)
            else:
                self.show_canvas(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_L and self.spotlight is not None:
            self.spotlight.toggle()  # the laser pointer on or off
        else:
            super().keyPressEvent(event)
