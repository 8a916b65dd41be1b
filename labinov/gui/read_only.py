"""The banner of a data folder opened read-only (Build 2 of issue #14)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QToolBar, QWidget


class ReadOnlyBanner(QToolBar):
    """A fixed bar across the top: "Hanya baca", why, and what still works. ``copy``: the
    data shown is a temporary copy migrated to this version (the original is older)."""

    def __init__(self, copy: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the user may hide
        text = self.tr(
            "<b>Read only</b> — this data folder cannot be written. You can look, export "
            "and back up elsewhere; nothing can be changed."
        )
        if copy:
            text += " " + self.tr(
                "It was made by an older Labinov: what you see is a temporary copy brought "
                "up to this version; the original is unchanged."
            )
        self.label = QLabel(text)
        self.label.setObjectName("readOnlyText")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 6px 10px; }"
        )
        self.addWidget(self.label)
