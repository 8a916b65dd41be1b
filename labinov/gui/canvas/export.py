"""Export a board to PNG or SVG: the template and every item, without selection marks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from labinov.gui.canvas.scene import BoardScene

PNG_MAX_SIDE = 6000


def _prepared(scene: BoardScene) -> tuple[QRectF, list]:
    selected = scene.selectedItems()
    scene.clearSelection()
    # cached items would be painted as bitmaps: an SVG must keep text and shapes as such
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    # each note paints itself (words where readable at the export's scale), not the layer
    zoom = scene.zoom
    scene.set_zoom(max(zoom, 1.0))
    scene.zoom = zoom
    return scene.content_rect().adjusted(-40, -40, 40, 40), selected


def _restore(scene: BoardScene, selected: list) -> None:
    for item in selected:
        item.setSelected(True)
    for item in [*scene.notes.values(), scene.template_item]:
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    for layer in (scene.notes_layer, scene.link_layer):
        layer.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    scene.set_zoom(scene.zoom)


def export_png(scene: BoardScene, path: Path | str, scale: float = 1.0) -> Path:
    """Write ``scene`` as a PNG at ``scale`` (capped so the longer side is ≤ 6000 px)."""
    rect, selected = _prepared(scene)
    scale = min(scale, PNG_MAX_SIDE / max(rect.width(), rect.height()))
    image = QImage(
        QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    _restore(scene, selected)
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def export_svg(scene: BoardScene, path: Path | str, title: str = "") -> Path:
    """Write ``scene`` as an SVG drawing (text stays text)."""
    path = Path(path)
    path.open("ab").close()  # a folder that cannot be written: the OSError, not a dead painter
    rect, selected = _prepared(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    _restore(scene, selected)
    if not path.exists():
        raise OSError(f"cannot write {path}")
    return path
