"""Carrying out an import plan: one transaction, all or nothing.

Rows are written with the bundle's version (``rev``), so the stores agree on it; the
trigger of each table gives them this store's change sequence. A row changed on both sides
stays ours; theirs becomes, for a note, link, member, agenda session or parking-lot item, a
marked copy beside it (its id derived from the row and their version, so a second import
or a sync finds it), and for any other row a ``conflict`` record holding their values.
Never a copy of a whole project. Deletions the bundle carries are carried out, children
first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange import format as fmt
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
    update_rows,
)
from labinov.store.db import Store, storage_error

# rows that own nothing: theirs can stand beside ours as a copy (SYNC.md)
COPIED = frozenset({"canvasitem", "link", "member", "agendasession", "parkingitem"})
MOVED = 24.0  # a copied note sits this far right and down of ours, both visible


@dataclass
class ImportResult:
    """What an import did. ``copies``: (table, id) of the marked copies added beside rows
    changed on both sides; ``conflicts``: how many ``conflict`` records were written."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    copies: list[tuple[str, str]] = field(default_factory=list)
    conflicts: int = 0


def copy_id(row_id: str, other_rev: str) -> str:
    """The id of the marked copy of version ``other_rev`` of row ``row_id`` (SYNC.md): the
    same on every store, so copies converge and a second import adds none."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:conflict:{row_id}:{other_rev}"))


def conflict_id(row_id: str, other_rev: str) -> str:
    """The id of the ``conflict`` record of that version, derived likewise."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:conflict-row:{row_id}:{other_rev}"))


def apply_import(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction (all or nothing); ``progress(done, total)``
    after each table."""
    result = ImportResult()
    attachments = plan.bundle.attachments
    steps = 2 * len(TABLES) + 1
    try:
        with attachments.opened(), store.transaction() as session:
            conn = session.connection()
            writes, base, revived = _writes(conn, plan, result)
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
                for chunk in _chunks(doomed.get(table.name, [])):
                    deleted = conn.execute(delete(table).where(table.c.id.in_(chunk)))
                    result.deleted += deleted.rowcount or 0
                if progress is not None:
                    progress(done, steps)
            for chunk in _chunks(revived):  # come back: no longer deleted here
                conn.execute(delete(TOMBSTONE).where(TOMBSTONE.c.row_id.in_(chunk)))
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
) -> tuple[dict[str, tuple[list[Row], list[Row]]], list[tuple[str, str, str, str]], list[str]]:
    """Rows to insert and update per table, the exchange bases to record (id, table,
    updated_at, rev) and the ids coming back after a deletion here."""
    writes: dict[str, tuple[list[Row], list[Row]]] = {}
    base: list[tuple[str, str, str, str]] = []
    revived: list[str] = []
    attachments = plan.bundle.attachments
    for table in TABLES:
        name = table.name
        inserts, updates = writes.setdefault(name, ([], []))
        statuses = plan.status.get(name, {})
        for row_id, row in plan.rows.get(name, {}).items():
            status = statuses[row_id]
            rev = version_of(row)
            if status in ("new", "kept", "newer"):
                row = {**row, "rev": rev}  # a format 1-3 row gets its derived version
                if name == "attachment":
                    row["data"] = Deferred(partial(attachments.read, row_id))
                (updates if status == "newer" else inserts).append(row)
                if status == "kept":
                    revived.append(row_id)
                base.append((row_id, name, row["updated_at"], rev))
            elif status == "unchanged":
                base.append((row_id, name, row["updated_at"], plan.ours[row_id]))
            elif status == "conflict":
                _conflict(conn, plan, name, row, rev, writes, result)
                base.append((row_id, name, row["updated_at"], rev))  # their version seen
    return writes, base, revived


def _conflict(
    conn: Connection,
    plan: ImportPlan,
    name: str,
    row: Row,
    rev: str,
    writes: dict[str, tuple[list[Row], list[Row]]],
    result: ImportResult,
) -> None:
    """Theirs beside ours: a marked copy (rows that own nothing) or their values kept in a
    ``conflict`` record; neither again when this version was met before."""
    record_id = conflict_id(row["id"], rev)
    if _seen(conn, "conflict", record_id) if "conflict" in BY_NAME else False:
        return
    copy: str | None = None
    payload: Row | None = None
    if name in COPIED:
        copy = copy_id(row["id"], rev)
        if _seen(conn, name, copy):
            return
        # their version's rev: every store making this copy makes the same row
        values = {**row, "id": copy, "rev": rev}
        if name == "canvasitem":
            values["x"] = float(values["x"]) + MOVED
            values["y"] = float(values["y"]) + MOVED
        writes[name][0].append(values)
        result.copies.append((name, copy))
    else:
        payload = {k: v for k, v in row.items() if k != "data"}
    if "conflict" not in BY_NAME:
        return
    project = row["id"] if name == "project" else plan.project_of.get(row["id"])
    record = {column: make() for column, make in fmt.defaults("conflict")}
    record.update(
        id=record_id,
        created_at=row["updated_at"],
        updated_at=row["updated_at"],
        table_name=name,
        row_id=row["id"],
        copy_id=copy,
        payload=payload,
        origin=plan.bundle.manifest.device_id,
        project_id=project,
        resolved=False,
        rev=rev,
    )
    writes.setdefault("conflict", ([], []))[0].append(record)
    result.conflicts += 1


def _seen(conn: Connection, name: str, row_id: str) -> bool:
    """Row ``row_id`` is here or was deleted here (a resolved conflict stays resolved)."""
    table = BY_NAME[name]
    if conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None:
        return True
    query = select(TOMBSTONE.c.row_id).where(TOMBSTONE.c.row_id == row_id)
    return conn.execute(query).first() is not None


def _chunks(ids: list[str], size: int = 500) -> Any:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


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
