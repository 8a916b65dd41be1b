"""Tombstone compaction: older than two years and received by every peer, nothing else."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert, select

from labinov.store.db import Store
from labinov.store.types import utcnow
from labinov.sync.apply import TOMBSTONES
from labinov.sync.compact import compact
from labinov.sync.marks import PEERS


def _tombs(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(TOMBSTONES.c.row_id)).scalars())


def test_only_old_deletions_every_peer_has_are_forgotten(store: Store) -> None:
    now = utcnow()
    rows = [
        ("old-sent", now - timedelta(days=800), 5),
        ("old-unsent", now - timedelta(days=800), 50),
        ("recent", now - timedelta(days=100), 1),
    ]
    with store.engine.begin() as connection:
        for row_id, when, seq in rows:
            connection.execute(
                insert(TOMBSTONES).values(
                    row_id=row_id, table_name="canvasitem", parent_id=None, rev="r",
                    change_seq=seq, deleted_at=when, device_id="d",
                )
            )  # fmt: skip
    assert compact(store, now) == 1 + 1  # no peer yet: by age alone
    assert _tombs(store) == {"recent"}
    with store.engine.begin() as connection:
        connection.execute(
            insert(TOMBSTONES).values(
                row_id="old-unsent", table_name="canvasitem", parent_id=None, rev="r",
                change_seq=50, deleted_at=now - timedelta(days=800), device_id="d",
            )
        )  # fmt: skip
        connection.execute(
            insert(PEERS).values(peer_id="server", scope="", sent_upto=10, received_upto=3)
        )
    assert compact(store, now) == 0  # the server has not received it yet
    assert _tombs(store) == {"recent", "old-unsent"}
