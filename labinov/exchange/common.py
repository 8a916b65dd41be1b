"""What export, import and replication share: this folder's device id, the versions last
exchanged (table ``exchangebase``), the tables a project owns, id remapping."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError
from labinov.exchange.rows import (
    children_of,
    marks,
    raw_cursor,
    stored_time,
)
from labinov.store.db import Store
from labinov.store.models import SyncState

Progress = Callable[[int, int], None]  # (done, total)


def owned(name: str) -> frozenset[str]:
    """The table ``name`` and every table below it (a project's canvases, items, …)."""
    out = {name}
    for child, _ in children_of(name):
        out |= owned(child.name)
    return frozenset(out)


PROJECT_TABLES = owned("project")


def device_id(store: Store) -> str:
    """This store's random id (``syncstate``; named in manifests and tombstones). A
    read-only folder's migrated copy has a new id: the file the original's migration
    took its id from, next to the original, is read instead when there is one."""
    if store.migrated_copy:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = (Path(store.database).parent / "device-id").read_text(encoding="ascii")
            if text.strip():
                return text.strip()[:64]
    state = SyncState.__table__  # type: ignore[attr-defined]
    with store.engine.connect() as connection:
        return str(
            connection.execute(select(state.c.device_id).where(state.c.id == 1)).scalar_one()
        )


def not_found(kind: str, scope_id: str) -> NotFoundError:
    """No project, team or workshop ``scope_id`` here (``kind`` is translated too)."""
    return NotFoundError(
        QT_TRANSLATE_NOOP("UserError", "There is no {kind} with the id {id}."),
        kind=kind,
        id=scope_id,
    )


QT_TRANSLATE_NOOP("UserError", "project")
QT_TRANSLATE_NOOP("UserError", "team")
QT_TRANSLATE_NOOP("UserError", "workshop")


def record_base(
    conn: Connection, rows: list[tuple[str, str, str, str]], *, replace: bool = True
) -> None:
    """Remember the exchanged version (id, table, updated_at, rev) of rows. An export only
    records rows never shared before (the receiver may not take our later versions); an
    import records what both sides now know. Imports compare by ``rev``, never by time."""
    if not rows:
        return
    # plain executemany: tens of thousands of rows; the text is UtcDateTime's stored form
    action = "UPDATE SET updated_at = excluded.updated_at, rev = excluded.rev"
    if not replace:  # only a base from before versions whose row is still that version
        action += " WHERE exchangebase.rev = '' AND exchangebase.updated_at = excluded.updated_at"
    raw_cursor(conn).executemany(
        "INSERT INTO exchangebase (row_id, table_name, updated_at, rev) "
        f"VALUES ({marks(conn, 4)}) ON CONFLICT (row_id) DO {action}",
        # in key order: fewer page splits; str(t): a table's quoted_name would make sqlite3
        # look for an adapter on every row
        sorted((i, str(t), stored(u), r) for i, t, u, r in rows),
    )


def stored(value: datetime | str) -> str:
    """A time as UtcDateTime's stored text, from a datetime, ISO text or that text."""
    if isinstance(value, str) and len(value) == 26 and value[10] == " ":
        return value  # stored text already (import form)
    if isinstance(value, str) and len(value) == 32 and value.endswith("+00:00"):
        return f"{value[:10]} {value[11:26]}"  # back to UtcDateTime's stored text
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return stored_time(value)


def remap(value: Any, ids: dict[str, str]) -> Any:
    """``value`` with every string equal to a copied row's id replaced by the new id."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, dict):
        return {k: remap(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [remap(v, ids) for v in value]
    return value
