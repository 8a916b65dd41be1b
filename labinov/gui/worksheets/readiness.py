"""How ready an innovation is: each stage's required outputs and each proposal text's
length against its limit (METHOD.md §5), refreshed whenever the project changes."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.context import AppContext
from labinov.gui.worksheets.suspects_view import SuspectNumbersView
from labinov.method import followups, gates, spreading
from labinov.method.drafting import THIN_WORDS
from labinov.method.eligibility import Result
from labinov.method.spreading import Replication
from labinov.method.stages import STAGES, stage_content
from labinov.services.readiness import ProposalPart

WARN = QBrush(QColor("#fdebd0"))
OVER = QBrush(QColor("#fadbd8"))


class ReadinessView(QWidget):
    """Stage completeness (bars and what is missing) and the proposal texts' word counts."""

    def __init__(self, context: AppContext, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessView")
        self.context = context
        self.project_id = project_id
        self.overall = QProgressBar()
        self.overall.setObjectName("readinessOverall")
        self.stages = QTableWidget(len(STAGES), 3)
        self.stages.setObjectName("readinessStages")
        self.stages.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Required outputs"), self.tr("Still missing")]
        )
        self.proposal = QTableWidget(0, 3)
        self.proposal.setObjectName("readinessProposal")
        self.proposal.setHorizontalHeaderLabels(
            [self.tr("Proposal section"), self.tr("Words"), self.tr("State")]
        )
        for table in (self.stages, self.proposal):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.note.setObjectName("readinessNote")
        self.note.setWordWrap(True)
        self.eligibility = QLabel()  # the chosen competition's rules, with what to do
        self.eligibility.setObjectName("readinessEligibility")
        self.eligibility.setWordWrap(True)
        self.evaluation = QLabel()  # the next evaluation follow-up, a replication's state
        self.evaluation.setObjectName("readinessEvaluation")
        self.evaluation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.eligibility)
        layout.addWidget(self.evaluation)
        layout.addWidget(QLabel(self.tr("Required outputs of all stages")))
        layout.addWidget(self.overall)
        layout.addWidget(self.stages, 1)
        layout.addWidget(QLabel(self.tr("Proposal texts against their word limits")))
        layout.addWidget(self.proposal, 2)
        self.suspects = SuspectNumbersView(context, project_id)  # old numbers to check
        layout.addWidget(self.suspects)
        layout.addWidget(self.note)
        self.setWindowTitle(self.tr("Readiness of the innovation"))
        self.resize(820, 640)
        self.refresh()
        context.events.project_changed.connect(self._changed)

    def _changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.refresh()

    def refresh(self) -> None:
        services, language = self.context.services, self.context.language
        readiness = services.worksheets.readiness(self.project_id)
        self.overall.setValue(round(readiness.ratio * 100))
        self.suspects.show_numbers(readiness.suspects)
        answers = services.worksheets.all_answers([self.project_id])[self.project_id]
        for row, stage in enumerate(STAGES):
            progress = readiness.stages[stage.value]
            missing = gates.missing(stage, answers.get(stage.value) or {}, language)
            content = stage_content(stage)
            cells = (
                f"{content.number}. {content.name(language)}",
                str(progress),
                "; ".join(missing),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if missing:
                    item.setBackground(WARN)
                self.stages.setItem(row, column, item)
        parts = readiness.proposal or []
        self.proposal.setRowCount(len(parts))
        for row, part in enumerate(parts):
            limit = f" / {part.max_words}" if part.max_words else ""
            if part.estimated:
                limit += " " + self.tr("(estimated limit)")
            if part.empty:
                state, brush = self.tr("empty"), WARN
            elif part.over:
                state, brush = self.tr("too long by {over}").format(over=part.over), OVER
            elif part.drafted:
                state, brush = self.tr("drafted from other answers"), WARN
            else:
                state, brush = self.tr("ok"), None
            state = "; ".join([state, *self._drafting(part)])
            for column, text in enumerate((part.title, f"{part.words}{limit}", state)):
                item = QTableWidgetItem(text)
                if brush is not None:
                    item.setBackground(brush)
                self.proposal.setItem(row, column, item)
        self.show_eligibility(readiness.eligibility)
        self.show_evaluation(answers.get(followups.STAGE) or {}, readiness.replication)
        if readiness.proposal is None:
            self.note.setText(
                self.tr("The proposal outline is not available: stage completeness only.")
            )
        else:
            self.note.setText(
                self.tr(
                    "{count} proposal texts are empty, too long or drafted from other answers."
                ).format(count=len(readiness.proposal_problems))
            )

    def show_eligibility(self, result: Result | None) -> None:
        if result is None:
            self.eligibility.setText("")
            return
        if not result.eligible:
            head = self.tr("Not eligible for {competition}:")
        elif result.findings:
            head = self.tr("Eligible for {competition}, with warnings:")
        else:
            head = self.tr("Eligible for {competition}.")
        head = head.format(competition=result.title)
        lines = [head, *("• " + finding.text for finding in result.findings)]
        self.eligibility.setText("\n".join(lines))
        colour = "#fadbd8" if not result.eligible else "#fdebd0" if result.findings else ""
        self.eligibility.setStyleSheet(f"background: {colour}; padding: 4px" if colour else "")

    def show_evaluation(self, delivery: dict, replication: Replication | None) -> None:
        """The evaluation plan's next follow-up (once Delivery has answers) and, for a
        replication, whether it runs in the new place yet."""
        language = self.context.language
        lines, late = [], False
        if delivery:
            text, late = followups.followup_text(delivery, language)
            lines.append(text)
        if replication is not None:
            lines.append(spreading.state_text(replication, language))
        self.evaluation.setText("\n".join(lines))
        self.evaluation.setVisible(bool(lines))
        self.evaluation.setStyleSheet("background: #fadbd8; padding: 4px" if late else "")

    def _drafting(self, part: ProposalPart) -> list[str]:
        """Where a drafted text came from, and whether it repeats or is too thin."""
        notes = []
        if part.drafted_from:
            notes.append(self.tr("source: {source}").format(source=part.drafted_from))
        if part.repeats:
            notes.append(
                self.tr("repeats the text of {sections}").format(sections=", ".join(part.repeats))
            )
        if part.thin:
            notes.append(self.tr("too thin: fewer than {words} words").format(words=THIN_WORDS))
        return notes
