"""Connecting to a server that does not answer (a port that accepts the TCP connection and
never says a word, as a blackholing firewall or a hung server does): the window keeps
repainting, Stop frees the form at once, closing the dialog mid-attempt is safe, and the
timeout ends in one line in the user's language. No PostgreSQL needed."""

from __future__ import annotations

import itertools
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from labinov.gui import settings as prefs
from labinov.gui.server.attempt import ConnectAttempt
from labinov.gui.server.connect_dialog import ConnectDialog
from labinov.store import engines
from labinov.store.db import Store
from labinov.store.server_address import ServerAddress


@pytest.fixture
def silent() -> Iterator[socket.socket]:
    """A listening socket nobody accepts on: the kernel completes the handshake, libpq then
    waits for the server's first message until its connect timeout."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener


@pytest.fixture
def silent_port(silent: socket.socket) -> int:
    return int(silent.getsockname()[1])


def _fill(dialog: ConnectDialog, port: int) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText("labinov")
    dialog.user.setText("labinov_app")
    dialog.password.setText("rahasia")


def _gaps_while(qtbot, seconds: float) -> list[float]:
    """The gaps between the ticks of a 20-ms timer over ``seconds`` of event loop."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    qtbot.wait(int(seconds * 1000))
    timer.stop()
    return [b - a for a, b in itertools.pairwise(ticks)]


def test_a_silent_server_leaves_the_window_responsive_and_stop_frees_it(
    make_window, qtbot, silent: socket.socket, silent_port: int
) -> None:
    window = make_window()
    local = window.context.services
    dialog = window.server_actions.connect_server()
    _fill(dialog, silent_port)
    assert dialog.try_connect() is True
    assert dialog.connecting() and dialog.busy.isVisible()
    assert "Menyambung ke 127.0.0.1" in dialog.busy_text.text()
    assert not dialog.host.isEnabled() and not dialog.connect_button.isEnabled()
    attempt = dialog.attempt
    assert attempt is not None

    gaps = _gaps_while(qtbot, 1.5)  # libpq is waiting all this time (timeout: 10 s)
    assert attempt.running()
    assert len(gaps) > 10 and max(gaps) < 1.0  # the old code blocked here for 10 s

    ended = []
    attempt.ended.connect(lambda: ended.append(True))
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert not dialog.connecting() and not dialog.busy.isVisible()
    assert dialog.host.isEnabled() and dialog.connect_button.isEnabled()
    assert dialog.isVisible() and not dialog.error.isVisible()
    assert window.context.services is local
    silent.close()  # libpq gives up once the port goes away; the abandoned attempt ends
    qtbot.waitUntil(lambda: bool(ended), timeout=15000)
    assert window.context.services is local
    assert prefs.SERVER_ADDRESS.get(window.context.settings) == ""
    dialog.done(0)  # closed without the "lose what you typed?" question


def test_the_timeout_is_one_line_in_indonesian(
    make_window, qtbot, silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT_S", 2)
    window = make_window()
    dialog = window.server_actions.connect_server()
    _fill(dialog, silent_port)
    with qtbot.waitSignal(dialog.ended, timeout=15000) as ended:
        assert dialog.try_connect()
    assert ended.args == [False]
    shown = dialog.error.text()
    assert dialog.error.isVisible() and "tidak menjawab" in shown, shown
    assert "\n" not in shown and "rahasia" not in shown
    assert dialog.host.isEnabled() and dialog.store is None
    assert prefs.SERVER_ADDRESS.get(window.context.settings) == ""
    dialog.done(0)  # closed without the "lose what you typed?" question


def test_a_missing_part_is_refused_before_any_thread(make_window, qtbot) -> None:
    window = make_window()
    dialog = window.server_actions.connect_server()
    dialog.host.setText("")
    assert dialog.try_connect() is False
    assert dialog.attempt is None and "nama atau alamat server" in dialog.error.text()
    dialog.done(0)  # closed without the "lose what you typed?" question


class _WatchedStore(Store):
    """A real (in-memory SQLite) store that records its disposal."""

    disposed = False

    def dispose(self) -> None:
        self.disposed = True
        super().dispose()


def test_closing_mid_attempt_closes_what_the_attempt_opens_late(qtbot, make_window) -> None:
    from sqlalchemy import create_engine

    window = make_window()
    dialog = window.server_actions.connect_server()
    release = threading.Event()
    opened: list[_WatchedStore] = []

    def slow_opener(_address: ServerAddress, _password: str | None) -> Store:
        release.wait(10)  # libpq waiting for a slow server
        opened.append(_WatchedStore(create_engine("sqlite://")))
        return opened[-1]

    attempt = ConnectAttempt(ServerAddress("h", "d", "u"), None, opener=slow_opener)
    connected: list[object] = []
    attempt.connected.connect(connected.append)
    ended: list[bool] = []
    attempt.ended.connect(lambda: ended.append(True))
    dialog.attempt = attempt
    dialog.reject()  # the user closes the dialog while the attempt waits
    assert not dialog.isVisible() and attempt.abandoned
    release.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert connected == [] and len(opened) == 1 and opened[0].disposed
