"""The icon set of menus, toolbars and canvas tools: Material Design Icons SVGs bundled in
``resources/icons`` (``README.md`` there names the set, version and licence).

``QIcon(path)`` reads nothing until the icon is first painted, so declaring an icon on every
action costs the start-up a path lookup, not an SVG parse; Qt renders the SVG at the
device pixel ratio of the screen it is painted on (crisp on high-DPI screens).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from labinov.paths import resource

# The canvas tools' icons, by the objectName of their action (the canvas toolbar declares
# its actions with the registry and takes ``icon=CANVAS_ICONS[id]``).
CANVAS_ICONS: dict[str, str] = {
    "newCanvas": "shape-plus-outline",
    "renameCanvas": "rename-box",
    "moveCanvasLeft": "chevron-left",
    "moveCanvasRight": "chevron-right",
    "deleteCanvas": "delete-outline",
    "exportPng": "file-image-outline",
    "exportSvg": "svg",
    "select": "cursor-default-outline",
    "pan": "hand-back-right-outline",
    "addNote": "note-plus-outline",
    "addFrame": "crop-square",
    "addText": "format-text",
    "addConnector": "vector-line",
    "addPicture": "image-plus-outline",
    "pasteItems": "content-paste",
    "align_left": "align-horizontal-left",
    "align_top": "align-vertical-top",
    "align_hcentre": "align-horizontal-center",
    "align_vcentre": "align-vertical-center",
    "align_hdistribute": "distribute-horizontal-center",
    "align_vdistribute": "distribute-vertical-center",
    "toFront": "arrange-bring-to-front",
    "toBack": "arrange-send-to-back",
    "duplicate": "content-duplicate",
    "colour": "palette-outline",
    "startVoting": "vote-outline",
    "votingResults": "chart-bar",
    "resetVotes": "restore",
    "fitAll": "fit-to-screen-outline",
    "zoom100": "magnify",
    "zoomIn": "magnify-plus-outline",
    "zoomOut": "magnify-minus-outline",
    "present": "presentation-play",
    "timer": "timer-outline",
}


def icon_path(name: str) -> Path:
    return resource("icons", f"{name}.svg")


def icon(name: str, folder: Path | None = None) -> QIcon:
    """The icon ``name`` (an MDI name); a missing file gives an empty icon, never an error.

    ``folder``: ``resource("icons")`` found once by a caller making many icons (finding it
    resolves paths on disk, ~1 ms a time on a slow laptop)."""
    return QIcon(str((folder or resource("icons")) / f"{name}.svg"))


def available() -> list[str]:
    """Every bundled icon name (for tests: each declared icon must exist)."""
    return sorted(path.stem for path in resource("icons").glob("*.svg"))
