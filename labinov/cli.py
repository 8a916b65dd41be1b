"""``labinov``: the GUI by default, subcommands for scripted work.

No Qt is imported here unless the GUI is asked for, so ``labinov list`` starts fast and
runs on machines with no display. Exit codes: 0 ok, 2 usage, 1 error (one line on stderr).

Feature packages add subcommands through a ``register(commands, export)`` function in
their own ``cli`` module (listed in ``COMMAND_MODULES``): ``commands`` is the top-level
subparser set, ``export`` the set under ``labinov export``. A command sets
``func(args, services) -> int`` as its default.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from labinov import __version__
from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.file_args import split_file_arguments
from labinov.i18n import LANGUAGES, saved_language, system_language, translator
from labinov.paths import UserPaths, user_paths
from labinov.reasons import reason
from labinov.store.overview import Overview

# Each module and the top-level commands it registers ("export": kinds under it). Only the
# modules of the command named are imported (all for ``--help`` or an unknown command):
# importing them all cost every start ~0.1 s (a test keeps this table true).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "labinov.report.cli": ("export",),
    "labinov.exchange.cli": ("backup", "import", "restore", "export"),
    "labinov.competition_cli": ("check",),
    "labinov.store.server_cli": ("server",),
    "labinov.sync.cli": ("sync",),
}
BUILT_IN = ("list", "sample")
# options of the top-level parser and whether they take a value
_GUI_OPTIONS = {"--data-dir": True, "--database-url": True, "--lang": True, "--self-test": False}


def _cmd_list(args: argparse.Namespace, services) -> int:
    return _print_list(args, services.projects.overview(args.workshop))


def _quick_list(args: argparse.Namespace, paths: UserPaths) -> int | None:
    """``list`` straight from the file when its schema is current: no SQLAlchemy import."""
    from labinov.store.migrate import quick_head
    from labinov.store.overview import quick_overview

    overview = quick_overview(paths.database, quick_head())
    if overview is None:
        return None
    if args.workshop:
        overview = Overview(
            [w for w in overview.workshops if w.id == args.workshop],
            [t for t in overview.teams if t.workshop_id == args.workshop],
            [p for p in overview.projects if p.workshop_id == args.workshop],
        )
    return _print_list(args, overview)


def _print_list(args: argparse.Namespace, overview: Overview) -> int:
    if args.json:
        payload = {
            "workshops": [
                {"id": w.id, "name": w.name, "place": w.place, "organiser": w.organiser}
                for w in overview.workshops
            ],
            "projects": [p.as_dict() for p in overview.projects],
        }
        import json

        print(json.dumps(payload, ensure_ascii=False, indent=1))
        return 0
    from labinov.method.stages import STATUS_LABELS, stage_content

    translate = translator(args.language)
    for workshop in overview.workshops:
        print(f"{workshop.id}  {workshop.name}")
        for summary in (p for p in overview.projects if p.workshop_id == workshop.id):
            status = translate("Status", STATUS_LABELS[summary.stage_status])
            stage = stage_content(summary.current_stage).name(args.language)
            print(
                f"  {summary.id}  {summary.title}  [{summary.team}]  "
                f"{stage} ({status}, {summary.stages_done}/5)"
            )
    return 0


def _cmd_sample(args: argparse.Namespace, services) -> int:
    workshop, created = services.samples.create()
    translate = translator(args.language)
    if created:
        message = translate("Cli", "Sample workshop created: {name} ({id})")
    else:
        message = translate("Cli", "The sample workshop already exists: {name} ({id})")
    print(message.format(name=workshop.name, id=workshop.id))
    return 0


QT_TRANSLATE_NOOP("Cli", "Sample workshop created: {name} ({id})")
QT_TRANSLATE_NOOP("Cli", "The sample workshop already exists: {name} ({id})")
QT_TRANSLATE_NOOP("Cli", "Unexpected error: {error}. Details: {log}")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 on usage errors (as it does) but never prints a traceback."""


