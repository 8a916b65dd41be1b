"""``labinov check PROJECT_ID [--competition kipp-2025]``: may the project enter?

Prints the verdict, then one line per problem (``!`` blocks, ``?`` a rule not confirmed
by a source: a warning). Exit 0 eligible, 3 not eligible, 1 error (unknown project or
competition). Qt-free; registered by ``labinov.cli`` (``COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse

from labinov.cli_args import project_command, say
from labinov.errors import QT_TRANSLATE_NOOP, UserError

NOT_ELIGIBLE_EXIT = 3
UNKNOWN = QT_TRANSLATE_NOOP("UserError", "No competition outline “{key}”. Known: {known}.")
QT_TRANSLATE_NOOP("Cli", "{competition}: eligible")
QT_TRANSLATE_NOOP("Cli", "{competition}: not eligible")


def _cmd_check(args: argparse.Namespace, services) -> int:  # type: ignore[no-untyped-def]
    from labinov.method import competition, eligibility

    project = services.projects.get(args.project)
    profile = dict(project.profile or {})
    if args.competition and competition.read(competition.chosen({}, args.competition)[0]) is None:
        known = ", ".join(k.replace("_", "-") for k in competition.outline_keys())
        raise UserError(UNKNOWN, key=args.competition, known=known)
    result = eligibility.check_project(profile, args.language, args.competition)
    if result is None:  # the default outline file itself is missing
        raise UserError(UNKNOWN, key=competition.DEFAULT, known="—")
    verdict = "{competition}: eligible" if result.eligible else "{competition}: not eligible"
    say(args, verdict, competition=result.title)
    for finding in result.findings:
        print(f"{'!' if finding.blocking else '?'} {finding.text}")
    return 0 if result.eligible else NOT_ELIGIBLE_EXIT


def register(commands, export, common) -> None:  # type: ignore[no-untyped-def]
    """Add ``labinov check`` (see ``labinov.cli``)."""
    check = project_command(
        commands,
        "check",
        common,
        QT_TRANSLATE_NOOP("Cli", "may a project enter its competition (exit 0 yes, 3 no, 1 error)"),
        QT_TRANSLATE_NOOP("Cli", "the project to check"),
    )
    check.add_argument(
        "--competition",
        metavar="OUTLINE",
        help=QT_TRANSLATE_NOOP(
            "Cli", "another outline than the profile's, e.g. kipp-2025 or kipp-2021:replikasi"
        ),
    )
    check.set_defaults(func=_cmd_check)
