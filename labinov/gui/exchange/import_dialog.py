"""The import dialog: what a bundle would change per project (new / newer / older /
conflict), then every row changed on both sides, deleted or kept despite a deletion, named
by project and item; then one all-or-nothing import, or the replication of one innovation.
Reading and importing run in a worker thread with a progress bar: a large bundle takes
seconds and the window must not freeze.

Signals: ``loaded()`` when the preview is shown (or the bundle refused), ``imported()``
after a successful import (the window refreshes its navigator).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.exchange.merge import ImportResult, apply_import
from labinov.exchange.names import Named
from labinov.exchange.plan import ImportPlan, plan_import
from labinov.exchange.replicate import replicate
from labinov.gui.context import AppContext
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import show_user_error
from labinov.gui.row_kinds import RowKinds
from labinov.gui.worker import Worker
from labinov.sync.rules import COPYABLE


class ImportDialog(QDialog):
    """Preview of a bundle and its import. ``team_id`` given: replication mode ("start from
    an existing innovation"), which imports the bundle's innovation as a new project."""

    imported = Signal()
    loaded = Signal()

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
        self.plan: ImportPlan | None = None
        self.result_ids: list[str] = []
        self.result: ImportResult | None = None
        # a bug in a job is raised again in the GUI thread: the crash dialog shows it
        self.worker = Worker(self)
        self.worker.progress.connect(self._progressed)
        self.worker.finished.connect(self._succeeded)
        self.worker.failed.connect(self._stopped)
        self._then: tuple[Any, Any] = (None, None)  # what follows a job: (done, failed)
        self.setWindowTitle(
            self.tr("Start from an existing innovation") if team_id else self.tr("Import a bundle")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Innovation") if team_id else self.tr("In the bundle"),
                self.tr("What happens"),
            ]
        )
        header = self.table.horizontalHeader()
        # both columns share the width and wrap: long titles and long outcomes stay readable
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QPlainTextEdit()
        self.note.setObjectName("adaptationNote")
        self.note.setPlaceholderText(
            self.tr("Adaptation note: what will be different here (region, agency, users)")
        )
        self.note.setVisible(bool(team_id))
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
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
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(760, 440)
        self.load()
        focus_first_field(self)

    @property
    def busy(self) -> bool:
        """A bundle is being read or imported (the dialog cannot be closed meanwhile)."""
        return self.worker.running()

    def _start(self, job: Any, done: Any, failed: Any) -> None:
        """Run ``job(progress, cancelled)`` in the worker thread with the progress bar
        showing; then ``done(result)`` or ``failed(UserError)``."""
        self.ok_button.setEnabled(False)
        self.buttons.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step is known
        self.progress.show()
        self._then = (done, failed)
        self.worker.start(job)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _succeeded(self, result: Any) -> None:
        self._finish(self._then[0], result)

    def _stopped(self, error: UserError) -> None:
        self._finish(self._then[1], error)

    def _finish(self, then: Any, value: Any) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        then(value)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def _status_text(self, status: str) -> str:
        return {
            "new": self.tr("new: will be added"),
            "newer": self.tr("newer: will be updated"),
            "older": self.tr("older: ours is kept"),
            "unchanged": self.tr("unchanged: skipped"),
            "conflict": self.tr("changed on both sides: ours stays, theirs is kept beside it"),
            "deleted": self.tr("deleted there, unchanged here: will be deleted"),
            "kept": self.tr("deleted on one side, edited on the other: kept"),
            "gone": self.tr("deleted here: stays deleted"),
        }[status]

    def _named_text(self, row: Named) -> str:
        """ "Note: Antrean panjang — Akta Lahir Sehari": what, and in which project."""
        text = f"{RowKinds.name(row.table)}: {row.item[:80]}"
        if row.project and row.table != "project":
            text = self.tr("{what} — in {project}").format(what=text, project=row.project[:60])
        return text

    def load(self) -> None:
        """Read and check the bundle in a worker; then the preview, or the bundle's
        problem with OK disabled."""
        self.summary.setText(self.tr("Reading and checking the bundle…"))
        store = self.context.services.store
        self._start(
            lambda progress, _cancelled: plan_import(store, self.path, progress),
            self._show_plan,
            self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self.plan = None
        self.summary.setText(error.text(self._translate))
        self.ok_button.setEnabled(False)
        self.loaded.emit()

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        projects = plan.projects
        named: list[tuple[Named, str]] = []
        if not self.team_id:
            for status, rows in (
                ("conflict", plan.conflicts),
                ("deleted", plan.deleted),
                ("kept", plan.kept),
                ("gone", plan.gone),
            ):
                named.extend((row, status) for row in rows)
        self.table.setRowCount(len(projects) + len(named))
        for row, (_, title, status) in enumerate(projects):
            self.table.setItem(row, 0, QTableWidgetItem(title))
            text = (
                self.tr("new project of your team") if self.team_id else self._status_text(status)
            )
            self.table.setItem(row, 1, QTableWidgetItem(text))
        for row, (what, status) in enumerate(named, start=len(projects)):
            self.table.setItem(row, 0, QTableWidgetItem(self._named_text(what)))
            text = self._status_text(status)
            if status == "conflict" and what.table not in COPYABLE:  # cannot stand twice
                text = self.tr(
                    "changed on both sides: ours stays, theirs is kept as a version to open"
                )
            self.table.setItem(row, 1, QTableWidgetItem(text))
        for row in range(self.table.rowCount()):
            for column in (0, 1):
                item = self.table.item(row, column)
                item.setToolTip(item.text())
        self.table.resizeRowsToContents()
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
            self.loaded.emit()
            return
        counts = plan.counts()
        text = self.tr(
            "Rows: {new} new, {newer} newer, {older} older, {unchanged} unchanged, "
            "{conflict} in conflict. Nothing is overwritten: of a row changed on both "
            "sides ours stays and theirs is kept beside it."
        ).format(**counts)
        if counts["deleted"] or counts["gone"] or counts["kept"]:
            text += " " + self.tr(
                "Deletions: {deleted} deleted here, {gone} stay deleted, {kept} kept "
                "(deleted on one side, edited on the other)."
            ).format(**counts)
        self.summary.setText(text)
        self.ok_button.setEnabled(True)
        self.loaded.emit()

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def run_import(self) -> None:
        """Import (or replicate) in a worker; the dialog closes when it has committed."""
        if self.plan is None or self.busy:
            return
        store = self.context.services.store
        plan = self.plan
        if self.team_id:
            row = max(self.table.currentRow(), 0)
            chosen = plan.projects[min(row, len(plan.projects) - 1)][0]
            note = self.note.toPlainText().strip()
            team_id = self.team_id
            self.summary.setText(self.tr("Adding the innovation to your team…"))
            self._start(
                lambda _progress, _cancelled: replicate(store, self.path, team_id, note, chosen),
                lambda new_id: self._imported([new_id]),
                self._failed,
            )
            return
        self.summary.setText(self.tr("Importing… (all or nothing)"))

        def done(result: ImportResult) -> None:
            self.result = result
            self._imported([row_id for _, row_id in result.copies])

        self._start(
            lambda progress, _cancelled: apply_import(store, plan, progress), done, self._failed
        )

    def _imported(self, ids: list[str]) -> None:
        self.result_ids = ids
        self.imported.emit()
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.summary.setText(error.text(self._translate))
        self.ok_button.setEnabled(True)
        show_user_error(self, error)
