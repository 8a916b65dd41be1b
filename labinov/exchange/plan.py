"""The preview of an import: read and check a bundle, decide every row by the rule of
``decide`` (the rows of SYNC.md), and name what the user must know. Nothing is written
here: ``merge.apply_import`` carries it out.

Statuses of the bundle's rows: new, unchanged, newer (taken), older (ours kept), conflict
(ours stays, theirs beside it), gone (deleted here: stays deleted), kept (deleted here,
edited there: it comes back). Rows here that the bundle's tombstones name: deleted, or
kept (edited here since).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, UniqueConstraint, column, literal_column, select, table
from sqlalchemy.engine import Connection

from labinov.exchange import bundle as bundles
from labinov.exchange import format as fmt
from labinov.exchange.common import PROJECT_TABLES, Progress
from labinov.exchange.decide import incoming_row, incoming_tombstone, version_of
from labinov.exchange.names import Named, Namer
from labinov.exchange.owners import keep_owners, revive_owners
from labinov.exchange.rows import (
    BY_NAME,
    TABLES,
    Row,
    as_stored,
    parent_key,
    read_stored,
)
from labinov.store.db import Store
from labinov.sync.rules import STAMPS, Tomb

STATUSES = ("new", "newer", "older", "unchanged", "conflict", "deleted", "kept", "gone")
# written by the trigger of each delete (SYNC.md); read here with Core, no model needed
TOMBSTONE = table("tombstone", column("row_id"), column("rev"))
EXCHANGE_BASE = table("exchangebase", column("row_id"), column("rev"), column("updated_at"))


@dataclass
class ImportPlan:
    """What an import would do. ``status``: table → id → status, for the bundle's rows and
    for the rows here its tombstones name; ``ours``: the version here of the bundle's rows
    present here; ``conflicts``, ``deleted``, ``kept``, ``gone``: what the preview names
    (a row inside a named one is not named again: a deleted project names no notes)."""

    bundle: bundles.Bundle
    rows: dict[str, dict[str, Row]]
    status: dict[str, dict[str, str]] = field(default_factory=dict)
    ours: dict[str, str] = field(default_factory=dict)
    # a new row whose unique key a row here holds (the stage work of a project made on
    # two laptops) gives way to it: new row id -> the id of the row here
    gives_way: dict[str, str] = field(default_factory=dict)
    projects: list[tuple[str, str, str]] = field(default_factory=list)  # id, title, status
    project_of: dict[str, str] = field(default_factory=dict)  # row id -> project id
    conflicts: list[Named] = field(default_factory=list)
    deleted: list[Named] = field(default_factory=list)
    kept: list[Named] = field(default_factory=list)
    gone: list[Named] = field(default_factory=list)

    @property
    def known_versions(self) -> bool:
        """The bundle's rows carry their version (format 4)."""
        return self.bundle.manifest.format_version >= 4

    def counts(self) -> dict[str, int]:
        out = Counter(s for statuses in self.status.values() for s in statuses.values())
        return {s: out.get(s, 0) for s in STATUSES}

    def project_counts(self) -> dict[str, int]:
        out = Counter(s for _, _, s in self.projects)
        return {s: out.get(s, 0) for s in STATUSES}

    def of(self, status: str) -> dict[str, list[str]]:
        """Ids by table with ``status``."""
        return {
            name: ids
            for name, statuses in self.status.items()
            if (ids := [i for i, s in statuses.items() if s == status])
        }


def plan_import(store: Store, path: Path, progress: Progress | None = None) -> ImportPlan:
    """Read and check the bundle at ``path`` and decide every row; writes nothing.
    ``progress(done, total)`` is called along the way (a large bundle takes seconds)."""
    steps = len(TABLES) + 2
    bundle = bundles.read_bundle(path)
    if progress is not None:
        progress(1, steps)
    rows = bundles.rows_of(bundle)
    plan = ImportPlan(bundle, rows)
    deletions: dict[str, list[fmt.Tombstone]] = {}
    for tombstone in bundle.manifest.tombstones:
        if tombstone.id not in rows.get(tombstone.table, {}):  # a row there wins
            deletions.setdefault(tombstone.table, []).append(tombstone)
    with store.transaction() as session:
        conn = session.connection()
        for step, table_ in enumerate(TABLES, start=2):
            _decide_table(conn, plan, table_.name, deletions.get(table_.name, []))
            if progress is not None:
                progress(step, steps)
        revive_owners(plan.status, plan.rows)
        keep_owners(conn, plan.status)
        _name(conn, plan)
    _summarise_projects(plan)
    if progress is not None:
        progress(steps, steps)
    return plan


