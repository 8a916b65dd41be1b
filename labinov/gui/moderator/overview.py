"""The workshop overview for the moderator: every team, its stage and progress bars.

Signals (``OverviewWidget``):
    project_chosen(str): open this project (a double-click or the Open button).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.context import AppContext
from labinov.gui.moderator.overview_table import OverviewTable
from labinov.gui.projector import ProjectorPreset
from labinov.gui.texts import status_text
from labinov.method.stages import STAGES, stage_content

Index = QModelIndex | QPersistentModelIndex
COLUMNS = TEAM, PROJECT, STAGE, DONE, PROGRESS = range(5)
RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERVIEW_FONT = 1.3  # times the UI font; the projector preset scales it again
SCREEN_SHARE = 0.85  # of the screen's free area, for a new overview window
NBSP = "\u00a0"
TOOLTIP_CHARS = 1000  # a longer name is cut short in its tooltip (it would fill the screen)

if TYPE_CHECKING:  # SQLModel loads after the first paint (app.py)
    from labinov.services.moderation import TeamProgress


class OverviewModel(QAbstractTableModel):
    """Rows of ``services.moderation.overview``: team, project, stage, stages done, progress.

    Its texts are formatted once per refresh into ``cells``, which ``OverviewTable`` paints
    without calling ``data()``; ``data()`` answers tooltips, screen readers and tests."""

    bar_column = PROGRESS
    centred = frozenset({DONE})
    wrapping = frozenset({TEAM, PROJECT, STAGE})  # these wrap when the window is narrow
    widest = PROJECT  # …and this one takes the room left over

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[TeamProgress] = []
        self.cells: list[tuple[str, ...]] = []
        self.bars: list[float | None] = []
        self._headers = (
            self.tr("Team"),
            self.tr("Innovation"),
            self.tr("Current stage"),
            self.tr("Stages done"),
            self.tr("Worksheet progress"),
        )

    def set_rows(self, rows: list[TeamProgress]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.cells = []
        self.bars = []
        no_project = self.tr("(no innovation yet)")
        for row in self.rows:
            team = " ".join(row.team.split())  # one line: a line break would glue the words
            if not row.project_id:
                self.cells.append((team, no_project, "", "", ""))
                self.bars.append(None)
                continue
            stage = ""
            if row.stage is not None:
                content = stage_content(row.stage)
                # no-break spaces: it wraps between "4. Delivery —" and "◐ sedang berjalan",
                # in a narrow window also inside them, never before the dash (narrow no-break)
                name = f"{content.number}. {content.name(self.language)}".replace(" ", NBSP)
                status = status_text(row.stage_status).replace(" ", NBSP)
                stage = f"{name}\u202f— {status}"
            ratio = row.ratio
            self.bars.append(ratio)
            self.cells.append(
                (
                    team,
                    " ".join(row.project.split()) or no_project,
                    stage,
                    f"{row.stages_done}/{len(STAGES)}",
                    f"{round(ratio * 100)}%",
                )
            )
        self.endResetModel()

    def row_at(self, row: int) -> TeamProgress:
        return self.rows[row]

    def key(self, row: int) -> tuple[str, str | None]:
        """What a row stands for across refreshes: its team and innovation."""
        found = self.rows[row]
        return found.team_id, found.project_id

    def find(self, key: tuple[str, str | None]) -> int:
        return next((n for n in range(len(self.rows)) if self.key(n) == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == RATIO_ROLE and column == PROGRESS:
            return self.bars[row]
        if role == PROJECT_ROLE:
            return self.rows[row].project_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.centred:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        if column in (TEAM, PROJECT):  # long names are elided in the cell
            text = self.cells[row][column]
            if len(text) > TOOLTIP_CHARS:
                text = text[:TOOLTIP_CHARS] + "…"
            # escaped rich text: "<b>" in a name is shown as typed, and a long title wraps
            return f"<p>{html.escape(text, quote=False)}</p>"
        progress = self.rows[row].progress
        if column == PROGRESS and progress:
            return "\n".join(
                f"{stage_content(stage).name(self.language)}: {progress[stage.value]}"
                for stage in STAGES
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class OverviewWidget(QWidget):
    """The overview table of one workshop, refreshed when the store changes."""

    project_chosen = Signal(str)

    def __init__(
        self, context: AppContext, workshop_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopOverview")
        # Read on the projector from the back row: the table, its headings and the buttons,
        # larger still with the projector preset. Set before the children exist, so they are
        # built with it.
        ProjectorPreset.of(context).follow(self, OVERVIEW_FONT)
        font = self.font()
        self.setWindowTitle(self.tr("Workshop overview"))
        self.context = context
        self.workshop_id = workshop_id
        self.model = OverviewModel(context.language, self)
        self.view = OverviewTable(self)  # parented now: built with the projector font
        self.view.setObjectName("overviewTable")
        self._stale = False
        self.refresh()  # before the view watches the model: one reset instead of a signal a row
        # Row heights, no row headings and the headings' font are set before the model: a
        # visible vertical header asks for four headings per row to size itself, and each
        # change of the horizontal one asks for all of its headings again.
        self.view.verticalHeader().setVisible(False)
        self.view.fit_rows()
        header = self.view.horizontalHeader()
        header.setFont(font)  # desktops give headers a font of their own: not inherited
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        header.setHighlightSections(False)  # a selected row would make every heading bold
        # columns fit their texts and the window (the table sizes them: no scroll sideways)
        self.model.modelReset.connect(self.view.fit)
        # a double-click, or Enter on the keyboard (a single click where the desktop says so)
        self.view.activated.connect(self._activated)
        self.open_button = QPushButton(self.tr("Open innovation"), self)
        self.open_button.setObjectName("overviewOpen")
        self.open_button.clicked.connect(self._open_current)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._size_to_screen()
        # Bound methods, not lambdas: Qt drops the connections when this widget is deleted.
        context.events.project_changed.connect(self._project_changed)
        context.events.structure_changed.connect(self._structure_changed)

    def _size_to_screen(self) -> None:
        """Most of the screen it opens on: on a projector the room reads it whole."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None:
            self.resize(1080, 600)
            return
        self.resize(round(area.width() * SCREEN_SHARE), round(area.height() * SCREEN_SHARE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "view"):  # preset switched
            self.view.horizontalHeader().setFont(self.font())
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the workshop again, keeping the chosen team chosen (the rows may move)."""
        self._stale = False
        selection = self.view.selectionModel()  # None on the first read, before the model
        row = self._current() if selection is not None else -1
        chosen = self.model.key(row) if row >= 0 else None
        scrolled = self.view.verticalScrollBar().value()
        self.model.set_rows(self.context.services.moderation.overview(self.workshop_id))
        if chosen is not None:
            row = self.model.find(chosen)
            if row >= 0:
                self.view.selectRow(row)
        # where the moderator scrolled to, not back to the chosen row at each edit
        self.view.verticalScrollBar().setValue(scrolled)

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

    def _activated(self, index: QModelIndex) -> None:
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
