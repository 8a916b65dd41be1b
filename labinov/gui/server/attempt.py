"""Opening a server store off the GUI thread, so a server that does not answer never freezes
the window (libpq may wait ``CONNECT_TIMEOUT_S`` for it).

A connection attempt cannot be interrupted inside libpq, so Cancel *abandons* it: the
window is free at once, and the attempt, still running on its own ``Worker`` thread,
disposes of whatever it opens late. That is why an attempt is parented to the application,
not to the dialog that started it: a dialog closed mid-attempt must not destroy a running
thread (Qt aborts the process then).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from labinov.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from labinov.gui.worker import Worker

if TYPE_CHECKING:
    from labinov.store.db import Store
    from labinov.store.server_address import ServerAddress

BUG = QT_TRANSLATE_NOOP("UserError", "The connection failed unexpectedly: {error}")


def open_server(address: ServerAddress, password: str | None) -> Store:
    """A store on the server at this Labinov's schema; ``StorageError``/``UserError`` else."""
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine, schema_guard

    address.check()
    url = address.url(password)
    return Store(open_server_engine(url), guard=schema_guard(url))


class ConnectAttempt(QObject):
    """One connection to a server, made on a worker thread.

    Signals:
        connected(object): the open ``Store`` (the receiver owns it from then on).
        refused(object): the ``UserError`` saying why, in the user's words.
        ended(): after either, or after ``abandon()`` once the thread has stopped.
    """

    connected = Signal(object)
    refused = Signal(object)
    ended = Signal()

    def __init__(
        self,
        address: ServerAddress,
        password: str | None,
        opener: Callable[[ServerAddress, str | None], Store] = open_server,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.address = address
        self.abandoned = False
        self.worker = Worker(self, bug_message=BUG)
        self.worker.finished.connect(self._opened)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._done)

        def job(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Store:
            store = opener(address, password)
            if cancelled():  # abandoned while libpq waited: nobody wants it any more
                store.dispose()
                raise Cancelled()
            return store

        self.worker.start(job)

    def running(self) -> bool:
        return self.worker.running()

    def abandon(self) -> None:
        """Stop caring about this attempt: no signal but ``ended`` comes from it any more,
        and a store it still opens is closed again."""
        self.abandoned = True
        self.worker.cancel()

    def _opened(self, store: Store) -> None:
        if self.abandoned:
            store.dispose()
        else:
            self.connected.emit(store)
        self._done()

    def _failed(self, error: UserError) -> None:
        if not self.abandoned:
            self.refused.emit(error)
        self._done()

    def _done(self) -> None:
        self.ended.emit()
        self.deleteLater()
