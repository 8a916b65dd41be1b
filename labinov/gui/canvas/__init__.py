"""The sticky-note board: document (model) + scene (graphics) + view, edited through undo
commands that hold ids (STYLE.md §3) and interaction objects per gesture (§4)."""

from __future__ import annotations
