"""Tombstone compaction: a deletion is remembered at least two years, and until every
peer this store syncs with has received it (its change number is below every peer's
``sent_upto``). ``labinov sync --compact`` runs it; a server (which keeps no marks: its
laptops do) compacts by age alone."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from labinov.store.db import Store
from labinov.store.types import utcnow
from labinov.sync.apply import TOMBSTONES
from labinov.sync.marks import PEERS

KEEP = timedelta(days=2 * 365 + 1)


def compact(store: Store, now: datetime | None = None) -> int:
    """Drop tombstones older than two years that every peer has; returns how many."""
    before = (now or utcnow()) - KEEP
    with store.transaction() as session:
        connection = session.connection()
        lowest = connection.execute(select(func.min(PEERS.c.sent_upto))).scalar()
        query = delete(TOMBSTONES).where(TOMBSTONES.c.deleted_at < before)
        if lowest is not None:
            query = query.where(TOMBSTONES.c.change_seq <= lowest)
        return int(connection.execute(query).rowcount or 0)
