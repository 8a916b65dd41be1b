"""File ▸ Connect to the regional server…: the server's address, the user and password.

Connecting only reads: the schema must be exactly this Labinov's (``store.engines``); any
refusal (wrong address or password, server down, no permission, a newer server) is one
line in the dialog, and nothing changes: not the store in use, not the settings, not the
keyring. Only a connection that works is remembered (the address; the password only in the
system keyring, when the user asks for it).

Connecting runs on a worker thread (``attempt.ConnectAttempt``): the dialog shows a busy
bar and a Stop button, and the window keeps repainting while libpq waits for a server that
does not answer (up to ``CONNECT_TIMEOUT_S``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.gui import settings as prefs
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import translate_error
from labinov.gui.server.attempt import ConnectAttempt, open_server
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


class ConnectDialog(QDialog):
    """Asks where the server is and connects; ``store`` is the open store once accepted.

    Signals:
        ended(bool): a connection attempt ended (True: connected, the dialog accepted).
    """

    ended = Signal(bool)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to the regional server"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.store: Store | None = None
        self.attempt: ConnectAttempt | None = None
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
        self.busy = QWidget()
        self.busy.setObjectName("connectBusy")
        self.busy_text = QLabel()
        self.busy_text.setWordWrap(True)
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)  # no steps to count: libpq either answers or times out
        busy_bar.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("connectStop")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop)
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_text, 1)
        busy_layout.addWidget(busy_bar, 1)
        busy_layout.addWidget(self.stop_button)
        self.busy.hide()

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
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.fields: tuple[QWidget, ...] = (
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.remember,
            self.connect_button,
        )
        self.focus = focus_first_field(self)

    def reject(self) -> None:
        if self.focus.may_discard():
            self.stop()  # closing mid-attempt abandons it; it closes what it opens late
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

    def connecting(self) -> bool:
        return self.attempt is not None

    def try_connect(self) -> bool:
        """Start connecting on a worker thread; False when the address is refused at once
        (a part missing). ``ended`` says how the attempt went: on success the address (and
        the password, if asked) is remembered and the dialog accepted, else the one-line
        reason is shown and nothing changes."""
        if self.attempt is not None:
            return False
        address = self.address()
        self.error.hide()
        try:
            address.check()
        except UserError as error:
            self._show(error)
            return False
        password = self.password.text() or self._kept(address)
        self.attempt = ConnectAttempt(address, password)
        self.attempt.connected.connect(self._connected)
        self.attempt.refused.connect(self._refused)
        self._set_busy(True, address)
        return True

    def stop(self) -> None:
        """Give up the attempt under way: the form is editable again at once."""
        if self.attempt is None:
            return
        attempt, self.attempt = self.attempt, None
        attempt.abandon()
        self._set_busy(False)
        self.ended.emit(False)

    def _set_busy(self, busy: bool, address: ServerAddress | None = None) -> None:
        for widget in self.fields:
            widget.setEnabled(not busy)
        if busy and address is not None:
            self.busy_text.setText(self.tr("Connecting to {server}…").format(server=address.host))
        self.busy.setVisible(busy)
        if busy:
            self.stop_button.setFocus()
        else:
            self.remember.setEnabled(keyring_usable())

    def _show(self, error: UserError) -> None:
        self.error.setText(translate_error(error))
        self.error.show()

    def _refused(self, error: UserError) -> None:
        self.attempt = None
        self._set_busy(False)
        self._show(error)
        self.host.setFocus()
        self.ended.emit(False)

    def _connected(self, store: Store) -> None:
        address = self.attempt.address if self.attempt is not None else self.address()
        self.attempt = None
        self._set_busy(False)
        self.store = store
        prefs.SERVER_ADDRESS.set(self.settings, address.shown())
        if not self.remember.isChecked():
            forget_password(address)  # asked not to keep it (any more)
        elif self.password.text():
            save_password(address, self.password.text())
        self.accept()
        self.ended.emit(True)


__all__ = ["ConnectDialog", "open_server", "remembered"]
