"""The second engine: Labinov's tables on a PostgreSQL server (``--database-url``).

SQLite stays the default (``labinov.store.db``). A server is reached with psycopg 3
(``pip install labinov[server]``); the URL may omit the password: libpq then reads
``~/.pgpass`` or a service file (``postgresql+psycopg:///?service=labinov``), so no password
is ever kept in Labinov's settings. Connecting never changes a server's schema: ``labinov
server upgrade`` does, on purpose; a client whose schema differs refuses to work on it.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from labinov.errors import QT_TRANSLATE_NOOP, StorageError

if TYPE_CHECKING:  # SQLAlchemy is imported in the functions: database_url() serves the
    # fast start, which paints the window before SQLAlchemy is loaded
    from collections.abc import Callable

    from sqlalchemy.engine import URL, Connection, Engine

DATABASE_URL_ENV = "LABINOV_DATABASE_URL"
CONNECT_TIMEOUT_S = 10


def database_url() -> str | None:
    """The server chosen for this run (``--database-url`` sets the variable), if any."""
    return os.environ.get(DATABASE_URL_ENV) or None


def is_sqlite(engine_or_connection: Any) -> bool:
    return engine_or_connection.dialect.name == "sqlite"


def placeholder(engine_or_connection: Any) -> str:
    """The DB-API parameter marker of the driver (``?`` for sqlite3, ``%s`` for psycopg)."""
    return "?" if engine_or_connection.dialect.paramstyle == "qmark" else "%s"


def shown_url(url: str | URL) -> str:
    """The URL without its password, fit for messages and logs."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return str(url).split("@")[-1]


def make_server_engine(url: str | URL) -> Engine:
    """An engine on a PostgreSQL URL; a clear ``StorageError`` for anything else."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not deep in libpq
    except (ArgumentError, ValueError) as error:
        raise _bad_url(url) from error
    if parsed.get_backend_name() != "postgresql":
        raise _bad_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(
            parsed,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "labinov"},
        )
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The PostgreSQL driver is not installed: pip install 'labinov[server]'.",
            )
        ) from error


def _bad_url(url: str | URL) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "Not a PostgreSQL address: {url} (expected postgresql+psycopg://user@host/database).",
        ),
        url=shown_url(url),
    )


# SQLSTATE codes (PostgreSQL's appendix A) of the refusals a user can act on
_LOGIN_REFUSED = {"28P01", "28000"}  # wrong password; no pg_hba.conf entry for this user
_NO_DATABASE = "3D000"
_NO_PERMISSION = "42501"


def connection_error(error: BaseException, url: str | URL) -> StorageError:
    """One line for a server that cannot be reached, refuses the login or the work."""
    orig = getattr(error, "orig", error)
    state = getattr(orig, "sqlstate", None)
    text = str(orig).strip().splitlines()
    reason = text[0] if text else type(error).__name__
    lowered = reason.lower()
    if state in _LOGIN_REFUSED or "password" in lowered or "authentication" in lowered:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "The server {url} refused the login: check the user and password."
            ),
            url=shown_url(url),
        )
    if state == _NO_DATABASE or ("does not exist" in lowered and "database" in lowered):
        return StorageError(
            QT_TRANSLATE_NOOP("UserError", "The server {url} has no such database."),
            url=shown_url(url),
        )
    if state == _NO_PERMISSION or "permission denied" in lowered:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The user of {url} may not use Labinov's tables there: ask the server's "
                "administrator for the Labinov role (resources/server/create_role.sql).",
            ),
            url=shown_url(url),
        )
    if "translate host name" in lowered or "name or service not known" in lowered:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "No server is known by the name in {url}: check the address."
            ),
            url=shown_url(url),
        )
    if "refused" in lowered or "timeout" in lowered or "timed out" in lowered:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The server {url} does not answer: check the address and port, and that "
                "the server is running.",
            ),
            url=shown_url(url),
        )
    return StorageError(
        QT_TRANSLATE_NOOP("UserError", "Cannot reach the server {url}: {reason}"),
        url=shown_url(url),
        reason=reason.removeprefix("connection failed: "),
    )


def check_schema(engine: Engine, url: str | URL) -> None:
    """Refuse a server whose schema is not exactly this Labinov's (never upgrade it here)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from labinov.store.migrate import current_revision, head_revision, known_revisions

    try:
        current = current_revision(engine)
    except (OperationalError, DBAPIError) as error:
        raise connection_error(error, url) from error
    if current == head_revision():
        return
    if current is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The server {url} has no Labinov tables yet: run 'labinov server upgrade'.",
            ),
            url=shown_url(url),
        )
    if current in known_revisions():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The server {url} has an older schema ({revision}): run 'labinov server upgrade'.",
            ),
            url=shown_url(url),
            revision=current,
        )
    raise StorageError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The server {url} was set up by a newer Labinov ({revision}): update Labinov "
            "before working on it.",
        ),
        url=shown_url(url),
        revision=current,
    )


def schema_guard(url: str | URL) -> Callable[[Connection], None]:
    """A check run at the start of every transaction on a server: a schema upgraded by a
    newer Labinov since we connected refuses this (older) client's writes, in one line."""
    from sqlalchemy import text

    from labinov.store.migrate import head_revision

    expected = head_revision()
    query = text("SELECT version_num FROM alembic_version")

    def check(connection: Connection) -> None:
        found = connection.execute(query).scalar()
        if found != expected:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The server {url} was upgraded by a newer Labinov ({revision}): nothing "
                    "was saved. Update Labinov to go on working on it.",
                ),
                url=shown_url(url),
                revision=found or "-",
            )

    return check


def open_server_engine(url: str | URL) -> Engine:
    """Connect to a server at this Labinov's schema; raises ``StorageError`` otherwise."""
    engine = make_server_engine(url)
    try:
        check_schema(engine, url)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade_server(url: str) -> tuple[str | None, str | None]:
    """``labinov server upgrade``: bring the server's schema to this Labinov's head.

    Returns (revision before, revision after). Refuses a server newer than this Labinov."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from labinov.store.migrate import current_revision, head_revision, known_revisions, upgrade

    engine = make_server_engine(url)
    try:
        try:
            before = current_revision(engine)
        except (OperationalError, DBAPIError) as error:
            raise connection_error(error, url) from error
        if before is not None and before not in known_revisions():
            check_schema(engine, url)  # raises the "newer Labinov" message
        try:
            upgrade(engine)
        except (OperationalError, DBAPIError) as error:
            raise StorageError(
                QT_TRANSLATE_NOOP("UserError", "The server {url} could not be upgraded: {reason}"),
                url=shown_url(url),
                reason=str(getattr(error, "orig", error)).strip().splitlines()[0],
            ) from error
        return before, head_revision()
    finally:
        engine.dispose()


def require_file(engine: Engine) -> None:
    """Refuse SQLite-file work (backup, restore) on a server, saying what to use instead."""
    if not is_sqlite(engine):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Labinov does not back up or restore a PostgreSQL server: its administrator "
                "uses pg_dump and pg_restore.",
            )
        )
