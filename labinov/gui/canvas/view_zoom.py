"""Zoom and the saved view state of the board view: a mixin of ``BoardView``.

A canvas opens fitted to its template and notes, and fits again while the board changes
size, until the user zooms or scrolls; from then on that view is saved with the canvas a
moment after the last change (no undo step) and a canvas opens again where it was left.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from labinov.errors import UserError

if TYPE_CHECKING:
    from labinov.gui.canvas.document import BoardDocument
    from labinov.gui.canvas.scene import BoardScene

_log = logging.getLogger(__name__)
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
VIEW_SAVE_MS = 800


# a QGraphicsView to type checkers, a plain mixin at run time (BoardView is the view)
class ViewZoom(QGraphicsView if TYPE_CHECKING else object):
    """Zoom, fit-all, the wheel, and saving/restoring the zoom and centre of the view.

    Needs ``document``, ``board_scene`` and ``read_only`` of its ``BoardView``.
    """

    document: BoardDocument
    board_scene: BoardScene
    read_only: bool

    def _watch_view_state(self) -> None:
        """Save the view state soon after each scroll; restore it once the view is shown."""
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(VIEW_SAVE_MS)
        self._view_timer.timeout.connect(self.save_view)
        self._auto_fit = True  # fitted to the content until the user zooms or scrolls
        # actionTriggered: the user's own scrolling only, not a resize or a fit
        self.horizontalScrollBar().actionTriggered.connect(self.user_moved)
        self.verticalScrollBar().actionTriggered.connect(self.user_moved)
        self.restore_view()

    def user_moved(self, *_args) -> None:
        """The user zoomed or scrolled: keep (and save) their view from now on."""
        self._auto_fit = False
        self.save_view_soon()

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """The user's zoom (keys, wheel, buttons)."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self.board_scene.set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())
        self.user_moved()

    def fit_all(self) -> None:
        """Show the template and every note; the board keeps fitting while it resizes."""
        self.fitInView(self.board_scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.board_scene.set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())
        self._auto_fit = True
        if self.document.view_state.get("user"):  # "fit all" chosen: open fitted again
            self.save_view_soon()

    def restore_view(self) -> None:
        state = self.document.view_state
        if state.get("user") and "zoom" in state:
            self._auto_fit = False
            self.resetTransform()
            self.scale(state["zoom"], state["zoom"])
            self.centerOn(QPointF(state.get("cx", 0.0), state.get("cy", 0.0)))
            self.board_scene.set_zoom(self.zoom())
            self.zoom_changed.emit(self.zoom())
        else:
            self.fit_all()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_all()
        minimap = getattr(self, "minimap", None)
        if minimap is not None:
            minimap.refresh()

    def save_view_soon(self) -> None:
        if not self.read_only:
            self._view_timer.start()

    def save_view(self) -> None:
        """Zoom and pan only save the view state (no undo step)."""
        centre = self.mapToScene(self.viewport().rect().center())
        state = dict(self.document.view_state, zoom=self.zoom(), cx=centre.x(), cy=centre.y())
        state["user"] = not self._auto_fit
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

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
