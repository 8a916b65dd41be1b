"""The rule per row of an import: ``labinov.sync.rules`` (the rules of server sync), told
what a bundle can tell. No I/O.

A bundle has no known receiver, so "changed here" and "changed there" come from the
version last exchanged (``exchangebase.rev``), never from clocks; a tombstone in the bundle
is a change there, a tombstone here a change here. Rows of a bundle older than format 4
carry no version: one is derived from the id and time (``version_of``), equal values mean
unchanged, and a row deleted here stays deleted (nothing says it was edited after).
"""

from __future__ import annotations

import uuid

from labinov.exchange.rows import Row
from labinov.sync.rules import Action, Side, Tomb, decide

# the importing store's version stays in a conflict (SYNC.md)
HERE: Side = "here"


def version_of(row: Row) -> str:
    """The row's version; a row of a bundle before format 4 has none, so one is derived from
    its id and time: every store importing that bundle gives the row the same version."""
    if row.get("rev"):
        return str(row["rev"])
    return uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:rev:{row['id']}:{row['updated_at']}").hex[:16]


def incoming_row(
    table: str,
    ours: Row | None,
    deleted_rev: str | None,
    theirs: Row,
    base: str | None,
    known: bool = True,
) -> str:
    """Status of a row the bundle holds (``theirs``, its ``rev`` set by ``version_of``).
    ``ours``: the row here (None: not here); ``deleted_rev``: the version deleted here
    when a tombstone says so; ``known`` False for a format 1-3 bundle.

    new · unchanged · newer (taken) · older (ours kept) · conflict · gone (deleted here,
    stays deleted) · kept (deleted here, edited there: it comes back)."""
    changed_there = base != theirs["rev"]  # no version exchanged: changed
    if ours is None and deleted_rev is not None:
        tomb = Tomb(theirs["id"], table, deleted_rev)
        decision = decide(tomb, theirs, True, known and changed_there, HERE)
        return "kept" if decision.action is Action.KEEP_THERE else "gone"
    if ours is None:
        return "new"
    changed_here = base is None or ours["rev"] != base
    action = decide(ours, theirs, changed_here, changed_there, HERE, table).action
    return {
        Action.TAKE: "newer",
        Action.GIVE: "older",
        Action.CONFLICT: "conflict",
    }.get(action, "unchanged")


def incoming_tombstone(table: str, ours: Row, stone: Tomb, base: str | None) -> str:
    """Status of a row here that the bundle says was deleted: deleted when ours is that
    version or unchanged since the last exchange, else kept (edited here)."""
    changed_here = base is None or ours["rev"] != base
    action = decide(ours, stone, changed_here, True, HERE).action
    return "kept" if action is Action.KEEP_HERE else "deleted"
