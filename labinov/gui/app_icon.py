"""The application's icon (every window, the task switcher) and the ``.labinov`` document
icon, built from the PNGs rendered from ``resources/icons/app/*.svg``
(``tools/render_icons.py``): PNG sizes load without the QtSvg plugin and stay crisp at 16 px.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from labinov.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _icon(name: str) -> QIcon:
    icon = QIcon()
    folder = resource("icons", "app")
    for size in SIZES:
        path = folder / f"{name}-{size}.png"
        if path.is_file():  # the size given: Qt reads the file when it paints that size
            icon.addFile(str(path), QSize(size, size))
    return icon


def app_icon() -> QIcon:
    return _icon("labinov")


def document_icon() -> QIcon:
    return _icon("labinov-document")
