"""Zoom and the saved view state of the board view: a mixin of ``BoardView``.

Zoom (wheel, keys, fit all) and scrolling save the view state with the canvas a moment
after the last change (no undo step), so a canvas opens again where it was left.
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
        self.horizontalScrollBar().valueChanged.connect(self.save_view_soon)
        self.verticalScrollBar().valueChanged.connect(self.save_view_soon)
        QTimer.singleShot(0, self, self.restore_view)  # dropped if the view goes first

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

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
