"""A canvas row's title, order and view written with the record of which content version
it holds (``store/canvas_lineage.py``): read and written in one transaction, checked
against the version the caller saw, as ``Service._update`` does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labinov.store import canvas_lineage
from labinov.store.db import Store
from labinov.store.fast_edits import Version, not_found, stale
from labinov.store.models import Canvas
from labinov.store.types import new_rev

CANVASES = Canvas.__table__  # type: ignore[attr-defined]
Fields = dict[str, Any]


def write_canvas(
    store: Store,
    canvas_id: str,
    build: Callable[[Fields, str], Fields],
    version: Version | None = None,
) -> Fields:
    """``build(row before, new rev)`` gives the fields to set (with ``view``), from the row's
    ``rev``, ``view``, ``title`` and ``sort_order`` as stored; returns those stored values.
    ``version``: the ``rev`` the caller saw (``StaleWriteError`` when it changed since,
    nothing written) and the one this write gives."""
    edits = store.edits
    with edits.transaction() as connection:
        before = edits.read_one(
            connection, CANVASES, canvas_id, ("rev", "view", "title", "sort_order")
        )
        if before is None:
            raise not_found(canvas_id)
        if version is not None and before["rev"] != version.seen:
            raise stale()
        rev = version.new if version is not None else new_rev()
        changes = {**build(before, rev), "rev": rev}
        edits.write(connection, CANVASES, {canvas_id: changes}, {canvas_id: before["rev"]})
    return before


def renamed(title: str) -> Callable[[Fields, str], Fields]:
    return lambda before, rev: {
        "title": title,
        "view": canvas_lineage.after_content_write(before, rev),
    }


def viewed(view: Fields) -> Callable[[Fields, str], Fields]:
    return lambda before, rev: {"view": canvas_lineage.after_view_write(before, view, rev)}