def named_command(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names (its first positional argument), or None."""
    args = list(argv)
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            return args[index + 1] if index + 1 < len(args) else None
        if not arg.startswith("-"):
            return arg
        index += 2 if _GUI_OPTIONS.get(arg) else 1
    return None


def _modules_for(command: str | None) -> list[str]:
    if command in BUILT_IN:
        return []
    wanted = [name for name, commands in COMMAND_MODULES.items() if command in commands]
    return wanted or list(COMMAND_MODULES)  # none named or unknown: all, for the help


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's options when ``argv`` has nothing else (no command, no help), read without
    building the parser; None sends ``argv`` to argparse (help, errors, abbreviations)."""
    values: dict[str, str | bool | None] = {
        "data_dir": None, "database_url": None, "language": None, "self_test": False,
    }  # fmt: skip
    args = list(argv)
    index = 0
    while index < len(args):
        name, has_value, value = args[index].partition("=")
        takes = _GUI_OPTIONS.get(name)
        if takes is None or (has_value and not takes):
            return None
        if takes and not has_value:
            if index + 1 >= len(args):
                return None
            index += 1
            value = args[index]
        if takes and (value.startswith("-") or not value):
            return None
        key = "language" if name == "--lang" else name[2:].replace("-", "_")
        values[key] = value if takes else True
        index += 1
    if values["language"] not in (None, *LANGUAGES):
        return None
    return argparse.Namespace(**values)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command; with ``command`` named, only the modules it needs."""
    parser = _Parser(
        prog="labinov", description=QT_TRANSLATE_NOOP("Cli", "Laboratorium Inovasi 5D (Labinov)")
    )
    parser.add_argument("--version", action="version", version=f"labinov {__version__}")
    # SUPPRESS: an option not given after the subcommand must not overwrite the same
    # option given before it (``labinov --data-dir X list``)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("Cli", "data folder (default: LABINOV_DATA_DIR or user data)"),
    )
    common.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "a PostgreSQL server, postgresql+psycopg://user@host/db (default: "
            "LABINOV_DATABASE_URL, else the data folder's SQLite file); password from ~/.pgpass",
        ),
    )
    common.add_argument(
        "--lang",
        dest="language",
        choices=("id", "en"),
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("Cli", "language of messages"),
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help=QT_TRANSLATE_NOOP("Cli", "data folder for the GUI")
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("Cli", "a PostgreSQL server for the GUI (see list -h)"),
    )
    parser.add_argument(
        "--lang",
        dest="language",
        choices=("id", "en"),
        help=QT_TRANSLATE_NOOP("Cli", "UI language"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "open the main window offscreen on a temp folder, create the sample, exit"
        ),
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "Linux: add Labinov to this user's applications menu and open .labinov files"
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "Linux: undo --install-desktop"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser(
        "list", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "workshops and projects")
    )
    listing.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "machine-readable output")
    )
    listing.add_argument(
        "--workshop", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "only this workshop")
    )
    listing.set_defaults(func=_cmd_list, quick=_quick_list)

    sample = commands.add_parser(
        "sample", parents=[common], help=QT_TRANSLATE_NOOP("Cli", "create the sample workshop")
    )
    sample.set_defaults(func=_cmd_sample)

    export_parser = commands.add_parser(
        "export", help=QT_TRANSLATE_NOOP("Cli", "export PDFs, bundles, tables")
    )
    export = export_parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)

    for module_name in _modules_for(command):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        module.register(commands, export, common)
    if not export.choices:
        commands._name_parser_map.pop("export", None)  # nothing to export yet
        commands._choices_actions = [a for a in commands._choices_actions if a.dest != "export"]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    files, argv = split_file_arguments(sys.argv[1:] if argv is None else argv)
    gui = gui_arguments(argv)
    if gui is not None:  # the plain start: straight to the window
        return _start_gui(gui, files)
    from labinov.cli_help import argparse_words, language_from_argv, translate_parser

    words = translator(language_from_argv(argv))  # --help and usage errors speak it too
    with argparse_words(words):
        parser = build_parser(named_command(argv))
        translate_parser(parser, words)
        args = parser.parse_args(argv)
    language = args.language or system_language()
    translate = translator(language)
    if files and args.command is not None:
        parser.error(f"{args.command}: not with a .labinov file")
    if args.install_desktop or args.uninstall_desktop:
        return _desktop_integration(args.install_desktop, translate)
    if args.command is None:  # args.language None: the saved setting, then the system
        return _start_gui(args, files)
    args.language = language
    if args.database_url:  # every store opened from here on is that server
        os.environ["LABINOV_DATABASE_URL"] = args.database_url
    paths = user_paths(args.data_dir)
    try:
        code = _run(args, paths)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        return code
    except UserError as error:
        print(f"labinov: {error.text(translate)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # ``labinov list | head``: the reader has all it wanted
        _drop_stdout()
        return 0
    except OSError as error:  # the output cannot be written (``> /dev/full``)
        _drop_stdout()
        failed = UserError(
            QT_TRANSLATE_NOOP("UserError", "The command failed: {reason}"), reason=reason(error)
        )
        print(f"labinov: {failed.text(translate)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one line for the user, the traceback in the log
        where = _log_bug(paths, error)
        message = translate("Cli", "Unexpected error: {error}. Details: {log}")
        print(f"labinov: {message.format(error=error, log=where)}", file=sys.stderr)
        return 1


def _start_gui(args: argparse.Namespace, files: Sequence[Path]) -> int:
    """The window. Qt is imported only here; nothing of the commands' is."""
    import gc

    # The start allocates ~30,000 objects that live as long as the window; the collector
    # would walk them ~40 times before the first paint and free nothing (the display
    # check's import alone set off a ~4 ms walk). ``run_gui`` turns it on again right
    # after the first paint; here, if the start ends before.
    gc.disable()
    try:
        return _gui(args, files)
    finally:
        gc.enable()


def _gui(args: argparse.Namespace, files: Sequence[Path]) -> int:
    if args.database_url:  # every store opened from here on is that server
        os.environ["LABINOV_DATABASE_URL"] = args.database_url
    given = args.language  # None: the saved setting, then the system, decide
    if not args.self_test:  # no screen at all: say so without loading Qt
        from labinov.display_check import problem

        if problem(lambda _context, text: text, libraries=False):
            trouble = _display_problem(args.data_dir, given, libraries=False)
            print(f"labinov: {trouble}", file=sys.stderr)
            return 1
    from labinov.app import run_gui  # Qt is imported only now

    return run_gui(
        args.data_dir,
        language=given,
        self_test=args.self_test,
        files=files,
        on_no_platform=lambda: _display_problem(args.data_dir, given),
    )


def _display_problem(data_dir: str | None, given: str | None, libraries: bool = True) -> str | None:
    """Why no window opens here, in the user's language (the saved one if not given).
    ``libraries``: also load the xcb plugin to name a missing system library (~0.05 s: done
    only when Qt has failed, see ``run_gui(on_no_platform=)``)."""
    from labinov.display_check import problem

    language = given or saved_language(user_paths(data_dir).data_dir) or system_language()
    return problem(translator(language), libraries=libraries)


def _desktop_integration(install: bool, translate) -> int:  # type: ignore[no-untyped-def]
    import subprocess
    import tempfile

    from labinov import linux_desktop

    if not sys.platform.startswith("linux"):
        print(f"labinov: {translate('Cli', 'This option is for Linux only.')}", file=sys.stderr)
        return 2
    try:
        if install:
            with tempfile.TemporaryDirectory(prefix="labinov-desktop-") as staging:
                done = linux_desktop.install(Path(staging))
            print(translate("Cli", "Labinov is installed in the applications menu:"))
        else:
            done = linux_desktop.uninstall()
            print(translate("Cli", "Labinov is removed from the applications menu:"))
    except (OSError, subprocess.SubprocessError) as error:
        message = translate("Cli", "Desktop integration failed: {error}")
        print(f"labinov: {message.format(error=error)}", file=sys.stderr)
        return 1
    for line in done:
        print(f"  {line}")
    return 0


QT_TRANSLATE_NOOP("Cli", "This option is for Linux only.")
QT_TRANSLATE_NOOP("Cli", "Labinov is installed in the applications menu:")
QT_TRANSLATE_NOOP("Cli", "Labinov is removed from the applications menu:")
QT_TRANSLATE_NOOP("Cli", "Desktop integration failed: {error}")


def _run(args: argparse.Namespace, paths: UserPaths) -> int:
    from labinov.files import remove_stale_parts

    remove_stale_parts((paths.data_dir, paths.backup_dir))
    quick = getattr(args, "quick", None)
    if quick is not None:
        code = quick(args, paths)
        if code is not None:
            return int(code)
    if not getattr(args, "needs_store", True):  # e.g. 'server upgrade': its own engine
        return int(args.func(args, None))
    from labinov.services import Services
    from labinov.store.db import open_store

    store = open_store(paths)
    try:
        return int(args.func(args, Services(store)))
    finally:
        store.dispose()


def _drop_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush of what is still
    buffered fails no more (it would print a second error)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def _log_bug(paths: UserPaths, error: BaseException) -> str:
    """Append the traceback to the log folder; return where it went."""
    import traceback

    text = "".join(traceback.format_exception(error))
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        log = paths.log_dir / "labinov-cli.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
        return str(log)
    except OSError:
        return "stderr"


if __name__ == "__main__":
    sys.exit(main())
