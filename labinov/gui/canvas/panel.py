"""The canvases of one stage of a project, as tabs, with the board tools.

Added to every stage page through ``STAGE_PANELS`` (``labinov/app.py``). Canvas-level
edits (add from a template, rename, reorder, delete) are undo steps on the project's stack.
The toolbar is built in ``panel_toolbar`` from the canvas actions of the action registry
(``canvas_actions``), the tools acting on the current board (picture, voting, presenting,
export) are in ``board_tools``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.canvas.board_tools import BoardTools
from labinov.gui.canvas.board_widget import BoardWidget
from labinov.gui.canvas.document import CanvasHub
from labinov.gui.canvas.empty_board import EmptyBoard
from labinov.gui.canvas.panel_toolbar import CanvasToolbar
from labinov.gui.canvas.picker import TemplatePicker
from labinov.gui.canvas.source import canvas_store, early
from labinov.gui.commands import ServiceCommand, execute
from labinov.method import templates
from labinov.store.ids import new_id, order_version

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

# what a board can do on the quick start's boot store (``store/boot_store.py``): notes,
# text, frames, their look and places; the rest waits for the services
EARLY_ACTIONS = frozenset(
    {"addNote", "addFrame", "addText", "toFront", "toBack", "toggleLock", "fitAll", "zoom100"}
)
EARLY_PREFIXES = ("align_", "colour_")


class CanvasPanel(QWidget):
    """Tabs of the stage's canvases and a toolbar acting on the current one."""

    WORKS_EARLY = True  # built on the quick start's boot store (stage_page.py)

    def __init__(
        self, context: AppContext, project_id: str, stage: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"canvasPanel_{stage}")
        self.context = context
        self.project_id = project_id
        self.stage = stage
        self.stack = context.stack_for(project_id)
        self.boards: dict[str, BoardWidget] = {}
        self.tools = BoardTools(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("canvasTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        # each board's find field sits at the right end of the toolbar: a row less above
        # the board (beside the tabs it ran off a 1366-pixel window's edge)
        self.finds = QStackedWidget()
        self.finds.setObjectName("findFields")
        self.toolbar = CanvasToolbar(self)
        self.toolbar.add_at_end(self.finds)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        self.empty = EmptyBoard(stage, context.language)
        self.empty.create_requested.connect(self.new_canvas)
        self.empty.template_chosen.connect(self._create_from_gallery)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        CanvasHub.of(context).canvases_changed.connect(self._canvases_changed)
        self._waiting: dict[str, str] = {}  # action id -> its tooltip, while loading
        self.reload()

    def panel_title(self) -> str:
        return self.tr("Canvases")

    # -- tabs ------------------------------------------------------------------------------

    def canvas_ids(self) -> list[str]:
        return [self.tabs.widget(i).canvas_id for i in range(self.tabs.count())]

    def current(self) -> BoardWidget | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, BoardWidget) else None

    def reload(self, select: str | None = None) -> None:
        """Rebuild the tabs from the store, keeping open boards and the current tab."""
        select = select or (self.current().canvas_id if self.current() else None)
        canvases = canvas_store(self.context).list(self.project_id, self.stage)
        versions = self.context.versions  # what renames and reorders are checked against
        for canvas in canvases:
            versions.record(("canvas", canvas.id), canvas.rev)
        versions.record(self._order_key(), order_version(canvas.id for canvas in canvases))
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        wanted = {canvas.id for canvas in canvases}
        for canvas_id in list(self.boards):
            if canvas_id not in wanted:
                board = self.boards.pop(canvas_id)
                board.find_row.deleteLater()
                board.deleteLater()
        for canvas in canvases:
            board = self.boards.get(canvas.id)
            if board is None:
                board = BoardWidget(self.context, canvas.id, find_above=False)
                self.boards[canvas.id] = board
                self.finds.addWidget(board.find_row)
                board.view.zoom.changed.connect(self._zoom_changed)
            board.document.title = canvas.title
            self.tabs.addTab(board, canvas.title)
        ids = [canvas.id for canvas in canvases]
        if select in ids:
            self.tabs.setCurrentIndex(ids.index(select))
        self.tabs.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        """Actions on a board follow whether there is one; making a canvas never waits."""
        has = self.current() is not None
        self.toolbar.update_actions()
        if early(self.context):
            self._wait_for_services()
        self.pages.setCurrentWidget(self.tabs if has else self.empty)
        board = self.current()
        self._zoom_changed(board.view.zoom() if board else None)
        if board is not None:
            self.finds.setCurrentWidget(board.find_row)

    def take_focus(self) -> None:
        """The keyboard to the board, or without one to the template gallery (its hint
        says Enter chooses): the stage page's tab was clicked."""
        board = self.current()
        target = board.view if board is not None else self.empty.gallery
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wait_for_services(self) -> None:
        """Actions the boot store cannot do are off, their tooltip says why."""
        loading = self.tr("Available in a moment: Labinov is still loading")
        for spec, action in self.toolbar.action_set:
            if spec.id in EARLY_ACTIONS or spec.id.startswith(EARLY_PREFIXES):
                continue
            self._waiting.setdefault(spec.id, action.toolTip())
            action.setEnabled(False)
            action.setToolTip(loading)

    def services_ready(self) -> None:
        """The services took over from the boot store: every action as its rule says."""
        for spec, action in self.toolbar.action_set:
            if spec.id in self._waiting:
                action.setToolTip(self._waiting.pop(spec.id))
                action.setEnabled(True)  # then the action's own rule (``_tab_changed``)
        for board in self.boards.values():
            board.document.services_ready()
        # not ``reload``: taking the board out of its tab would end typing in a note
        self._tab_changed(self.tabs.currentIndex())

    def _zoom_changed(self, _zoom: float | None) -> None:
        """The zoom readout shows the current board's zoom as a percentage."""
        board = self.current()
        # "34%" as the "100%" button beside it (Indonesian writes no space)
        text = f"{round(board.view.zoom() * 100)}%" if board is not None else ""
        self.toolbar.zoom_readout.setText(text)

    def _canvases_changed(self, project_id: str, stage: str) -> None:
        if project_id == self.project_id and stage == self.stage:
            self.reload()

    # -- canvas edits, each an undo step -----------------------------------------------------

    def _run(self, text: str, do, undo) -> bool:
        def notify() -> None:
            CanvasHub.of(self.context).canvases_changed.emit(self.project_id, self.stage)

        return execute(self.stack, ServiceCommand(text, do, undo, on_change=notify), self)

    def create_canvas(self, template: str, title: str = "") -> str | None:
        service = self.context.services.canvases
        canvas_id = new_id()
        saved: list = []

        def do() -> None:
            if saved:
                service.restore(saved.pop())
            else:
                service.create(self.project_id, self.stage, template, title, canvas_id=canvas_id)

        def undo(_result: Any) -> None:
            saved.append(service.delete(canvas_id))

        if not self._run(self.tr("New canvas"), do, undo):
            return None
        self.reload(canvas_id)
        board = self.current()
        if board is not None:  # keyboard users go on typing on the new board
            board.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return canvas_id

    def new_canvas(self) -> None:
        picker = TemplatePicker(self.stage, self.context.language, self)
        try:
            if picker.exec():
                self.create_canvas(picker.template_key(), picker.canvas_title())
        finally:
            # dialogs kept as children piled up, and shiboken aborted on them at exit
            picker.deleteLater()

    def _create_from_gallery(self, key: str) -> None:
        self.create_canvas(key, templates.get(key).title(self.context.language))

    def rename_canvas(self, title: str | None = None) -> None:
        board = self.current()
        if board is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(
                self, self.tr("Rename canvas"), self.tr("Title:"), text=board.document.title
            )
            if not ok:
                return
        service, canvas_id = self.context.services.canvases, board.canvas_id
        versions, row = self.context.versions, ("canvas", canvas_id)
        hub, project_id, stage = CanvasHub.of(self.context), self.project_id, self.stage

        def rename(new: str) -> dict:
            return versions.run(
                row,
                lambda version: service.rename(canvas_id, new, version),
                lambda: hub.canvases_changed.emit(project_id, stage),  # stale: reload titles
            )

        self._run(
            self.tr("Rename canvas"),
            lambda: rename(title),
            lambda previous: rename(previous["title"]),
        )

    def move_canvas(self, step: int) -> None:
        ids = self.canvas_ids()
        board = self.current()
        if board is None:
            return
        index = ids.index(board.canvas_id)
        if not 0 <= index + step < len(ids):
            return
        ids.insert(index + step, ids.pop(index))
        service, versions, key = (
            self.context.services.canvases,
            self.context.versions,
            self._order_key(),
        )
        hub, project_id, stage = CanvasHub.of(self.context), self.project_id, self.stage

        def put(order: list[str]) -> list[str]:  # from the order this app last showed
            return versions.run_order(
                key,
                order,
                lambda seen: service.reorder(project_id, stage, order, seen),
                lambda: hub.canvases_changed.emit(project_id, stage),  # stale: reload tabs
            )

        self._run(self.tr("Reorder canvases"), lambda: put(ids), put)

    def _order_key(self) -> tuple[str, str, str]:
        return ("canvasorder", self.project_id, self.stage)

    def delete_canvas(self) -> None:
        board = self.current()
        if board is None:
            return
        service, canvas_id = self.context.services.canvases, board.canvas_id
        self._run(self.tr("Delete canvas"), lambda: service.delete(canvas_id), service.restore)
