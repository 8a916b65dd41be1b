"""What a sync will do or did (``SyncPlan``), and the sides it works on."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from labinov.sync.apply import Writes
from labinov.sync.names import Named
from labinov.sync.rules import Side
from labinov.sync.scope import Scope


@dataclass
class SyncPlan:
    """What a sync does: rows written per table each way (``pull``: here, ``push``:
    there), the deletions carried out on each side (the top of each deleted subtree: a
    project, not its hundred notes), rows deleted on one side and edited on the other
    (kept), and rows changed on both (the later version copied or recorded beside)."""

    pull: dict[str, int] = field(default_factory=dict)
    push: dict[str, int] = field(default_factory=dict)
    deleted_here: list[Named] = field(default_factory=list)
    deleted_there: list[Named] = field(default_factory=list)
    kept: list[Named] = field(default_factory=list)
    conflicts: list[Named] = field(default_factory=list)

    def empty(self) -> bool:
        return not (
            self.pull
            or self.push
            or self.deleted_here
            or self.deleted_there
            or self.kept
            or self.conflicts
        )


@dataclass
class Work:
    plan: SyncPlan
    here: Writes
    there: Writes


@dataclass(frozen=True)
class Peer:
    """One side of a sync: its transaction's connection, device id, scope, and the change
    number after which its rows count as changed. ``settled``: workshops synced on their
    own further than ``after`` (a sync of everything after ``--workshop`` syncs), each with
    the change number up to which its rows were exchanged then."""

    connection: Connection
    device: str
    scope: Scope
    after: int
    settled: tuple[tuple[Scope, int], ...] = ()


SIDES: tuple[Side, Side] = ("here", "there")


def written(writes: Writes) -> dict[str, int]:
    """Rows inserted or overwritten, per table."""
    out: dict[str, int] = {}
    for group in (writes.inserts, writes.updates):
        for table, rows in group.items():
            if rows:
                out[table] = out.get(table, 0) + len(rows)
    return out
