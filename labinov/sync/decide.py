"""From two stores' change sets to what to write on each (SYNC.md "Change sets"): the
rules per row, conflict copies and records, and parents kept for the rows that need them.
Reads only; ``apply.apply`` writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Table, UniqueConstraint, select
from sqlalchemy.engine import Connection

from labinov.store.types import new_rev, utcnow
from labinov.sync.apply import (
    BY_NAME,
    TABLES,
    Writes,
    data_columns,
    existing_ids,
    parents,
    read_changed,
    read_changed_tombs,
    read_rows,
    read_tombs,
)
from labinov.sync.names import Named, Namer
from labinov.sync.rules import Action, Row, Side, Tomb, conflict_row, decide, same_content
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
    number after which its rows count as changed."""

    connection: Connection
    device: str
    scope: Scope
    after: int


SIDES: tuple[Side, Side] = ("here", "there")


def _by_table(tombs: list[Tomb]) -> dict[str, dict[str, Tomb]]:
    out: dict[str, dict[str, Tomb]] = {}
    for tomb in tombs:
        out.setdefault(tomb.table, {})[tomb.row_id] = tomb
    return out


class Decider:
    def __init__(self, here: Peer, there: Peer, first: Side = "there") -> None:
        self.side = {"here": here, "there": there}
        self.first: Side = first
        self.work = Work(SyncPlan(), Writes(), Writes())
        self.namer = {"here": Namer(here.connection), "there": Namer(there.connection)}
        self._generated: list[tuple[str, Row]] = []
        self._deleted: dict[Side, list[tuple[str, Row]]] = {"here": [], "there": []}
        self._exists: dict[tuple[Side, str, str], bool] = {}
        self._now = utcnow()

    def writes(self, side: Side) -> Writes:
        return self.work.here if side == "here" else self.work.there

    def run(self, step: Callable[[], None] | None = None) -> Work:
        here, there = self.side["here"], self.side["there"]
        ours_tombs = _by_table(
            here.scope.tombs(read_changed_tombs(here.connection, here.after).values())
        )
        theirs_tombs = _by_table(
            there.scope.tombs(read_changed_tombs(there.connection, there.after).values())
        )
        for table in TABLES:
            self._table(
                table.name, ours_tombs.get(table.name, {}), theirs_tombs.get(table.name, {})
            )
            if step is not None:
                step()
        self._unique_keys()
        self._add_generated()
        self._keep_parents()
        self._name_deletions()
        plan = self.work.plan
        plan.pull, plan.push = _written(self.work.here), _written(self.work.there)
        return self.work

    def _changed(self, peer: Peer, table: str) -> dict[str, Row]:
        rows = read_changed(peer.connection, BY_NAME[table], peer.after)
        inside = peer.scope.rows(table, rows)
        return {row_id: row for row_id, row in rows.items() if row_id in inside}

    def _table(self, name: str, ours_tombs: dict[str, Tomb], theirs_tombs: dict[str, Tomb]) -> None:
        here, there = self.side["here"], self.side["there"]
        table = BY_NAME[name]
        ours, theirs = self._changed(here, name), self._changed(there, name)
        changed_here, changed_there = set(ours) | set(ours_tombs), set(theirs) | set(theirs_tombs)
        ids = changed_here | changed_there
        if not ids:
            return
        ours.update(read_rows(here.connection, table, ids - set(ours)))
        theirs.update(read_rows(there.connection, table, ids - set(theirs)))
        ours_tombs = {
            **read_tombs(here.connection, ids - set(ours) - set(ours_tombs)),
            **ours_tombs,
        }
        theirs_tombs = {
            **read_tombs(there.connection, ids - set(theirs) - set(theirs_tombs)),
            **theirs_tombs,
        }
        for row_id in sorted(ids):
            mine = ours.get(row_id) or ours_tombs.get(row_id)
            other = theirs.get(row_id) or theirs_tombs.get(row_id)
            decision = decide(
                mine, other, row_id in changed_here, row_id in changed_there, self.first
            )
            self._carry_out(name, decision.action, decision.stays, mine, other)

    def _carry_out(
        self, table: str, action: Action, stays: Side | None, mine: object, other: object
    ) -> None:
        here, there, plan = self.work.here, self.work.there, self.work.plan
        if action is Action.TAKE:
            assert isinstance(other, dict)
            here.write(table, other, exists=isinstance(mine, dict))
        elif action is Action.GIVE:
            assert isinstance(mine, dict)
            there.write(table, mine, exists=isinstance(other, dict))
        elif action is Action.DELETE_HERE:
            assert isinstance(mine, dict)
            here.delete(table, mine["id"])
            self._deleted["here"].append((table, mine))
        elif action is Action.DELETE_THERE:
            assert isinstance(other, dict)
            there.delete(table, other["id"])
            self._deleted["there"].append((table, other))
        elif action is Action.KEEP_HERE:
            assert isinstance(mine, dict)
            there.insert(table, mine)
            plan.kept.append(self.namer["here"].named(table, mine))
        elif action is Action.KEEP_THERE:
            assert isinstance(other, dict)
            here.insert(table, other)
            plan.kept.append(self.namer["there"].named(table, other))
        elif action is Action.CONFLICT:
            assert isinstance(mine, dict) and isinstance(other, dict) and stays is not None
            self._conflict(table, stays, mine, other)

    def _conflict(self, table: str, stays: Side, mine: Row, other: Row) -> None:
        stayed, lost = (other, mine) if stays == "there" else (mine, other)
        loser: Side = "here" if stays == "there" else "there"
        # the version that stays becomes the row on the side that lost
        self.writes(loser).update(table, stayed)
        namer = self.namer[stays]
        record, copy = conflict_row(
            table,
            stayed,
            lost,
            origin=self.side[loser].device,
            project_id=namer.project_id(table, stayed),
            now=self._now,
            rev=new_rev(),
        )
        self._generated.append(("conflict", record))
        if copy is not None:
            self._generated.append((table, copy))
        self.work.plan.conflicts.append(namer.named(table, stayed))

    def _unique_keys(self) -> None:
        """A row arriving where another row holds its unique key (a project's work in a
        stage, when two stores made the same project's stages: the sample workshop): the
        first side's row stays on both, the other gives way (recorded as a conflict when
        its content differed)."""
        for table in TABLES:
            keys = [
                tuple(c.name for c in constraint.columns)
                for constraint in table.constraints
                if isinstance(constraint, UniqueConstraint)
            ]
            for columns in keys:
                for side in SIDES:
                    arriving = list(self.writes(side).inserts.get(table.name, {}).values())
                    for row in arriving:
                        self._unique_key(side, table, columns, row)

    def _unique_key(self, side: Side, table: Table, columns: tuple[str, ...], row: Row) -> None:
        connection = self.side[side].connection
        query = select(*data_columns(table)).where(
            table.c.id != row["id"], *(table.c[c] == row[c] for c in columns)
        )
        found = connection.execute(query).mappings().first()
        if found is None:
            return
        existing = dict(found)
        writes = self.writes(side)
        if writes.deleting(table.name, existing["id"]):
            writes.replace(table.name, existing["id"])  # gone before the new row comes
            return
        other: Side = "there" if side == "here" else "here"
        if side == self.first:  # ours stays; theirs gives way on their side
            winner, loser, loser_side = existing, row, other
            writes.inserts[table.name].pop(row["id"], None)
            self.writes(other).insert(table.name, existing)
        else:  # theirs (the first side's) stays here too
            winner, loser, loser_side = row, existing, side
            self.writes(other).inserts.get(table.name, {}).pop(existing["id"], None)
        self.writes(loser_side).replace(table.name, loser["id"])
        if not same_content(winner, loser):
            namer = self.namer[self.first]
            record, _copy = conflict_row(
                table.name,
                winner,
                loser,
                origin=self.side[loser_side].device,
                project_id=namer.project_id(table.name, winner),
                now=self._now,
                rev=new_rev(),
            )
            self._generated.append(("conflict", record))
            self.work.plan.conflicts.append(namer.named(table.name, winner))

    def _exists_on(self, side: Side, table: str, row_id: str) -> bool:
        key = (side, table, row_id)
        if key not in self._exists:
            found = existing_ids(self.side[side].connection, BY_NAME[table], [row_id])
            self._exists[key] = row_id in found
        return self._exists[key]

    def _add_generated(self) -> None:
        """Copies and conflict rows go to both sides, unless a side has them already (a
        second try after a cut connection: the ids are derived, the first try's rows win)."""
        for table, row in self._generated:
            for side in ("here", "there"):
                writes = self.writes(side)  # type: ignore[arg-type]
                if writes.written(table, row["id"]) or self._exists_on(side, table, row["id"]):  # type: ignore[arg-type]
                    continue
                writes.insert(table, row)

    def _keep_parents(self) -> None:
        """Every row written on a side needs its parents there: a parent about to be
        deleted on that side is kept (and goes back to the side that deleted it); a
        parent missing there comes from the other side."""
        pending: list[tuple[Side, str, Row]] = []
        for side in ("here", "there"):
            writes = self.writes(side)  # type: ignore[arg-type]
            for group in (writes.inserts, writes.updates):
                for table, rows in group.items():
                    pending.extend((side, table, row) for row in rows.values())  # type: ignore[misc]
        while pending:
            side, table, row = pending.pop()
            other: Side = "there" if side == "here" else "here"
            writes, theirs = self.writes(side), self.writes(other)
            for column, parent in parents(BY_NAME[table]):
                value = row.get(column)
                if value is None or writes.written(parent, value):
                    continue
                if writes.deleting(parent, value):
                    writes.undelete(parent, value)
                    self._deleted[side] = [
                        (t, r) for t, r in self._deleted[side] if r["id"] != value
                    ]
                    kept = read_rows(self.side[side].connection, BY_NAME[parent], [value])[value]
                    if not theirs.written(parent, value) and not self._exists_on(
                        other, parent, value
                    ):
                        theirs.insert(parent, kept)
                        pending.append((other, parent, kept))
                    continue
                if self._exists_on(side, parent, value):
                    continue
                found = read_rows(self.side[other].connection, BY_NAME[parent], [value]).get(value)
                if found is None:
                    continue  # nowhere: the write fails on its foreign key, all rolled back
                writes.insert(parent, found)
                theirs.undelete(parent, value)
                self._deleted[other] = [(t, r) for t, r in self._deleted[other] if r["id"] != value]
                pending.append((side, parent, found))

    def _name_deletions(self) -> None:
        """Name the top of each deleted subtree: rows deleted with a row they belong to
        (a note with its canvas, a connector with its note) are not named."""
        plan = self.work.plan
        for side, names in (("here", plan.deleted_here), ("there", plan.deleted_there)):
            writes = self.writes(side)  # type: ignore[arg-type]
            for table, row in self._deleted[side]:  # type: ignore[index]
                if any(
                    row.get(column) is not None and writes.deleting(parent, row[column])
                    for column, parent in parents(BY_NAME[table])
                ):
                    continue
                names.append(self.namer[side].named(table, row))  # type: ignore[index]


def _written(writes: Writes) -> dict[str, int]:
    out: dict[str, int] = {}
    for group in (writes.inserts, writes.updates):
        for table, rows in group.items():
            if rows:
                out[table] = out.get(table, 0) + len(rows)
    return out


Direction = Literal["pull", "push"]
