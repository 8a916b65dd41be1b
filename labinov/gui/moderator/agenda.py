"""The workshop agenda: sessions with time boxes, linked to a stage; a timer per session.

Signals (``AgendaEditor``):
    timer_requested(str, int): run the countdown for a session (title, minutes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from labinov.gui.moderator.edits import Edits
from labinov.method.stages import STAGES, stage_content
from labinov.store.ids import order_version

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
FIELDS = ("start_time", "title", "stage", "minutes")
STAGE_COLUMN = 2

if TYPE_CHECKING:  # SQLModel loads after the first paint (app.py)
    from labinov.store.models import AgendaSession


class AgendaModel(QAbstractTableModel):
    """Sessions of a workshop; ``setData`` hands a change to ``edit(session_id, field, value)``."""

    def __init__(self, language: str, edit, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.language = language
        self._edit = edit
        self._rows: list[AgendaSession] = []

    def set_rows(self, rows: list[AgendaSession]) -> None:
        """Same sessions: repaint only; a reset while a cell editor commits would orphan it."""
        if [row.id for row in rows] == [row.id for row in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(FIELDS) - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AgendaSession:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Start"), self.tr("Session"), self.tr("Stage"), self.tr("Minutes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, name = self._rows[index.row()], FIELDS[index.column()]
        value = getattr(row, name)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if name == "stage":
            return stage_content(value).name(self.language) if value else ""
        return "" if value is None else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = FIELDS[index.column()]
        if str(value) == self.data(index, Qt.ItemDataRole.EditRole):
            return True
        return self._edit(
            self._rows[index.row()].id, name, value or None if name == "stage" else value
        )


class StageDelegate(QStyledItemDelegate):
    """The stage column as a drop-down of the five stages (or none)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for stage in STAGES:
            combo.addItem(stage_content(stage).name(self.language), stage.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AgendaEditor(QWidget):
    """Table of the sessions with Add / Delete / Up / Down / Start timer; every edit undoable."""

    timer_requested = Signal(str, int)

    def __init__(
        self, context: AppContext, workshop_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEditor")
        self.setWindowTitle(self.tr("Workshop agenda"))
        self.context = context
        self.workshop_id = workshop_id
        self.edits = Edits(context, context.structure_changed, self)
        self.model = AgendaModel(context.language, self._edit, self)
        self.view = QTableView()
        self.view.setObjectName("agendaTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(STAGE_COLUMN, StageDelegate(context.language, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("agendaAdd", self.tr("Add session"), self.add),
            ("agendaDelete", self.tr("Delete"), self.delete_current),
            ("agendaUp", self.tr("Move up"), lambda: self.move_current(-1)),
            ("agendaDown", self.tr("Move down"), lambda: self.move_current(1)),
            ("agendaTimer", self.tr("Start timer"), self.start_timer),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()
        context.events.structure_changed.connect(self.refresh)

    @property
    def service(self):  # type: ignore[no-untyped-def]
        return self.context.services.moderation

    def refresh(self) -> None:
        current = self.current_row()
        sessions = self.service.sessions(self.workshop_id)
        versions = self.context.versions  # the versions shown, which the edits check
        for session in sessions:
            versions.record(("agendasession", session.id), session.rev)
        versions.record(("agendaorder", self.workshop_id), order_version(s.id for s in sessions))
        self.model.set_rows(sessions)
        if 0 <= current < self.model.rowCount():
            self.view.selectRow(current)

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add(self) -> str | None:
        service, workshop_id = self.service, self.workshop_id
        title = self.tr("New session")
        row_id = self.edits.add(
            self.tr("Add session"),
            lambda: service.add_session(workshop_id, title, 30),
            service.delete_session,
        )
        if row_id:
            self.view.selectRow(self.model.rowCount() - 1)
        return row_id

    def _edit(self, session_id: str, name: str, value: Any) -> bool:
        service = self.service
        return self.edits.run_checked(
            self.tr("Edit session"),
            ("agendasession", session_id),
            lambda version: service.update_session(session_id, version, **{name: value}),
            lambda previous, version: service.update_session(session_id, version, **previous),
        )

    def delete_current(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        session_id, service = self.model.row_at(row).id, self.service
        return self.edits.delete(
            self.tr("Delete session"), lambda: service.delete_session(session_id)
        )

    def move_current(self, step: int) -> bool:
        row = self.current_row()
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return False
        ids = [self.model.row_at(i).id for i in range(self.model.rowCount())]
        ids.insert(row + step, ids.pop(row))
        service, workshop_id = self.service, self.workshop_id
        done = self.edits.run_order(
            self.tr("Move session"),
            ("agendaorder", workshop_id),
            ids,
            lambda order, seen: service.reorder_sessions(workshop_id, order, seen),
        )
        if done:
            self.view.selectRow(row + step)
        return done

    def start_timer(self) -> None:
        row = self.current_row()
        if row >= 0:
            session = self.model.row_at(row)
            self.timer_requested.emit(session.title, session.minutes)
