"""What of this store belongs to a bundle's scope besides its rows: the deletions
(tombstones) under it, and the ``conflict`` records of its rows.

A bundle holds its scope's full state plus every tombstone of that scope (issue #16). A
tombstone names the row that owned the deleted one (``parent_id``); following those owners,
through live rows of the scope and through other tombstones (a deleted project left one
per canvas and note), tells whether a deletion lies under the scope.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, or_, select, table
from sqlalchemy.engine import Connection

from labinov.exchange.rows import BY_NAME, as_stored

TOMBSTONES = table(
    "tombstone",
    column("row_id"),
    column("table_name"),
    column("parent_id"),
    column("rev"),
    column("deleted_at"),
    column("device_id"),
)


def scope_tombstones(
    conn: Connection, owners: set[str], team_members: str | None = None
) -> list[dict[str, Any]]:
    """Tombstones (format 4 form) of rows deleted under any of ``owners`` (ids of rows
    whose whole subtree the bundle holds), directly or through deleted owners; and, for a
    project bundle, the deleted members of its team ``team_members`` (it carries them)."""
    found: list[dict[str, Any]] = []
    parents: dict[str, str | None] = {}
    stones = list(conn.execute(select(TOMBSTONES)))
    for stone in stones:
        parents[stone.row_id] = stone.parent_id
    verdict: dict[str, bool] = {}

    def under(row_id: str | None) -> bool:
        seen: list[str] = []
        result = False
        while row_id is not None:
            if row_id in owners:
                result = True
                break
            if row_id in verdict:
                result = verdict[row_id]
                break
            if row_id not in parents or row_id in seen:
                break  # a live row outside the scope, or a loop
            seen.append(row_id)
            row_id = parents[row_id]
        for visited in seen:
            verdict[visited] = result
        return result

    for stone in stones:
        if stone.table_name not in BY_NAME:
            continue
        member = team_members is not None and (
            stone.table_name == "member" and stone.parent_id == team_members
        )
        if member or under(stone.parent_id):
            found.append(
                {
                    "table": stone.table_name,
                    "id": stone.row_id,
                    "parent_id": stone.parent_id,
                    "rev": stone.rev,
                    "deleted_at": _iso(stone.deleted_at),
                    "device": stone.device_id or "",
                }
            )
    found.sort(key=lambda stone: stone["id"])
    return found


def _iso(value: Any) -> str:
    """A stored time (SQLite text or a server's datetime) as ISO text in UTC."""
    text = as_stored(value)
    if isinstance(text, str) and len(text) >= 19 and text[10] == " ":
        return f"{text[:10]}T{text[11:]}+00:00"
    return str(text)


def scope_conflicts(conn: Connection, project_ids: list[str], row_ids: set[str]) -> list[Any]:
    """Ids of the ``conflict`` records of the scope: those of its projects, and those of
    its rows outside projects (a member, the workshop)."""
    if "conflict" not in BY_NAME:
        return []
    records = BY_NAME["conflict"]
    out: list[Any] = []
    ids = list(row_ids)
    for start in range(0, max(len(ids), len(project_ids), 1), 500):
        query = select(records.c.id).where(
            or_(
                records.c.project_id.in_(project_ids[start : start + 500]),
                records.c.row_id.in_(ids[start : start + 500]),
            )
        )
        out.extend(r for (r,) in conn.execute(query))
    return sorted(set(out))
