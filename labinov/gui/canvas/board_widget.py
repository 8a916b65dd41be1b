"""One canvas tab: the board view with its find bar and (during a round) the voting bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.view import BoardView
from labinov.gui.canvas.voting import VotingBar, VotingRound

if TYPE_CHECKING:
    from labinov.gui.context import AppContext


def placeholder_width(field: QLineEdit) -> int:
    """The width that shows ``field``'s whole placeholder beside its clear button: its
    default width minus the 17 "x" it is made for, plus the placeholder's own width."""
    metrics = field.fontMetrics()
    frame = field.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(field.placeholderText()) + frame + 4


class BoardWidget(QWidget):
    """A ``BoardView`` of one canvas, a find field (Ctrl+F) highlighting matches."""

    def __init__(
        self,
        context: AppContext,
        canvas_id: str,
        parent: QWidget | None = None,
        find_above: bool = True,
    ) -> None:
        """``find_above``: the find row sits above the board; the canvas panel instead
        shows ``find_row`` beside its tabs (a row less above a laptop's board)."""
        super().__init__(parent)
        self.canvas_id = canvas_id
        self.document = BoardDocument(context, canvas_id, self)
        self.view = BoardView(self.document, self)
        self.view.setObjectName("boardView")
        self.find = QLineEdit()
        self.find.setObjectName("findNotes")
        self.find.setPlaceholderText(self.tr("Find in notes (Ctrl+F)"))
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(placeholder_width(self.find))
        self.matches = QLabel()
        self.matches.setObjectName("findMatches")
        self.find.textChanged.connect(self._find)
        self.find.returnPressed.connect(self._show_first)
        QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            self._focus_find,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.voting_bar: VotingBar | None = None
        self.find_row = QWidget()
        self.find_row.setObjectName("findRow")
        find_row = QHBoxLayout(self.find_row)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find, 1)
        find_row.addWidget(self.matches)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        if find_above:
            self.layout_.addWidget(self.find_row)
        self.layout_.addWidget(self.view, 1)
        voting = VotingRound.from_dict(self.document.view_state.get("voting"))
        if voting is not None:
            self.start_voting(voting)

    def start_voting(self, voting: VotingRound) -> VotingBar:
        if self.voting_bar is not None:
            self.voting_bar.end()
        self.voting_bar = VotingBar(self.view, voting, self)
        self.voting_bar.destroyed.connect(lambda: setattr(self, "voting_bar", None))
        self.layout_.insertWidget(self.layout_.indexOf(self.view), self.voting_bar)
        return self.voting_bar

    def _focus_find(self) -> None:
        self.find.setFocus()
        self.find.selectAll()

    def _find(self, text: str) -> None:
        found = self.view.board_scene.highlight(text)
        label = self.tr("{count} found").format(count=len(found))
        self.matches.setText(label if text.strip() else "")
        self._found = found

    def _show_first(self) -> None:
        found = getattr(self, "_found", [])
        if found:
            self.view.centerOn(self.view.board_scene.notes[found[0]])
