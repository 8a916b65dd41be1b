"""Choosing a template for a new canvas, with a preview of its zones and shapes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.canvas.template_item import TemplateItem
from labinov.gui.dialog_focus import focus_first_field
from labinov.method import templates
from labinov.method.stages import pick

PREVIEW = (420, 280)


def preview(
    template: templates.Template, language: str, size: tuple[int, int] = PREVIEW
) -> QPixmap:
    """A small picture of a template's zones and shapes."""
    scene = QGraphicsScene()
    item = TemplateItem(template, language)
    scene.addItem(item)
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()).adjusted(6, 6, -6, -6), item.boundingRect())
    painter.end()
    return QPixmap.fromImage(image)


class TemplatePicker(QDialog):
    """Lists the stage's templates (then the blank canvas); shows the chosen one's
    preview and description, and lets the user name the canvas."""

    def __init__(self, stage: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("New canvas"))
        self.language = language
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        for template in templates.for_stage(stage):
            entry = QListWidgetItem(template.title(language))
            entry.setData(Qt.ItemDataRole.UserRole, template.key)
            self.list.addItem(entry)
        # wide enough for the longest name ("Peta Pemangku Kepentingan"), never clipped
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24)
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setFixedSize(*PREVIEW)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("canvasTitle")
        self._auto_title = ""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.description)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        right.addLayout(form)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        focus_first_field(self)

    def template_key(self) -> str:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else templates.BLANK

    def canvas_title(self) -> str:
        return self.title.text().strip()

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)

    def _show(self, _row: int) -> None:
        template = templates.get(self.template_key())
        self.preview.setPixmap(preview(template, self.language))
        self.description.setText(str(pick(template.description, self.language)))
        if self.title.text() in ("", self._auto_title):  # keep a title the user typed
            self._auto_title = template.title(self.language)
            self.title.setText(self._auto_title)
