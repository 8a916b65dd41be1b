"""One object per mouse gesture on the board (STYLE.md §4): move, resize, rubber band,
draw a connector, pan. The view picks one on press and forwards move/release to it; each
ends in at most one undo command, written on release (DESIGN.md autosave: drags on release).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from labinov.gui.canvas.note_item import NoteItem

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

MIN_WIDTH, MIN_HEIGHT = 60.0, 40.0


class Interaction:
    """A gesture in progress. ``move``/``release`` get scene positions."""

    def __init__(self, view: BoardView) -> None:
        self.view = view
        self.edits = view.edits
        self.scene = view.board_scene
        self.document = view.document

    def move(self, pos: QPointF, screen: QPoint) -> None:
        pass

    def release(self, pos: QPointF, screen: QPoint) -> None:
        pass


class MoveInteraction(Interaction):
    """Drag the selected notes (frames bring the notes inside them); one "Move" step,
    with each note snapped into the zone under its centre."""

    def __init__(self, view: BoardView, start: QPointF) -> None:
        super().__init__(view)
        self.start = start
        ids = set(self.scene.selected_note_ids())
        for item_id in list(ids):
            if self.document.items[item_id]["kind"] == "frame":
                ids |= self._inside(item_id)
        self.ids = sorted(ids)
        self.origins = {
            i: QPointF(self.document.items[i]["x"], self.document.items[i]["y"]) for i in self.ids
        }
        self.locked = any(self.document.items[i].get("locked") for i in self.ids)
        self.warned = False

    def _inside(self, frame_id: str) -> set[str]:
        frame = self.document.items[frame_id]
        area = QRectF(frame["x"], frame["y"], frame["width"], frame["height"])
        return {
            item_id
            for item_id, row in self.document.items.items()
            if row["kind"] != "frame"
            and area.contains(QRectF(row["x"], row["y"], row["width"], row["height"]))
        }

    def move(self, pos: QPointF, screen: QPoint) -> None:
        if self.locked:  # refused: the notes stay, the message shows once
            if not self.warned:
                self.warned = self.edits.refuse_locked(self.ids)
            return
        delta = pos - self.start
        for item_id in self.ids:
            self.scene.notes[item_id].setPos(self.origins[item_id] + delta)
        self.scene.adjust_links(self.ids)
        if self.scene.far:  # far out the notes layer draws them: follow the drag
            self.scene.notes_layer.invalidate()

    def release(self, pos: QPointF, screen: QPoint) -> None:
        delta = pos - self.start
        if delta.manhattanLength() < 1 or self.locked:
            return
        self.edits.move_items(
            {i: (p.x() + delta.x(), p.y() + delta.y()) for i, p in self.origins.items()},
            QCoreApplication.translate("CanvasInteractions", "Move"),
        )


class ResizeInteraction(Interaction):
    """Drag a note's bottom-right corner."""

    def __init__(self, view: BoardView, item: NoteItem, start: QPointF) -> None:
        super().__init__(view)
        self.item = item
        self.start = start
        self.size = (item.row["width"], item.row["height"])

    def move(self, pos: QPointF, screen: QPoint) -> None:
        delta = pos - self.start
        self.item.row = dict(
            self.item.row,
            width=max(MIN_WIDTH, self.size[0] + delta.x()),
            height=max(MIN_HEIGHT, self.size[1] + delta.y()),
        )
        self.item.sync({"width", "height"})
        self.scene.adjust_links([self.item.item_id])
        if self.scene.far:
            self.scene.notes_layer.invalidate()

    def release(self, pos: QPointF, screen: QPoint) -> None:
        item_id = self.item.item_id
        width, height = self.item.row["width"], self.item.row["height"]
        self.item.row = self.document.items[item_id]  # the mirror stays the truth
        if (width, height) != self.size and not self.edits.refuse_locked([item_id]):
            self.edits.board.update(
                {item_id: {"width": width, "height": height}},
                QCoreApplication.translate("CanvasInteractions", "Resize"),
            )
        self.item.row = self.document.items[item_id]
        self.item.sync({"width", "height"})
        self.scene.adjust_links([item_id])


class RubberBandInteraction(Interaction):
    """Select every item the dragged rectangle touches (adding with Shift/Ctrl)."""

    def __init__(self, view: BoardView, start: QPointF, add: bool) -> None:
        super().__init__(view)
        self.start = start
        self.add = add
        self.band = QGraphicsRectItem(QRectF(start, start))
        self.band.setPen(QPen(QColor("#1565c0"), 0, Qt.PenStyle.DashLine))
        self.band.setBrush(QColor(21, 101, 192, 40))
        self.band.setZValue(1e9)
        self.scene.addItem(self.band)
        if not add:
            self.scene.clearSelection()

    def move(self, pos: QPointF, screen: QPoint) -> None:
        self.band.setRect(QRectF(self.start, pos).normalized())

    def release(self, pos: QPointF, screen: QPoint) -> None:
        rect = QRectF(self.start, pos).normalized()
        self.scene.removeItem(self.band)
        if rect.width() < 2 and rect.height() < 2:
            return
        path = QPainterPath()
        path.addRect(rect)
        operation = (
            Qt.ItemSelectionOperation.AddToSelection
            if self.add
            else Qt.ItemSelectionOperation.ReplaceSelection
        )
        self.scene.setSelectionArea(path, operation, Qt.ItemSelectionMode.IntersectsItemShape)


class LinkInteraction(Interaction):
    """Drag from a note's knob (or with Alt) to another note to connect them."""

    def __init__(self, view: BoardView, source: NoteItem) -> None:
        super().__init__(view)
        self.source = source
        centre = source.sceneBoundingRect().center()
        self.line = QGraphicsLineItem(QLineF(centre, centre))
        self.line.setPen(QPen(QColor("#1565c0"), 3, Qt.PenStyle.DashLine))
        self.line.setZValue(1e9)
        self.scene.addItem(self.line)

    def move(self, pos: QPointF, screen: QPoint) -> None:
        self.line.setLine(QLineF(self.line.line().p1(), pos))

    def release(self, pos: QPointF, screen: QPoint) -> None:
        self.scene.removeItem(self.line)
        target = self.view.note_at(screen)
        if target is not None and target is not self.source:
            self.edits.board.link(self.source.item_id, target.item_id)


class PanInteraction(Interaction):
    """Space-drag or middle-button drag moves the view."""

    def __init__(self, view: BoardView, screen: QPoint) -> None:
        super().__init__(view)
        self.last = screen
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pos: QPointF, screen: QPoint) -> None:
        delta = screen - self.last
        self.last = screen
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        bars[0].setValue(bars[0].value() - delta.x())
        bars[1].setValue(bars[1].value() - delta.y())

    def release(self, pos: QPointF, screen: QPoint) -> None:
        self.view.viewport().unsetCursor()
        self.view.zoom.user_moved()
