"""Carrying out an import plan: one transaction, all or nothing.

A project with any conflict in its subtree is kept as it is and the bundle's version is
imported beside it as a copy with new ids, its profile marking the origin
(``conflict_copy_of``, ``conflict_origin``); a conflicting row outside projects that owns
nothing is added as a marked copy. Nothing is overwritten silently.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange.common import Progress, label, record_base, remap
from labinov.exchange.plan import ImportPlan, copyable, plan_import
from labinov.exchange.rows import (
    BY_NAME,
    TABLES,
    Deferred,
    Row,
    driver_errors,
    insert_rows,
    integrity_errors,
    marks,
    raw_cursor,
    update_rows,
)
from labinov.store.db import Store, storage_error
from labinov.store.types import new_id


def _origin(plan: ImportPlan) -> str:
    return f"{plan.bundle.manifest.device_id} {plan.bundle.manifest.created_at.isoformat()}"


@dataclass
class ImportResult:
    """What an import did. ``copies``: ids of the projects added as conflict copies;
    ``row_copies``: (table, id) of other rows added as conflict copies; ``kept``: (table,
    label) of rows in conflict kept as they are here (a workshop or team)."""

    inserted: int = 0
    updated: int = 0
    copies: list[str] = field(default_factory=list)
    row_copies: list[tuple[str, str]] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)

    @property
    def kept_local(self) -> int:
        return len(self.kept)


def _row_copy(conn: Connection, table: Any, row: Row, origin: str) -> Row | None:
    """The bundle's version of a row outside projects as a copy beside ours, its label
    marked with the origin; None when this very version was copied before (the id is
    derived from the row and its version, so a second import finds it)."""
    copy_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:{row['id']}:{row['updated_at']}"))
    cursor = raw_cursor(conn)
    cursor.execute(f'SELECT 1 FROM "{table.name}" WHERE id = {marks(conn, 1)}', (copy_id,))
    if cursor.fetchone() is not None:
        return None
    values = {**row, "id": copy_id}
    for column in ("name", "title", "text"):
        if isinstance(values.get(column), str):
            values[column] = f"{values[column]} ({origin.split()[0][:8]})"
            break
    return values


def apply_import(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction (all or nothing); ``progress(done, total)``
    after each table."""
    result = ImportResult()
    conflicted = {pid for pid, _, status in plan.projects if status == "conflict"}
    origin = _origin(plan)
    inserts: dict[str, list[Row]] = {}
    updates: dict[str, list[Row]] = {}
    base: list[tuple[str, str, str]] = []
    copy_ids: dict[str, str] = {}
    for row_id, owner in plan.project_of.items():
        if owner in conflicted:
            copy_ids[row_id] = new_id()
    attachments = plan.bundle.attachments
    try:
        with attachments.opened(), store.transaction() as session:
            conn = session.connection()
            for table in TABLES:
                name = table.name
                statuses = plan.status.get(name, {})
                add = inserts.setdefault(name, [])
                change = updates.setdefault(name, [])
                for row_id, row in plan.rows.get(name, {}).items():
                    status = statuses[row_id]
                    if name == "attachment":
                        row = {**row, "data": Deferred(partial(attachments.read, row_id))}
                    if row_id in copy_ids:
                        if name != "project" and plan.project_of[row_id] not in copy_ids:
                            continue  # its project has this very copy already
                        values = {k: remap(v, copy_ids) for k, v in row.items()}
                        if name == "project":
                            digest = _version_digest(plan, row_id)
                            if _has_copy(conn, row_id, digest):
                                copy_ids.pop(row_id)
                                continue
                            values["profile"] = {
                                **values["profile"],
                                "conflict_copy_of": row_id,
                                "conflict_origin": origin,
                                "conflict_version": digest,
                            }
                            values["title"] = f"{values['title']} ({origin.split()[0][:8]})"
                            result.copies.append(copy_ids[row_id])
                        add.append(values)
                    elif status == "new":
                        add.append(row)
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "newer":
                        change.append(row)
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "unchanged":
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "conflict":
                        if copyable(name):
                            copy = _row_copy(conn, table, row, origin)
                            if copy is not None:
                                add.append(copy)
                                result.row_copies.append((name, copy["id"]))
                        else:
                            result.kept.append((name, label(row)))
            for done, table in enumerate(TABLES, start=1):
                rows = inserts.get(table.name)
                if rows:
                    insert_rows(conn, table, rows)
                    result.inserted += len(rows)
                rows = updates.get(table.name)
                if rows:
                    update_rows(conn, table, rows)
                    result.updated += len(rows)
                if progress is not None:
                    progress(done, len(TABLES) + 1)
            record_base(conn, base)
            if progress is not None:
                progress(len(TABLES) + 1, len(TABLES) + 1)
    except integrity_errors() as error:  # raw executemany: the driver's own error
        raise _misfit(error) from error
    except driver_errors() as error:
        raise storage_error(error) from error
    except IntegrityError as error:
        raise _misfit(error.orig or error) from error
    return result


def _misfit(error: BaseException) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The bundle does not fit the data here (a row refers to a missing one): {reason}",
        ),
        reason=str(error)[:160],
    )


def _version_digest(plan: ImportPlan, project_id: str) -> str:
    # times as ISO text (their form before format 1 rows were read as stored text), so a
    # copy made by an earlier version is still recognised
    parts = sorted(
        f"{t}:{i}:{datetime.fromisoformat(r['updated_at']).replace(tzinfo=UTC).isoformat()}"
        for t, rows in plan.rows.items()
        for i, r in rows.items()
        if plan.project_of.get(i) == project_id
    )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _has_copy(conn: Connection, project_id: str, digest: str) -> bool:
    """A conflict copy of this very version exists already (the same bundle imported twice)."""
    table = BY_NAME["project"]
    query = select(func.count()).where(
        # JSON paths in SQLAlchemy: json_extract on SQLite, ->> on PostgreSQL
        table.c.profile["conflict_copy_of"].as_string() == project_id,
        table.c.profile["conflict_version"].as_string() == digest,
    )
    return bool(conn.execute(query).scalar())


def import_bundle(
    store: Store, path: Path, *, dry_run: bool = False
) -> tuple[ImportPlan, ImportResult | None]:
    """Plan the import of ``path`` and, unless ``dry_run``, carry it out (the CLI's way)."""
    plan = plan_import(store, path)
    return plan, None if dry_run else apply_import(store, plan)
