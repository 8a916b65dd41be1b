"""The workshop overview for the moderator: every team, its stage and progress bars.

Signals (``OverviewWidget``):
    project_chosen(str): open this project (a double-click or the Open button).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.context import AppContext
from labinov.gui.texts import status_text
from labinov.method.stages import STAGES, stage_content

Index = QModelIndex | QPersistentModelIndex
COLUMNS = TEAM, PROJECT, STAGE, DONE, PROGRESS = range(5)
RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2

if TYPE_CHECKING:  # SQLModel loads after the first paint (app.py)
    from labinov.services.moderation import TeamProgress


class OverviewModel(QStandardItemModel):
    """Rows of ``services.moderation.overview``: team, project, stage, stages done, progress.

    The cells are filled once per refresh into Qt's own item model, so painting asks no
    Python code for them (a Python ``data()`` is called seven times per visible cell, which
    was most of the overview's opening time: tests/bench/bench_overview.py)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.language = language
        self._rows: list[TeamProgress] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Team"),
                self.tr("Innovation"),
                self.tr("Current stage"),
                self.tr("Stages done"),
                self.tr("Worksheet progress"),
            ]
        )

    def set_rows(self, rows: list[TeamProgress]) -> None:
        self._rows = list(rows)
        self.setRowCount(0)
        no_project = self.tr("(no innovation yet)")
        stage_names = {stage.value: stage_content(stage) for stage in STAGES}
        for row in self._rows:
            if row.project_id:
                stage = ""
                if row.stage is not None:
                    content = stage_names[row.stage]
                    name = content.name(self.language)
                    stage = f"{content.number}. {name} — {status_text(row.stage_status)}"
                texts = (
                    row.team,
                    row.project or no_project,
                    stage,
                    f"{row.stages_done}/{len(STAGES)}",
                    f"{round(row.ratio * 100)}%",
                )
            else:
                texts = (row.team, no_project, "", "", "")
            items = [QStandardItem(text) for text in texts]  # read-only: the view edits none
            items[TEAM].setToolTip(texts[TEAM])  # long names are elided in the cell
            items[PROJECT].setToolTip(texts[PROJECT])
            if row.project_id:
                items[TEAM].setData(row.project_id, PROJECT_ROLE)
                items[PROGRESS].setData(row.ratio, RATIO_ROLE)
                items[PROGRESS].setToolTip(
                    "\n".join(
                        f"{stage_names[stage.value].name(self.language)}: "
                        f"{row.progress[stage.value]}"
                        for stage in STAGES
                    )
                )
            self.appendRow(items)

    def row_at(self, row: int) -> TeamProgress:
        return self._rows[row]


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a flat bar with its percentage (readable on a projector).

    Flat fills and one line of text: the style's own progress bar (gradients, rounded
    frames) cost as much as the rest of a row (tests/bench/bench_overview.py)."""

    TRACK = QColor("#e4e7eb")
    CHUNK = QColor("#7cc47f")
    FRAME = QColor("#9aa1a9")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        ratio = index.data(RATIO_ROLE)
        if ratio is None:  # a team without an innovation
            super().paint(painter, option, index)
            return
        bar = option.rect.adjusted(6, 5, -6, -5)
        painter.fillRect(bar, self.TRACK)
        filled = round(bar.width() * max(0.0, min(1.0, ratio)))
        if filled:
            painter.fillRect(bar.x(), bar.y(), filled, bar.height(), self.CHUNK)
        painter.setPen(self.FRAME)
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(Qt.GlobalColor.black)  # dark on both the track and the chunk
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, index.data())


class OverviewWidget(QWidget):
    """The overview table of one workshop, refreshed when the store changes."""

    project_chosen = Signal(str)

    def __init__(
        self, context: AppContext, workshop_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopOverview")
        self.setWindowTitle(self.tr("Workshop overview"))
        self.context = context
        self.workshop_id = workshop_id
        self.model = OverviewModel(context.language, self)
        self.view = QTableView()
        self.view.setObjectName("overviewTable")
        self._stale = False
        self.refresh()  # before the view watches the model: one reset instead of a signal a row
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # read on the projector
        self.view.setFont(font)
        self.view.horizontalHeader().setFont(font)  # the headings too, read from the back row
        self.view.setWordWrap(False)  # one line per team: fixed heights, no measuring
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The innovation takes what the others leave, so the table fits the window's width
        # (no horizontal scroll bar on the projector).
        header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TEAM, 210)
        header.resizeSection(STAGE, 280)
        header.resizeSection(DONE, max(90, header.sectionSizeHint(DONE)))
        header.resizeSection(PROGRESS, max(170, header.sectionSizeHint(PROGRESS)))
        self.view.doubleClicked.connect(self._double_clicked)
        self.open_button = QPushButton(self.tr("Open innovation"))
        self.open_button.setObjectName("overviewOpen")
        self.open_button.clicked.connect(self._open_current)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(1080, 600)
        # Bound methods, not lambdas: Qt drops the connections when this widget is deleted.
        context.events.project_changed.connect(self._project_changed)
        context.events.structure_changed.connect(self._structure_changed)

    def refresh(self) -> None:
        self._stale = False
        self.model.set_rows(self.context.services.moderation.overview(self.workshop_id))

    def _project_changed(self, _project_id: str) -> None:
        self._structure_changed()

    def _structure_changed(self) -> None:
        # Every answer typed in a worksheet says "project changed": a hidden overview only
        # notes it and reads the workshop again when it is shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        self._choose(index.row())

    def _open_current(self) -> None:
        self._choose(self._current())

    def _current(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            project_id = self.model.row_at(row).project_id
            if project_id:
                self.project_chosen.emit(project_id)
