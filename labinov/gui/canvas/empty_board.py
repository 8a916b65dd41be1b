"""What the canvas panel shows while its stage has no canvas: a call to action and the
template gallery, so a new team's project always has a way to its first board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labinov.gui.canvas.picker import TemplateGallery


class EmptyBoard(QWidget):
    """ "No canvas yet", a button opening the template picker, and the gallery itself
    (Enter or a double click on a thumbnail makes that canvas at once).

    Signals:
        create_requested(): the button was pressed (open the picker).
        template_chosen(str): a thumbnail was activated (make a canvas of that template).
    """

    create_requested = Signal()
    template_chosen = Signal(str)

    def __init__(self, stage: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyBoard")
        heading = QLabel(self.tr("This stage has no canvas yet"))
        heading.setObjectName("emptyBoardHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Start from a template: its zones and questions guide the team. "
                "Choose one below (Enter or double-click) or press the button."
            )
        )
        hint.setWordWrap(True)
        self.button = QPushButton(self.tr("Create a canvas from a template…"))
        self.button.setObjectName("createCanvasButton")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.create_requested)
        self._stage, self._language = stage, language
        self._gallery: TemplateGallery | None = None  # its previews: built when first shown
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(row)
        self._layout = layout
        self.setFocusProxy(self.button)  # the first Tab into the panel lands on the button
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def gallery(self) -> TemplateGallery:
        """The template gallery, made the first time it is shown or asked for: drawing
        its previews cost a board's worth of time on every stage page built, most of
        which have a canvas (the start reopening the last project among them)."""
        if self._gallery is None:
            self._gallery = TemplateGallery(self._stage, self._language)
            self._gallery.setObjectName("emptyBoardGallery")
            self._gallery.chosen.connect(self.template_chosen)
            self._layout.addWidget(self._gallery, 1)
            if self.isVisible():  # a layout shows a late child only on a later turn
                self._gallery.show()
        return self._gallery

    def showEvent(self, event: QShowEvent) -> None:
        self.gallery  # noqa: B018 - built on first show
        super().showEvent(event)
