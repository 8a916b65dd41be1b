"""The dialog shown after an unexpected error, with details to copy for a bug report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.dialog_focus import focus_first_field


class CrashDialog(QDialog):
    """Tells the user something went wrong, offers the details to copy for a bug report."""

    def __init__(
        self,
        summary: str,
        details: str,
        parent: QWidget | None = None,
        explanation: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Labinov: unexpected error"))
        message = QLabel(
            explanation
            or self.tr(
                "Something went wrong, but your work is saved. You can keep working. "
                "Please send the details below to your Labinov support."
            )
        )
        message.setWordWrap(True)
        short = QLabel(summary)
        short.setTextFormat(Qt.TextFormat.PlainText)
        short.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.details.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.NoWrap
        )  # a traceback reads by line
        self.setMinimumWidth(640)
        copy = QPushButton(self.tr("&Copy details"))
        copy.setObjectName("copyDetails")
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(short)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        focus_first_field(self)
