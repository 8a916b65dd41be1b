"""``plan_sync`` and ``run_sync``: a laptop's store and a server, one transaction each.

Order (SYNC.md): the server's transaction first, its writers' lock taken, then the
laptop's; both change sets read and decided; written to the server, then to the laptop;
the laptop's marks set to both counters as they are at the end (the rows it just took
got new local numbers: they must not go back); the server committed, then the laptop.
A cut before the server's commit leaves both as they were; a cut between the two
commits leaves the server ahead, and the next sync finds its rows identical.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from labinov import errors
from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.store.db import Store, storage_error
from labinov.store.engines import connection_error, is_sqlite
from labinov.store.sync_schema import lock_counter, read_counter
from labinov.store.types import utcnow
from labinov.sync import marks
from labinov.sync.apply import TABLES, apply
from labinov.sync.decide import Decider
from labinov.sync.identity import fingerprint, peer_key
from labinov.sync.plan import Peer, SyncPlan, Work
from labinov.sync.scope import Scope

Progress = Callable[[int, int], None]  # (done, total), as labinov.exchange.common


class Cancelled(UserError, errors.Cancelled):  # noqa: N818 - a cancel is not an error
    """The user stopped a sync: both stores were left as they were. A UserError (the CLI
    prints its line) and the cancel every GUI worker understands."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("UserError", "Sync cancelled: nothing was changed."))


@dataclass
class SyncResult:
    plan: SyncPlan
    seconds: float


class _Steps:
    """Progress and cancel polling between the steps of a sync."""

    def __init__(
        self, total: int, progress: Progress | None, cancel: Callable[[], bool] | None
    ) -> None:
        self.done, self.total = 0, total
        self.progress, self.cancel = progress, cancel

    def __call__(self) -> None:
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled()


@contextmanager
def _transaction(store: Store) -> Iterator[tuple[Connection, Callable[[], None]]]:
    """A connection in a transaction on ``store`` and its commit; rolled back unless
    committed."""
    connection = store.engine.connect()
    transaction = connection.begin()
    try:
        store.check_schema(connection)
        yield connection, transaction.commit
    except BaseException:
        with contextlib.suppress(DBAPIError):  # a connection gone: the server rolls back
            transaction.rollback()
        raise
    finally:
        with contextlib.suppress(DBAPIError):
            connection.close()


@contextmanager
def _one_line(local: Store, remote: Store) -> Iterator[None]:
    """Driver errors as one line for the user: this folder's (a full disk, a busy file)
    or the server's own wording (gone away, no permission)."""
    try:
        yield
    except DBAPIError as error:
        mine = is_sqlite(local.engine) and isinstance(error.orig, sqlite3.Error)
        if mine or is_sqlite(remote.engine):
            raise storage_error(error) from error
        raise connection_error(error, remote.engine.url) from error


def _scope(workshop: str | None) -> str:
    return marks.EVERYTHING if workshop is None else workshop


def _decide(
    local: Connection, remote: Connection, workshop: str | None, steps: _Steps
) -> tuple[Work, str, marks.Marks]:
    peer, me = marks.device(remote), marks.device(local)
    if peer == me:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This folder's data and the server are the same store.")
        )
    key = peer_key(peer, fingerprint(remote))
    marks.adopt(local, peer, key)
    marks.forget_beyond(local, key, read_counter(remote))
    known = marks.read(local, key, _scope(workshop))
    finer = marks.finer(local, key, known) if workshop is None else {}
    here = Peer(
        local,
        me,
        Scope(local, workshop),
        known.sent_upto,
        tuple((Scope(local, w), m.sent_upto) for w, m in sorted(finer.items())),
    )
    there = Peer(
        remote,
        peer,
        Scope(remote, workshop),
        known.received_upto,
        tuple((Scope(remote, w), m.received_upto) for w, m in sorted(finer.items())),
    )
    return Decider(here, there).run(steps), key, known


def plan_sync(
    local: Store,
    remote: Store,
    *,
    workshop: str | None = None,
    progress: Progress | None = None,
) -> SyncPlan:
    """What ``run_sync`` would do now; writes nothing."""
    steps = _Steps(len(TABLES) + 1, progress, None)
    with (
        _transaction(remote) as (remote_connection, _),
        _transaction(local) as (
            local_connection,
            _,
        ),
    ):
        work, _peer, _known = _decide(local_connection, remote_connection, workshop, steps)
    steps()
    return work.plan


def run_sync(
    local: Store,
    remote: Store,
    *,
    workshop: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SyncResult:
    """Sync ``local`` (a laptop) with ``remote`` (the server), in the scope of
    ``workshop`` or of everything. ``cancel()`` is polled between steps until just before
    the commits; True rolls both back and raises ``Cancelled``."""
    started = time.perf_counter()
    steps = _Steps(3 * len(TABLES) + 6, progress, cancel)
    with _one_line(local, remote), _transaction(remote) as (server, commit_server):
        lock_counter(server)  # every writer of the server waits from here to its commit
        steps()
        with _transaction(local) as (laptop, commit_laptop):
            lock_counter(laptop)
            steps()
            work, peer, _known = _decide(laptop, server, workshop, steps)
            apply(server, work.there, steps)
            apply(laptop, work.here, steps)
            reached = marks.Marks(read_counter(laptop), read_counter(server))
            marks.write(laptop, peer, _scope(workshop), reached, utcnow())
            steps.check()  # the last moment a cancel leaves both as they were
            commit_server()
            commit_laptop()
    if progress is not None:
        progress(steps.total, steps.total)
    return SyncResult(work.plan, time.perf_counter() - started)
