"""The tools acting on the canvas panel's current board: add a picture from a file, a
voting round and its results, presenting full screen, export as PNG or SVG. A plain
controller owned by the panel (``panel.tools``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.canvas import clipboard
from labinov.gui.errors import show_user_error

if TYPE_CHECKING:  # the tools' modules load on first use: a start needs none of them
    from labinov.gui.canvas.board_widget import BoardWidget
    from labinov.gui.canvas.panel import CanvasPanel
    from labinov.gui.canvas.presentation import PresentationWindow
    from labinov.gui.canvas.voting import ResultsDialog
    from labinov.gui.context import AppContext


class BoardTools:
    """Tools acting on ``panel.current()``; each does nothing without a board. Dialogs and
    messages open over ``panel``."""

    def __init__(self, panel: CanvasPanel) -> None:
        self.panel = panel
        self.context: AppContext = panel.context
        self.presentation: PresentationWindow | None = None

    def current(self) -> BoardWidget | None:
        return self.panel.current()

    def add_picture(self, path: str | None = None) -> list[str]:
        board = self.current()
        if board is None:
            return []
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.panel,
                QCoreApplication.translate("BoardTools", "Add a picture"),
                "",
                QCoreApplication.translate(
                    "BoardTools", "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"
                ),
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
                self.panel,
                UserError(
                    QT_TRANSLATE_NOOP("UserError", "Cannot read {name}: {reason}"),
                    name=file.name,
                    reason=error.strerror or str(error),
                ),
            )
            return []
        except UserError as error:
            show_user_error(self.panel, error)
            return []
        view = board.view
        return clipboard.add_picture(
            view.edits, file.name, data, view.mapToScene(view.viewport().rect().center())
        )

    def start_voting(self, participants: int | None = None, votes_each: int | None = None) -> None:
        board = self.current()
        if board is None:
            return
        if participants is None or votes_each is None:
            from labinov.gui.canvas.voting import StartVotingDialog

            dialog = StartVotingDialog(self.panel)
            accepted = dialog.exec()
            participants, votes_each = dialog.participants.value(), dialog.votes_each.value()
            dialog.deleteLater()
            if not accepted:
                return
        from labinov.gui.canvas.voting import VotingRound

        board.start_voting(VotingRound(participants, votes_each))

    def show_results(self) -> ResultsDialog | None:
        board = self.current()
        if board is None:
            return None
        from labinov.gui.canvas.voting import ResultsDialog

        dialog = ResultsDialog(board.view, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def present(self) -> PresentationWindow | None:
        board = self.current()
        if board is None:
            return None
        ids = self.panel.canvas_ids()
        from labinov.gui.canvas.presentation import PresentationWindow

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
                QCoreApplication.translate("BoardTools", "PNG picture (*.png)")
                if kind == "png"
                else QCoreApplication.translate("BoardTools", "SVG drawing (*.svg)")
            )
            path, _filter = QFileDialog.getSaveFileName(
                self.panel,
                QCoreApplication.translate("BoardTools", "Export canvas"),
                f"{board.document.title}.{kind}",
                pattern,
            )
            if not path:
                return None
        from labinov.gui.canvas import export

        try:
            if kind == "png":
                return export.export_png(board.view.board_scene, path)
            return export.export_svg(board.view.board_scene, path, board.document.title)
        except OSError:
            show_user_error(
                self.panel,
                UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{path} could not be written. Choose a folder you can save in.",
                    ),
                    path=str(path),
                ),
            )
            return None
