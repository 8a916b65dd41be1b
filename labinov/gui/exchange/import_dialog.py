"""The import dialog: what a bundle would change (new / newer / older / conflict) per
project, then one all-or-nothing import, or the replication of one innovation.

Signals: ``imported()`` after a successful import (the window refreshes its navigator).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.exchange import service as ex
from labinov.gui.context import AppContext
from labinov.gui.errors import show_user_error


class ImportDialog(QDialog):
    """Preview of a bundle and its import. ``team_id`` given: replication mode ("start from
    an existing innovation"), which imports the bundle's innovation as a new project."""

    imported = Signal()

    def __init__(
        self,
        context: AppContext,
        path: Path,
        parent: QWidget | None = None,
        team_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.context = context
        self.path = Path(path)
        self.team_id = team_id
        self.plan: ex.ImportPlan | None = None
        self.result_ids: list[str] = []
        self.setWindowTitle(
            self.tr("Start from an existing innovation") if team_id else self.tr("Import a bundle")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Innovation"), self.tr("What happens")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QPlainTextEdit()
        self.note.setObjectName("adaptationNote")
        self.note.setPlaceholderText(
            self.tr("Adaptation note: what will be different here (region, agency, users)")
        )
        self.note.setVisible(bool(team_id))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start from it") if team_id else self.tr("Import"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File: {name}").format(name=self.path.name)))
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.load()

    def _status_text(self, status: str) -> str:
        return {
            "new": self.tr("new: will be added"),
            "newer": self.tr("newer: will be updated"),
            "older": self.tr("older: ours is kept"),
            "unchanged": self.tr("unchanged: skipped"),
            "conflict": self.tr("changed on both sides: ours is kept, theirs added as a copy"),
        }[status]

    def load(self) -> None:
        """Read and check the bundle; an unusable bundle shows its message and disables OK."""
        try:
            self.plan = ex.plan_import(self.context.services.store, self.path)
        except UserError as error:
            self.plan = None
            self.summary.setText(error.text(self._translate))
            self.ok_button.setEnabled(False)
            return
        projects = self.plan.projects
        self.table.setRowCount(len(projects))
        for row, (_, title, status) in enumerate(projects):
            self.table.setItem(row, 0, QTableWidgetItem(title))
            text = (
                self.tr("new project of your team") if self.team_id else self._status_text(status)
            )
            self.table.setItem(row, 1, QTableWidgetItem(text))
        if self.team_id:
            self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            if projects:
                self.table.selectRow(0)
            self.summary.setText(
                self.tr(
                    "Choose the innovation to start from: it becomes a new project of your "
                    "team, and its origin is recorded in the profile."
                )
            )
            self.ok_button.setEnabled(bool(projects))
            return
        counts = self.plan.counts()
        self.summary.setText(
            self.tr(
                "Rows: {new} new, {newer} newer, {older} older, {unchanged} unchanged, "
                "{conflict} in conflict. Nothing is overwritten: a version changed on both "
                "sides is added as a copy."
            ).format(**counts)
        )
        self.ok_button.setEnabled(True)

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def run_import(self) -> None:
        if self.plan is None:
            return
        store = self.context.services.store
        try:
            if self.team_id:
                row = max(self.table.currentRow(), 0)
                chosen = self.plan.projects[row][0]
                note = self.note.toPlainText().strip()
                self.result_ids = [
                    ex.replicate(store, self.path, self.team_id, note, project_id=chosen)
                ]
            else:
                result = ex.apply_import(store, self.plan)
                self.result_ids = result.copies
        except UserError as error:
            show_user_error(self, error)
            return
        self.imported.emit()
        self.accept()
