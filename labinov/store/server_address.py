"""Where a regional server is, and its password kept out of Labinov's files.

The address (host, port, database, user) is remembered in ``settings.ini``; the password
never is. It is either in the operating system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service or KWallet on Linux) through the ``keyring`` library,
or in libpq's own ``.pgpass``/service file, which libpq reads when Labinov gives no
password. The keyring is the default because it is encrypted at rest and works the same on
the Windows laptops most offices use, where ``.pgpass`` would be a plain-text file in
``%APPDATA%``; ``.pgpass`` stays for servers set up by an administrator.

URLs are built with SQLAlchemy's ``URL.create`` (each part quoted), never by formatting
user text into a string.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from labinov.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

KEYRING_SERVICE = "Labinov regional server"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> URL:
        """A SQLAlchemy URL object (each part kept apart, never parsed from text); with
        the password for connecting only: it is never stored."""
        from sqlalchemy.engine import URL

        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )

    def shown(self) -> str:
        """For messages and the remembered setting: no password."""
        return self.url(None).render_as_string(hide_password=True)

    @property
    def keyring_user(self) -> str:
        """The entry's name in the keyring: one password per user and server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """The address of a remembered (password-less) URL; ``UserError`` when malformed."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
            port = parsed.port or DEFAULT_PORT
        except (ArgumentError, ValueError) as error:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Not a PostgreSQL address: {url}"), url=url
            ) from error
        return cls(parsed.host or "", parsed.database or "", parsed.username or "", port)

    def check(self) -> None:
        """Refuse an address with a part missing, before any connection is tried."""
        if not self.host.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the server's name or address."))
        if not self.database.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the database's name."))
        if not self.user.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Enter the user name."))
        if not 0 < self.port < 65536:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "The port must be 1 to 65535."))


def keyring_usable() -> bool:
    """Whether a system keyring can keep a password here (none on a bare Linux server)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def saved_password(address: ServerAddress) -> str | None:
    """The password kept for ``address`` in the keyring, if any (never raises)."""
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_user)
    except KeyringError:
        return None


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False when there is no keyring or it refused."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except KeyringError:
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, address.keyring_user)
