"""Where a conflict's marked copy of a canvas item lies: beside the item that stayed, on
the nearest free place of a grid of copy-sized cells around it (right first, then below,
left, above, then the diagonals and the next ring), where it covers no other item. Not
simply further right: on a fishbone that walks the copy out of its zone and far from its
note. Pure functions, no I/O: the spot follows from the rows alone (the item that stayed,
the copy, the canvas's items as they are once the exchange is done), so a retried sync
and every store that derives the same copy put it on the same spot."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from math import atan2, tau
from typing import Any

GAP = 16.0  # between the cells of the grid round the item that stayed
MARGIN = 4.0  # closer than this to another item counts as covering it
RINGS = 20  # cells tried round the item; past them, right of everything
Rect = tuple[float, float, float, float]  # x, y, width, height
Row = dict[str, Any]


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


@cache
def _cells(rings: int) -> tuple[tuple[int, int], ...]:
    """Grid offsets round the item, nearest first; at one distance: right, below, left,
    above (clockwise on screen, y down), so the copy lies right of its item when free."""
    offsets = [
        (i, j)
        for i in range(-rings, rings + 1)
        for j in range(-rings, rings + 1)
        if (i, j) != (0, 0)
    ]
    return tuple(sorted(offsets, key=lambda o: (o[0] ** 2 + o[1] ** 2, atan2(o[1], o[0]) % tau)))


def beside(
    stayed: Mapping[str, Any], copy: Mapping[str, Any], items: Iterable[Mapping[str, Any]] = ()
) -> tuple[float, float]:
    """The top-left corner for ``copy``: the nearest cell round ``stayed`` where it covers
    none of ``items`` of its layer (itself left out)."""
    sx, sy, _sw, _sh = rect(stayed)
    _x, _y, width, height = rect(copy)
    blocks = [
        rect(item)
        for item in items
        if item.get("id") != copy.get("id") and _layer(item) == _layer(copy)
    ]
    blocks.append(rect(stayed))
    step_x, step_y = max(width, rect(stayed)[2]) + GAP, max(height, rect(stayed)[3]) + GAP
    for i, j in _cells(RINGS):
        spot = (sx + i * step_x, sy + j * step_y, width, height)
        if not any(_overlaps(spot, block, MARGIN) for block in blocks):
            return spot[0], spot[1]
    return max(bx + bw for bx, _by, bw, _bh in blocks) + GAP, sy  # a board full all round


def place_copies(
    copies: Iterable[tuple[Row, Row]], items_of: Callable[[str], Mapping[str, Row]]
) -> None:
    """Set ``x``/``y`` of each copied canvas item (paired with the item that stayed) beside
    the item that stayed, covering none of ``items_of(canvas)`` (its canvas's items as the
    exchange leaves them: a sync, ``sync/copies.py``, or an import, ``exchange/merge.py``)
    nor the copies placed before it, in order of id, the copies themselves left out of
    those items (a retry may find one written). Canvas by canvas in order of id: the
    same rows give the same spots on every store and every retry."""
    placing = list(copies)
    made = {copy["id"] for copy, _stayed in placing}
    by_canvas: dict[str, list[tuple[Row, Row]]] = {}
    for copy, stayed in placing:
        by_canvas.setdefault(copy["canvas_id"], []).append((copy, stayed))
    for canvas, pairs in sorted(by_canvas.items()):
        items = {i: row for i, row in items_of(canvas).items() if i not in made}
        for copy, stayed in sorted(pairs, key=lambda pair: str(pair[0]["id"])):
            copy["x"], copy["y"] = beside(items.get(stayed["id"], stayed), copy, items.values())
            items[copy["id"]] = copy
