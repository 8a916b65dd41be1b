"""File ▸ Connect to the regional server…: refusals in one line that change nothing, the
address remembered without its password, the window switched to the server and back, and a
client refused once the server was upgraded by a newer Labinov."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from labinov.errors import StorageError
from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.gui.server.connect_dialog import ConnectDialog
from labinov.store.server_address import KEYRING_SERVICE, ServerAddress
from tests.gui.server.conftest import MemoryKeyring
from tests.pg.fixtures import create_database, drop_database

HOSTILE = "x'; DROP TABLE project; --"


def _address(url: str, **changes: object) -> tuple[ServerAddress, str]:
    parsed = make_url(url)
    address = ServerAddress(
        parsed.host or "", parsed.database or "", parsed.username or "", parsed.port or 5432
    )
    fields = {**address.__dict__, **{k: v for k, v in changes.items() if k != "password"}}
    return ServerAddress(**fields), str(changes.get("password", parsed.password or ""))  # type: ignore[arg-type]


def _fill(dialog: ConnectDialog, address: ServerAddress, password: str) -> None:
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(password)


def _connect(qtbot, dialog: ConnectDialog) -> bool:
    """Connect as the Connect button does and wait for the attempt to end."""
    if not dialog.try_connect():
        return False
    qtbot.waitUntil(lambda: not dialog.connecting(), timeout=20000)
    return dialog.store is not None


def _settings_text(window: MainWindow) -> str:
    window.context.settings.sync()
    path = Path(window.context.settings.fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _no_permission_role(pg_server: str, server_db: str) -> tuple[str, str]:
    user, password = f"nobody_{secrets.token_hex(3)}", secrets.token_hex(8)
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        # a role that may log in and nothing more (identifiers are ours, not user text)
        connection.execute(text(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'"))
    admin.dispose()
    return user, password


def test_refusals_are_one_line_and_change_nothing(
    make_window, qtbot, pg_server: str, server_db: str, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    workshop_id = window.structure.open_sample()
    local = window.context.services
    settings_before = _settings_text(window)
    newer = f"c_{secrets.token_hex(6)}"
    newer_url = create_database(pg_server, newer, template=None)
    from labinov.store.engines import upgrade_server

    upgrade_server(newer_url)
    engine = create_engine(newer_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    nobody, nobody_password = _no_permission_role(pg_server, server_db)
    good, password = _address(server_db)
    host, db, me, port = good.host, good.database, good.user, good.port
    cases = [
        (good, "wrong-password", "menolak login"),
        (ServerAddress("127.0.0.1", db, me, _free_port()), password, "tidak menjawab"),
        (ServerAddress("no-such-host.invalid", db, me), password, "Tidak ada server"),
        (ServerAddress(host, HOSTILE, me, port), password, "Basis data itu tidak ada"),
        (ServerAddress(host, db, nobody, port), nobody_password, "tidak boleh"),
        (ServerAddress(host, newer, me, port), password, "Labinov yang lebih baru"),
        (ServerAddress("", db, me), password, "nama atau alamat server"),
    ]
    try:
        for address, typed, expected in cases:
            dialog = ConnectDialog(window.context.settings, window)
            qtbot.addWidget(dialog)
            _fill(dialog, address, typed)
            dialog.remember.setChecked(True)
            assert _connect(qtbot, dialog) is False
            shown = dialog.error.text()
            assert expected in shown, (address, shown)
            assert "\n" not in shown and typed not in shown  # one line, no password
            assert dialog.isVisibleTo(window) or not dialog.result()
            assert window.context.services is local  # nothing switched
            dialog.close()
        assert _settings_text(window) == settings_before  # nothing remembered
        assert memory_keyring.kept == {}
        assert window.context.services.workshops.get(workshop_id)  # the laptop's data is there
    finally:
        drop_database(pg_server, newer)
        admin = create_engine(pg_server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {nobody}"))
        admin.dispose()


def test_connect_remembers_the_server_not_the_password_and_goes_back(
    make_window, qtbot, server_db: str, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    window.structure.open_sample()
    local_store = window.context.services.store
    actions = window.server_actions
    dialog = actions.connect_server()
    good, password = _address(server_db)
    _fill(dialog, good, password)
    dialog.remember.setChecked(True)
    assert _connect(qtbot, dialog) is True
    qtbot.waitUntil(lambda: window.context.services.store is not local_store)
    services = window.context.services
    assert services.store.engine.dialect.name == "postgresql"
    assert services.workshops.list() == []  # the server's (empty) data, not the laptop's
    assert window.model.rowCount() == 0
    services.workshops.create("Laboratorium Inovasi Provinsi Sulawesi Selatan 2026")
    saved = _settings_text(window)
    assert good.host in saved and password not in saved  # the address only
    assert prefs.SERVER_ADDRESS.get(window.context.settings) == good.shown()
    assert memory_keyring.kept == {(KEYRING_SERVICE, good.keyring_user): password}

    again = ConnectDialog(window.context.settings, window)  # the next time: all filled in
    qtbot.addWidget(again)
    assert (again.host.text(), again.database.text(), again.user.text()) == (
        good.host,
        good.database,
        good.user,
    )
    assert again.remember.isChecked() and again.password.text() == ""
    assert _connect(qtbot, again) is True  # the password from the keyring
    again.store.dispose()

    assert actions.disconnect_server() is True
    assert window.context.services.store.engine.dialect.name == "sqlite"
    assert len(window.context.services.workshops.list()) == 1  # the sample, on the laptop


def test_a_server_upgraded_by_a_newer_labinov_refuses_this_clients_writes(
    make_window, qtbot, server_db: str, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    dialog = window.server_actions.connect_server()
    good, password = _address(server_db)
    _fill(dialog, good, password)
    assert _connect(qtbot, dialog) is True
    services = window.context.services
    workshop = services.workshops.create("Sebelum")
    engine = create_engine(server_db, poolclass=NullPool)
    try:
        with engine.begin() as connection:  # a newer Labinov's 'server upgrade' ran meanwhile
            connection.execute(
                text("UPDATE alembic_version SET version_num = '0099_from_the_future'")
            )
        with pytest.raises(StorageError, match=r"newer Labinov.*nothing was saved"):
            services.workshops.create("Sesudah")
        with pytest.raises(StorageError):
            services.workshops.update(workshop.id, name="Diubah")
        with engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM workshop")).scalars().all()
        assert names == ["Sebelum"]
    finally:
        engine.dispose()
        assert window.server_actions.disconnect_server()  # closes the server's connections
