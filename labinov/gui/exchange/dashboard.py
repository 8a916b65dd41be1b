"""The workshop dashboard: every project × team with stage, progress and profile, sortable
and filterable, with counts by stage, type and KIPP category, and CSV/XLSX/PDF export."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.exchange.table import write_table
from labinov.gui.context import AppContext
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import show_user_error
from labinov.method import locale
from labinov.services.consolidation import ID_COLUMN, PROFILE_COLUMN, STAGE_COLUMN, consolidation

Index = QModelIndex | QPersistentModelIndex
ISO_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")  # a profile date: "2019-07-15" or "2017-04"
TYPE_KEY, CATEGORY_KEY = "innovation_type", "kipp_category"


class ConsolidationModel(QAbstractTableModel):
    """Read-only table of the consolidation rows; numbers sort as numbers (EditRole)."""

    def __init__(
        self,
        headers: list[str],
        rows: list[list[Any]],
        parent: QWidget | None = None,
        language: str = "id",
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows = rows
        self.language = language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def _display(self, value: Any) -> str:
        """Numbers and the profile's dates (stored ISO) as the UI language writes them."""
        if value is None:
            return ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return locale.format_number(value, self.language)
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            return locale.format_date(value, self.language)
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return super().headerData(section, orientation, role)


class DashboardDialog(QDialog):
    """Workshop ▸ Dashboard: the consolidation of one workshop."""

    def __init__(
        self, context: AppContext, workshop_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDashboard")
        self.context = context
        self.workshop_id = workshop_id
        self.setWindowTitle(self.tr("Workshop dashboard"))
        headers, rows = consolidation(context.services, workshop_id, context.language)
        self.model = ConsolidationModel(headers, rows, self, context.language)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("dashboardFilter")
        self.filter.setPlaceholderText(self.tr("Filter: team, innovation, stage, category…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("dashboardTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setColumnHidden(0, True)  # one workshop: the same in every row
        self.view.setColumnHidden(ID_COLUMN, True)  # the id: for the files, not for reading
        self.view.setWordWrap(False)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        self.counts = QLabel(self.count_text())
        self.counts.setObjectName("dashboardCounts")
        self.counts.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, suffix in (
            (self.tr("Export &CSV…"), ".csv"),
            (self.tr("Export &XLSX…"), ".xlsx"),
            (self.tr("Export Innovation &Directory PDF…"), ".pdf"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"dashboardExport{suffix[1:].upper()}")
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        self.resize(1000, 520)
        focus_first_field(self)

    def count_text(self) -> str:
        type_column = PROFILE_COLUMN + _keys().index(TYPE_KEY)
        category_column = PROFILE_COLUMN + _keys().index(CATEGORY_KEY)

        def line(label: str, column: int) -> str:
            counts = Counter(str(r[column]) or "—" for r in self.model.rows)
            return f"{label}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))

        return "\n".join(
            [
                line(self.tr("By stage"), STAGE_COLUMN),
                line(self.tr("By type"), type_column),
                line(self.tr("By category"), category_column),
            ]
        )

    def export(self, suffix: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"konsolidasi{suffix}", f"*{suffix}"
            )
            if not path:
                return
        try:
            if suffix == ".pdf":
                from labinov.report.directory import write_directory

                write_directory(
                    self.context.services, self.workshop_id, Path(path), self.context.language
                )
            else:
                write_table(Path(path), self.model.headers, self.model.rows, self.context.language)
        except UserError as error:
            show_user_error(self, error)


def _keys() -> list[str]:
    from labinov.method.profile import profile_fields

    return [f.key for f in profile_fields()]
