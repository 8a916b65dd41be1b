"""``labinov server upgrade|status``: the schema of a PostgreSQL server, changed only here.

These commands run without opening the store (``needs_store = False``): opening refuses a
server whose schema differs from this Labinov's, which is what ``upgrade`` is for.
"""

from __future__ import annotations

import argparse
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, StorageError
from labinov.i18n import translator


def _url(args: argparse.Namespace) -> str:
    from labinov.store.engines import database_url

    url = database_url()
    if url is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "No server given: use --database-url postgresql+psycopg://user@host/database "
                "or LABINOV_DATABASE_URL.",
            )
        )
    return url


def _upgrade(args: argparse.Namespace, _services: Any) -> int:
    from labinov.store.engines import shown_url, upgrade_server

    url = _url(args)
    before, after = upgrade_server(url)
    translate = translator(args.language)
    if before == after:
        text = translate("Cli", "The server {url} is up to date ({revision}).")
    else:
        text = translate("Cli", "The server {url} was upgraded from {before} to {revision}.")
    print(text.format(url=shown_url(url), before=before or "-", revision=after))
    return 0


def _status(args: argparse.Namespace, _services: Any) -> int:
    from labinov.store.engines import open_server_engine, shown_url

    url = _url(args)
    open_server_engine(url).dispose()  # a clear line (exit 1) when it is not ready
    text = translator(args.language)("Cli", "The server {url} is ready for this Labinov.")
    print(text.format(url=shown_url(url)))
    return 0


QT_TRANSLATE_NOOP("Cli", "The server {url} is up to date ({revision}).")
QT_TRANSLATE_NOOP("Cli", "The server {url} was upgraded from {before} to {revision}.")
QT_TRANSLATE_NOOP("Cli", "The server {url} is ready for this Labinov.")


def register(commands: Any, _export: Any, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser(
        "server", help=QT_TRANSLATE_NOOP("Cli", "a regional PostgreSQL server")
    )
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "bring the server's schema up to this Labinov's"),
    )
    upgrade.set_defaults(func=_upgrade, needs_store=False)
    status = actions.add_parser(
        "status", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "check the server's schema")
    )
    status.set_defaults(func=_status, needs_store=False)
