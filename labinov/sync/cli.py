"""``labinov sync SERVER_URL [--workshop ID] [--dry-run]`` and ``labinov sync --compact``.

The plan is printed as counts, then one line per deletion, kept row and conflict, named
by project and item. A server that cannot be used (a bad address or password, down, no
permission, a newer schema) gives one line and exit 1, with nothing changed here.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from labinov.cli_args import say
from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.i18n import translator

KINDS = {
    "workshop": QT_TRANSLATE_NOOP("Cli", "workshop"),
    "team": QT_TRANSLATE_NOOP("Cli", "team"),
    "member": QT_TRANSLATE_NOOP("Cli", "member"),
    "project": QT_TRANSLATE_NOOP("Cli", "project"),
    "stagework": QT_TRANSLATE_NOOP("Cli", "stage work"),
    "canvas": QT_TRANSLATE_NOOP("Cli", "canvas"),
    "attachment": QT_TRANSLATE_NOOP("Cli", "file"),
    "canvasitem": QT_TRANSLATE_NOOP("Cli", "note"),
    "link": QT_TRANSLATE_NOOP("Cli", "link"),
    "agendasession": QT_TRANSLATE_NOOP("Cli", "agenda session"),
    "parkingitem": QT_TRANSLATE_NOOP("Cli", "parking-lot item"),
    "conflict": QT_TRANSLATE_NOOP("Cli", "conflict record"),
}
LINES = (
    ("deleted_here", QT_TRANSLATE_NOOP("Cli", "Deleted here (deleted on the server): {row}")),
    ("deleted_there", QT_TRANSLATE_NOOP("Cli", "Deleted on the server (deleted here): {row}")),
    ("kept", QT_TRANSLATE_NOOP("Cli", "Kept (deleted on one side, edited on the other): {row}")),
    ("conflicts", QT_TRANSLATE_NOOP("Cli", "Changed on both sides, both versions kept: {row}")),
)
QT_TRANSLATE_NOOP("Cli", "{kind} “{item}” in “{project}”")
QT_TRANSLATE_NOOP("Cli", "{kind} “{item}”")
QT_TRANSLATE_NOOP("Cli", "Sync with {url} (dry run: nothing is changed).")
QT_TRANSLATE_NOOP("Cli", "Synced with {url} in {seconds} s.")
QT_TRANSLATE_NOOP("Cli", "Rows from the server: {count}")
QT_TRANSLATE_NOOP("Cli", "Rows to the server: {count}")
QT_TRANSLATE_NOOP("Cli", "  {kind}: {count}")
QT_TRANSLATE_NOOP("Cli", "Nothing to sync: this folder and the server are the same.")
QT_TRANSLATE_NOOP("Cli", "Deletions older than two years forgotten: {count}")


def _named(args: argparse.Namespace, named: Any) -> str:
    translate = translator(args.language)
    kind = translate("Cli", KINDS.get(named.table, named.table))
    if named.project and named.table != "project":
        text = translate("Cli", "{kind} “{item}” in “{project}”")
        return text.format(kind=kind, item=named.item, project=named.project)
    return translate("Cli", "{kind} “{item}”").format(kind=kind, item=named.item)


def _counts(args: argparse.Namespace, title: str, counts: dict[str, int]) -> None:
    say(args, title, count=sum(counts.values()))
    translate = translator(args.language)
    for table, count in sorted(counts.items()):
        say(args, "  {kind}: {count}", kind=translate("Cli", KINDS.get(table, table)), count=count)


def print_plan(args: argparse.Namespace, plan: Any) -> None:
    if plan.empty():
        say(args, "Nothing to sync: this folder and the server are the same.")
        return
    _counts(args, "Rows from the server: {count}", plan.pull)
    _counts(args, "Rows to the server: {count}", plan.push)
    for field, text in LINES:
        for named in getattr(plan, field):
            say(args, text, row=_named(args, named))


def _quiet_driver() -> None:
    """A server gone in the middle of a sync: psycopg logs the pipeline it can no longer
    close as a warning, which Python's last-resort handler prints as a second line before
    our one-line message (the error itself reaches the user through that line)."""
    driver = logging.getLogger("psycopg")
    if not driver.handlers:
        driver.addHandler(logging.NullHandler())


def _sync(args: argparse.Namespace, services: Any) -> int:
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine, schema_guard, shown_url

    if args.compact:
        from labinov.sync.compact import compact

        say(
            args, "Deletions older than two years forgotten: {count}", count=compact(services.store)
        )
        if args.server_url is None:
            return 0
    if args.server_url is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "No server given: labinov sync SERVER_URL."))
    from labinov.sync import plan_sync, run_sync

    url = args.server_url
    _quiet_driver()
    server = Store(open_server_engine(url), guard=schema_guard(url))
    try:
        if args.dry_run:
            say(args, "Sync with {url} (dry run: nothing is changed).", url=shown_url(url))
            print_plan(args, plan_sync(services.store, server, workshop=args.workshop))
            return 0
        result = run_sync(services.store, server, workshop=args.workshop)
    finally:
        server.dispose()
    say(
        args,
        "Synced with {url} in {seconds} s.",
        url=shown_url(url),
        seconds=f"{result.seconds:.1f}",
    )
    print_plan(args, result.plan)
    return 0


def register(commands: Any, _export: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "sync this folder with a regional server"),
    )
    sync.add_argument(
        "server_url",
        nargs="?",
        metavar="SERVER_URL",
        help=QT_TRANSLATE_NOOP("Cli", "the server, postgresql+psycopg://user@host/database"),
    )
    sync.add_argument(
        "--workshop", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "only this workshop")
    )
    sync.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only show what would change"),
    )
    sync.add_argument(
        "--compact",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "forget deletions older than two years that the server has"),
    )
    sync.set_defaults(func=_sync)
