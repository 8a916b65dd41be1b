"""What belongs to one workshop (``labinov sync --workshop ID``), on one store: rows by
their owners' chain up to the workshop, deleted rows by their tombstones' parents."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.engine import Connection

from labinov.store.sync_schema import owner_column
from labinov.sync.apply import BY_NAME, TABLES, TOMBSTONES, chunks, read_tombs
from labinov.sync.rules import Tomb

ROOT = "workshop"


def _owner(table: Table) -> tuple[str, str] | None:
    name = owner_column(table)
    if name is None:
        return None
    return name, next(iter(table.c[name].foreign_keys)).column.table.name


def _ids_in(table_name: str, workshop: str) -> Any:
    """A subquery of the ids of ``table_name`` owned (through any chain) by ``workshop``."""
    table = BY_NAME[table_name]
    if table_name == ROOT:
        return select(table.c.id).where(table.c.id == workshop)
    key = _owner(table)
    if key is None:
        return None
    column, parent = key
    parent_ids = _ids_in(parent, workshop)
    if parent_ids is None:
        return None
    return select(table.c.id).where(table.c[column].in_(parent_ids))


def _owned_by(table_name: str, workshop: str) -> Any:
    """The condition "this row's owner is in the workshop" (None: it has no owner chain).
    On the owner column, not ``id IN (every id of the table in the scope)``: SQLite
    would build that whole set (20,000 notes: 0.14 s) to check one changed note."""
    table = BY_NAME[table_name]
    if table_name == ROOT:
        return table.c.id == workshop
    key = _owner(table)
    if key is None:
        return None
    parent_ids = _ids_in(key[1], workshop)
    return None if parent_ids is None else table.c[key[0]].in_(parent_ids)


@cache
def _loose_tables() -> tuple[str, ...]:
    """Tables whose rows may name a row of any table (a conflict names its row by id)."""
    return tuple(t.name for t in TABLES if "row_id" in t.c and t.name != ROOT)


class Scope:
    """Membership in a workshop on one store; ``None`` workshop: everything."""

    def __init__(self, connection: Connection, workshop: str | None) -> None:
        self.connection = connection
        self.workshop = workshop
        self._tomb_scope: dict[str, bool] = {}

    def rows(self, table_name: str, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` (of rows present here) that are in the scope."""
        wanted = list(ids)
        if self.workshop is None:
            return set(wanted)
        table = BY_NAME[table_name]
        inside = _owned_by(table_name, self.workshop)
        found: set[str] = set()
        for chunk in chunks(wanted):
            condition = table.c.id.in_(chunk)
            scoped: list[Any] = [inside] if inside is not None else []
            if table_name in _loose_tables():
                scoped.append(table.c.row_id.in_(self._all_scoped()))
            if not scoped:
                continue
            query = select(table.c.id).where(condition, or_(*scoped))
            found.update(self.connection.execute(query).scalars())
        return found

    def settled(self, table_name: str, after: int, upto: int) -> set[str]:
        """The ids of the scope's rows of ``table_name`` written here after change number
        ``after`` up to ``upto`` (carried by a sync of this workshop alone)."""
        assert self.workshop is not None
        table = BY_NAME[table_name]
        inside = _owned_by(table_name, self.workshop)
        scoped: list[Any] = [inside] if inside is not None else []
        if table_name in _loose_tables():
            scoped.append(table.c.row_id.in_(self._all_scoped()))
        if not scoped:
            return set()
        query = select(table.c.id).where(
            table.c.change_seq > after, table.c.change_seq <= upto, or_(*scoped)
        )
        return set(self.connection.execute(query).scalars())

    def settled_tombs(self, after: int, upto: int) -> set[str]:
        """The row ids of the scope's tombstones written after ``after`` up to ``upto``."""
        query = select(TOMBSTONES).where(
            TOMBSTONES.c.change_seq > after, TOMBSTONES.c.change_seq <= upto
        )
        found = [
            Tomb(m["row_id"], m["table_name"], m["rev"], m["parent_id"], m["device_id"])
            for m in self.connection.execute(query).mappings()
        ]
        return {tomb.row_id for tomb in self.tombs(found)}

    def _all_scoped(self) -> Any:
        """Every id of the scope (a union over the tables), for rows naming a row by id."""
        assert self.workshop is not None
        parts = [
            query
            for t in TABLES
            if t.name not in _loose_tables()
            and (query := _ids_in(t.name, self.workshop)) is not None
        ]
        union = parts[0].union_all(*parts[1:])
        return select(union.subquery().c[0])

    def tombs(self, tombs: Iterable[Tomb]) -> list[Tomb]:
        """The tombstones among ``tombs`` of rows that were in the scope: their parent is
        in it (a row, or itself deleted and in it)."""
        wanted = list(tombs)
        if self.workshop is None:
            return wanted
        return [tomb for tomb in wanted if self._tomb_in(tomb, depth=0)]

    def _tomb_in(self, tomb: Tomb, depth: int) -> bool:
        if tomb.row_id in self._tomb_scope:
            return self._tomb_scope[tomb.row_id]
        table = BY_NAME.get(tomb.table)
        key = _owner(table) if table is not None else None
        if tomb.table == ROOT:
            inside = tomb.row_id == self.workshop
        elif key is None or tomb.parent_id is None or depth > len(TABLES):
            inside = False
        else:
            inside = self._id_in(key[1], tomb.parent_id, depth)
        self._tomb_scope[tomb.row_id] = inside
        return inside

    def _id_in(self, table_name: str, row_id: str, depth: int) -> bool:
        """Whether ``row_id`` of ``table_name`` (a row here, or deleted) is in the scope."""
        table = BY_NAME[table_name]
        if self.connection.execute(select(table.c.id).where(table.c.id == row_id)).first():
            return bool(self.rows(table_name, [row_id]))
        parent = read_tombs(self.connection, [row_id]).get(row_id)
        return parent is not None and self._tomb_in(parent, depth + 1)