def _decide_table(
    conn: Connection, plan: ImportPlan, name: str, deletions: list[fmt.Tombstone]
) -> None:
    incoming = plan.rows.get(name, {})
    ids = [*incoming, *(t.id for t in deletions)]
    table_ = BY_NAME[name]
    local = read_stored(conn, table_, ids) if ids and _holds_rows(conn, table_) else {}
    # only rows present or deleted here can be anything but new: an import into a fresh
    # folder asks nothing more
    absent = [i for i in incoming if i not in local]
    deleted_here = _lookup(conn, TOMBSTONE, absent)
    base = _bases(conn, local, [*local, *deleted_here])
    known = plan.known_versions
    attachments = plan.bundle.attachments
    status: dict[str, str] = {}
    for row_id, row in incoming.items():
        ours = local.get(row_id)
        theirs = {**row, "rev": version_of(row)}
        if ours is not None:
            plan.ours[row_id] = ours["rev"]
            if name == "attachment":  # the bytes compared by checksum
                data = ours["data"]
                ours = {**ours, "data": hashlib.sha256(data).hexdigest()}
                known_data = attachments.sha256(row_id) if row_id in attachments else None
                theirs["data"] = known_data
        decided = incoming_row(
            name, ours, deleted_here.get(row_id), theirs, base.get(row_id), known
        )
        if decided == "conflict" and name == "conflict":
            # a conflict record in conflict: resolved on either side stays resolved
            decided = "newer" if row.get("resolved") and not ours.get("resolved") else "older"  # type: ignore[union-attr]
        status[row_id] = decided
    for stone in deletions:
        ours = local.get(stone.id)
        if ours is not None:
            plan.ours[stone.id] = ours["rev"]
            tomb = Tomb(stone.id, name, stone.rev, stone.parent_id, stone.device)
            status[stone.id] = incoming_tombstone(name, ours, tomb, base.get(stone.id))
    plan.status[name] = status
    _unique_keys(conn, plan, name, local)


def _same_content(table_: Any, ours: Row, theirs: Row) -> bool:
    """Equal apart from the id, the version and every time (when a stage was started on
    each laptop is not what its users typed); rows in import form (times as text)."""
    skip = STAMPS | {"id"} | {c.name for c in table_.columns if _is_time(c)}
    return all(ours.get(k) == v for k, v in theirs.items() if k not in skip)


def _is_time(column: Any) -> bool:
    kind = column.type
    return isinstance(getattr(kind, "impl", kind), DateTime)


