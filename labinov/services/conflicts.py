"""Versions that conflicted in a sync or a bundle import (``conflict`` rows, SYNC.md):
the unresolved ones of an innovation, the marked copies on a canvas, and resolving one —
use the other version, or ignore it — with what undo needs to put everything back.

The other version is either a marked copy beside the row (notes, connectors, members,
agenda sessions, parked ideas: ``copy_id``) or its values kept in ``payload`` (rows that
cannot stand twice: a workshop, team, innovation, stage work, canvas, attachment).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import false
from sqlmodel import col, select

from labinov.services.base import Service, get_or_raise
from labinov.store import canvas_lineage, snapshot
from labinov.store.fast_edits import stale
from labinov.store.ids import new_rev
from labinov.store.models import ALL_TABLES, LOCAL_COLUMNS, CanvasItem, Conflict, Row
from labinov.sync.names import label  # one rule for how a row is called (the sync preview's)

TABLES: dict[str, type[Row]] = {table.__tablename__: table for table in ALL_TABLES}  # type: ignore[misc]
# not a version's values: identity, bookkeeping, and (for a copy moved beside its row) place
NOT_VALUES = frozenset({"id", "rev", "change_seq", "created_at", "updated_at"})
PLACE = frozenset({"x", "y", "z"})


def not_choices(table: str) -> frozenset[str]:
    """Columns that are no choice in a conflict of ``table``: stamps, a copy's place, and
    per-laptop view state (a board's zoom: each keeps its own)."""
    return NOT_VALUES | PLACE | canvas_lineage.VIEW_STATE.get(table, frozenset())


def values(row: Row) -> dict[str, Any]:
    """The row's field values (not the store-local change number, which the ORM lacks)."""
    return {
        key: getattr(row, key)
        for key in row.__table__.columns.keys()  # noqa: SIM118
        if key not in LOCAL_COLUMNS
    }


def _coerce(current: Any, value: Any) -> Any:
    """A payload value as the column holds it (JSON keeps dates and times as text)."""
    if isinstance(value, str) and isinstance(current, datetime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(current, date):
        return date.fromisoformat(value)
    return value


@dataclass(frozen=True)
class Version:
    """One unresolved conflict as the user sees it: the row that stayed (``ours``) and
    the other version (``theirs``), each as field values."""

    id: str
    table: str
    row_id: str
    copy_id: str | None
    item: str
    ours: dict[str, Any]
    theirs: dict[str, Any]

    def differences(self) -> list[str]:
        """The fields whose values differ (what the user chooses between)."""
        return [
            key
            for key in self.theirs
            if key not in not_choices(self.table) and self.ours.get(key) != self.theirs.get(key)
        ]


@dataclass(frozen=True)
class Resolution:
    """What a resolve changed, for undo."""

    conflict_id: str
    table: str
    row_id: str
    previous: dict[str, Any]
    removed: snapshot.Snapshot
    rev: str = ""  # the row's version the resolve left (its undo checks it)


class ConflictService(Service):
    def unresolved(self, project_id: str) -> list[Version]:
        found: list[Version] = []
        with self.store.transaction() as session:
            conflicts = session.exec(
                select(Conflict)
                .where(Conflict.project_id == project_id, Conflict.resolved == false())
                .order_by(col(Conflict.created_at), col(Conflict.id))
            ).all()
            for conflict in conflicts:
                table = TABLES.get(conflict.table_name)
                row = session.get(table, conflict.row_id) if table is not None else None
                if row is None:
                    continue  # the row went (deleted since): nothing left to choose
                ours = values(row)
                theirs = self._other(session, conflict, table, ours)  # type: ignore[arg-type]
                if theirs is None:
                    continue
                found.append(
                    Version(
                        conflict.id,
                        conflict.table_name,
                        conflict.row_id,
                        conflict.copy_id,
                        label(ours) or label(theirs),
                        ours,
                        theirs,
                    )
                )
        return found

    @staticmethod
    def _other(
        session: Any, conflict: Conflict, table: type[Row], ours: dict[str, Any]
    ) -> dict[str, Any] | None:
        if conflict.copy_id:
            copy = session.get(table, conflict.copy_id)
            return values(copy) if copy is not None else None
        if conflict.payload is None:
            return None
        return {
            key: _coerce(value, conflict.payload.get(key, value)) for key, value in ours.items()
        }

    def copies_on_canvas(self, canvas_id: str) -> dict[str, str]:
        """The marked copies among a canvas's items: copy id → the label of the note that
        stayed (the board marks them)."""
        with self.store.transaction() as session:
            pairs = session.exec(
                select(Conflict.copy_id, CanvasItem.text)
                .join(CanvasItem, col(CanvasItem.id) == col(Conflict.row_id))
                .where(
                    Conflict.table_name == "canvasitem",
                    Conflict.resolved == false(),
                    Conflict.copy_id.is_not(None),  # type: ignore[union-attr]
                    CanvasItem.canvas_id == canvas_id,
                )
            ).all()
        return {str(copy_id): label({"text": text}) for copy_id, text in pairs}

    def resolve(self, conflict_id: str, use_other: bool, seen: str | None = None) -> Resolution:
        """Settle one conflict: ``use_other`` puts the other version's values into the
        row; either way the marked copy goes and the conflict is resolved. ``seen``: the
        row's ``rev`` the caller showed; when the row changed since, or the conflict was
        settled since (another app), ``StaleWriteError`` and nothing changes."""
        with self.store.transaction() as session:
            conflict = get_or_raise(session, Conflict, conflict_id)
            table = TABLES[conflict.table_name]
            row = get_or_raise(session, table, conflict.row_id)
            if seen is not None and (conflict.resolved or row.rev != seen):
                raise stale()
            previous: dict[str, Any] = {}
            removed: snapshot.Snapshot = []
            if use_other:
                theirs = self._other(session, conflict, table, values(row)) or {}
                view = canvas_lineage.VIEW_STATE.get(conflict.table_name, frozenset())
                for key, value in theirs.items():
                    if key in NOT_VALUES or key in view or (conflict.copy_id and key in PLACE):
                        continue
                    if getattr(row, key) != value:
                        previous[key] = getattr(row, key)
                        setattr(row, key, value)
            if conflict.copy_id:
                copy = session.get(table, conflict.copy_id)
                if copy is not None:
                    removed = snapshot.take(session, table, conflict.copy_id)
                    session.delete(copy)
            if previous:  # a new version, known without reading it back
                row.rev = new_rev()
            conflict.resolved = True
            session.add(conflict)
            session.add(row)
            return Resolution(
                conflict_id, conflict.table_name, row.id, previous, removed, rev=row.rev
            )

    def undo(self, resolution: Resolution, seen: str | None = None) -> str:
        """Put back what ``resolve`` changed: the row's values, the copy, the mark; refused
        (``StaleWriteError``) when the row was edited since (it would undo that edit too):
        since ``seen`` (the version the caller last loaded or wrote), else since the
        resolve. Returns the row's version after it (what a redo's ``resolve`` checks)."""
        expected = seen or resolution.rev
        with self.store.transaction() as session:
            row = get_or_raise(session, TABLES[resolution.table], resolution.row_id)
            if resolution.previous and expected and row.rev != expected:
                raise stale()
            if resolution.previous:
                row.rev = new_rev()
            for key, value in resolution.previous.items():
                setattr(row, key, value)
            session.add(row)
            # the copy comes back as a new version (its old one may be a tombstone's already)
            snapshot.restore(session, [(t, {**v, "rev": ""}) for t, v in resolution.removed])
            conflict = get_or_raise(session, Conflict, resolution.conflict_id)
            conflict.resolved = False
            session.add(conflict)
            return str(row.rev)
