"""The preview of an import: read and check a bundle, classify every row by the merge rule.

Merge rule per row, using the version last exchanged (table ``exchangebase``):
unchanged (same values) → skip; new → insert; changed only in the bundle → take it
("newer"); changed only here → keep ours ("older"); changed on both sides (or no common
version known) → "conflict". Nothing is written here: ``merge.apply_import`` carries it out.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from labinov.exchange import bundle as bundles
from labinov.exchange.common import PROJECT_TABLES, Progress, label
from labinov.exchange.rows import (
    TABLES,
    Row,
    as_stored,
    children_of,
    marks,
    raw_cursor,
    read_stored,
)
from labinov.store.db import Store

STATUSES = ("new", "newer", "older", "unchanged", "conflict")


@dataclass
class ImportPlan:
    """What an import would do: every row's status and every project's, for the preview.
    ``outside`` lists the conflicts on rows outside projects (table, id, label, copied):
    a member, agenda session or parking item is added as a copy, a workshop or team (which
    own other rows) is kept as it is here; both are shown, none overwritten."""

    bundle: bundles.Bundle
    rows: dict[str, dict[str, Row]]
    status: dict[str, dict[str, str]] = field(default_factory=dict)
    projects: list[tuple[str, str, str]] = field(default_factory=list)  # id, title, status
    project_of: dict[str, str] = field(default_factory=dict)  # row id -> project id
    outside: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = Counter(s for table in self.status.values() for s in table.values())
        return {s: out.get(s, 0) for s in STATUSES}

    def project_counts(self) -> dict[str, int]:
        out = Counter(s for _, _, s in self.projects)
        return {s: out.get(s, 0) for s in STATUSES}


def copyable(name: str) -> bool:
    """A row outside projects that owns nothing: a copy of it stands on its own."""
    return name not in PROJECT_TABLES and not children_of(name)


def plan_import(store: Store, path: Path, progress: Progress | None = None) -> ImportPlan:
    """Read and check the bundle at ``path`` and classify every row; writes nothing.
    ``progress(done, total)`` is called along the way (a large bundle takes seconds)."""
    steps = len(TABLES) + 2
    bundle = bundles.read_bundle(path)
    if progress is not None:
        progress(1, steps)
    rows = bundles.rows_of(bundle)
    for attachment_id in rows.get("attachment", {}):
        if attachment_id not in bundle.attachments:
            raise bundles._missing(f"attachments/{attachment_id}")
    plan = ImportPlan(bundle, rows)
    with store.transaction() as session:
        conn = session.connection()
        for step, table in enumerate(TABLES, start=2):
            incoming = rows.get(table.name, {})
            ids = list(incoming)
            local = read_stored(conn, table, ids) if ids else {}
            # only rows present here can be anything but new: an import into a fresh
            # folder asks nothing more
            base = _bases(conn, list(local))
            plan.status[table.name] = {
                row_id: "new"
                if row_id not in local
                else _classify(row, local[row_id], base.get(row_id), bundle)
                for row_id, row in incoming.items()
            }
            if progress is not None:
                progress(step, steps)
    for document in bundle.documents:
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
    for table in TABLES:
        if table.name in PROJECT_TABLES:
            continue
        for row_id, status in plan.status.get(table.name, {}).items():
            if status == "conflict":
                row = rows[table.name][row_id]
                plan.outside.append((table.name, row_id, label(row), copyable(table.name)))
    if progress is not None:
        progress(steps, steps)
    return plan


def _bases(conn: Connection, ids: list[str]) -> dict[str, str]:
    """The stored ``updated_at`` text of the last exchanged version of rows ``ids``."""
    out: dict[str, str] = {}
    cursor = raw_cursor(conn)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor.execute(
            "SELECT row_id, updated_at FROM exchangebase "
            f"WHERE row_id IN ({marks(conn, len(chunk))})",
            tuple(chunk),
        )
        out.update((row_id, as_stored(updated)) for row_id, updated in cursor.fetchall())
    return out


def _classify(incoming: Row, local: Row, base: str | None, bundle: Any) -> str:
    """Status of a row present on both sides; values in import form (times as stored
    text, which sorts like time)."""
    same = all(local.get(name) == value for name, value in incoming.items())
    if same and "data" in local and isinstance(local["data"], bytes | memoryview):
        attachments = bundle.attachments
        same = incoming["id"] in attachments and hashlib.sha256(
            local["data"]
        ).hexdigest() == attachments.sha256(incoming["id"])
    if same:
        return "unchanged"
    if base is not None:
        if incoming["updated_at"] <= base:
            return "older"  # nothing the last exchange did not already bring
        if local["updated_at"] == base:
            return "newer"
    return "conflict"


def _summary(statuses: list[str]) -> str:
    found = set(statuses)
    for status in ("conflict", "newer"):
        if status in found:
            return status
    if found == {"new"}:
        return "new"
    if found <= {"unchanged"}:
        return "unchanged"
    if "new" in found and "older" not in found:
        return "newer"
    return "older"
