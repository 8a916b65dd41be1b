"""One running Labinov per data folder (DESIGN.md): a lock file, and a local socket the
second start uses to bring the first window to the front."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: start-up speed
    from PySide6.QtNetwork import QLocalServer

from labinov.paths import UserPaths

RAISE_MESSAGE = b"raise"


def server_name(paths: UserPaths) -> str:
    digest = hashlib.sha1(str(paths.data_dir).encode("utf-8")).hexdigest()[:16]
    return f"labinov-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs.

    Signals:
        raise_requested(): another start on the same folder asked us to come forward.
    """

    raise_requested = Signal()

    def __init__(self, paths: UserPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = QLockFile(str(paths.lock_file))
        self._lock.setStaleLockTime(0)  # a crashed owner's lock is detected by its pid
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the folder; False when another one does (it has
        been asked to come to the front). The owner calls ``listen()`` once its window shows.
        """
        if self._lock.tryLock(100):
            return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._paths))
        if socket.waitForConnected(1000):
            socket.write(RAISE_MESSAGE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def listen(self) -> None:
        """Accept "come to the front" requests from later starts on the same folder."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._connection)
        self._server.listen(name)

    def _connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.waitForReadyRead(500)
        if socket.readAll().data().startswith(RAISE_MESSAGE):
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
