"""``labinov export bundle|table``, ``labinov import``, ``backup`` and ``restore``.

Qt-free; registered by ``labinov.cli`` through ``register(commands, export, common)``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from labinov.cli_args import say, workshop_export
from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.i18n import translator

QT_TRANSLATE_NOOP("Cli", "Exported {rows} rows to {path}")
QT_TRANSLATE_NOOP(
    "Cli",
    "Projects: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts",
)
QT_TRANSLATE_NOOP(
    "Cli",
    "Rows: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts",
)
QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was imported.")
QT_TRANSLATE_NOOP(
    "Cli",
    "{count} numbers from an older Labinov may have been misread (“1.200” as 1,2): "
    "they are marked “check this number” in the readiness view.",
)
QT_TRANSLATE_NOOP(
    "Cli",
    "Imported: {inserted} rows added, {updated} updated, {deleted} deleted, "
    "{conflicts} conflicts recorded.",
)
QT_TRANSLATE_NOOP(
    "Cli",
    "Deletions: {deleted} deleted here, {gone} stay deleted, {kept} deleted on one side "
    "and edited on the other (kept)",
)
# one line per row the user must know of, named by project and item (never by id)
OUTCOMES = {
    "conflict": QT_TRANSLATE_NOOP(
        "Cli", "Changed on both sides: {what} — ours stays, theirs is kept beside it."
    ),
    "version": QT_TRANSLATE_NOOP(
        "Cli", "Changed on both sides: {what} — ours stays, theirs is kept as a version to open."
    ),
    "deleted": QT_TRANSLATE_NOOP("Cli", "Deleted there, unchanged here: {what} — deleted."),
    "kept": QT_TRANSLATE_NOOP("Cli", "Deleted on one side, edited on the other: {what} — kept."),
    "gone": QT_TRANSLATE_NOOP("Cli", "Deleted here: {what} — stays deleted."),
}
QT_TRANSLATE_NOOP("Cli", '{table} "{item}" of "{project}"')
QT_TRANSLATE_NOOP("Cli", '{table} "{item}"')
QT_TRANSLATE_NOOP("Cli", "Wrote {count} rows to {path}")
QT_TRANSLATE_NOOP("Cli", "Backup written to {path}")
QT_TRANSLATE_NOOP("Cli", "Replace ALL data with the backup {path}? [y/N] ")
QT_TRANSLATE_NOOP("Cli", "Restored. The data as it was is kept in {path}")
QT_TRANSLATE_NOOP("Cli", "Restore cancelled.")

TABLE_NAMES = {
    "workshop": QT_TRANSLATE_NOOP("Cli", "workshop"),
    "team": QT_TRANSLATE_NOOP("Cli", "team"),
    "member": QT_TRANSLATE_NOOP("Cli", "member"),
    "project": QT_TRANSLATE_NOOP("Cli", "project"),
    "stagework": QT_TRANSLATE_NOOP("Cli", "stage work"),
    "canvas": QT_TRANSLATE_NOOP("Cli", "canvas"),
    "attachment": QT_TRANSLATE_NOOP("Cli", "attachment"),
    "canvasitem": QT_TRANSLATE_NOOP("Cli", "note"),
    "link": QT_TRANSLATE_NOOP("Cli", "link"),
    "agendasession": QT_TRANSLATE_NOOP("Cli", "agenda session"),
    "parkingitem": QT_TRANSLATE_NOOP("Cli", "parking lot item"),
    "conflict": QT_TRANSLATE_NOOP("Cli", "conflict record"),
}

STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("Cli", "new"),
    "newer": QT_TRANSLATE_NOOP("Cli", "newer"),
    "older": QT_TRANSLATE_NOOP("Cli", "older"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("Cli", "in conflict"),
    "deleted": QT_TRANSLATE_NOOP("Cli", "deleted"),
    "kept": QT_TRANSLATE_NOOP("Cli", "kept"),
    "gone": QT_TRANSLATE_NOOP("Cli", "stays deleted"),
}


def _export_bundle(args: argparse.Namespace, services: Any) -> int:
    from labinov.exchange.export import export_bundle

    if args.team:
        kind, scope = "team", args.team
    elif args.workshop:
        kind, scope = "workshop", args.workshop
    else:
        kind, scope = "project", args.project
    counts = export_bundle(services.store, kind, scope, Path(args.output))
    say(args, "Exported {rows} rows to {path}", rows=sum(counts.values()), path=args.output)
    return 0


def _import(args: argparse.Namespace, services: Any) -> int:
    from labinov.exchange.merge import import_bundle
    from labinov.sync.rules import COPYABLE

    plan, result = import_bundle(services.store, Path(args.file), dry_run=args.dry_run)
    translate = translator(args.language)
    for project_id, title, status in plan.projects:
        shown = title if len(title) <= 80 else title[:77] + "..."
        print(f"  {project_id}  {shown}  [{translate('Cli', STATUS_NAMES[status])}]")
    say(
        args,
        "Projects: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts",
        **plan.project_counts(),
    )
    say(
        args,
        "Rows: {new} new, {newer} newer, {older} older, {unchanged} same, {conflict} conflicts",
        **plan.counts(),
    )
    counts = plan.counts()
    if counts["deleted"] or counts["gone"] or counts["kept"]:
        say(
            args,
            "Deletions: {deleted} deleted here, {gone} stay deleted, {kept} deleted on one side "
            "and edited on the other (kept)",
            deleted=counts["deleted"],
            gone=counts["gone"],
            kept=counts["kept"],
        )
    for status, named in (
        ("conflict", plan.conflicts),
        ("deleted", plan.deleted),
        ("kept", plan.kept),
        ("gone", plan.gone),
    ):
        for row in named:  # never silent: name each one
            shown = "version" if status == "conflict" and row.table not in COPYABLE else status
            say(args, OUTCOMES[shown], what=_what(translate, row))
    if plan.bundle.numbers_to_check:
        say(
            args,
            "{count} numbers from an older Labinov may have been misread (“1.200” as 1,2): "
            "they are marked “check this number” in the readiness view.",
            count=plan.bundle.numbers_to_check,
        )
    if result is None:
        say(args, "Dry run: nothing was imported.")
    else:
        say(
            args,
            "Imported: {inserted} rows added, {updated} updated, {deleted} deleted, "
            "{conflicts} conflicts recorded.",
            inserted=result.inserted,
            updated=result.updated,
            deleted=result.deleted,
            conflicts=result.conflicts,
        )
    return 0


def _what(translate: Any, row: Any) -> str:
    """A row as the user calls it: its kind, its label and its project."""
    table = translate("Cli", TABLE_NAMES.get(row.table, row.table))
    item = row.item if len(row.item) <= 60 else row.item[:57] + "..."
    if row.project and row.table != "project":
        text = translate("Cli", '{table} "{item}" of "{project}"')
        return text.format(table=table, item=item, project=row.project[:60])
    return translate("Cli", '{table} "{item}"').format(table=table, item=item)


def _export_table(args: argparse.Namespace, services: Any) -> int:
    from labinov.exchange.table import write_table
    from labinov.services.consolidation import consolidation

    headers, rows = consolidation(services, args.workshop, args.language)
    write_table(Path(args.output), headers, rows, args.language)
    say(args, "Wrote {count} rows to {path}", count=len(rows), path=args.output)
    return 0


def _database(services: Any) -> Path:
    from labinov.store.engines import require_file

    require_file(services.store.engine)  # a server: pg_dump, said in one line
    return Path(services.store.database)


def _backup(args: argparse.Namespace, services: Any) -> int:
    from labinov.exchange.backup import backup_to

    path = backup_to(_database(services), Path(args.output))
    say(args, "Backup written to {path}", path=path)
    return 0


def _restore(args: argparse.Namespace, services: Any) -> int:
    from labinov.exchange.backup import check_backup, restore
    from labinov.paths import user_paths

    check_backup(Path(args.file))
    if not args.yes:
        question = translator(args.language)(
            "Cli", "Replace ALL data with the backup {path}? [y/N] "
        )
        print(question.format(path=args.file), end="", flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes", "ya"):
            say(args, "Restore cancelled.")
            return 1
    services.store.dispose()  # no pooled connection may hold the old pages
    safety = restore(user_paths(_database(services).parent), Path(args.file), checked=True)
    say(args, "Restored. The data as it was is kept in {path}", path=safety)
    return 0


def register(commands: Any, export: Any, common: argparse.ArgumentParser) -> None:
    bundle = export.add_parser(
        "bundle",
        parents=[common],
        help=QT_TRANSLATE_NOOP("Cli", "a .labinov bundle for another laptop"),
    )
    scope = bundle.add_mutually_exclusive_group(required=True)
    scope.add_argument(
        "project", nargs="?", metavar="PROJECT_ID", help=QT_TRANSLATE_NOOP("Cli", "one project")
    )
    scope.add_argument(
        "--team", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "all projects of a team")
    )
    scope.add_argument(
        "--workshop", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "a whole workshop")
    )
    bundle.add_argument("-o", "--output", required=True, metavar="FILE")
    bundle.set_defaults(func=_export_bundle)

    help_text = QT_TRANSLATE_NOOP("Cli", "consolidation table (.csv/.xlsx)")
    workshop_export(export, "table", common, help_text, _export_table)

    imports = commands.add_parser(
        "import", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "import a .labinov bundle")
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "only show what would change"),
    )
    imports.set_defaults(func=_import)

    backup = commands.add_parser(
        "backup", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "back up the database")
    )
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.set_defaults(func=_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "restore a backup")
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "do not ask for confirmation")
    )
    restore.set_defaults(func=_restore)


__all__ = ["UserError", "register"]
