"""The zoom of one board view, as a part of it (``view.zoom``), with its own save timer.

A canvas opens fitted to its template and notes, but never so far out that its zones'
questions are too small to read (``opening_zoom``: then it opens at their top left, with
scroll bars), and fits again while the board changes size, until the user zooms or
scrolls; from then on that view is saved with the canvas a moment after the last change
(no undo step) and a canvas opens again where it was left. "Fit all" (Ctrl+9) shows
everything, however small.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal

from labinov.errors import StaleWriteError, UserError
from labinov.gui.canvas.zone_words import opening_zoom

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

    from labinov.gui.canvas.document import BoardDocument
    from labinov.gui.canvas.scene import BoardScene

_log = logging.getLogger(__name__)
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
VIEW_SAVE_MS = 800


class ZoomControl(QObject):
    """Zoom, fit-all, and saving/restoring the zoom and centre of ``view``. Calling it
    gives the zoom factor (``view.zoom()``; 1.0 = 100 %).

    Signals:
        changed(float): the zoom factor changed.
    """

    changed = Signal(float)

    def __init__(
        self, view: QGraphicsView, document: BoardDocument, scene: BoardScene, read_only: bool
    ) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        self.scene = scene
        self.read_only = read_only
        self.scroll_bars = True  # False: never shown (a presentation)
        self.readable = True  # fitted no further out than the zones' words can be read
        self.clamped = False  # ... and so not everything is in view
        self._auto_fit = False
        self.auto_fit = True  # fitted to the content until the user zooms or scrolls
        self.area: QRectF | None = None  # fitted to this part instead (a zone presented)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VIEW_SAVE_MS)
        self._timer.timeout.connect(self.save)
        # actionTriggered: the user's own scrolling only, not a resize or a fit
        view.horizontalScrollBar().actionTriggered.connect(self.user_moved)
        view.verticalScrollBar().actionTriggered.connect(self.user_moved)

    @property
    def auto_fit(self) -> bool:
        return self._auto_fit

    @auto_fit.setter
    def auto_fit(self, on: bool) -> None:
        self._auto_fit = on
        # A fitted board shows everything, so it needs no scroll bars; with them "as
        # needed" a refit could show a bar, which shrinks the viewport, which refits and
        # hides the bar, and so on for ever (seen at 1920x1080 with 150 % scaling).
        # A board opened at a readable zoom shows part of it: with bars, whose viewport
        # only fits less, so it stays at that zoom (no such loop).
        off = (on and not self.clamped) or not self.scroll_bars
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if off else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.view.verticalScrollBarPolicy() != policy:  # a change resizes and refits
            self.view.setHorizontalScrollBarPolicy(policy)
            self.view.setVerticalScrollBarPolicy(policy)

    def __call__(self) -> float:
        return self.view.transform().m11()

    def user_moved(self, *_args) -> None:
        """The user zoomed or scrolled: keep (and save) their view from now on."""
        self.auto_fit = False
        self.save_soon()

    def set(self, factor: float) -> None:
        """The user's zoom (keys, wheel, buttons)."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.view.scale(factor / self(), factor / self())
        self._changed()
        self.user_moved()

    def fit_all(self) -> None:
        """Show the template and every note; the board keeps fitting while it resizes."""
        self._fit(readable=False)
        if self.document.view_state.get("user"):  # "fit all" chosen: open fitted (readable) again
            self.save_soon()

    def fit_readable(self) -> None:
        """Fit as ``fit_all``, but no further out than the zones' questions can be read
        (a canvas opening): then their top left, centred when the width fits."""
        self._fit(readable=True)

    def _fit(self, readable: bool) -> None:
        view, content = self.view, self.scene.content_rect()
        view.fitInView(content, Qt.AspectRatioMode.KeepAspectRatio)
        item = self.scene.template_item
        least = opening_zoom(item.template.zones, item.scale) if readable else 0.0
        self.clamped = self() < least
        if self.clamped:
            view.scale(least / self(), least / self())
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            x, y = content.center().x(), content.center().y()
            if shown.width() < content.width():
                x = content.left() + shown.width() / 2
            if shown.height() < content.height():
                y = content.top() + shown.height() / 2
            view.centerOn(x, y)
        self.readable = readable
        self.area = None
        self._changed()
        self.auto_fit = True

    def fit_area(self, area: QRectF) -> None:
        """Show ``area`` (one zone, in presentation) as large as it fits, also after a
        resize; not saved as the user's view. A wide area starts at the top of the screen
        (its title under the show's), not centred under a blank band."""
        view = self.view
        view.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if shown.height() > area.height():
            view.centerOn(area.center().x(), area.top() + shown.height() / 2)
        self._changed()
        self.clamped = False
        self.auto_fit = True
        self.area = QRectF(area)

    def restore(self) -> None:
        state = self.document.view_state
        if state.get("user") and "zoom" in state:
            self.auto_fit = False
            self.view.resetTransform()
            self.view.scale(state["zoom"], state["zoom"])
            self.view.centerOn(QPointF(state.get("cx", 0.0), state.get("cy", 0.0)))
            self._changed()
        else:
            self.fit_readable()

    def resized(self) -> None:
        if self.auto_fit and self.area is not None:
            self.fit_area(self.area)
        elif self.auto_fit:
            self._fit(self.readable)

    def _changed(self) -> None:
        self.scene.set_zoom(self())
        self.changed.emit(self())

    def save_soon(self) -> None:
        if not self.read_only:
            self._timer.start()

    def save(self) -> None:
        """Zoom and pan only save the view state (no undo step)."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        state = dict(self.document.view_state, zoom=self(), cx=centre.x(), cy=centre.y())
        state["user"] = not self.auto_fit
        self.document.view_state = state
        if self.document.context.services is None:  # the quick start: saved once loaded
            self._timer.start()
            return
        try:
            self._save_view(state)
        except UserError as error:
            # runs from a timer: a read-only or full disk must not escape into Qt; the
            # user hears about it from the next real edit, zoom and scroll are not worth a box
            _log.warning("canvas view state not saved: %s", error)

    def _save_view(self, state: dict) -> None:
        """The view is saved on the canvas row, whose version the board's rename checks: the
        new version is recorded, or a rename after a zoom would be refused as stale. When
        someone else changed the row, the view is saved anyway and the record left stale,
        so that rename still reloads first."""
        context = self.document.context
        canvases = context.services.canvases
        canvas_id = self.document.canvas_id
        try:
            context.versions.run(
                ("canvas", canvas_id),
                lambda version: canvases.set_view(canvas_id, state, version=version),
                lambda: None,
            )
        except StaleWriteError:
            canvases.set_view(canvas_id, state)

    def wheel(self, steps: float) -> None:
        if steps:
            self.set(self() * (1.15**steps))
