"""Which version of a canvas's content (title, order) a canvas row holds, and which came
before it: kept in the row's own view state, so a sync or a bundle can tell a rename on one
laptop from a mere zoom on the other (``sync/rules.py``). Pure functions, no I/O.

A board's zoom and scroll are saved on its canvas row (``canvas.view``), so a zoom gives the
row a new version (``rev``) like a rename does. Two laptops' versions then differ in the
title AND the view, and without knowing the version both started from, a rename against a
zoom looked like two edits: a conflict. So the canvas service's writes record, under
``view["lineage"]``:

- ``rev``: the version this record was written with (a write that does not keep the
  record, e.g. a conflict resolved or a store of an older release, leaves it stale: then
  the row's content is taken as new, its own ``rev``);
- ``content``: a token of the content the row holds: a content write (rename, reorder)
  makes it the write's own ``rev``, a view write keeps the one before;
- ``seen``: the content tokens before it, newest first (at most ``KEEP``).

A version whose ``seen`` holds the other version's content token was written on top of that
content: the other side changed only its view since, and this version is simply newer.
Tokens are unique versions, never reused, so this never mistakes two edits for one; a
content too far back (or a record lost) is a conflict, as before. No new column: the view
is JSON and travels with the row (sync, bundles), the record with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

KEY = "lineage"
# per-laptop view state (a board's zoom, scroll, voting) saved on its row: it travels with
# the row, but it is no user's edit: never a conflict, never a choice in one
VIEW_STATE: dict[str, frozenset[str]] = {"canvas": frozenset({"view"})}
KEEP = 8  # content versions remembered: renames on one side before the other syncs


def _record(row: Mapping[str, Any]) -> Mapping[str, Any] | None:
    view = row.get("view")
    record = view.get(KEY) if isinstance(view, Mapping) else None
    return (
        record if isinstance(record, Mapping) and isinstance(record.get("content"), str) else None
    )


def _fresh(row: Mapping[str, Any], record: Mapping[str, Any] | None) -> bool:
    return record is not None and bool(row.get("rev")) and record.get("rev") == row.get("rev")


def content(row: Mapping[str, Any]) -> str:
    """The token of the content ``row`` holds (its ``rev`` when no record says more)."""
    record = _record(row)
    return (
        str(record["content"])
        if record is not None and _fresh(row, record)
        else str(row.get("rev") or "")
    )


def history(row: Mapping[str, Any]) -> list[str]:
    """The content tokens ``row``'s content was written on top of, newest first."""
    record = _record(row)
    if record is None:
        return []
    seen = [str(token) for token in record.get("seen") or () if isinstance(token, str)]
    # a stale record: a write that kept no record came after; what it recorded came before
    return seen if _fresh(row, record) else [str(record["content"]), *seen]


def descends(newer: Mapping[str, Any], older: Mapping[str, Any]) -> bool:
    """Whether ``newer``'s content was written on top of ``older``'s (so ``older``'s side
    changed at most its view since)."""
    token = content(older)
    return bool(token) and token != content(newer) and token in history(newer)


def shown(view: Mapping[str, Any] | None) -> dict[str, Any]:
    """The view without the record: what the board restores (zoom, scroll, voting)."""
    return {key: value for key, value in (view or {}).items() if key != KEY}


def after_view_write(
    before: Mapping[str, Any], view: Mapping[str, Any], rev: str
) -> dict[str, Any]:
    """``view`` (zoom, scroll, voting) to store as version ``rev`` of the row ``before``
    (its ``rev`` and ``view``): the content stays the one before."""
    record = {"rev": rev, "content": content(before), "seen": history(before)[:KEEP]}
    return {**shown(view), KEY: record}


def after_content_write(before: Mapping[str, Any], rev: str) -> dict[str, Any]:
    """The view to store with a content write (rename, reorder) giving version ``rev`` of
    the row ``before``: its view, the new content on top of the one before."""
    seen = [content(before), *history(before)][:KEEP]
    record = {"rev": rev, "content": rev, "seen": [token for token in seen if token]}
    return {**shown(before.get("view")), KEY: record}
