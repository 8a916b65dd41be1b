"""Old numbers to check ("periksa angka ini"): a part of the readiness view.

Numbers stored before Labinov read Indonesian numbers correctly may hold "1.200" as 1.2
(``labinov.method.suspects``). This lists them with where they are; the user corrects one
in its worksheet cell, or confirms it here as right (an undoable step). Hidden when there
is nothing to check.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.method import locale
from labinov.method.stages import stage_content
from labinov.method.suspects import SuspectNumber

VISIBLE_ROWS = 5


class SuspectNumbersView(QWidget):
    """The marked numbers of one project, and a button confirming the selected one."""

    def __init__(self, context: AppContext, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suspectNumbers")
        self.context = context
        self.project_id = project_id
        self.found: list[SuspectNumber] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("suspectTable")
        headers = [self.tr("Stage"), self.tr("Where"), self.tr("Stored")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.confirm_button = QPushButton(self.tr("This number is right"))
        self.confirm_button.setObjectName("confirmNumber")
        self.confirm_button.clicked.connect(self.confirm_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_numbers(self, found: list[SuspectNumber] | tuple[SuspectNumber, ...]) -> None:
        language = self.context.language
        self.found = list(found)
        self.setVisible(bool(self.found))
        self.title.setText(
            self.tr(
                "Check these numbers: they were stored before Labinov read numbers the "
                "Indonesian way, so “1.200” may have become 1,2. Correct them in the "
                "worksheet, or confirm that they are right."
            )
        )
        self.table.setRowCount(len(self.found))
        for row, item in enumerate(self.found):
            cells = (
                stage_content(item.stage).name(language),
                item.where(language),
                locale.format_number(item.value, language),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.confirm_button.setEnabled(bool(self.found))
        # as tall as its rows (up to five, then it scrolls): the list is usually short
        shown = min(max(len(self.found), 1), VISIBLE_ROWS)
        height = self.table.horizontalHeader().sizeHint().height()
        height += sum(self.table.rowHeight(row) for row in range(shown)) or 30
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def confirm_selected(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return False
        item = self.found[row]
        context, project_id = self.context, self.project_id
        service = context.services.worksheets
        command = ServiceCommand(
            self.tr("Confirm number"),
            do=lambda: service.confirm_number(
                project_id, item.stage, item.field, item.row, item.column
            ),
            undo=lambda previous: service.set_answer(project_id, item.stage, item.field, previous),
            on_change=lambda: context.project_changed(project_id),
        )
        return execute(context.stack_for(project_id), command, self)
