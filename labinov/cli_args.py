"""What the command modules (``report.cli``, ``exchange.cli``, ``competition_cli``) share:
a command on a project, an export of a workshop, a message in the user's language. No Qt."""

from __future__ import annotations

import argparse
from typing import Any

from labinov.i18n import translator
from labinov.method.locale import format_number


def project_command(
    subcommands: Any,
    name: str,
    common: argparse.ArgumentParser,
    help_text: str,
    project_help: str,
    optional: bool = False,
) -> argparse.ArgumentParser:
    """Add the subcommand ``name`` with a positional ``project`` (PROJECT_ID); the texts
    are ``QT_TRANSLATE_NOOP("Cli", …)`` marked (``cli_help`` translates them)."""
    command: argparse.ArgumentParser = subcommands.add_parser(
        name, parents=[common], help=help_text
    )
    command.add_argument(
        "project", nargs="?" if optional else None, metavar="PROJECT_ID", help=project_help
    )
    return command


def workshop_export(
    export: Any, name: str, common: argparse.ArgumentParser, help_text: str, func: Any
) -> argparse.ArgumentParser:
    """Add ``labinov export NAME --workshop ID -o FILE`` run by ``func(args, services)``."""
    command: argparse.ArgumentParser = export.add_parser(name, parents=[common], help=help_text)
    command.add_argument("--workshop", required=True, metavar="ID")
    command.add_argument("-o", "--output", required=True, metavar="FILE")
    command.set_defaults(func=func)
    return command


def say(args: argparse.Namespace, text: str, **params: Any) -> None:
    """Print a ``Cli`` message in the user's language; counts as "1.284" (id) / "1,284"
    (en)."""
    shown = {
        key: format_number(value, args.language)
        if isinstance(value, int) and not isinstance(value, bool)
        else value
        for key, value in params.items()
    }
    print(translator(args.language)("Cli", text).format(**shown))
