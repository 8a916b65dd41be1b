"""Where a conflict's marked copy of a canvas item lies: beside the item that stayed, right
of it, stepped further right past every item there until it covers none (pure functions,
no I/O). The spot follows from the rows alone (the item that stayed, the copy, the
canvas's items as they are once the exchange is done), so a retried sync and every
store that derives the same copy put it on the same spot."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

GAP = 16.0  # between the item that stayed and its copy, and between the copy and others
Rect = tuple[float, float, float, float]  # x, y, width, height


def rect(row: Mapping[str, Any]) -> Rect:
    return (
        float(row.get("x") or 0.0),
        float(row.get("y") or 0.0),
        float(row.get("width") or 0.0),
        float(row.get("height") or 0.0),
    )


def _layer(row: Mapping[str, Any]) -> bool:
    """Frames lie under the notes: a copied note may sit on a frame, and a copied frame
    may lie over notes, but neither over its own kind."""
    return row.get("kind") == "frame"


def _overlaps(one: Rect, other: Rect, margin: float) -> bool:
    x, y, w, h = one
    ox, oy, ow, oh = other
    return (
        x < ox + ow + margin
        and ox < x + w + margin
        and y < oy + oh + margin
        and oy < y + h + margin
    )


def beside(
    stayed: Mapping[str, Any], copy: Mapping[str, Any], items: Iterable[Mapping[str, Any]] = ()
) -> tuple[float, float]:
    """The top-left corner for ``copy``: right of ``stayed`` at its height, then past
    every one of ``items`` (of the copy's layer, itself left out) it would cover."""
    sx, sy, sw, _sh = rect(stayed)
    _x, _y, width, height = rect(copy)
    blocks = [
        rect(item)
        for item in items
        if item.get("id") != copy.get("id") and _layer(item) == _layer(copy)
    ]
    x, y = sx + sw + GAP, sy
    while True:
        hit = [block for block in blocks if _overlaps((x, y, width, height), block, GAP / 2)]
        if not hit:
            return x, y
        x = max(bx + bw for bx, _by, bw, _bh in hit) + GAP  # strictly right of all of them
