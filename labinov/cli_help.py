"""``labinov --help`` and argparse's messages in the user's language, without Qt.

The help texts of Labinov's commands are marked ``QT_TRANSLATE_NOOP("Cli", …)`` where they
are declared, so lupdate puts them into ``labinov_id.ts`` with the rest; argparse's own
words ("usage:", "options", "invalid choice: …") are marked below under the context
"argparse", with argparse's exact source text (Python 3.11–3.13). ``translate_parser``
replaces every help text of a built parser, and ``argparse_words`` lets argparse look its
words up (argparse calls ``gettext`` through its module-level ``_``) while a parser runs.
The language must be known before parsing, so ``language_from_argv`` reads ``--lang``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from labinov.errors import QT_TRANSLATE_NOOP, Translate
from labinov.i18n import LANGUAGES, saved_language, system_language

ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def language_from_argv(argv: Sequence[str]) -> str:
    """The language of messages before argparse runs: ``--lang``, then the language saved
    in the data folder's settings (``--data-dir`` or ``LABINOV_DATA_DIR``), then the
    system's."""
    args = list(argv)
    for index, arg in enumerate(args):
        value = None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    data_dir = os.environ.get("LABINOV_DATA_DIR")
    for index, arg in enumerate(args):
        if arg == "--data-dir" and index + 1 < len(args):
            data_dir = args[index + 1]
        elif arg.startswith("--data-dir="):
            data_dir = arg.partition("=")[2]
    if data_dir:
        saved = saved_language(Path(data_dir).expanduser())
        if saved:
            return saved
    return system_language()


def translate_parser(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """Translate the help texts of ``parser`` and of every subcommand parser, in place."""
    seen: set[int] = set()

    def visit(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        if current.description:
            current.description = translate("Cli", current.description)
        for group in current._action_groups:  # "positional arguments", "options"
            if group.title:
                group.title = translate("argparse", group.title)
        for action in current._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                context = "argparse" if action.help in ARGPARSE_WORDS else "Cli"
                action.help = translate(context, action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:  # the command list of the help
                    if choice.help:
                        choice.help = translate("Cli", choice.help)
                for child in action.choices.values():
                    visit(child)

    visit(parser)


@contextmanager
def argparse_words(translate: Translate) -> Iterator[None]:
    """argparse's own words ("usage:", error messages) through ``translate`` meanwhile."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(text: str) -> str:
        return translate("argparse", text)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
