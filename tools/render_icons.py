"""Render the application and document icons from their SVG sources.

    python3 tools/render_icons.py        # needs PySide6 (QtSvg) and Pillow

Writes ``resources/icons/app/labinov-<size>.png`` (16–512), ``labinov.ico`` (16–256),
``labinov.icns`` and the same for ``labinov-document``. The outputs are committed, so
neither a build nor the application needs Pillow; run this again after editing an SVG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAMES = ("labinov", "labinov-document")


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    from PIL import Image  # only this tool needs Pillow

    _app = QGuiApplication(sys.argv[:1])
    for name in NAMES:
        svg = FOLDER / f"{name}.svg"
        pngs = {}
        for size in PNG_SIZES:
            target = FOLDER / f"{name}-{size}.png"
            if not render(svg, size).save(str(target)):
                raise SystemExit(f"cannot write {target}")
            pngs[size] = target
        with tempfile.TemporaryDirectory() as temp:  # 1024 px for the Retina 512@2x slot
            big = Path(temp) / "1024.png"
            render(svg, 1024).save(str(big))
            largest = Image.open(big).convert("RGBA")
            largest.load()
        # Each ICO size from its own rendering: Pillow would otherwise downscale the largest.
        frames = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
        frames[-1].save(
            FOLDER / f"{name}.ico",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=frames[:-1],
        )
        largest.save(
            FOLDER / f"{name}.icns",
            append_images=[Image.open(pngs[s]).convert("RGBA") for s in (16, 32, 64, 128, 256)],
        )
        print(f"{name}: {len(PNG_SIZES)} PNGs, .ico, .icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
