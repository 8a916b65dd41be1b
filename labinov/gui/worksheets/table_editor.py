"""A worksheet table or list on screen: the view, a choice delegate and row buttons.

Signals:
    add_requested(int): add a row after this one (-1: at the end).
    delete_requested(int), move_requested(int, int): row edits, done by the panel as
    undoable commands.
    canvas_requested(): the user asked to take notes from the project's canvases.
    members_requested(): the user asked to take the team's members into the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.worksheets.column_fit import ColumnFit
from labinov.gui.worksheets.table_model import WorksheetTableModel
from labinov.method import usg
from labinov.method.worksheets import USG

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT_ROWS = 6  # rows visible before the table scrolls


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the column's choices (labels in the user's language)."""

    def __init__(self, model: WorksheetTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = (
            self._model.columns[index.column()]
            if index.column() < len(self._model.columns)
            else None
        )
        if spec is None or spec.type != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", "")
        for value, _label in spec.choices:
            combo.addItem(spec.choice_label(value, self._model.language), value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class TableEditor(QWidget):
    """A table view of one field with Add / Delete / Up / Down (and From canvas) buttons."""

    add_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)
    canvas_requested = Signal()
    members_requested = Signal()

    def __init__(self, model: WorksheetTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        key = model.item.key
        self.setObjectName(f"field_{key}")
        self.view = QTableView()
        self.view.setObjectName(f"table_{key}")
        self.view.setModel(model)
        model._view = self.view  # bad input is reported over the table
        self.view.setItemDelegate(ChoiceDelegate(model, self.view))
        self.view.installEventFilter(self)  # Delete and F2 act on the table, not the project
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        # the columns share the width by what they hold; the first text column leads
        types = [column.type for column in model.columns]
        texts = [column for column, kind in enumerate(types) if kind == "text"]
        self.fit = ColumnFit(self.view, texts, texts[0] if texts else 0)
        rows = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(rows * (ROW_HEIGHT_ROWS // 2) + header.sizeHint().height())
        self.view.setMaximumHeight(rows * ROW_HEIGHT_ROWS + header.sizeHint().height() + 4)

        self.add_button = self._button(self.tr("Add row"), "add", self._add)
        self.delete_button = self._button(self.tr("Delete row"), "delete", self._delete)
        self.up_button = self._button(self.tr("Move up"), "up", lambda: self._move(-1))
        self.down_button = self._button(self.tr("Move down"), "down", lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.canvas_button: QPushButton | None = None
        if model.item.from_canvas:
            self.canvas_button = self._button(
                self.tr("Take from canvas…"), "canvas", self.canvas_requested.emit
            )
            buttons.addWidget(self.canvas_button)
        self.members_button: QPushButton | None = None
        if model.item.from_members:
            self.members_button = self._button(
                self.tr("Take the team's members"), "members", self.members_requested.emit
            )
            buttons.addWidget(self.members_button)
        buttons.addStretch(1)
        self.button_row = buttons  # a panel may add its own buttons before the stretch
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName(f"chosen_{key}")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setVisible(model.item.kind == USG)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.chosen_label)
        model.modelReset.connect(self._update)
        model.dataChanged.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}_{self.model.item.key}")
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete deletes the selected row and F2 edits the cell while the table has the
        focus: the window's Delete and F2 act on the navigator's project, and pressed here
        they asked to delete the whole project, or renamed it."""
        if watched is not self.view or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() not in (Qt.Key.Key_Delete, Qt.Key.Key_F2):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the table as a key press
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self._delete()
            return True
        return False  # F2: the view opens the cell's editor

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def edit_row(self, row: int) -> QWidget | None:
        """Select ``row`` and open its first cell's editor, scrolled whole into view; the
        keyboard goes there: typing after "Add row" fills it (with the focus left on the
        button, each space typed pressed it again and added a row). Returns the editor."""
        if not 0 <= row < self.model.rowCount():
            return None
        self.select_row(row)
        cell = self.model.index(row, 0)
        self.view.setCurrentIndex(cell)
        # the new row's height and the scroll range are laid out late: scrolled to before
        # that, the row (and its editor) stayed half under the table's lower edge
        self.view.doItemsLayout()
        self.fit.fit()
        self.view.scrollTo(cell)
        self.view.setFocus()
        self.view.edit(cell)
        return self.view.indexWidget(cell)  # the open editor

    def _add(self) -> None:
        self.add_requested.emit(self.current_row())

    def _delete(self) -> None:
        if self.current_row() >= 0:
            self.delete_requested.emit(self.current_row())

    def _move(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and 0 <= row + step < self.model.rowCount():
            self.move_requested.emit(row, row + step)

    def _update(self, *_args: Any) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        if self.model.item.kind == USG:
            chosen = usg.chosen(self.model.rows())
            if chosen is None:
                self.chosen_label.setText(
                    self.tr("Chosen problem: none yet — score U, S and G 1–5.")
                )
            else:
                problem = self.model.value(chosen, "problem") or "—"
                self.chosen_label.setText(
                    self.tr("Chosen problem: {problem}").format(problem=problem)
                )
