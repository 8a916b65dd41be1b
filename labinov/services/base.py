"""What every service shares: the store, validation, field updates that report old values."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, col

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from labinov.store import snapshot
from labinov.store.db import Store
from labinov.store.fast_edits import Version, not_found
from labinov.store.ids import LISTED_ORDER
from labinov.store.models import Row
from labinov.store.types import new_rev, utcnow

R = TypeVar("R", bound=Row)

Changes = dict[str, Any]


def required_name(value: str, what: str) -> str:
    """Trim ``value`` and refuse it when empty; ``what`` is a translatable field name."""
    text = (value or "").strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The {what} must not be empty."), what=what)
    return text


def get_or_raise(session: Session, table: type[R], row_id: str) -> R:
    row = session.get(table, row_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("UserError", "This item no longer exists (id {id})."), id=row_id
        )
    return row


def listed_order(table: type[Row]) -> list[Any]:
    """The columns of ``table`` that order a list of its rows (``ids.LISTED_ORDER``)."""
    return [col(getattr(table, name)) for name in LISTED_ORDER]


# kept by the store itself (the triggers set rev and change_seq: store/sync_schema.py)
NOT_EDITABLE = frozenset({"id", "created_at", "updated_at", "change_seq"})


def apply_changes(row: Row, changes: Changes) -> Changes:
    """Set ``changes`` on ``row``; return the previous values, for undo."""
    previous = {}
    for key, value in changes.items():
        if key in NOT_EDITABLE or key not in row.__table__.columns:
            raise ValueError(f"{type(row).__name__} has no editable field {key!r}")
        previous[key] = getattr(row, key)
        setattr(row, key, value)
    row.updated_at = utcnow()
    return previous


class Service:
    """Base of the use-case classes: each public method is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _update(
        self,
        table: type[Row],
        row_id: str,
        changes: Changes,
        previous: Changes | None = None,
        version: Version | None = None,
    ) -> Changes:
        """Set fields of one row (``updated_at``, ``rev``); return their previous values
        (without ``rev``). Core statements on the store's long-lived connection
        (``store/fast_edits.py``).

        ``changes`` may carry the row's new ``rev`` (else it gets one). ``previous``: the
        ``rev`` the caller loaded, which must still be the stored one (``StaleWriteError``
        otherwise, nothing written), and the values it shows for the changed fields (then
        nothing is read). What it lacks is read in the same transaction (a concurrent
        writer between that read and the write is refused too). ``version``: the ``rev``
        the caller loaded and the one this write gives, in one."""
        if version is not None:
            changes = {**changes, "rev": version.new}
            previous = {**(previous or {}), "rev": version.seen}
        columns = table.__table__.columns
        for key in changes:
            if key in NOT_EDITABLE or key not in columns:
                raise ValueError(f"{table.__name__} has no editable field {key!r}")
        if "rev" not in changes:
            changes = {**changes, "rev": new_rev()}
        fields = [key for key in changes if key != "rev"]
        seen = previous.get("rev") if previous else None
        held = None
        if previous is not None and all(key in previous for key in fields):
            held = {key: previous[key] for key in fields}
        edits = self.store.edits
        with edits.transaction() as connection:
            if held is None or seen is None:
                current = edits.read_one(connection, table.__table__, row_id, changes)
                if current is None:
                    raise not_found(row_id)
                seen = current.pop("rev") if seen is None else seen
                held = {key: current[key] for key in fields} if held is None else held
            edits.write(connection, table.__table__, {row_id: changes}, {row_id: seen})
        return held

    def _get(self, table: type[R], row_id: str) -> R:
        with self.store.transaction() as session:
            return get_or_raise(session, table, row_id)

    def _delete(self, table: type[Row], row_id: str) -> snapshot.Snapshot:
        """Delete a row and (by cascade) everything under it; return what ``restore`` needs."""
        with self.store.transaction() as session:
            rows = snapshot.take(session, table, row_id)
            row = get_or_raise(session, table, row_id)
            session.delete(row)
        return rows

    def restore(self, rows: snapshot.Snapshot) -> dict[str, str]:
        """Put back rows removed by a delete (undo); returns ``{id: rev}``, the version the
        restored rows got (a new one: callers keeping versions take it)."""
        with self.store.transaction() as session:
            return snapshot.restore(session, rows)
