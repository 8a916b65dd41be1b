"""``labinov --help`` and usage errors in the user's language, with no Qt imported."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from labinov.cli import build_parser, main
from labinov.cli_help import language_from_argv, translate_parser
from labinov.i18n import translator

SAME_IN_BOTH = {"Laboratorium Inovasi 5D (Labinov)"}


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labinov", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_help_follows_the_system_language() -> None:
    indonesian = run("--help", LANG="id_ID.UTF-8")
    assert indonesian.returncode == 0
    out = indonesian.stdout
    assert out.startswith("pemakaian: labinov")
    for words in ("argumen posisi:", "opsi:", "tampilkan bantuan ini lalu keluar"):
        assert words in out
    assert "lokakarya dan proyek" in out and "cadangkan basis data" in out
    assert "usage" not in out and "show this help" not in out

    english = run("--help", LANG="en_US.UTF-8")
    assert (
        english.stdout.startswith("usage: labinov") and "workshops and projects" in english.stdout
    )


def test_lang_option_decides_and_subcommand_help_is_translated_too() -> None:
    result = run("export", "pdf", "--help", "--lang", "id", LANG="en_US.UTF-8")
    assert result.returncode == 0
    assert (
        "proyek yang diekspor" in result.stdout and "tampilkan kemajuan di stderr" in result.stdout
    )
    english = run("--lang=en", "list", "-h", LANG="id_ID.UTF-8")
    assert "machine-readable output" in english.stdout


def test_usage_errors_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    saved = argparse._  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--bogus", "--lang", "id"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "labinov: kesalahan: argumen tidak dikenal: --bogus"
    with pytest.raises(SystemExit):
        main(["--lang", "id", "restore"])
    assert "argumen berikut wajib diisi: FILE" in capsys.readouterr().err
    assert argparse._ is saved  # type: ignore[attr-defined]  # argparse is left as it was


def test_every_help_text_has_an_indonesian_translation() -> None:
    words = translator("id")
    parser = build_parser()  # English: argparse's words are not looked up while building
    english = _help_texts(parser)
    translate_parser(parser, words)
    indonesian = _help_texts(parser)
    same = {e for e, i in zip(english, indonesian, strict=True) if e == i} - SAME_IN_BOTH - {""}
    assert same == set(), f"help text with no Indonesian: {sorted(same)}"
    assert len(indonesian) > 30


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    texts: list[str] = []
    seen: set[int] = set()

    def visit(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        texts.extend(group.title or "" for group in current._action_groups)
        texts.append(current.description or "")
        for action in current._actions:
            texts.append(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(choice.help or "" for choice in action._choices_actions)
                for child in action.choices.values():
                    visit(child)

    visit(parser)
    return texts


def test_language_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    monkeypatch.delenv("LABINOV_DATA_DIR", raising=False)
    assert language_from_argv(["--help"]) == "id"
    assert language_from_argv(["list", "--lang", "en"]) == "en"
    assert language_from_argv(["--lang=en", "-h"]) == "en"
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert language_from_argv(["--data-dir", str(tmp_path), "-h"]) == "en"  # View ▸ Language
    monkeypatch.setenv("LABINOV_DATA_DIR", str(tmp_path))
    assert language_from_argv(["-h"]) == "en"


def test_help_imports_no_qt() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from labinov.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])\n"
        "print(any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
