"""Carrying out an import plan: one transaction, all or nothing.

Rows are written with the bundle's version (``rev``), so the stores agree on it; the
trigger of each table gives them this store's change sequence. A row changed on both sides
stays ours; theirs becomes, for a note, link, member, agenda session or parking-lot item, a
marked copy beside it (its id derived from the row and their version, so a second import
or a sync finds it), and for any other row a ``conflict`` record holding their values.
Never a copy of a whole project. Deletions the bundle carries are carried out, children
first. Rows are written by the writer sync uses too (``store/bulk.py``), given in their
stored text form with the import's converters (``exchange/rows.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange.common import Progress, record_base
from labinov.exchange.decide import version_of
from labinov.exchange.plan import TOMBSTONE, ImportPlan, plan_import
from labinov.exchange.rows import (
    BY_NAME,
    TABLES,
    Deferred,
    Row,
    driver_errors,
    insert_rows,
    integrity_errors,
    read_stored,
    update_rows,
)
from labinov.store.db import Store, storage_error
from labinov.sync.apply import delete_rows
from labinov.sync.placement import place_copies
from labinov.sync.rules import conflict_row


@dataclass
class ImportResult:
    """What an import did. ``copies``: (table, id) of the marked copies added beside rows
    changed on both sides; ``conflicts``: how many ``conflict`` records were written."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    copies: list[tuple[str, str]] = field(default_factory=list)
    conflicts: int = 0


