"""A worksheet table (or list) as a Qt table model over the rows stored in ``StageWork``.

The model never writes to the store itself: ``setData`` checks the typed text with the
worksheet's column rules, refuses bad input with a message in the cell's view, and hands a
valid edit to ``commit(row, column_key, text) -> bool`` (an undoable command of the panel).
The panel reloads the rows from the store afterwards (``set_rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from labinov.errors import UserError
from labinov.gui.errors import show_user_error
from labinov.method import locale, measure, usg
from labinov.method.worksheets import CHECK_SUFFIX, LIST, USG, Column, Field, parse_cell

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str, str], bool]
ROOT = QModelIndex()
CHOSEN_BRUSH = QBrush(QColor("#d5f5e3"))  # the chosen problem of the USG table
CHECK_BRUSH = QBrush(QColor("#fdebd0"))  # an old number to check (``method.suspects``)


class WorksheetTableModel(QAbstractTableModel):
    """Rows of a ``table``, ``usg`` or ``list`` worksheet field; USG adds Total and Rank."""

    def __init__(
        self, item: Field, language: str, commit: Commit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.language = language
        self._commit = commit
        self._view: QWidget | None = parent
        if item.kind == LIST:
            self.columns: tuple[Column, ...] = (Column("text", item.label),)
        else:
            self.columns = item.columns
        self._rows: list[Any] = []
        self._ranked: list[usg.Ranked] = []

    # -- contents ----------------------------------------------------------------------

    def set_rows(self, rows: list[Any] | None) -> None:
        """Show the stored rows; same row count only repaints (keeps an open editor calm)."""
        rows = list(rows or [])
        if len(rows) == len(self._rows):
            self._rows = rows
            self._rank()
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self._rank()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def _rank(self) -> None:
        self._ranked = usg.rank(self._rows) if self.item.kind == USG else []

    def value(self, row: int, key: str) -> Any:
        entry = self._rows[row]
        return entry if self.item.kind == LIST else entry.get(key)

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self.columns) + (2 if self.item.kind == USG else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section < len(self.columns):
            return self.columns[section].title(self.language)
        return (self.tr("Total"), self.tr("Rank"))[section - len(self.columns)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.columns):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if column >= len(self.columns):  # USG total / rank
            ranked = self._ranked[row]
            if role == Qt.ItemDataRole.DisplayRole:
                value = ranked.total if column == len(self.columns) else ranked.rank
                return "" if value is None else str(value)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return self._background(row, role)
        spec = self.columns[column]
        value = self.value(row, spec.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(spec, value, row)
        check = self._to_check(row, spec)
        if role == Qt.ItemDataRole.ToolTipRole and check:
            return self.tr(
                "Check this number: it was stored before Labinov read numbers the "
                "Indonesian way, so “1.200” may have become {value}. Type it again, or "
                "confirm it in the readiness view."
            ).format(value=locale.format_number(value, self.language))
        if role == Qt.ItemDataRole.BackgroundRole and check:
            return CHECK_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and spec.type in ("text", "measure") and value:
            return self._display(spec, value, row)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.type in ("number", "rupiah", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._background(row, role)

    def _to_check(self, row: int, spec: Column) -> bool:
        entry = self._rows[row]
        return isinstance(entry, dict) and bool(entry.get(spec.key + CHECK_SUFFIX))

    def _background(self, row: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self._ranked and self._ranked[row].rank == 1:
            return CHOSEN_BRUSH
        return None

    def _display(self, spec: Column, value: Any, row: int) -> str:
        """The cell as the user reads and edits it, in the UI's language: a ``measure`` as it
        was typed, numbers "1.200", dates "15 Juli 2019" (each parses back to itself)."""
        entry = self._rows[row]
        if spec.type == "measure" and isinstance(entry, dict):
            typed = entry.get(spec.key + measure.TEXT_SUFFIX)
            if isinstance(typed, str) and typed.strip():
                return typed
        if value is None or value == "":
            return ""
        if spec.type == "rupiah" and isinstance(value, int | float):
            return locale.format_rupiah(value, self.language)
        if spec.type in ("number", "measure") and isinstance(value, int | float):
            return locale.format_number(value, self.language)
        if spec.type == "date" and isinstance(value, str):
            return locale.format_date(value, self.language)
        if spec.type == "choice":
            return spec.choice_label(str(value), self.language)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() >= len(self.columns):
            return False
        spec = self.columns[index.column()]
        text = "" if value is None else str(value)
        try:
            parse_cell(
                spec, text, self.language
            )  # refuse in the cell, before anything reaches the store
        except UserError as error:
            self.last_error = error
            show_user_error(self._view, error)
            return False
        if str(self.data(index, Qt.ItemDataRole.EditRole)) == text.strip() and spec.type != "text":
            return True
        if spec.type == "text" and self.value(index.row(), spec.key) == text.strip():
            return True
        return self._commit(index.row(), spec.key, text)

    last_error: UserError | None = None
