"""``labinov FILE.labinov``: bundle paths on the command line, taken out before argparse
sees them (its subcommands would read the path as an unknown command). No Qt here.

Only the first positional argument decides: ``labinov x.labinov`` and ``labinov --lang en
a.labinov b.labinov`` open files; ``labinov import x.labinov`` stays the subcommand.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

SUFFIX = ".labinov"
# options of the top-level parser that take a value: their value is not a positional
_VALUED = ("--data-dir", "--lang")


def looks_like_bundle(argument: str) -> bool:
    return argument.lower().endswith(SUFFIX) and not argument.startswith("-")


def split_file_arguments(argv: Sequence[str]) -> tuple[list[Path], list[str]]:
    """(bundle files, the other arguments) when the first positional argument names a
    bundle; else ([], argv). A named bundle that does not exist is still returned, so the
    caller can say so instead of argparse's "invalid choice"."""
    rest: list[str] = []
    files: list[Path] = []
    taking = None  # None: before the first positional; then True (files) or False
    skip_value = False
    for argument in argv:
        if skip_value:
            rest.append(argument)
            skip_value = False
            continue
        if argument.startswith("-"):
            rest.append(argument)
            skip_value = argument in _VALUED  # "--lang=en" carries its value itself
            continue
        if taking is None:
            taking = looks_like_bundle(argument)
        if taking and looks_like_bundle(argument):
            files.append(Path(argument).expanduser().resolve())
        else:
            rest.append(argument)
    return files, rest
