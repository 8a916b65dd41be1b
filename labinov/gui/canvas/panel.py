"""The canvases of one stage of a project, as tabs, with the board tools.

Added to every stage page through ``STAGE_PANELS`` (``labinov/app.py``). Canvas-level
edits (add from a template, rename, reorder, delete) are undo steps on the project's stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.canvas import clipboard, export
from labinov.gui.canvas.board_widget import BoardWidget
from labinov.gui.canvas.document import CanvasHub
from labinov.gui.canvas.note_item import COLOUR_KEYS
from labinov.gui.canvas.picker import TemplatePicker
from labinov.gui.canvas.presentation import PresentationWindow
from labinov.gui.canvas.voting import ResultsDialog, StartVotingDialog, VotingRound
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.errors import show_user_error
from labinov.store.types import new_id

if TYPE_CHECKING:
    from labinov.gui.context import AppContext

COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("CanvasPanel", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("CanvasPanel", "Orange"),
    "pink": QT_TRANSLATE_NOOP("CanvasPanel", "Pink"),
    "green": QT_TRANSLATE_NOOP("CanvasPanel", "Green"),
    "blue": QT_TRANSLATE_NOOP("CanvasPanel", "Blue"),
    "purple": QT_TRANSLATE_NOOP("CanvasPanel", "Purple"),
    "grey": QT_TRANSLATE_NOOP("CanvasPanel", "Grey"),
    "white": QT_TRANSLATE_NOOP("CanvasPanel", "White"),
}
ALIGN = (
    ("left", QT_TRANSLATE_NOOP("CanvasPanel", "Align left")),
    ("top", QT_TRANSLATE_NOOP("CanvasPanel", "Align top")),
    ("hcentre", QT_TRANSLATE_NOOP("CanvasPanel", "Centre horizontally")),
    ("vcentre", QT_TRANSLATE_NOOP("CanvasPanel", "Centre vertically")),
    ("hdistribute", QT_TRANSLATE_NOOP("CanvasPanel", "Distribute horizontally")),
    ("vdistribute", QT_TRANSLATE_NOOP("CanvasPanel", "Distribute vertically")),
)


class CanvasPanel(QWidget):
    """Tabs of the stage's canvases and a toolbar acting on the current one."""

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
        self.presentation: PresentationWindow | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("canvasTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("canvasToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        CanvasHub.of(context).canvases_changed.connect(self._canvases_changed)
        self.reload()

    def panel_title(self) -> str:
        return self.tr("Canvases")

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot, name: str, shortcut: str | None = None, menu: QMenu | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        (menu or self.toolbar).addAction(action)
        return action

    def _menu(self, text: str, name: str) -> QMenu:
        menu = QMenu(text, self)
        menu.setObjectName(name)
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)
        return menu

    def _build_actions(self) -> None:
        canvas = self._menu(self.tr("&Canvas"), "canvasMenu")
        self._action(
            self.tr("New canvas from template…"), self.new_canvas, "newCanvas", menu=canvas
        )
        self._action(self.tr("Rename…"), self.rename_canvas, "renameCanvas", menu=canvas)
        self._action(
            self.tr("Move left"), lambda: self.move_canvas(-1), "moveCanvasLeft", menu=canvas
        )
        self._action(
            self.tr("Move right"), lambda: self.move_canvas(1), "moveCanvasRight", menu=canvas
        )
        self._action(self.tr("Delete canvas"), self.delete_canvas, "deleteCanvas", menu=canvas)
        canvas.addSeparator()
        self._action(
            self.tr("Export as PNG…"), lambda: self.export("png"), "exportPng", menu=canvas
        )
        self._action(
            self.tr("Export as SVG…"), lambda: self.export("svg"), "exportSvg", menu=canvas
        )
        add = self._menu(self.tr("&Add"), "addMenu")
        self._action(
            self.tr("Note (N)"),
            lambda: self._with_view(lambda v: v.add_note()),
            "addNote",
            menu=add,
        )
        self._action(
            self.tr("Frame"),
            lambda: self._with_view(lambda v: v.add_note(kind="frame", edit=False)),
            "addFrame",
            menu=add,
        )
        self._action(
            self.tr("Text"),
            lambda: self._with_view(lambda v: v.add_note(kind="text")),
            "addText",
            menu=add,
        )
        self._action(self.tr("Picture from file…"), self.add_picture, "addPicture", menu=add)
        self._action(
            self.tr("Paste (picture or notes)"),
            lambda: self._with_view(lambda v: v.paste()),
            "pasteItems",
            menu=add,
        )
        arrange = self._menu(self.tr("A&rrange"), "arrangeMenu")
        for key, text in ALIGN:
            self._action(
                self.tr(text),
                lambda key=key: self._with_view(lambda v: v.align(key)),
                f"align_{key}",
                menu=arrange,
            )
        arrange.addSeparator()
        self._action(
            self.tr("Bring to front"),
            lambda: self._with_view(lambda v: v.restack(True)),
            "toFront",
            menu=arrange,
        )
        self._action(
            self.tr("Send to back"),
            lambda: self._with_view(lambda v: v.restack(False)),
            "toBack",
            menu=arrange,
        )
        self._action(
            self.tr("Duplicate"),
            lambda: self._with_view(lambda v: v.duplicate()),
            "duplicate",
            menu=arrange,
        )
        colours = self._menu(self.tr("C&olour"), "colourMenu")
        for number, key in enumerate(COLOUR_KEYS, start=1):
            text = f"{number}  {self.tr(COLOUR_NAMES[key])}"
            self._action(
                text,
                lambda key=key: self._with_view(lambda v: v.recolour(key)),
                f"colour_{key}",
                menu=colours,
            )
        vote = self._menu(self.tr("&Voting"), "votingMenu")
        self._action(self.tr("Start a voting round…"), self.start_voting, "startVoting", menu=vote)
        self._action(self.tr("Results"), self.show_results, "votingResults", menu=vote)
        self._action(
            self.tr("Reset votes"),
            lambda: self._with_view(lambda v: v.board.reset_votes()),
            "resetVotes",
            menu=vote,
        )
        self.toolbar.addSeparator()
        self._action(self.tr("Fit all"), lambda: self._with_view(lambda v: v.fit_all()), "fitAll")
        self._action(self.tr("100%"), lambda: self._with_view(lambda v: v.set_zoom(1.0)), "zoom100")
        self._action(self.tr("Present"), self.present, "present", shortcut="F5")

    # -- tabs ------------------------------------------------------------------------------

    def canvas_ids(self) -> list[str]:
        return [self.tabs.widget(i).canvas_id for i in range(self.tabs.count())]

    def current(self) -> BoardWidget | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, BoardWidget) else None

    def _with_view(self, act) -> None:
        board = self.current()
        if board is not None:
            act(board.view)

    def reload(self, select: str | None = None) -> None:
        """Rebuild the tabs from the store, keeping open boards and the current tab."""
        select = select or (self.current().canvas_id if self.current() else None)
        canvases = self.context.services.canvases.list(self.project_id, self.stage)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        wanted = {canvas.id for canvas in canvases}
        for canvas_id in list(self.boards):
            if canvas_id not in wanted:
                board = self.boards.pop(canvas_id)
                board.deleteLater()
        for canvas in canvases:
            board = self.boards.get(canvas.id)
            if board is None:
                board = self.boards[canvas.id] = BoardWidget(self.context, canvas.id)
            board.document.title = canvas.title
            self.tabs.addTab(board, canvas.title)
        ids = [canvas.id for canvas in canvases]
        if select in ids:
            self.tabs.setCurrentIndex(ids.index(select))
        self.tabs.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        has = self.current() is not None
        for action in self.findChildren(QAction):
            if action.objectName() not in ("newCanvas",):
                action.setEnabled(has)

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
        return canvas_id

    def new_canvas(self) -> None:
        picker = TemplatePicker(self.stage, self.context.language, self)
        try:
            if picker.exec():
                self.create_canvas(picker.template_key(), picker.canvas_title())
        finally:
            # dialogs kept as children piled up, and shiboken aborted on them at exit
            picker.deleteLater()

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
        self._run(
            self.tr("Rename canvas"),
            lambda: service.rename(canvas_id, title),
            lambda previous: service.rename(canvas_id, previous["title"]),
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
        service = self.context.services.canvases
        self._run(
            self.tr("Reorder canvases"),
            lambda: service.reorder(self.project_id, self.stage, ids),
            lambda previous: service.reorder(self.project_id, self.stage, previous),
        )

    def delete_canvas(self) -> None:
        board = self.current()
        if board is None:
            return
        service, canvas_id = self.context.services.canvases, board.canvas_id
        self._run(self.tr("Delete canvas"), lambda: service.delete(canvas_id), service.restore)

    # -- board tools -------------------------------------------------------------------------

    def add_picture(self, path: str | None = None) -> list[str]:
        board = self.current()
        if board is None:
            return []
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Add a picture"),
                "",
                self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
            )
            if not path:
                return []
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > 20 * 1024 * 1024:
                data = b""  # the service refuses by size; don't read a huge file first
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "{name} is larger than {limit} MB."),
                    name=file.name,
                    limit=20,
                )
            data = file.read_bytes()
        except OSError as error:
            show_user_error(
                self,
                UserError(
                    QT_TRANSLATE_NOOP("UserError", "Cannot read {name}: {reason}"),
                    name=file.name,
                    reason=error.strerror or str(error),
                ),
            )
            return []
        except UserError as error:
            show_user_error(self, error)
            return []
        view = board.view
        return clipboard.add_picture(
            view, file.name, data, view.mapToScene(view.viewport().rect().center())
        )

    def start_voting(self, participants: int | None = None, votes_each: int | None = None) -> None:
        board = self.current()
        if board is None:
            return
        if participants is None or votes_each is None:
            dialog = StartVotingDialog(self)
            accepted = dialog.exec()
            participants, votes_each = dialog.participants.value(), dialog.votes_each.value()
            dialog.deleteLater()
            if not accepted:
                return
        board.start_voting(VotingRound(participants, votes_each))

    def show_results(self) -> ResultsDialog | None:
        board = self.current()
        if board is None:
            return None
        dialog = ResultsDialog(board.view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def present(self) -> PresentationWindow | None:
        board = self.current()
        if board is None:
            return None
        ids = self.canvas_ids()
        self.presentation = PresentationWindow(self.context, ids, ids.index(board.canvas_id))
        self.presentation.showFullScreen()
        self.presentation.setFocus()
        return self.presentation

    def export(self, kind: str, path: str | None = None) -> Path | None:
        board = self.current()
        if board is None:
            return None
        if path is None:
            pattern = (
                self.tr("PNG picture (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
            )
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export canvas"), f"{board.document.title}.{kind}", pattern
            )
            if not path:
                return None
        try:
            if kind == "png":
                return export.export_png(board.view.board_scene, path)
            return export.export_svg(board.view.board_scene, path, board.document.title)
        except OSError:
            show_user_error(
                self,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{path} could not be written. Choose a folder you can save in.",
                    ),
                    path=str(path),
                ),
            )
            return None
