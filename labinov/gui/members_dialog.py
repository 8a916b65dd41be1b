"""Editing a team's members: name, NIP, position and role, one row per person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.texts import member_role_text
from labinov.method.teams import MEMBER_ROLES

NIP_SAMPLE = "19700812 199503 1 004"  # 18 digits in the usual 8-6-1-3 groups
NAME, NIP, POSITION, ROLE = range(4)
TEXT_KEYS = {NAME: "name", NIP: "nip", POSITION: "position"}
ID_ROLE = Qt.ItemDataRole.UserRole  # on the name cell: the member's id


class MembersDialog(QDialog):
    """The team's members as a table; ``rows()`` is what ``members.set_team`` takes.

    Rows keep the member's id, so an edited member stays the same member (undo, bundles).
    A row with nothing typed is dropped; a row with a NIP or position but no name is not
    accepted (the message says which row)."""

    def __init__(
        self, team_name: str, members: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("membersDialog")
        self.setWindowTitle(self.tr("Members of {team}").format(team=team_name))
        self.setMinimumSize(760, 420)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("NIP"), self.tr("Position"), self.tr("Role")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        # a whole NIP as written on letters ("19700812 199503 1 004") shows uncut
        nip_width = self.fontMetrics().horizontalAdvance(NIP_SAMPLE) + 24
        header.resizeSection(NIP, max(170, nip_width))
        header.resizeSection(ROLE, 150)
        for member in members:
            self.add_row(member)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(lambda: self._add_and_edit())
        self.remove_button = QPushButton(self.tr("&Remove member"))
        self.remove_button.setObjectName("removeMember")
        self.remove_button.clicked.connect(self.remove_selected)
        self.problem = QLabel()
        self.problem.setObjectName("membersProblem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        focus_first_field(self)

    def add_row(self, member: dict[str, Any] | None = None) -> int:
        member = member or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in TEXT_KEYS.items():
            item = QTableWidgetItem(str(member.get(key) or ""))
            if column == NAME:
                item.setData(ID_ROLE, member.get("id") or "")
            self.table.setItem(row, column, item)
        role = QComboBox()
        for value in MEMBER_ROLES:
            role.addItem(member_role_text(value), value)
        role.setCurrentIndex(max(0, role.findData(member.get("role") or "anggota")))
        self.table.setCellWidget(row, ROLE, role)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def rows(self) -> list[dict[str, Any]]:
        """The members as typed, in table order; rows with nothing typed are left out."""
        result = []
        for row in range(self.table.rowCount()):
            texts = {key: self._text(row, column) for column, key in TEXT_KEYS.items()}
            if not any(texts.values()):
                continue
            role = self.table.cellWidget(row, ROLE)
            name_item = self.table.item(row, NAME)
            result.append(
                {
                    **texts,
                    "id": (name_item.data(ID_ROLE) if name_item is not None else "") or None,
                    "role": role.currentData() if isinstance(role, QComboBox) else "anggota",
                }
            )
        return result

    def accept(self) -> None:
        self.table.setCurrentItem(None)  # commits a cell still being edited
        for row in range(self.table.rowCount()):
            texts = [self._text(row, column) for column in TEXT_KEYS]
            if any(texts) and not texts[0]:
                self.problem.setText(
                    self.tr("Row {row} has no name: type the name or remove the row.").format(
                        row=row + 1
                    )
                )
                self.problem.show()
                self.table.setCurrentCell(row, NAME)
                return
        super().accept()
