"""The rule per row of an import (SYNC.md "Rules per row"), pure: no I/O.

A bundle has no known receiver, so "changed here" and "changed there" are told by the
version last exchanged (``exchangebase.rev``), never by clocks. Rows of a bundle older than
format 4 carry no version (``""``): equal values mean unchanged, anything else changed
there; a row deleted here stays deleted (nothing says it was edited after).
"""

from __future__ import annotations

import uuid

from labinov.exchange.rows import Row

# times and versions say when and where a row was written, not what it holds: equal values
# apart from these are the same row (an untouched sample from a second laptop)
NOT_VALUES = frozenset({"rev", "created_at", "updated_at", "change_seq"})


def same_values(ours: Row, theirs: Row) -> bool:
    """Both hold the same values apart from ``NOT_VALUES`` (binary data compared apart)."""
    return all(ours.get(k) == v for k, v in theirs.items() if k not in NOT_VALUES)


def version_of(row: Row) -> str:
    """The row's version; a row of a bundle before format 4 has none, so one is derived from
    its id and time: every store importing that bundle gives the row the same version."""
    if row.get("rev"):
        return str(row["rev"])
    return uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:rev:{row['id']}:{row['updated_at']}").hex[:16]


def incoming_row(
    ours_rev: str | None,
    deleted_rev: str | None,
    theirs_rev: str,
    base: str | None,
    same: bool,
    known: bool = True,
) -> str:
    """Status of a row the bundle holds. ``ours_rev``: the row here (None: not here);
    ``deleted_rev``: the version deleted here when a tombstone says so; ``theirs_rev``: the
    bundle's version (``version_of``), ``known`` False when derived (format 1–3); ``same``:
    equal values (only meaningful when the row is here).

    new · unchanged · newer (taken) · older (ours kept) · conflict · gone (deleted here,
    stays deleted) · kept (deleted here, edited there: it comes back)."""
    if ours_rev is None:
        if deleted_rev is None:
            return "new"
        if not known or theirs_rev in (deleted_rev, base):
            return "gone"
        return "kept"
    if theirs_rev == ours_rev or same:
        return "unchanged"
    changed_here = base is None or ours_rev != base
    changed_there = base is None or theirs_rev != base
    if changed_there and not changed_here:
        return "newer"
    if changed_here and not changed_there:
        return "older"
    return "conflict"


def incoming_tombstone(ours_rev: str, deleted_rev: str, base: str | None) -> str:
    """Status of a row here that the bundle says was deleted (at ``deleted_rev``): deleted
    when ours is that version or unchanged since the last exchange, else kept."""
    return "deleted" if ours_rev in (deleted_rev, base) else "kept"
