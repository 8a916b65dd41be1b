"""The board view: zoom, pan, keyboard, and the start of each mouse gesture.

Signals:
    voted(str, int): in voting mode a click gave (+1) or took back (-1) a vote on a note.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from labinov.errors import UserError
from labinov.gui.canvas import clipboard
from labinov.gui.canvas.commands import Board
from labinov.gui.canvas.connector_items import LinkItem
from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.editor import LinkLabelEditor, NoteEditor
from labinov.gui.canvas.interactions import (
    Interaction,
    LinkInteraction,
    MoveInteraction,
    PanInteraction,
    ResizeInteraction,
    RubberBandInteraction,
)
from labinov.gui.canvas.note_item import COLOUR_KEYS, NoteItem
from labinov.gui.canvas.scene import BoardScene
from labinov.store.types import new_id

_log = logging.getLogger(__name__)
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
NUDGE = 10.0
VIEW_SAVE_MS = 800


class BoardView(QGraphicsView):
    """Shows one canvas and turns mouse and keys into commands on its ``Board``."""

    voted = Signal(str, int)

    def __init__(
        self, document: BoardDocument, parent: QWidget | None = None, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.board = Board(document.context, document.canvas_id, self)
        self.board_scene = BoardScene(document, document.context.language, self)
        self.setScene(self.board_scene)
        self.read_only = read_only
        self.voting = False
        self.editor: NoteEditor | None = None
        self.label_editor: LinkLabelEditor | None = None
        self.active: Interaction | None = None
        self._space = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_SAVE_MS)
        self._view_timer.timeout.connect(self.save_view)
        self.horizontalScrollBar().valueChanged.connect(self.save_view_soon)
        self.verticalScrollBar().valueChanged.connect(self.save_view_soon)
        QTimer.singleShot(0, self, self.restore_view)  # dropped if the view goes first

    # -- zoom and view state --------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self.board_scene.set_zoom(self.zoom())
        self.save_view_soon()

    def fit_all(self) -> None:
        self.fitInView(self.board_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.board_scene.set_zoom(self.zoom())
        self.save_view_soon()

    def restore_view(self) -> None:
        state = self.document.view_state
        if "zoom" in state:
            self.resetTransform()
            self.scale(state["zoom"], state["zoom"])
            self.centerOn(QPointF(state.get("cx", 0.0), state.get("cy", 0.0)))
            self.board_scene.set_zoom(self.zoom())
        else:
            self.fit_all()

    def save_view_soon(self) -> None:
        if not self.read_only:
            self._view_timer.start()

    def save_view(self) -> None:
        """Zoom and pan only save the view state (no undo step)."""
        centre = self.mapToScene(self.viewport().rect().center())
        state = dict(self.document.view_state, zoom=self.zoom(), cx=centre.x(), cy=centre.y())
        self.document.view_state = state
        try:
            self.document.context.services.canvases.set_view(self.document.canvas_id, state)
        except UserError as error:
            # runs from a timer: a read-only or full disk must not escape into Qt; the
            # user hears about it from the next real edit, zoom and scroll are not worth a box
            _log.warning("canvas view state not saved: %s", error)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom() * (1.15**steps))

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
        for editor in (self.editor, self.label_editor):
            if editor is not None and editor.contains(editor.mapFromScene(pos)):
                super().mousePressEvent(event)
                return
        self.finish_editing()
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
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
            self.edit(note.item_id)
            return
        link = self.link_at(screen)
        if link is not None:
            self.edit_label(link.link_id)
        else:
            self.add_note(self.mapToScene(screen))

    # -- edits ---------------------------------------------------------------------------

    def add_note(
        self, pos: QPointF | None = None, kind: str = "note", edit: bool = True
    ) -> str | None:
        """A new note centred on ``pos`` (the view centre by default), snapped into a zone."""
        if pos is None:
            pos = self.mapToScene(self.viewport().rect().center())
        size = {"frame": (520.0, 380.0), "text": (360.0, 70.0)}.get(kind, (160.0, 110.0))
        x, y, zone = self.document.template.snap(
            pos.x() - size[0] / 2, pos.y() - size[1] / 2, *size
        )
        if kind == "frame":
            zone = None
        row = {
            "kind": kind,
            "x": x,
            "y": y,
            "width": size[0],
            "height": size[1],
            "zone": zone,
            "z": self.document.next_z(),
        }
        if kind == "frame":
            row["text"] = QCoreApplication.translate("BoardView", "Frame")
        row["id"] = new_id()
        first_text = ("text", row["id"], "new") if edit else None
        ids = self.board.add(
            [row],
            text={
                "frame": QCoreApplication.translate("BoardView", "Add frame"),
                "text": QCoreApplication.translate("BoardView", "Add text"),
            }.get(kind, ""),
            merge_key=first_text,
        )
        if not ids:
            return None
        self.board_scene.clearSelection()
        self.board_scene.notes[ids[0]].setSelected(True)
        if edit:
            self.edit(ids[0], merge_key=first_text)
        return ids[0]

    def edit(self, item_id: str, merge_key: object = None) -> None:
        self.finish_editing()
        note = self.board_scene.notes[item_id]
        self.editor = NoteEditor(self, note, merge_key)
        self.board_scene.addItem(self.editor)
        self.editor.finished.connect(self.finish_editing)
        self.editor.setFocus()
        self.setFocus()

    def edit_label(self, link_id: str) -> None:
        """Edit a connector's label in place (double-click on the connector)."""
        self.finish_editing()
        editor = self.label_editor = LinkLabelEditor(self, self.board_scene.links[link_id])
        self.board_scene.addItem(editor)
        editor.finished.connect(self.finish_editing)
        editor.setFocus()
        self.setFocus()

    def finish_editing(self) -> None:
        label_editor, self.label_editor = self.label_editor, None
        if label_editor is not None:
            label_editor.save()
            label_editor.clearFocus()
            self.board_scene.removeItem(label_editor)
            label_editor.deleteLater()
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.save()
        editor.note.editing = False
        editor.note.update()
        editor.clearFocus()
        self.board_scene.removeItem(editor)
        editor.deleteLater()

    def move_items(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        """Move items to new top-left positions, snapping notes into zones: one step."""
        changes: dict[str, dict[str, Any]] = {}
        template = self.document.template
        for item_id, (x, y) in positions.items():
            row = self.document.items[item_id]
            if row["kind"] == "note":
                x, y, zone = template.snap(x, y, row["width"], row["height"])
                changes[item_id] = {"x": x, "y": y, "zone": zone}
            else:
                changes[item_id] = {"x": x, "y": y}
        if not self.board.update(changes, text):
            for item_id in positions:  # refused: put the notes back where the store has them
                self.board_scene.notes[item_id].sync({"x", "y"})
            self.board_scene.adjust_links(positions)

    def selected(self) -> list[str]:
        return self.board_scene.selected_note_ids()

    def recolour(self, colour: str) -> None:
        ids = self.selected()
        if ids:
            self.board.update(
                {i: {"colour": colour} for i in ids},
                QCoreApplication.translate("BoardView", "Change colour"),
            )

    def delete_selected(self) -> None:
        self.board.delete(self.selected(), self.board_scene.selected_link_ids())

    def nudge(self, dx: float, dy: float) -> None:
        rows = self.document.items
        positions = {i: (rows[i]["x"] + dx, rows[i]["y"] + dy) for i in self.selected()}
        if positions:
            self.move_items(positions, QCoreApplication.translate("BoardView", "Nudge"))

    def restack(self, front: bool) -> None:
        ids = sorted(self.selected(), key=lambda i: self.document.items[i]["z"])
        if not ids:
            return
        zs = [row["z"] for row in self.document.items.values()]
        start = max(zs) + 1 if front else min(zs) - len(ids)
        changes = {item_id: {"z": start + index} for index, item_id in enumerate(ids)}
        self.board.update(
            changes,
            QCoreApplication.translate("BoardView", "Bring to front")
            if front
            else QCoreApplication.translate("BoardView", "Send to back"),
        )

    def align(self, how: str) -> None:
        """Align (left, top, hcentre, vcentre) or distribute (hdistribute, vdistribute)."""
        rows = [self.document.items[i] for i in self.selected()]
        if len(rows) < 2:
            return
        positions = {row["id"]: (row["x"], row["y"]) for row in rows}
        if how == "left":
            left = min(r["x"] for r in rows)
            positions = {r["id"]: (left, r["y"]) for r in rows}
        elif how == "top":
            top = min(r["y"] for r in rows)
            positions = {r["id"]: (r["x"], top) for r in rows}
        elif how == "hcentre":
            centre = sum(r["x"] + r["width"] / 2 for r in rows) / len(rows)
            positions = {r["id"]: (centre - r["width"] / 2, r["y"]) for r in rows}
        elif how == "vcentre":
            centre = sum(r["y"] + r["height"] / 2 for r in rows) / len(rows)
            positions = {r["id"]: (r["x"], centre - r["height"] / 2) for r in rows}
        elif how in ("hdistribute", "vdistribute") and len(rows) > 2:
            axis, size = ("x", "width") if how == "hdistribute" else ("y", "height")
            rows.sort(key=lambda r: r[axis])
            span = rows[-1][axis] + rows[-1][size] - rows[0][axis]
            gap = (span - sum(r[size] for r in rows)) / (len(rows) - 1)
            place = rows[0][axis]
            for r in rows:
                x, y = positions[r["id"]]
                positions[r["id"]] = (place, y) if axis == "x" else (x, place)
                place += r[size] + gap
        self.move_items(positions, QCoreApplication.translate("BoardView", "Align"))

    def copy(self, cut: bool = False) -> None:
        clipboard.copy(self.document, self.selected())
        if cut:
            self.board.delete(self.selected(), text=QCoreApplication.translate("BoardView", "Cut"))

    def paste(self, data: dict | None = None) -> list[str]:
        pos = self.mapToScene(self.mapFromGlobal(self.cursor().pos()))
        if not self.viewport().rect().contains(self.mapFromGlobal(self.cursor().pos())):
            pos = self.mapToScene(self.viewport().rect().center())
        return clipboard.paste(self, pos, data)

    def duplicate(self) -> None:
        data = clipboard.collect(self.document, self.selected())
        if data["items"]:
            first = data["items"][0]
            clipboard.paste(
                self,
                QPointF(first["x"] + 30, first["y"] + 30),
                data,
                QCoreApplication.translate("BoardView", "Duplicate"),
            )

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(e is not None and e.hasFocus() for e in (self.editor, self.label_editor)):
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom() * 1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom() / 1.25)
        elif ctrl and key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        elif ctrl and key == Qt.Key.Key_9:
            self.fit_all()
        elif self.read_only:
            super().keyPressEvent(event)
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self.board_scene.notes.values():
                item.setSelected(True)
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.copy(cut=True)
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif ctrl and key == Qt.Key.Key_D:
            self.duplicate()
        elif ctrl and key == Qt.Key.Key_BracketRight:
            self.restack(front=True)
        elif ctrl and key == Qt.Key.Key_BracketLeft:
            self.restack(front=False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key == Qt.Key.Key_N and not ctrl:
            self.add_note()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_8 and not ctrl:
            self.recolour(COLOUR_KEYS[key - Qt.Key.Key_1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_F2) and len(self.selected()) == 1:
            self.edit(self.selected()[0])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = NUDGE * (5 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(key, 0.0)
            dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(key, 0.0)
            self.nudge(dx, dy)
        elif key == Qt.Key.Key_Escape:
            self.board_scene.clearSelection()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            return
        super().keyReleaseEvent(event)

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
