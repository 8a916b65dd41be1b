"""``labinov export pdf``: one project's proposal, or every project of a workshop.

labinov export pdf PROJECT_ID -o FILE [--lang id|en]
labinov export pdf --workshop WORKSHOP_ID -o DIR [--lang id|en]
"""

from __future__ import annotations

import argparse
import sys

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.i18n import translator


def _cmd_pdf(args: argparse.Namespace, services) -> int:  # type: ignore[no-untyped-def]
    from labinov.report.builder import Options
    from labinov.report.export import export_project, export_workshop

    options = Options(language=args.language)
    translate = translator(args.language)
    if args.workshop:
        if args.project:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Give a project id or --workshop, not both.")
            )

        def report(done: int, total: int) -> None:
            if args.verbose:
                print(f"{done}/{total}", file=sys.stderr, flush=True)

        written = export_workshop(services, args.workshop, args.output, options, report)
        message = translate("Cli", "{count} PDF files written to {folder}")
        print(message.format(count=len(written), folder=args.output))
        return 0
    if not args.project:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Give the id of the project to export, or --workshop.")
        )
    path = export_project(services, args.project, args.output, options)
    print(translate("Cli", "PDF written: {path}").format(path=path))
    return 0


QT_TRANSLATE_NOOP("Cli", "{count} PDF files written to {folder}")
QT_TRANSLATE_NOOP("Cli", "PDF written: {path}")


def register(commands, export, common) -> None:  # type: ignore[no-untyped-def]
    """Add ``labinov export pdf`` (see ``labinov.cli``)."""
    pdf = export.add_parser(
        "pdf",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "Cli", "proposal PDF of a project, or of every project of a workshop"
        ),
    )
    pdf.add_argument(
        "project",
        nargs="?",
        metavar="PROJECT_ID",
        help=QT_TRANSLATE_NOOP("Cli", "the project to export"),
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
