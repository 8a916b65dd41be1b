"""``labinov`` subcommands: output, exit codes, no Qt, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from labinov import __version__
from labinov.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labinov", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"labinov {__version__}")


def test_sample_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sample", "--data-dir", str(tmp_path), "--lang", "id"]) == 0
    assert "Lokakarya contoh dibuat" in capsys.readouterr().out
    assert main(["sample", "--data-dir", str(tmp_path), "--lang", "en"]) == 0
    assert "already exists" in capsys.readouterr().out
    assert main(["list", "--json", "--data-dir", str(tmp_path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [w["name"] for w in payload["workshops"]] == ["Laboratorium Inovasi Kota Makassar 2019"]
    stages = sorted(p["current_stage"] for p in payload["projects"])
    assert stages == ["delivery", "design", "diagnose"]  # each project at a different stage
    for project in payload["projects"]:
        assert set(project) >= {"id", "title", "team", "current_stage", "stage_status"}


def test_list_text_is_indonesian_by_default(tmp_path: Path, capsys) -> None:
    main(["sample", "--data-dir", str(tmp_path)])
    capsys.readouterr()
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "sedang berjalan" in out and "3/5" in out


def test_data_dir_env_variable(tmp_path: Path) -> None:
    result = run("sample", env={"LABINOV_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0
    assert (tmp_path / "labinov.sqlite").is_file()


def test_usage_error_exits_2() -> None:
    result = run("no-such-command")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_unusable_data_dir_is_one_line_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("list", "--data-dir", str(blocker / "data"), "--lang", "id")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("labinov: Folder data")
    assert not (blocker / "data").exists()


def test_list_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from labinov.cli import main; "
        f"main(['list', '--data-dir', {str(tmp_path)!r}]); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False")


def test_options_before_or_after_the_command(tmp_path: Path, capsys) -> None:
    main(["sample", "--data-dir", str(tmp_path)])
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "list"]) == 0
    out = capsys.readouterr().out
    assert "in progress" in out and "Makassar" in out
