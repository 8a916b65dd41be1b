"""``labinov`` builds only what the command line asks for: the plain start reads its few
options without argparse's command modules, a named command imports only its modules, and
``--help`` still lists every command."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io

import pytest

from labinov import cli
from tests.cli.scripts import run_json


def _registered(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    export = commands.add_parser("export").add_subparsers(dest="kind")
    common = argparse.ArgumentParser(add_help=False)
    importlib.import_module(module_name).register(commands, export, common)
    return (set(commands.choices) - {"export"}) | ({"export"} if export.choices else set())


@pytest.mark.parametrize("module_name", list(cli.COMMAND_MODULES))
def test_the_table_names_what_each_module_registers(module_name: str) -> None:
    assert _registered(module_name) == set(cli.COMMAND_MODULES[module_name])


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", "en", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    every = {name for names in cli.COMMAND_MODULES.values() for name in names}
    for name in every | set(cli.BUILT_IN):
        assert name in shown


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "--lang", "en"],
        ["--lang=id", "--self-test"],
        ["--database-url", "postgresql+psycopg://u@h/db", "--data-dir", "d"],
        ["--lang", "en", "--lang", "id"],  # the last wins, as in argparse
    ],
)
def test_the_plain_start_reads_options_as_argparse_does(argv: list[str]) -> None:
    quick = cli.gui_arguments(argv)
    assert quick is not None
    full = cli.build_parser().parse_args(argv)
    for key, value in vars(quick).items():
        assert getattr(full, key) == value, key


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--lang", "fr"],  # argparse's error, in the user's words
        ["--data-dir"],
        ["--data", "x"],  # an abbreviation: argparse knows what it means
        ["--self-test=1"],
        ["--install-desktop"],
        ["--data-dir", "--lang"],
    ],
)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert cli.gui_arguments(argv) is None


def test_named_command_skips_the_options_values() -> None:
    assert cli.named_command(["--data-dir", "list", "sample"]) == "sample"
    assert cli.named_command(["--lang=en", "backup", "-o", "x"]) == "backup"
    assert cli.named_command(["--self-test"]) is None


_SCRIPT = """
import contextlib, io, json, sys, types
fake = types.ModuleType("labinov.app")
fake.run_gui = lambda *args, **kwargs: 0  # the window itself is not this test's
sys.modules["labinov.app"] = fake
from labinov.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as done:  # --help
        code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(*argv: str) -> tuple[int, set[str]]:
    state = run_json(_SCRIPT, *argv)
    return state["code"], set(state["modules"])


def test_the_plain_start_imports_no_command_module(tmp_path) -> None:
    code, modules = _loaded("--data-dir", str(tmp_path), "--lang", "en")
    assert code == 0
    assert not modules & set(cli.COMMAND_MODULES)
    # nor the CLI's translation reader (XML) or ctypes (the xcb plugin check)
    assert not modules & {"xml.etree.ElementTree", "ctypes", "babel"}


def test_a_named_command_imports_only_its_modules(tmp_path) -> None:
    code, modules = _loaded("--data-dir", str(tmp_path), "list", "--json")
    assert code == 0
    assert not modules & set(cli.COMMAND_MODULES)
    _code, modules = _loaded("--data-dir", str(tmp_path), "check", "--help")
    assert modules & set(cli.COMMAND_MODULES) == {"labinov.competition_cli"}


def test_an_unknown_command_is_refused_with_the_whole_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done, contextlib.redirect_stdout(io.StringIO()):
        cli.main(["--lang", "en", "sinkron"])
    assert done.value.code == 2
    assert "sync" in capsys.readouterr().err
