"""Server actions (``install(window)``): File ▸ Connect to the regional server…, Back to this
laptop's data, Sync…; Workshop ▸ Region statistics and search….

Switching stores is what a restore does (``gui/exchange/actions.py``): pending typing is
saved to the store in use, the services are rebuilt on the new store, undo histories (whose
commands name rows of the old data) are dropped, and the window reloads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.action_registry import add_action
from labinov.gui.errors import show_user_error
from labinov.gui.window_hooks import ON_LAPTOP, READY

if TYPE_CHECKING:
    from labinov.gui.server.connect_dialog import ConnectDialog
    from labinov.gui.server.dashboard import RegionDashboard
    from labinov.gui.server.sync_dialog import SyncDialog
    from labinov.gui.window_hooks import WindowHooks
    from labinov.store.db import Store


CONNECTED = QT_TRANSLATE_NOOP("ServerActions", "Connected to {server}.")
LOCAL_AGAIN = QT_TRANSLATE_NOOP("ServerActions", "Working on this laptop's data again.")
ALREADY_LOCAL = QT_TRANSLATE_NOOP("ServerActions", "Already working on this laptop's data.")
NO_SERVER = QT_TRANSLATE_NOOP(
    "ServerActions",
    "No server is remembered yet: connect to it once with File ▸ Connect to the regional "
    "server…, then come back to this laptop's data and sync.",
)
ON_SERVER = QT_TRANSLATE_NOOP(
    "ServerActions", "Working on the server directly: there is nothing to sync."
)
SYNCED = QT_TRANSLATE_NOOP("ServerActions", "Synced with {server}.")
SYNC_TITLE = QT_TRANSLATE_NOOP("ServerActions", "Sync")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerActions", text)


class ServerActions(QObject):
    """The server actions of one main window (``window.action_map`` by id)."""

    def __init__(self, window: WindowHooks) -> None:
        super().__init__()
        self.window = window
        self.action_set = window.add_actions(self)

    def on_server(self) -> bool:
        from labinov.store.engines import is_sqlite

        services = self.window.context.services
        return services is not None and not is_sqlite(services.store.engine)

    @add_action(
        "connectServer",
        QT_TRANSLATE_NOOP("ServerActions", "&Connect to the regional server…"),
        icon="server-network",
        tip=QT_TRANSLATE_NOOP("ServerActions", "Work on the region's shared PostgreSQL database"),
        enabled=READY,
        menu="file",
        group=40,
    )
    def connect_server(self) -> ConnectDialog:
        from labinov.gui.server.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window.context.settings, self.window)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._connected(dialog))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _connected(self, dialog: ConnectDialog) -> None:
        if dialog.store is None:
            return
        address = dialog.address().shown()
        self.use_store(dialog.store)
        self.window.show_status(_tr(CONNECTED).format(server=address), 15000)

    @add_action(
        "disconnectServer",
        QT_TRANSLATE_NOOP("ServerActions", "Back to this &laptop's data"),
        icon="laptop",
        tip=QT_TRANSLATE_NOOP(
            "ServerActions", "Close the server connection and work on this laptop's data again"
        ),
        enabled=READY,
        menu="file",
        group=40,
    )
    def disconnect_server(self) -> bool:
        from labinov.store.db import open_store
        from labinov.store.engines import database_url

        if not self.on_server() or database_url() is not None:  # --database-url: for the run
            self.window.show_status(_tr(ALREADY_LOCAL))
            return False
        try:
            store = open_store(self.window.context.paths)
        except UserError as error:
            show_user_error(self.window, error)  # type: ignore[arg-type]
            return False
        self.use_store(store)
        self.window.show_status(_tr(LOCAL_AGAIN), 15000)
        return True

    def use_store(self, store: Store) -> None:
        """Make ``store`` the one every view reads and writes."""
        from labinov.services import Services

        context = self.window.context
        from labinov.gui.autosave import flush_all  # not needed for the first paint

        flush_all(self.window)  # type: ignore[arg-type]
        old = context.services.store if context.services is not None else None
        context.services = Services(store)
        context.read_only = store.read_only
        context.read_only_copy = store.migrated_copy
        context.services.worksheets.install_gate(context.language)
        for key in list(context._stacks):  # their commands name rows of the old data
            context.forget_stack(key)
        if old is not None and old is not store:
            old.dispose()
        self.window.data_changed.emit()

    @add_action(
        "syncServer",
        QT_TRANSLATE_NOOP("ServerActions", "S&ync…"),
        icon="sync",
        shortcut="Ctrl+Shift+Y",
        tip=QT_TRANSLATE_NOOP(
            "ServerActions",
            "Exchange the changes of this laptop and the remembered regional server, after a "
            "preview (not needed while working on the server directly)",
        ),
        enabled=ON_LAPTOP,
        menu="file",
        group=40,
        toolbar=50,
    )
    def sync_server(self) -> SyncDialog | None:
        from labinov.gui.server.connect_dialog import remembered
        from labinov.gui.server.sync_dialog import SyncDialog

        if self.on_server():
            self.window.show_status(_tr(ON_SERVER))
            return None
        address = remembered(self.window.context.settings)
        if address is None:
            from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

            box = QMessageBox(
                QMessageBox.Icon.Information,
                _tr(SYNC_TITLE),
                _tr(NO_SERVER),
                QMessageBox.StandardButton.Ok,
                self.window,  # type: ignore[arg-type]
            )
            box.setObjectName("noServerBox")
            box.open()  # not exec(): the event loop (autosave timers) keeps running
            return None
        from labinov.gui.autosave import flush_all

        flush_all(self.window)  # typing waiting for its idle pause goes with this sync
        dialog = SyncDialog(self.window.context, address, self.window)  # type: ignore[arg-type]
        dialog.synced.connect(lambda _result: self._synced(address.keyring_user))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _synced(self, server: str) -> None:
        """Rows changed under every open page: show them again; the undo histories go
        (their commands hold values from before the sync)."""
        context = self.window.context
        for key in list(context._stacks):
            context.forget_stack(key)
        self.window.reload_pages()
        self.window.show_status(_tr(SYNCED).format(server=server), 15000)

    @add_action(
        "regionDashboard",
        QT_TRANSLATE_NOOP("ServerActions", "&Region statistics and search…"),
        icon="chart-bar",
        tip=QT_TRANSLATE_NOOP(
            "ServerActions",
            "Innovations of every workshop by year, region, stage, type…; search them all",
        ),
        enabled=READY,
        menu="workshop",
        group=40,
    )
    def region_dashboard(self) -> RegionDashboard:
        from labinov.gui.server.dashboard import RegionDashboard

        dialog = RegionDashboard(self.window.context, self.window)  # type: ignore[arg-type]
        dialog.open()
        return dialog


def install(window: WindowHooks) -> None:
    window.server_actions = ServerActions(window)  # type: ignore[attr-defined]
