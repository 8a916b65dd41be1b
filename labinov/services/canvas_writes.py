"""Checked writes of a board's rows: a canvas row's title, order and view with the record
of which content version it holds (``store/canvas_lineage.py``), and fields of many items
or links at once. Each read and written in one transaction, checked against the version
the caller saw, as ``Service._update`` does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table

from labinov.store import canvas_lineage
from labinov.store.canvas_rows import restricted, seen_by_caller
from labinov.store.db import Store
from labinov.store.fast_edits import Version, not_found, stale, versioned
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


def write_rows(
    store: Store,
    table: Table,
    changes: dict[str, Fields],
    previous: dict[str, Fields] | None = None,
) -> dict[str, Fields]:
    """Set fields of many rows of ``table`` (one statement per set of fields); returns the
    previous values in the same shape, for undo.

    Each row of ``changes`` may carry its new ``rev`` (``versioned``); rows without get
    one. ``previous``: the values the caller holds for every changed field and ``rev``, the
    version it saw, which must still be the stored one (else ``StaleWriteError``, nothing
    written); they are returned as they are instead of being read back. Without them the
    current values are read in the same transaction (a concurrent writer between read and
    write is still caught)."""
    if any("rev" not in fields for fields in changes.values()):
        changes = versioned(changes)
    edits = store.edits
    with edits.transaction() as connection:
        held = restricted(previous, changes) if previous is not None else None
        if held is None:
            columns = sorted({name for fields in changes.values() for name in fields})
            current = edits.read(connection, table, list(changes), columns)
            missing = set(changes) - set(current)
            if missing:
                raise not_found(sorted(missing)[0])
            held = restricted(current, changes)
            assert held is not None  # current has every field of changes
            seen_by_caller(held, previous)
        # held has every field of changes, "rev" (the version seen) among them
        seen = {row_id: fields.pop("rev") for row_id, fields in held.items()}
        edits.write(connection, table, changes, seen)
    return held