def _unique_keys(conn: Connection, plan: ImportPlan, name: str, local: dict[str, Row]) -> None:
    """A new row of the bundle whose unique key (``UniqueConstraint``) a row here holds:
    ours stays and theirs gives way — unchanged when the content is the same, else a
    conflict (their values kept in its record), as a sync does (``sync/decide.py``)."""
    table_ = BY_NAME[name]
    keys = [
        tuple(c.name for c in constraint.columns)
        for constraint in table_.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    status = plan.status[name]
    arriving = [r for i, r in plan.rows.get(name, {}).items() if status[i] == "new"]
    for columns in keys:
        if not arriving:
            return
        first = table_.c[columns[0]]
        wanted = sorted({row[columns[0]] for row in arriving})
        held: dict[tuple[object, ...], str] = {}
        for start in range(0, len(wanted), 500):
            query = select(table_.c.id, *(table_.c[c] for c in columns)).where(
                first.in_(wanted[start : start + 500])
            )
            held.update((tuple(found[1:]), found[0]) for found in conn.execute(query))
        for row in arriving:
            here = held.get(tuple(row[c] for c in columns))
            if here is None or here == row["id"]:
                continue
            ours = read_stored(conn, table_, [here])[here]
            plan.gives_way[row["id"]] = here
            status[row["id"]] = "unchanged" if _same_content(table_, ours, row) else "conflict"
        arriving = [r for r in arriving if status[r["id"]] == "new"]


def _holds_rows(conn: Connection, which: Any) -> bool:
    """Whether table ``which`` has a row: an import into a new data folder (or one that
    never deleted or exchanged anything) skips a query per 500 ids, of 50 for a workshop
    of 25,000 rows, which cost SQLAlchemy's compiling more than SQLite's looking up."""
    return conn.execute(select(literal_column("1")).select_from(which).limit(1)).first() is not None


def _lookup(conn: Connection, which: object, ids: list[str]) -> dict[str, str]:
    """``rev`` by ``row_id`` of the tombstones or exchange bases of ``ids``."""
    out: dict[str, str] = {}
    if not ids or not _holds_rows(conn, which):
        return out
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(which.c.row_id, which.c.rev).where(which.c.row_id.in_(chunk))  # type: ignore[attr-defined]
        out.update((row_id, rev) for row_id, rev in conn.execute(query))
    return out


def _bases(conn: Connection, local: dict[str, Row], ids: list[str]) -> dict[str, str]:
    """The version last exchanged of rows ``ids``. A base recorded before versions existed
    (``rev`` empty) still names the version here when the row's time is the one recorded."""
    out: dict[str, str] = {}
    which = EXCHANGE_BASE
    if not ids or not _holds_rows(conn, which):
        return out
    for start in range(0, len(ids), 500):
        query = select(which.c.row_id, which.c.rev, which.c.updated_at).where(
            which.c.row_id.in_(ids[start : start + 500])
        )
        for row_id, rev, updated_at in conn.execute(query):
            ours = local.get(row_id)
            if not rev and ours is not None and as_stored(updated_at) == ours["updated_at"]:
                rev = ours["rev"]
            if rev:
                out[row_id] = rev
    return out


def _name(conn: Connection, plan: ImportPlan) -> None:
    namer = Namer(conn, plan.rows)
    lists = {
        "conflict": plan.conflicts,
        "deleted": plan.deleted,
        "kept": plan.kept,
        "gone": plan.gone,
    }
    for table_ in TABLES:
        owner = parent_key(table_)
        statuses = plan.status.get(table_.name, {})
        namer.prefetch(table_.name, [i for i, s in statuses.items() if s in lists])
        for row_id, status in statuses.items():
            named = lists.get(status)
            if named is None:
                continue
            row = namer.row(table_.name, row_id)
            if row is None:
                continue
            if (
                status != "conflict"
                and owner is not None
                and plan.status.get(owner[1], {}).get(row[owner[0]]) == status
            ):
                continue  # inside a row named already (a deleted canvas names no notes)
            named.append(namer.named(table_.name, row))


def _summarise_projects(plan: ImportPlan) -> None:
    for document in plan.bundle.documents:
        if document["kind"] != "project":
            continue
        mine = []
        for table_name, table_rows in document["tables"].items():
            if table_name in PROJECT_TABLES:
                for row in table_rows:
                    plan.project_of[row["id"]] = document["id"]
                    mine.append(plan.status[table_name][row["id"]])
        plan.projects.append((document["id"], document.get("title", ""), _summary(mine)))
    plan.projects.sort(key=lambda project: (project[1].casefold(), project[0]))


def _summary(statuses: list[str]) -> str:
    found = set(statuses)
    for status in ("conflict", "kept", "newer"):
        if status in found:
            return status
    if found == {"new"}:
        return "new"
    if found == {"gone"}:
        return "gone"
    if found <= {"unchanged"}:
        return "unchanged"
    if "new" in found and not found & {"older", "gone"}:
        return "newer"
    return "older"
