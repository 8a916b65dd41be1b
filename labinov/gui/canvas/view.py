"""The board view: shows one canvas and turns the mouse and keys into gestures and edits.

Composed of parts (qutebrowser's ``tab.zoom``): ``view.zoom`` (zoom and the saved view
state, ``view_zoom``), ``view.edits`` (the ``BoardEditor``, all edit operations) and
``view.keys`` (the keyboard, ``view_keys``); this module holds the view and the start of
each mouse gesture (the gestures are in ``interactions``).

Signals:
    voted(str, int): in voting mode a click gave (+1) or took back (-1) a vote on a note.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from labinov.gui.canvas.board_editor import BoardEditor
from labinov.gui.canvas.connector_items import LinkItem
from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.interactions import (
    Interaction,
    LinkInteraction,
    MoveInteraction,
    PanInteraction,
    ResizeInteraction,
    RubberBandInteraction,
)
from labinov.gui.canvas.minimap import Minimap
from labinov.gui.canvas.note_item import NoteItem
from labinov.gui.canvas.scene import BoardScene
from labinov.gui.canvas.view_keys import BoardKeys
from labinov.gui.canvas.view_zoom import ZoomControl

# The pixmap cache, sized on purpose. Before the notes layer, Qt's default 10 MB held ~6,000
# cached notes and beyond that every frame evicted and repainted each note in Python (a
# cliff between 6,000 and 7,000 notes). Now far out three layers (notes, connectors,
# template) need one screen-sized pixmap each and close up only the visible notes are
# cached (~300 at the text threshold, ~3 MB): five screens' worth, at least 16 MB. More only
# raised the memory after panning (RSS +30 MB with 64 MB at 5,000 notes) without speed.
MIN_PIXMAP_CACHE_KB = 16 * 1024


def pixmap_cache_kb(screen: QSize) -> int:
    return max(MIN_PIXMAP_CACHE_KB, 5 * screen.width() * screen.height() * 4 // 1024)


class BoardView(QGraphicsView):
    """Shows one canvas and turns mouse and keys into commands on its ``Board``."""

    voted = Signal(str, int)

    def __init__(
        self, document: BoardDocument, parent: QWidget | None = None, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        # The viewport Qt makes is a plain QWidget, as this one is; made here, it has its
        # Python wrapper from the start. The first ``viewport()`` of Qt's own made PySide find
        # the C++ object's most derived type among every QWidget subclass, building all 69 of
        # QtWidgets' types and their enums on the way to the first editable board (~0.03 s)
        self.setViewport(QWidget())
        self.document = document
        self.board_scene = BoardScene(document, document.context.language, self)
        self.setScene(self.board_scene)
        self.read_only = read_only
        self.voting = False
        self.zoom = ZoomControl(self, document, self.board_scene, read_only)
        self.edits = BoardEditor(self, document, self.board_scene)
        self.keys = BoardKeys(self)
        self.active: Interaction | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        screen = self.screen()
        wanted = pixmap_cache_kb(screen.size() if screen is not None else QSize(1920, 1080))
        if QPixmapCache.cacheLimit() < wanted:
            QPixmapCache.setCacheLimit(wanted)
        self.minimap = Minimap(self)
        self.zoom.restore()

    def event(self, event: QEvent) -> bool:
        # Tab and F6 are the board's own keys before Qt's focus chain sees them
        if event.type() == QEvent.Type.KeyPress and self.keys.board_key(event):
            return True
        if event.type() == QEvent.Type.ShortcutOverride and self.keys.owns(event):
            event.accept()  # the key press comes to keyPressEvent, not to a shortcut
            return True
        return super().event(event)

    def leave_board(self, backwards: bool = False) -> None:
        """Keyboard users are never trapped: focus the next widget outside the board."""
        self.keys.leave_board(backwards)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.keys.board_key(event):
            return True  # keys sent to the viewport itself (tests, accessibility tools)
        if event.type() == QEvent.Type.ToolTip:
            # the whole text of a note whose words are cut short or too small to read, or
            # that is a marked conflict copy
            note = self.note_at(event.pos())
            shown = note is not None and (note.elided or self.board_scene.far or note.conflict_of)
            if note is not None and note.row["text"] and shown:
                QToolTip.showText(event.globalPos(), note.tooltip_html(), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- mouse ---------------------------------------------------------------------------

    def note_at(self, screen: QPoint) -> NoteItem | None:
        for item in self.items(screen):
            if isinstance(item, NoteItem):
                return item
        return None

    def link_at(self, screen: QPoint) -> LinkItem | None:
        return next((item for item in self.items(screen) if isinstance(item, LinkItem)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        screen = event.position().toPoint()
        pos = self.mapToScene(screen)
        for editor in (self.edits.editor, self.edits.label_editor):
            if editor is not None and editor.contains(editor.mapFromScene(pos)):
                super().mousePressEvent(event)
                return
        self.edits.finish_editing()
        self.edits.last_click = pos
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (
            self.keys.space and event.button() == Qt.MouseButton.LeftButton
        ):
            self.active = PanInteraction(self, screen)
            return
        if self.read_only:
            return
        note = self.note_at(screen)
        if self.voting and note is not None:
            self.voted.emit(note.item_id, -1 if event.button() == Qt.MouseButton.RightButton else 1)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        modifiers = event.modifiers()
        toggle = bool(
            modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        if note is not None:
            local = note.mapFromScene(pos)
            if note.isSelected() and note.resize_handle().contains(local):
                self.active = ResizeInteraction(self, note, pos)
                return
            if (
                note.isSelected() and note.link_knob().contains(local)
            ) or modifiers & Qt.KeyboardModifier.AltModifier:
                self.active = LinkInteraction(self, note)
                return
            if toggle:
                note.setSelected(not note.isSelected())
            elif not note.isSelected():
                self.board_scene.clearSelection()
                note.setSelected(True)
            if note.isSelected():
                self.active = MoveInteraction(self, pos)
            return
        link = self.link_at(screen)
        if link is not None:
            if not toggle:
                self.board_scene.clearSelection()
            link.setSelected(True)
            return
        self.active = RubberBandInteraction(self, pos, toggle)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.active is not None:
            screen = event.position().toPoint()
            self.active.move(self.mapToScene(screen), screen)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.active is not None:
            active, self.active = self.active, None
            screen = event.position().toPoint()
            active.release(self.mapToScene(screen), screen)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.read_only or self.voting:
            return
        screen = event.position().toPoint()
        note = self.note_at(screen)
        if note is not None:
            self.edits.edit(note.item_id)
            return
        link = self.link_at(screen)
        if link is not None:
            self.edits.edit_label(link.link_id)
        else:
            self.edits.add_note(self.mapToScene(screen))

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.typing() or not self.keys.press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.keys.release(event):
            super().keyReleaseEvent(event)

    # -- zoom and scroll (the view's own job; the state lives in ``self.zoom``) --------

    def set_zoom(self, factor: float) -> None:
        self.zoom.set(factor)

    def fit_all(self) -> None:
        self.zoom.fit_all()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        self.zoom.wheel(event.angleDelta().y() / 120)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.zoom.resized()
        self.minimap.refresh()
