"""File ▸ Connect to the regional server…: the server's address, the user and password.

Connecting only reads: the schema must be exactly this Labinov's (``store.engines``); any
refusal (wrong address or password, server down, no permission, a newer server) is one
line in the dialog, and nothing changes: not the store in use, not the settings, not the
keyring. Only a connection that works is remembered (the address; the password only in the
system keyring, when the user asks for it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.gui import settings as prefs
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import translate_error
from labinov.store.server_address import (
    DEFAULT_PORT,
    ServerAddress,
    forget_password,
    keyring_usable,
    save_password,
    saved_password,
)

if TYPE_CHECKING:
    from labinov.store.db import Store

ERROR_STYLE = "color: #c0392b; font-weight: bold;"


def remembered(settings: QSettings) -> ServerAddress | None:
    """The server of the last connection that worked, if any."""
    url = prefs.SERVER_ADDRESS.get(settings)
    if not url:
        return None
    try:
        return ServerAddress.from_url(url)
    except UserError:
        return None


def open_server(address: ServerAddress, password: str | None) -> Store:
    """A store on the server at this Labinov's schema; ``StorageError``/``UserError`` else."""
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine, schema_guard

    address.check()
    url = address.url(password)
    return Store(open_server_engine(url), guard=schema_guard(url))


class ConnectDialog(QDialog):
    """Asks where the server is and connects; ``store`` is the open store once accepted."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to the regional server"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.store: Store | None = None
        known = remembered(settings)
        intro = QLabel(
            self.tr(
                "Work on the region's shared database (PostgreSQL) instead of this laptop's. "
                "Your administrator gives you the address, the user and the password."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(known.host if known else "")
        self.host.setPlaceholderText(self.tr("e.g. db.balitbangda.example.go.id"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.database = QLineEdit(known.database if known else "labinov")
        self.user = QLineEdit(known.user if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        if keyring_usable():
            self.remember.setChecked(known is not None and self._kept(known) is not None)
            self.password.setPlaceholderText(self.tr("kept in the keyring when remembered"))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "This computer has no system keyring: type the password each time, or "
                    "let your administrator put it in libpq's .pgpass file."
                )
            )
            self.password.setPlaceholderText(self.tr("empty: from .pgpass"))
        self.error = QLabel()
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.focus = focus_first_field(self)

    def reject(self) -> None:
        if self.focus.may_discard():
            super().reject()

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.port.value(),
        )

    @staticmethod
    def _kept(address: ServerAddress) -> str | None:
        return saved_password(address)

    def try_connect(self) -> bool:
        """Connect; on success remember the address (and the password, if asked) and
        accept, else show the one-line reason and change nothing."""
        address = self.address()
        password = self.password.text() or self._kept(address)
        self.error.hide()
        QGuiApplication.setOverrideCursor(_wait_cursor())  # libpq waits up to 10 s
        try:
            store = open_server(address, password)
        except UserError as error:
            self.error.setText(translate_error(error))
            self.error.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.store = store
        prefs.SERVER_ADDRESS.set(self.settings, address.shown())
        if not self.remember.isChecked():
            forget_password(address)  # asked not to keep it (any more)
        elif self.password.text():
            save_password(address, self.password.text())
        self.accept()
        return True


def _wait_cursor():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.WaitCursor)
