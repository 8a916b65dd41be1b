"""The workshop overview for the moderator: every team, its stage and progress bars.

Signals (``OverviewWidget``):
    project_chosen(str): open this project (a double-click or the Open button).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.context import AppContext
from labinov.gui.texts import status_text
from labinov.method.stages import STAGES, stage_content

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TEAM, PROJECT, STAGE, DONE, PROGRESS = range(5)
RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2

if TYPE_CHECKING:  # SQLModel loads after the first paint (app.py)
    from labinov.services.moderation import TeamProgress


class OverviewModel(QAbstractTableModel):
    """Rows of ``services.moderation.overview``: team, project, stage, stages done, progress."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[TeamProgress] = []

    def set_rows(self, rows: list[TeamProgress]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TeamProgress:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Team"),
            self.tr("Innovation"),
            self.tr("Current stage"),
            self.tr("Stages done"),
            self.tr("Worksheet progress"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == PROJECT_ROLE:
            return row.project_id
        if role == RATIO_ROLE and column == PROGRESS:
            return row.ratio
        if role == Qt.ItemDataRole.ToolTipRole and column == PROGRESS and row.progress:
            return "\n".join(
                f"{stage_content(stage).name(self.language)}: {row.progress[stage.value]}"
                for stage in STAGES
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TEAM:
            return row.team
        if column == PROJECT:
            return row.project or self.tr("(no innovation yet)")
        if column == STAGE:
            if row.stage is None:
                return ""
            content = stage_content(row.stage)
            return (
                f"{content.number}. {content.name(self.language)} — {status_text(row.stage_status)}"
            )
        if column == DONE:
            return f"{row.stages_done}/{len(STAGES)}" if row.project_id else ""
        return f"{round(row.ratio * 100)}%" if row.project_id else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar (readable on a projector)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        ratio = index.data(RATIO_ROLE)
        if ratio is None or index.data(PROJECT_ROLE) is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 4, -4, -4)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(ratio * 100)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole)
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


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
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # read on the projector
        self.view.setFont(font)
        self.view.setWordWrap(False)  # one line per team: fixed heights, no measuring
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(TEAM, 220)
        header.resizeSection(PROJECT, 280)
        header.resizeSection(STAGE, 220)
        self.view.doubleClicked.connect(lambda index: self._choose(index.row()))
        self.open_button = QPushButton(self.tr("Open innovation"))
        self.open_button.setObjectName("overviewOpen")
        self.open_button.clicked.connect(lambda: self._choose(self._current()))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(1000, 600)
        self.refresh()
        context.events.project_changed.connect(lambda _id: self.refresh())
        context.events.structure_changed.connect(self.refresh)

    def refresh(self) -> None:
        self.model.set_rows(self.context.services.moderation.overview(self.workshop_id))

    def _current(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            project_id = self.model.row_at(row).project_id
            if project_id:
                self.project_chosen.emit(project_id)
