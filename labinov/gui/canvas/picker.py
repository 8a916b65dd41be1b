"""Choosing a template for a new canvas: a gallery of thumbnails drawn from the templates
themselves, used by the picker dialog and by the empty board's call to action."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
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
THUMB = (180, 118)


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
    scene.render(painter, QRectF(image.rect()).adjusted(4, 4, -4, -4), item.boundingRect())
    painter.end()
    return QPixmap.fromImage(image)


class TemplateGallery(QListWidget):
    """The stage's templates (then the blank canvas) as thumbnails with their names;
    arrow keys move, Enter or a double click chooses.

    Signals:
        chosen(str): a template key was activated (Enter, double click).
    """

    chosen = Signal(str)

    def __init__(self, stage: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(*THUMB))
        self.setGridSize(QSize(THUMB[0] + 24, THUMB[1] + 52))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for template in templates.for_stage(stage):
            entry = QListWidgetItem(
                QIcon(preview(template, language, THUMB)), template.title(language)
            )
            entry.setData(Qt.ItemDataRole.UserRole, template.key)
            entry.setToolTip(str(pick(template.description, language)))
            self.addItem(entry)
        self.setMinimumSize(3 * (THUMB[0] + 24) + 24, THUMB[1] + 72)
        self.itemActivated.connect(lambda entry: self.chosen.emit(self.key_of(entry)))
        self.setCurrentRow(0)

    @staticmethod
    def key_of(entry: QListWidgetItem | None) -> str:
        return entry.data(Qt.ItemDataRole.UserRole) if entry else templates.BLANK

    def template_key(self) -> str:
        return self.key_of(self.currentItem())

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.setCurrentRow(row)


class TemplatePicker(QDialog):
    """The stage's templates as a gallery of thumbnails; shows the chosen one's larger
    preview and description, and lets the user name the canvas."""

    def __init__(self, stage: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("New canvas"))
        self.language = language
        self.list = TemplateGallery(stage, language)
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setFixedSize(*PREVIEW)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMaximumWidth(PREVIEW[0])
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
        self.list.chosen.connect(lambda _key: self.accept())
        self._show(0)
        focus_first_field(self)

    def template_key(self) -> str:
        return self.list.template_key()

    def canvas_title(self) -> str:
        return self.title.text().strip()

    def select(self, key: str) -> None:
        self.list.select(key)

    def _show(self, _row: int) -> None:
        template = templates.get(self.template_key())
        self.preview.setPixmap(preview(template, self.language))
        self.description.setText(str(pick(template.description, self.language)))
        if self.title.text() in ("", self._auto_title):  # keep a title the user typed
            self._auto_title = template.title(self.language)
            self.title.setText(self._auto_title)
