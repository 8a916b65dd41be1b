"""One running Labinov per data folder (DESIGN.md): an OS lock (``labinov.instance_lock``),
and a local socket the second start uses to bring the first window to the front and hand it
the files it was asked to open (``labinov FILE.labinov`` while Labinov is already open).

The message is one line of JSON, as qutebrowser's ``misc/ipc.py`` sends:
``{"protocol_version": 1, "version": "0.1.0", "files": ["/abs/x.labinov"]}``. A request
of another protocol version, or not JSON at all, is logged and ignored, never acted on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported when first needed: start-up speed
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from labinov import __version__
from labinov.instance_lock import InstanceLock
from labinov.paths import UserPaths

PROTOCOL_VERSION = 1
MAX_REQUEST = 1 << 20  # a request is a few paths; anything longer is not ours
log = logging.getLogger("labinov")


def server_name(paths: UserPaths) -> str:
    return f"labinov-{paths.digest}"


def encode_request(files: Sequence[Path]) -> bytes:
    message = {
        "protocol_version": PROTOCOL_VERSION,
        "version": __version__,
        "files": [str(Path(f).resolve()) for f in files],
    }
    import json  # not for the first paint: messages come after it

    return json.dumps(message).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> list[Path] | None:
    """The files of a request, or None when it is not a request we understand."""
    try:
        import json

        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        log.warning("single instance: ignored a request that is not JSON")
        return None
    if not isinstance(message, dict) or message.get("protocol_version") != PROTOCOL_VERSION:
        got = message.get("protocol_version") if isinstance(message, dict) else None
        log.warning("single instance: ignored a request of protocol version %r", got)
        return None
    files = message.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        log.warning("single instance: ignored a request with malformed files")
        return None
    return [Path(f) for f in files]


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs.

    Signals:
        raise_requested(list): another start on the same folder asked us to come forward
            and open these files (a list of ``Path``, often empty).
    """

    raise_requested = Signal(list)

    def __init__(self, paths: UserPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock = InstanceLock(paths.lock_file)
        self._server: QLocalServer | None = None

    def acquire(self, files: Sequence[Path] = ()) -> bool:
        """True when this process now owns the folder; False when another one does (it has
        been asked to come to the front and open ``files``). The owner calls ``listen()``
        once its window shows.
        """
        try:
            if self._lock.acquire(0.1):
                return True
        except OSError as error:  # no lock file possible: run, unguarded, rather than not
            log.warning("single instance: no lock at %s: %s", self._paths.lock_file, error)
            return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._paths))
        if socket.waitForConnected(1000):
            socket.write(encode_request(files))
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(1000)
        return False

    def listen(self) -> None:
        """Accept requests from later starts on the same folder."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connection)
        self._server.listen(name)

    def _connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            _Reader(socket, self.raise_requested.emit, self)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()


class _Reader(QObject):
    """Collects one connection's line without blocking the event loop, then hands it on."""

    def __init__(self, socket: QLocalSocket, deliver, parent: QObject) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._socket = socket
        self._deliver = deliver
        self._buffer = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finish)
        self._read()  # the bytes may have arrived with the connection

    def _read(self) -> None:
        self._buffer += self._socket.readAll().data()
        if b"\n" in self._buffer or len(self._buffer) > MAX_REQUEST:
            self._finish()

    def _finish(self) -> None:
        if self._deliver is None:
            return
        deliver, self._deliver = self._deliver, None
        self._buffer += self._socket.readAll().data()
        line = self._buffer.split(b"\n", 1)[0]
        files = decode_request(line) if len(line) <= MAX_REQUEST else None
        self._socket.disconnectFromServer()
        self.deleteLater()
        if files is not None:
            deliver(files)
