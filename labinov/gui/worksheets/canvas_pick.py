"""A dialog to take notes from the project's canvases into a worksheet list or table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.dialog_focus import focus_first_field


class CanvasPickDialog(QDialog):
    """Checkable canvas notes (most-voted first where votes count); ``chosen()`` after OK."""

    def __init__(self, notes: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasPickDialog")
        self.setWindowTitle(self.tr("Take from canvas"))
        self.list = QListWidget()
        self.list.setObjectName("canvasNotes")
        for text, votes in notes:
            label = (
                text
                if votes <= 0
                else self.tr("{text}  ({votes} votes)").format(text=text, votes=votes)
            )
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, text)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if votes > 0 else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        hint = QLabel(
            self.tr("Tick the notes to add.")
            if notes
            else self.tr("No new notes on this project's canvases yet.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 380)
        focus_first_field(self)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
