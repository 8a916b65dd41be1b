"""What to do with one row seen on two stores (SYNC.md "Rules per row"): pure functions,
no I/O, shared by server sync and bundle import.

"Here" is the store doing the work, "there" the other one (the server, or a bundle).
Each side's version of a row id is a row (a dict of column values), a ``Tomb`` (it was
deleted there) or ``None`` (never seen). ``changed_here``/``changed_there`` say whether
that side wrote the row (or its deletion) since the two last exchanged: from the marks
for a sync, from the version last exchanged for a bundle - never from clocks.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal

from labinov.store import canvas_lineage
from labinov.sync.placement import beside

Row = dict[str, Any]
Side = Literal["here", "there"]

# not the row's content: what every write changes anyway
STAMPS = frozenset({"rev", "change_seq", "created_at", "updated_at"})
# rows that can stand twice: the losing version of a conflict becomes a marked copy
COPYABLE = frozenset({"canvasitem", "link", "member", "agendasession", "parkingitem"})
# per-laptop view state saved on a row (store/canvas_lineage.py): a difference in it alone
# is no user's edit, so never a conflict
VIEW_STATE = canvas_lineage.VIEW_STATE
# rows whose view records which content version they hold (store/canvas_lineage.py): a
# version written on top of the other's content is newer, the other side only zoomed
LINEAGE = frozenset({"canvas"})


@dataclass(frozen=True)
class Tomb:
    """A row deleted on one side: which version was deleted (``rev``), and where it was."""

    row_id: str
    table: str
    rev: str
    parent_id: str | None = None
    device_id: str = ""


Version = Row | Tomb | None


class Action(Enum):
    NONE = "none"  # nothing to write on either side
    TAKE = "take"  # their version becomes the row here (insert or update)
    GIVE = "give"  # our version goes there
    DELETE_HERE = "delete_here"  # deleted there, unchanged here: delete here
    DELETE_THERE = "delete_there"  # deleted here, unchanged there: delete there
    KEEP_HERE = "keep_here"  # deleted there, edited here: kept, ours goes back there
    KEEP_THERE = "keep_there"  # deleted here, edited there: kept, theirs comes back here
    CONFLICT = "conflict"  # changed on both sides: one stays, the other is copied/marked


@dataclass(frozen=True)
class Decision:
    action: Action
    stays: Side | None = None  # for a conflict: whose version stays the row

    @property
    def loser(self) -> Side | None:
        if self.stays is None:
            return None
        return "there" if self.stays == "here" else "here"


NOTHING = Decision(Action.NONE)


def _bytes(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview | bytearray) else value


def same_values(
    one: Mapping[str, Any], other: Mapping[str, Any], apart: frozenset[str] = frozenset()
) -> bool:
    """Equal apart from the version, change number and time stamps (and ``apart``)."""
    keys = (set(one) | set(other)) - STAMPS - apart
    return all(_bytes(one.get(key)) == _bytes(other.get(key)) for key in keys)


def same_content(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Equal apart from the version and every time (when a stage was started on each
    store is not what its users typed)."""
    keys = (set(one) | set(other)) - STAMPS - {"id"}
    return all(
        _bytes(one.get(key)) == _bytes(other.get(key))
        for key in keys
        if not isinstance(one.get(key), datetime) and not isinstance(other.get(key), datetime)
    )


