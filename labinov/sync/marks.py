"""High-water marks (``syncpeer``): how far this store and a peer have synced, per scope.
Kept by the store that drives the sync (the laptop)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from labinov.store.models import SyncPeer, SyncState

PEERS = SyncPeer.__table__  # type: ignore[attr-defined]
STATE = SyncState.__table__  # type: ignore[attr-defined]
EVERYTHING = ""


@dataclass(frozen=True)
class Marks:
    sent_upto: int = 0  # our changes up to this number reached the peer
    received_upto: int = 0  # the peer's changes up to this number are here


def device(connection: Connection) -> str:
    """The store's device id (``syncstate``)."""
    return str(connection.execute(select(STATE.c.device_id).where(STATE.c.id == 1)).scalar_one())


def read(connection: Connection, peer: str, scope: str) -> Marks:
    """The marks for ``scope``; a workshop is also covered by a sync of everything, so
    the higher of both counts."""
    query = select(PEERS.c.scope, PEERS.c.sent_upto, PEERS.c.received_upto).where(
        PEERS.c.peer_id == peer, PEERS.c.scope.in_({scope, EVERYTHING})
    )
    found = connection.execute(query).all()
    if not found:
        return Marks()
    return Marks(max(row.sent_upto for row in found), max(row.received_upto for row in found))


def finer(connection: Connection, peer: str, base: Marks) -> dict[str, Marks]:
    """The workshops synced on their own (``--workshop``) further than ``base``, the
    marks of everything: a sync of everything counts their rows as changed only after
    their own marks (the rows such a sync carried were exchanged already)."""
    query = select(PEERS.c.scope, PEERS.c.sent_upto, PEERS.c.received_upto).where(
        PEERS.c.peer_id == peer, PEERS.c.scope != EVERYTHING
    )
    return {
        row.scope: Marks(
            max(row.sent_upto, base.sent_upto), max(row.received_upto, base.received_upto)
        )
        for row in connection.execute(query)
        if row.sent_upto > base.sent_upto or row.received_upto > base.received_upto
    }


def adopt(connection: Connection, old: str, new: str) -> None:
    """Marks kept under a server's bare device id (before marks were keyed by its
    fingerprint too) become that server's, once: the first server with the id that a
    laptop meets after the upgrade takes them (the counter check still applies)."""
    if old == new:
        return
    if _any(connection, PEERS.c.peer_id == new) or not _any(connection, PEERS.c.peer_id == old):
        return  # no write otherwise: a plan must not take the laptop's write lock
    connection.execute(update(PEERS).where(PEERS.c.peer_id == old).values(peer_id=new))


def _any(connection: Connection, *where: Any) -> bool:
    return connection.execute(select(PEERS.c.peer_id).where(*where).limit(1)).first() is not None


def forget_beyond(connection: Connection, peer: str, counter: int) -> None:
    """Drop marks ahead of the peer's own change counter: they were not kept for this
    store (a copy of the server, or the server restored from an older backup), so the
    sync compares everything in their scope."""
    where = (PEERS.c.peer_id == peer, PEERS.c.received_upto > counter)
    if _any(connection, *where):
        connection.execute(delete(PEERS).where(*where))


def write(connection: Connection, peer: str, scope: str, marks: Marks, when: datetime) -> None:
    """Store the marks of ``scope``; a sync of everything covers every workshop too."""
    values = {"sent_upto": marks.sent_upto, "received_upto": marks.received_upto, "synced_at": when}
    where = [PEERS.c.peer_id == peer]
    if scope != EVERYTHING:
        where.append(PEERS.c.scope == scope)
    touched = connection.execute(update(PEERS).where(*where).values(values)).rowcount
    exists = connection.execute(
        select(PEERS.c.peer_id).where(PEERS.c.peer_id == peer, PEERS.c.scope == scope)
    ).first()
    if not touched or exists is None:
        connection.execute(insert(PEERS).values(peer_id=peer, scope=scope, **values))
