"""The parking lot of a workshop: questions and ideas to come back to, ticked when handled."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.context import AppContext
from labinov.gui.moderator.edits import Edits


class ParkingLot(QWidget):
    """A list of parked items: type and press Enter to add; tick when done; every edit undoable."""

    def __init__(
        self, context: AppContext, workshop_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parkingLot")
        self.setWindowTitle(self.tr("Parking lot"))
        self.context = context
        self.workshop_id = workshop_id
        self.edits = Edits(context, context.structure_changed, self)
        self.entry = QLineEdit()
        self.entry.setObjectName("parkingEntry")
        self.entry.setPlaceholderText(self.tr("A question or idea to come back to…"))
        self.entry.returnPressed.connect(self.add_from_entry)
        add = QPushButton(self.tr("Park it"))
        add.setObjectName("parkingAdd")
        add.clicked.connect(self.add_from_entry)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("parkingDelete")
        self.delete_button.clicked.connect(self.delete_current)
        self.list = QListWidget()
        self.list.setObjectName("parkingList")
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)  # read from across the room
        self.list.setFont(font)
        self.list.itemChanged.connect(self._item_changed)
        top = QHBoxLayout()
        top.addWidget(self.entry, 1)
        top.addWidget(add)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.resize(600, 480)
        self._loading = False
        self.refresh()
        # later, not inside itemChanged of an item the refresh deletes
        # a bound method, not a lambda: the connection ends with this window
        context.events.structure_changed.connect(self._structure_changed)

    def _structure_changed(self) -> None:
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._loading = True
        try:
            self.list.clear()
            for row in self.context.services.moderation.parking_items(self.workshop_id):
                self.context.versions.record(("parkingitem", row.id), row.rev)
                entry = QListWidgetItem(row.text)
                entry.setData(Qt.ItemDataRole.UserRole, row.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked)
                font = entry.font()
                font.setStrikeOut(row.done)
                entry.setFont(font)
                self.list.addItem(entry)
        finally:
            self._loading = False

    def add_from_entry(self) -> bool:
        service, workshop_id, text = (
            self.context.services.moderation,
            self.workshop_id,
            self.entry.text(),
        )
        added = self.edits.add(
            self.tr("Park an item"), lambda: service.park(workshop_id, text), service.delete_parked
        )
        if added:
            self.entry.clear()
        return added is not None

    def _item_changed(self, entry: QListWidgetItem) -> None:
        if self._loading:
            return
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        done = entry.checkState() == Qt.CheckState.Checked
        service = self.context.services.moderation
        self.edits.run_checked(
            self.tr("Tick a parked item"),
            ("parkingitem", item_id),
            lambda version: service.update_parked(item_id, version, done=done),
            lambda previous, version: service.update_parked(item_id, version, **previous),
        )

    def delete_current(self) -> bool:
        entry = self.list.currentItem()
        if entry is None:
            return False
        item_id, service = entry.data(Qt.ItemDataRole.UserRole), self.context.services.moderation
        return self.edits.delete(
            self.tr("Delete a parked item"), lambda: service.delete_parked(item_id)
        )
