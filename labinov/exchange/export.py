"""Export of a project, team or workshop to a bundle (``.labinov``)."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from labinov.exchange import bundle as bundles
from labinov.exchange.common import device_id, not_found, record_base
from labinov.exchange.rows import (
    BY_NAME,
    Row,
    binary_columns,
    parent_key,
    subtree,
    to_json,
)
from labinov.exchange.scope import scope_conflicts, scope_tombstones
from labinov.store.db import Store


def _ancestors(conn: Connection, name: str, row_id: str) -> list[tuple[Any, Row]]:
    table = BY_NAME[name]
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        return []
    key = parent_key(table)
    above = _ancestors(conn, key[1], row[key[0]]) if key else []
    return [*above, (table, to_json(table, dict(row)))]


def _conflicts(conn: Connection, project_ids: list[str], row_ids: set[str]) -> list[Any]:
    """The ``conflict`` records of these projects and rows, as (table, row) pairs."""
    ids = scope_conflicts(conn, project_ids, row_ids)
    return list(subtree(conn, "conflict", ids)) if ids else []


def export_bundle(store: Store, kind: str, scope_id: str, path: Path) -> dict[str, int]:
    """Write the project, team or workshop ``scope_id`` to ``path``; returns row counts."""
    if kind not in ("project", "team", "workshop"):
        raise ValueError(kind)
    documents: dict[str, dict[str, Any]] = {}
    attachments: dict[str, bytes] = {}
    entries: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    exported: dict[str, tuple[str, str, str]] = {}
    owners: set[str] = set()  # rows whose whole subtree the bundle holds
    with store.transaction() as session:
        conn = session.connection()
        chain = _ancestors(conn, kind, scope_id)
        if not chain:
            raise not_found(kind, scope_id)

        def document(doc_kind: str, doc_id: str, title: str, rows: list[tuple[Any, Row]]) -> dict:
            tables: dict[str, list[Row]] = {}
            for table, row in rows:
                binary = binary_columns(table)
                tables.setdefault(table.name, []).append(
                    {k: v for k, v in row.items() if k not in binary} if binary else row
                )
                if row["id"] not in exported:
                    counts[table.name] += 1
                exported[row["id"]] = (table.name, row["updated_at"], row.get("rev", ""))
                if table.name == "attachment":
                    for column in binary_columns(table):
                        data = bytes(row[column])
                        attachments[row["id"]] = data
                        entries.append(
                            {
                                "id": row["id"],
                                "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest(),
                            }
                        )
            return {"kind": doc_kind, "id": doc_id, "title": title, "tables": tables}

        if kind == "project":
            project_ids = [scope_id]
        else:
            project_ids = [
                r["id"] for t, r in subtree(conn, kind, [scope_id]) if t.name == "project"
            ]
            below = list(subtree(conn, kind, [scope_id], frozenset({"project"})))
            owners.update(row["id"] for _, row in below)
            records = _conflicts(conn, [], {row["id"] for _, row in chain + below})
            frame = chain[:-1] + below + records
            documents[f"frames/{scope_id}.json"] = document("frame", scope_id, "", frame)
        for project_id in project_ids:
            context = _ancestors(conn, "project", project_id)[:-1]
            team = context[-1][1]["id"]
            members = [
                pair
                for pair in subtree(conn, "team", [team], frozenset({"project"}))
                if pair[0].name != "team"
            ]
            own = list(subtree(conn, "project", [project_id]))
            owners.update(row["id"] for _, row in own)
            outside = {row["id"] for _, row in context + members} if kind == "project" else set()
            records = _conflicts(conn, [project_id], outside)
            documents[f"projects/{project_id}.json"] = document(
                "project", project_id, own[0][1]["title"], context + members + own + records
            )
        tombstones = scope_tombstones(conn, owners, team if kind == "project" else None)
        if not store.read_only:  # a read-only folder cannot remember what it exported
            record_base(conn, [(i, t, u, r) for i, (t, u, r) in exported.items()], replace=False)
        manifest = bundles.new_manifest(
            kind, scope_id, device_id(store), list(documents), entries, tombstones
        )
    bundles.write_bundle(path, manifest, documents, attachments)
    return dict(counts)