def decide(
    ours: Version,
    theirs: Version,
    changed_here: bool,
    changed_there: bool,
    first: Side = "there",
    table: str = "",
) -> Decision:
    """The decision for one row id. ``first``: whose version stays in a conflict (the one
    that reached the server first: the server's; for an import: the importing store's).
    Changed on both sides but differing only in ``table``'s view state (``VIEW_STATE``):
    theirs (the server's, the bundle's) is taken silently, whatever ``first`` says; every
    store and every retry derives that same row. Changed on both sides where one version's
    content was written on top of the other's (``LINEAGE``: a rename on one laptop, a zoom
    on the other): that version is taken or given whole, its view with it, silently."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        if ours.get("rev") == theirs.get("rev") or same_values(ours, theirs):
            return NOTHING
        if changed_here and changed_there:
            if same_values(ours, theirs, VIEW_STATE.get(table, frozenset())):
                return Decision(Action.TAKE)
            if table in LINEAGE:  # one side's content is written on top of the other's
                if canvas_lineage.descends(theirs, ours):
                    return Decision(Action.TAKE)
                if canvas_lineage.descends(ours, theirs):
                    return Decision(Action.GIVE)
            return Decision(Action.CONFLICT, first)
        if changed_there:
            return Decision(Action.TAKE)
        if changed_here:
            return Decision(Action.GIVE)
        return NOTHING
    if isinstance(ours, dict) and isinstance(theirs, Tomb):
        if ours.get("rev") == theirs.rev:  # the very version they deleted
            return Decision(Action.DELETE_HERE)
        if changed_here:
            return Decision(Action.KEEP_HERE)
        return Decision(Action.DELETE_HERE) if changed_there else NOTHING
    if isinstance(ours, Tomb) and isinstance(theirs, dict):
        if theirs.get("rev") == ours.rev:
            return Decision(Action.DELETE_THERE)
        if changed_there:
            return Decision(Action.KEEP_THERE)
        return Decision(Action.DELETE_THERE) if changed_here else NOTHING
    if isinstance(ours, dict) and theirs is None:
        return Decision(Action.GIVE) if changed_here else NOTHING
    if ours is None and isinstance(theirs, dict):
        return Decision(Action.TAKE) if changed_there else NOTHING
    return NOTHING  # deleted on both sides, or a deletion of a row the other never had


def copy_id(row_id: str, rev: str) -> str:
    """The id of the marked copy of version ``rev`` of row ``row_id``: derived, so both
    stores (and a second try after a cut connection) make the same copy."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:conflict:{row_id}:{rev}"))


def conflict_id(row_id: str, rev: str) -> str:
    """The id of the ``conflict`` row about version ``rev`` of row ``row_id``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:conflict-row:{row_id}:{rev}"))


def conflict_rev(row_id: str, rev: str) -> str:
    """The version of the ``conflict`` row about version ``rev`` of row ``row_id``."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:conflict-rev:{row_id}:{rev}").hex[:16]


def marked_copy(
    table: str,
    other: Row,
    stayed: Row | None = None,
    items: Iterable[Mapping[str, Any]] = (),
) -> Row:
    """The losing version of a copyable row as a row of its own beside the one that
    stayed: a canvas item right of ``stayed``, past the canvas's ``items`` it would cover
    (``placement.beside``)."""
    copy = {key: value for key, value in other.items() if key != "change_seq"}
    copy["id"] = copy_id(other["id"], other["rev"])
    if table == "canvasitem":
        copy["x"], copy["y"] = beside(stayed or other, copy, items)
    return copy


def json_value(value: Any) -> Any:
    """A column value as JSON (times and dates as ISO text; binary data left out)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    return value


def payload(other: Row) -> dict[str, Any]:
    """The losing version's values, kept in a ``conflict`` row (binary data left out)."""
    return {
        key: json_value(value)
        for key, value in other.items()
        if key != "change_seq" and not isinstance(value, bytes | bytearray | memoryview)
    }


def conflict_row(
    table: str,
    stayed: Row,
    other: Row,
    *,
    origin: str,
    project_id: str | None,
    items: Iterable[Mapping[str, Any]] = (),
) -> tuple[Row, Row | None]:
    """The ``conflict`` row recording that ``other`` lost to ``stayed``, and the marked
    copy of ``other`` (None for a table whose rows cannot stand twice: then the conflict
    row holds ``other``'s values). Every value derives from the two versions (its time:
    the later of their edits), so a sync cut after the server's commit, synced again,
    or a bundle builds the very same row on every store. ``items``: the canvas's items
    once the exchange is done, which a copied canvas item must not cover."""
    copy = marked_copy(table, other, stayed, items) if table in COPYABLE else None
    moment = max(v["updated_at"] for v in (stayed, other) if v.get("updated_at") is not None)
    record: Row = {
        "id": conflict_id(stayed["id"], other["rev"]),
        "created_at": moment,
        "updated_at": moment,
        "rev": conflict_rev(stayed["id"], other["rev"]),
        "table_name": table,
        "row_id": stayed["id"],
        "copy_id": None if copy is None else copy["id"],
        "payload": None if copy is not None else payload(other),
        "origin": origin[:64],
        "project_id": project_id,
        "resolved": False,
    }
    return record, copy
