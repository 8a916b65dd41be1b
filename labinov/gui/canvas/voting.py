"""Dot voting: a round gives each participant N votes on one canvas. Participants vote in
turn at the projector (click a note to give a vote, right-click to take it back); counts
show on the notes, results are a bar chart (most votes first), and a reset is one undo
step.

The round (participants, votes each, who is voting, votes used) is kept in the canvas's
saved view state, so closing the app mid-round does not lose it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.dialog_focus import focus_first_field
from labinov.method.templates import NOTE_COLOURS

RESULTS_SCALE = 1.6  # the chart's text over the UI's: read on the projector

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView


class VotingRound:
    """The state of a round, as a dict saved with the canvas view."""

    def __init__(
        self,
        participants: int,
        votes_each: int,
        current: int = 1,
        used: dict | None = None,
        given: dict | None = None,
    ) -> None:
        self.participants = participants
        self.votes_each = votes_each
        self.current = current
        self.used: dict[str, int] = dict(used or {})
        # participant -> note id -> votes: a participant takes back only their own votes
        self.given: dict[str, dict[str, int]] = {
            who: dict(notes) for who, notes in (given or {}).items()
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": self.participants,
            "votes_each": self.votes_each,
            "current": self.current,
            "used": self.used,
            "given": self.given,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> VotingRound | None:
        if not data:
            return None
        return cls(
            data["participants"],
            data["votes_each"],
            data.get("current", 1),
            data.get("used"),
            data.get("given"),
        )

    def left(self) -> int:
        return self.votes_each - self.used.get(str(self.current), 0)

    def given_to(self, item_id: str) -> int:
        """The votes the participant whose turn it is gave ``item_id``."""
        return self.given.get(str(self.current), {}).get(item_id, 0)


class StartVotingDialog(QDialog):
    """Asks how many participants vote and how many votes each gets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startVoting")
        self.setWindowTitle(QCoreApplication.translate("Voting", "Start a voting round"))
        self.participants = QSpinBox(minimum=1, maximum=200, value=8)
        self.participants.setObjectName("participants")
        self.votes_each = QSpinBox(minimum=1, maximum=20, value=3)
        self.votes_each.setObjectName("votesEach")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Voting", "&Participants:"), self.participants)
        form.addRow(
            QCoreApplication.translate("Voting", "&Votes per participant:"), self.votes_each
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        focus_first_field(self)


class VotingBar(QWidget):
    """Shown above the board during a round: whose turn, votes left, next, end."""

    def __init__(self, view: BoardView, voting: VotingRound, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingBar")
        self.view = view
        self.round = voting
        self.label = QLabel()
        self.label.setObjectName("votingStatus")
        # wraps rather than widening the window past a 1024-px screen at the app's font
        self.label.setWordWrap(True)
        next_button = QPushButton(QCoreApplication.translate("Voting", "&Next participant"))
        next_button.setObjectName("nextParticipant")
        end_button = QPushButton(QCoreApplication.translate("Voting", "&End voting"))
        end_button.setObjectName("endVoting")
        next_button.clicked.connect(self.next_participant)
        end_button.clicked.connect(self.end)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(next_button)
        layout.addWidget(end_button)
        view.voting = True
        view.voted.connect(self.vote)
        self.setStyleSheet("#votingBar { background: #fff3e0; }")
        self.refresh()

    def refresh(self) -> None:
        self.label.setText(
            QCoreApplication.translate(
                "Voting",
                "Participant {current} of {total}: %n vote(s) left. Click a note to vote, right-click to take a vote back.",  # noqa: E501
                None,
                self.round.left(),
            ).format(current=self.round.current, total=self.round.participants)
        )
        self.view.document.view_state["voting"] = self.round.to_dict()
        self.view.zoom.save_soon()

    def vote(self, item_id: str, delta: int) -> None:
        """Give (+1) or take back (-1) a vote of the participant whose turn it is.

        The round's count moves with the note's votes inside one undo step, so undoing a
        vote also gives the participant that vote back (and their turn, if it had passed).
        """
        voting = self.round
        key = str(voting.current)
        used = voting.used.get(key, 0)
        mine = voting.given_to(item_id)
        votes = self.view.document.items[item_id]["votes"]
        if (delta > 0 and voting.left() <= 0) or (delta < 0 and (mine <= 0 or votes <= 0)):
            return
        turn = voting.current
        board, bar = self.view.edits.board, self

        def do() -> dict[str, dict[str, Any]]:
            previous = board.write({item_id: {"votes": votes + delta}})
            voting.current = turn
            voting.used[key] = used + delta
            voting.given.setdefault(key, {})[item_id] = mine + delta
            if voting.left() == 0 and voting.current < voting.participants:
                voting.current += 1  # all votes given: the next participant's turn
            bar._refresh_if_shown()
            return previous

        def undo(previous: dict[str, dict[str, Any]]) -> None:
            board.write(previous)
            voting.used[key] = used
            voting.given.setdefault(key, {})[item_id] = mine
            voting.current = turn
            bar._refresh_if_shown()

        board.run(QCoreApplication.translate("Voting", "Vote"), do, undo)

    def _refresh_if_shown(self) -> None:
        # an undo can arrive after the round was ended and this bar deleted
        if shiboken6.isValid(self) and self.view.voting:
            self.refresh()

    def next_participant(self) -> None:
        if self.round.current < self.round.participants:
            self.round.current += 1
            self.refresh()

    def end(self) -> None:
        self.view.voting = False
        self.view.voted.disconnect(self.vote)
        self.view.document.view_state.pop("voting", None)
        self.view.zoom.save_soon()
        self.hide()
        self.deleteLater()


class ResultsDialog(QDialog):
    """Notes with votes, most votes first, as a bar chart readable from the back of the room
    (the shared ``BarChart``; each bar in its note's colour, the count written beside it).

    Changed by the layout work (issue 11): only this dialog; the rest of voting is the
    canvas's."""

    def __init__(self, view: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingResults")
        self.setWindowTitle(QCoreApplication.translate("Voting", "Voting results"))
        rows = sorted(
            (row for row in view.document.items.values() if row["votes"] > 0),
            key=lambda row: (-row["votes"], row["text"]),
        )
        from labinov.gui.charts import Bar, BarChart  # Babel's formats: not on a start

        self.chart = BarChart(view.document.context.language, scale=RESULTS_SCALE)
        self.chart.setObjectName("resultsChart")
        self.chart.set_placeholder(QCoreApplication.translate("Voting", "No votes yet."))
        bars = []
        for row in rows:
            first_line = " ".join((row["text"].strip().splitlines() or [""])[0].split())[:120]
            line = QCoreApplication.translate(
                "Voting", "%n vote(s) — {text}", None, row["votes"]
            ).format(text=first_line)
            colour = NOTE_COLOURS.get(row.get("colour") or "", row.get("colour") or None)
            bars.append(Bar(first_line, row["votes"], colour, description=line))
        self.chart.set_bars(bars)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to type: focus on Close
        scroll.setWidget(self.chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        hint = self.chart.sizeHint()
        self.resize(
            min(round(screen.width() * 0.7), max(640, hint.width())),
            min(round(screen.height() * 0.8), hint.height() + 80),
        )
        focus_first_field(self)

    def lines(self) -> list[str]:
        """The results as text, most votes first: "2 suara — Antrean online"."""
        return self.chart.lines()