def apply_import(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction (all or nothing); ``progress(done, total)``
    after each table."""
    result = ImportResult()
    attachments = plan.bundle.attachments
    steps = 2 * len(TABLES) + 1
    try:
        with attachments.opened(), store.transaction() as session:
            conn = session.connection()
            writes, base = _writes(conn, plan, result)
            for done, table in enumerate(TABLES, start=1):
                inserts, updates = writes.get(table.name, ([], []))
                if inserts:
                    insert_rows(conn, table, inserts)
                    result.inserted += len(inserts)
                if updates:
                    update_rows(conn, table, updates)
                    result.updated += len(updates)
                if progress is not None:
                    progress(done, steps)
            doomed = plan.of("deleted")
            for done, table in enumerate(reversed(TABLES), start=len(TABLES) + 1):
                ids = doomed.get(table.name, [])
                delete_rows(conn, table, ids)  # the triggers leave tombstones here too
                result.deleted += len(ids)
                if progress is not None:
                    progress(done, steps)
            record_base(conn, base)
            if progress is not None:
                progress(steps, steps)
    except integrity_errors() as error:  # raw executemany: the driver's own error
        raise _misfit(error) from error
    except driver_errors() as error:
        raise storage_error(error) from error
    except IntegrityError as error:
        raise _misfit(error.orig or error) from error
    return result


def _writes(
    conn: Connection, plan: ImportPlan, result: ImportResult
) -> tuple[dict[str, tuple[list[Row], list[Row]]], list[tuple[str, str, str, str]]]:
    """Rows to insert and update per table, and the exchange bases to record (id, table,
    updated_at, rev). A row coming back after a deletion here is inserted: the insert
    trigger removes its tombstone."""
    writes: dict[str, tuple[list[Row], list[Row]]] = {}
    base: list[tuple[str, str, str, str]] = []
    copies: list[tuple[Row, Row]] = []  # (copied canvas item, the item that stayed)
    attachments = plan.bundle.attachments
    for table in TABLES:
        name = table.name
        inserts, updates = writes.setdefault(name, ([], []))
        statuses = plan.status.get(name, {})
        for row_id, row in plan.rows.get(name, {}).items():
            status = statuses[row_id]
            rev = version_of(row)
            if status in ("new", "kept", "newer"):
                if row.get("rev") != rev or name == "attachment":  # copied only to change
                    row = {**row, "rev": rev}  # a format 1-3 row gets its derived version
                if name == "attachment":
                    row["data"] = Deferred(partial(attachments.read, row_id))
                (updates if status == "newer" else inserts).append(row)
                base.append((row_id, name, row["updated_at"], rev))
            elif row_id in plan.gives_way:  # ours holds its unique key: only a record
                if status == "conflict":
                    _conflict(conn, plan, name, row, rev, writes, result, copies)
            elif status == "unchanged":
                base.append((row_id, name, row["updated_at"], plan.ours[row_id]))
            elif status == "conflict":
                _conflict(conn, plan, name, row, rev, writes, result, copies)
                base.append((row_id, name, row["updated_at"], rev))  # their version seen
    _place_copies(conn, plan, writes, copies)
    return writes, base


def _conflict(
    conn: Connection,
    plan: ImportPlan,
    name: str,
    row: Row,
    rev: str,
    writes: dict[str, tuple[list[Row], list[Row]]],
    result: ImportResult,
    copies: list[tuple[Row, Row]],
) -> None:
    """Ours stays; theirs becomes a marked copy (rows that own nothing) or its values are
    kept in the ``conflict`` record (``sync.rules.conflict_row``: the very rows a sync
    makes, derived from both versions); neither again when this version was met before
    (a resolved conflict stays resolved)."""
    theirs = {k: v for k, v in row.items() if k != "data"} | {"rev": rev}
    here: str = plan.gives_way.get(row["id"]) or row["id"]
    stayed = read_stored(conn, BY_NAME[name], [here]).get(here) or {"id": here}
    stayed.pop("data", None)
    record, copy = conflict_row(
        name,
        stayed,
        theirs,
        origin=plan.bundle.manifest.device_id,
        project_id=row["id"] if name == "project" else plan.project_of.get(row["id"]),
    )
    if _seen(conn, "conflict", record["id"]):
        return
    if copy is not None:
        if _seen(conn, name, copy["id"]):
            return
        writes[name][0].append(copy)
        result.copies.append((name, copy["id"]))
        if name == "canvasitem":
            copies.append((copy, stayed))
    writes.setdefault("conflict", ([], []))[0].append(record)
    result.conflicts += 1


def _place_copies(
    conn: Connection,
    plan: ImportPlan,
    writes: dict[str, tuple[list[Row], list[Row]]],
    copies: list[tuple[Row, Row]],
) -> None:
    """Each copied canvas item beside the item that stayed, covering none of its canvas's
    items as the import leaves them, nor the copies placed before it in order of id: the
    rule of a sync (``sync.placement.place_copies``), derived from this store and the
    bundle alone, so importing the same bundle anew builds the very same copy."""
    written = [row for group in writes.get("canvasitem", ([], [])) for row in group]
    doomed = set(plan.of("deleted").get("canvasitem", []))
    items_table = BY_NAME["canvasitem"]
    shape = [items_table.c[c] for c in ("id", "kind", "x", "y", "width", "height")]

    def items_of(canvas: str) -> dict[str, Row]:
        """The items here, the bundle's rows written (a note moved to another canvas
        gone), its deletions carried out."""
        query = select(*shape).where(items_table.c.canvas_id == canvas)
        items: dict[str, Row] = {r["id"]: dict(r) for r in conn.execute(query).mappings()}
        for row in written:
            if row.get("canvas_id") == canvas:
                items[row["id"]] = row
            else:
                items.pop(row["id"], None)
        for row_id in doomed:
            items.pop(row_id, None)
        return items

    place_copies(copies, items_of)


def _seen(conn: Connection, name: str, row_id: str) -> bool:
    """Row ``row_id`` is here or was deleted here (a resolved conflict stays resolved)."""
    table = BY_NAME[name]
    if conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None:
        return True
    query = select(TOMBSTONE.c.row_id).where(TOMBSTONE.c.row_id == row_id)
    return conn.execute(query).first() is not None


def _misfit(error: BaseException) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The bundle does not fit the data here (a row refers to a missing one): {reason}",
        ),
        reason=str(error)[:160],
    )


def import_bundle(
    store: Store, path: Path, *, dry_run: bool = False
) -> tuple[ImportPlan, ImportResult | None]:
    """Plan the import of ``path`` and, unless ``dry_run``, carry it out (the CLI's way)."""
    plan = plan_import(store, path)
    return plan, None if dry_run else apply_import(store, plan)
