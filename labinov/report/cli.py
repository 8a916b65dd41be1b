"""``labinov export pdf``: one project's proposal, or every project of a workshop; and
``labinov export directory``: a workshop's *Direktori Inovasi*.

labinov export pdf PROJECT_ID -o FILE [--lang id|en]
labinov export pdf --workshop WORKSHOP_ID -o DIR [--lang id|en]
labinov export directory --workshop WORKSHOP_ID -o FILE [--lang id|en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from labinov.cli_args import project_command, say, workshop_export
from labinov.errors import QT_TRANSLATE_NOOP, UserError


def _cmd_pdf(args: argparse.Namespace, services: Any) -> int:
    from labinov.report.builder import Options
    from labinov.report.export import export_project, export_workshop

    options = Options(language=args.language)
    if args.workshop:
        if args.project:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Give a project id or --workshop, not both.")
            )

        def report(done: int, total: int) -> None:
            if args.verbose:
                print(f"{done}/{total}", file=sys.stderr, flush=True)

        written = export_workshop(services, args.workshop, args.output, options, report)
        say(args, "{count} PDF files written to {folder}", count=len(written), folder=args.output)
        return 0
    if not args.project:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Give the id of the project to export, or --workshop.")
        )
    path = export_project(services, args.project, args.output, options)
    say(args, "PDF written: {path}", path=path)
    return 0


def _cmd_directory(args: argparse.Namespace, services: Any) -> int:
    from labinov.report.directory import write_directory

    count = write_directory(services, args.workshop, Path(args.output), args.language)
    say(args, "Wrote the directory of {count} innovations to {path}", count=count, path=args.output)
    return 0


QT_TRANSLATE_NOOP("Cli", "{count} PDF files written to {folder}")
QT_TRANSLATE_NOOP("Cli", "PDF written: {path}")
QT_TRANSLATE_NOOP("Cli", "Wrote the directory of {count} innovations to {path}")


def register(commands: Any, export: Any, common: argparse.ArgumentParser) -> None:
    """Add ``labinov export pdf`` and ``export directory`` (see ``labinov.cli``)."""
    pdf = project_command(
        export,
        "pdf",
        common,
        QT_TRANSLATE_NOOP("Cli", "proposal PDF of a project, or of every project of a workshop"),
        QT_TRANSLATE_NOOP("Cli", "the project to export"),
        optional=True,
    )
    pdf.add_argument(
        "--workshop",
        metavar="WORKSHOP_ID",
        help=QT_TRANSLATE_NOOP("Cli", "export every project of it"),
    )
    pdf.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("Cli", "PDF file (or folder with --workshop)"),
    )
    pdf.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "print progress on stderr"),
    )
    pdf.set_defaults(func=_cmd_pdf)

    help_text = QT_TRANSLATE_NOOP("Cli", "Direktori Inovasi PDF")
    workshop_export(export, "directory", common, help_text, _cmd_directory)
