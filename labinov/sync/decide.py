"""From two stores' change sets to what to write on each (SYNC.md "Change sets"): the
rules per row, conflict copies and records, and parents kept for the rows that need them.
Reads only; ``apply.apply`` writes."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, UniqueConstraint, select

from labinov.sync.apply import (
    BY_NAME,
    TABLES,
    Writes,
    chunks,
    data_columns,
    existing_ids,
    parents,
    read_changed,
    read_changed_tombs,
    read_rows,
    read_tombs,
    tables_changed,
)
from labinov.sync.copies import place_copies
from labinov.sync.names import Named, Namer
from labinov.sync.plan import SIDES, Peer, SyncPlan, Work, written
from labinov.sync.rules import Action, Row, Side, Tomb, conflict_row, decide, same_content


def _by_table(tombs: list[Tomb]) -> dict[str, dict[str, Tomb]]:
    out: dict[str, dict[str, Tomb]] = {}
    for tomb in tombs:
        out.setdefault(tomb.table, {})[tomb.row_id] = tomb
    return out


class Decider:
    def __init__(self, here: Peer, there: Peer, first: Side = "there") -> None:
        self.side: dict[Side, Peer] = {"here": here, "there": there}
        self.first: Side = first
        self.work = Work(SyncPlan(), Writes(), Writes())
        self.namer: dict[Side, Namer] = {
            "here": Namer(here.connection),
            "there": Namer(there.connection),
        }
        self._generated: list[tuple[str, Row]] = []
        self._copies: list[tuple[Row, Row]] = []  # (copied canvas item, the one that stayed)
        self._deleted: dict[Side, list[tuple[str, Row]]] = {"here": [], "there": []}
        self._exists: dict[tuple[Side, str, str], bool] = {}
        self._tables: dict[Side, set[str]] = {"here": set(), "there": set()}

    def writes(self, side: Side) -> Writes:
        return self.work.here if side == "here" else self.work.there

    def run(self, step: Callable[[], None] | None = None) -> Work:
        here, there = self.side["here"], self.side["there"]
        ours_tombs, theirs_tombs = self._changed_tombs("here"), self._changed_tombs("there")
        self._tables = {
            "here": tables_changed(here.connection, here.after),
            "there": tables_changed(there.connection, there.after),
        }
        for table in TABLES:
            self._table(
                table.name, ours_tombs.get(table.name, {}), theirs_tombs.get(table.name, {})
            )
            if step is not None:
                step()
        self._unique_keys()
        self._add_generated()
        self._keep_parents()
        self._place_copies()
        self._name_deletions()
        plan = self.work.plan
        plan.pull, plan.push = written(self.work.here), written(self.work.there)
        return self.work

    def _changed(self, side: Side, table: str) -> dict[str, Row]:
        if table not in self._tables[side]:
            return {}
        peer = self.side[side]
        rows = read_changed(peer.connection, BY_NAME[table], peer.after)
        inside = peer.scope.rows(table, rows)
        for scope, upto in peer.settled:  # carried by a sync of its workshop alone
            inside -= scope.settled(table, peer.after, upto)
        return {row_id: row for row_id, row in rows.items() if row_id in inside}

    def _changed_tombs(self, side: Side) -> dict[str, dict[str, Tomb]]:
        peer = self.side[side]
        tombs = peer.scope.tombs(read_changed_tombs(peer.connection, peer.after).values())
        settled: set[str] = set()
        for scope, upto in peer.settled:
            settled |= scope.settled_tombs(peer.after, upto)
        return _by_table([tomb for tomb in tombs if tomb.row_id not in settled])

    def _table(self, name: str, ours_tombs: dict[str, Tomb], theirs_tombs: dict[str, Tomb]) -> None:
        here, there = self.side["here"], self.side["there"]
        table = BY_NAME[name]
        ours, theirs = self._changed("here", name), self._changed("there", name)
        changed_here, changed_there = set(ours) | set(ours_tombs), set(theirs) | set(theirs_tombs)
        ids = changed_here | changed_there
        if not ids:
            return
        ours.update(read_rows(here.connection, table, ids - set(ours)))
        theirs.update(read_rows(there.connection, table, ids - set(theirs)))
        ours_tombs = {
            **read_tombs(here.connection, ids - set(ours) - set(ours_tombs), name),
            **ours_tombs,
        }
        theirs_tombs = {
            **read_tombs(there.connection, ids - set(theirs) - set(theirs_tombs), name),
            **theirs_tombs,
        }
        for row_id in sorted(ids):
            mine = ours.get(row_id) or ours_tombs.get(row_id)
            other = theirs.get(row_id) or theirs_tombs.get(row_id)
            decision = decide(
                mine, other, row_id in changed_here, row_id in changed_there, self.first, name
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
        )
        self._generated.append(("conflict", record))
        if copy is not None:
            self._generated.append((table, copy))
            if table == "canvasitem":
                self._copies.append((copy, stayed))
        self.work.plan.conflicts.append(namer.named(table, stayed, lost))

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
                    holders = self._holders(side, table, columns, arriving)
                    for row in arriving:
                        key = tuple(row[c] for c in columns)
                        existing = holders.get(key)
                        if existing is not None and existing["id"] != row["id"]:
                            self._give_way(side, table, row, existing)

    def _holders(
        self, side: Side, table: Table, columns: tuple[str, ...], arriving: list[Row]
    ) -> dict[tuple[object, ...], Row]:
        """The rows on ``side`` holding the unique keys of ``arriving`` rows, by key (one
        query per chunk of the key's first column)."""
        out: dict[tuple[object, ...], Row] = {}
        firsts = sorted({str(row[columns[0]]) for row in arriving})
        for chunk in chunks(firsts):
            query = select(*data_columns(table)).where(table.c[columns[0]].in_(chunk))
            for found in self.side[side].connection.execute(query).mappings():
                out[tuple(found[c] for c in columns)] = dict(found)
        return out

    def _give_way(self, side: Side, table: Table, row: Row, existing: Row) -> None:
        writes = self.writes(side)
        if existing["id"] in writes.replaced.get(table.name, set()):
            return  # settled from the other side already
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
            )
            self._generated.append(("conflict", record))
            self.work.plan.conflicts.append(namer.named(table.name, winner, loser))

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
            for side in SIDES:
                writes = self.writes(side)
                if writes.written(table, row["id"]) or self._exists_on(side, table, row["id"]):
                    continue
                writes.insert(table, row)

    def _keep_parents(self) -> None:
        """Every row written on a side needs its parents there: a parent about to be
        deleted on that side is kept (and goes back to the side that deleted it); a
        parent missing there comes from the other side."""
        pending: list[tuple[Side, str, Row]] = []
        for side in SIDES:
            writes = self.writes(side)
            for group in (writes.inserts, writes.updates):
                for table, rows in group.items():
                    pending.extend((side, table, row) for row in rows.values())
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

    def _place_copies(self) -> None:
        place_copies(
            {side: self.side[side].connection for side in SIDES},
            {side: self.writes(side) for side in SIDES},
            self._copies,
        )

    def _name_deletions(self) -> None:
        """Name the top of each deleted subtree: rows deleted with a row they belong to
        (a note with its canvas, a connector with its note) are not named."""
        plan = self.work.plan
        sides: tuple[tuple[Side, list[Named]], ...] = (
            ("here", plan.deleted_here),
            ("there", plan.deleted_there),
        )
        for side, names in sides:
            writes = self.writes(side)
            for table, row in self._deleted[side]:
                if any(
                    row.get(column) is not None and writes.deleting(parent, row[column])
                    for column, parent in parents(BY_NAME[table])
                ):
                    continue
                names.append(self.namer[side].named(table, row))
