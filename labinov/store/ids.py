"""Ids, version tokens and the clock of the rows, without SQLAlchemy.

``store/types.py`` (column types, SQLAlchemy) re-exports them; code on the quick start
(``store/boot_store.py``, the canvas) imports them from here, as importing SQLAlchemy alone
costs more than the whole start-up budget (tests/bench/bench_startup.py).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

Fields = dict[str, Any]


def new_id() -> str:
    """A random UUID as text: rows from different laptops merge without collisions."""
    return str(uuid.uuid4())


def new_rev() -> str:
    """A random row version token (16 hex digits): a new one on every write; the same
    token on two stores means the same version of the row (``store/sync_schema.py``).
    Eight random bytes straight from the OS: a uuid4 object per edit cost more than the
    rest of a note's fast edit in Python (``tests/bench/profile_edits.py``)."""
    return os.urandom(8).hex()


def utcnow() -> datetime:
    return datetime.now(UTC)


def versioned(changes: Mapping[str, Fields]) -> dict[str, Fields]:
    """``changes`` with one new version token in every row (replacing a ``rev`` they held,
    e.g. undo's previous values): the caller then knows the rows' new ``rev``."""
    token = new_rev()
    return {row_id: {**fields, "rev": token} for row_id, fields in changes.items()}


# How listed rows (agenda sessions, parking lot items, a stage's boards) are ordered
# everywhere they are shown, read for a reorder or checked (``order_version``): the id last,
# as two rows may tie on the others and a server returns ties in any order
LISTED_ORDER = ("sort_order", "created_at", "id")


def order_version(ids: Iterable[str]) -> str:
    """The version of an order of rows (a workshop's agenda sessions, a stage's boards):
    a digest of their ids in that order. A reorder writes only the order, so it is checked
    against the order the caller showed (another app's reorder, a row added or removed
    since), and the order it writes is its new version, known without a read."""
    import hashlib  # not at start-up: the boot path never reorders

    text = "\n".join(ids)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
