"""The ``labinov`` command's entry point (``labinov.launch``): a window start loads Qt's
libraries and fontconfig on a thread while Python imports the application."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from labinov import launch

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--data-dir", "D", "--lang", "id"], True),
        (["--lang=en", "--self-test"], True),
        (["--database-url", "postgresql://x/y"], True),
        (["rapat.labinov", "b.LABINOV"], True),
        (["--lang", "id", "rapat.labinov"], True),
        (["list"], False),
        (["--data-dir", "D", "list", "--json"], False),
        (["import", "rapat.labinov"], False),
        (["--version"], False),
        (["-h"], False),
        (["--self-test=yes"], True),  # a guess only: cli.main refuses it, nothing is lost
    ],
)
def test_a_window_start_is_told_from_a_command(argv: list[str], window: bool) -> None:
    assert launch.window_start(argv) is window


def test_every_way_of_starting_goes_through_the_launcher() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["labinov"] == "labinov.launch:main"
    main = (ROOT / "labinov" / "__main__.py").read_text(encoding="utf-8")
    assert "from labinov.launch import main" in main  # ``python -m labinov`` and the bundle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wheel's Linux layout")
def test_the_thread_loads_qt_and_fontconfig_without_importing_pyside() -> None:
    script = textwrap.dedent(
        """
        import sys
        from labinov.launch import warm_up
        thread = warm_up()
        thread.join(60)
        maps = open("/proc/self/maps").read()
        print(thread.is_alive(), "libQt6Widgets" in maps, "libQt6Core" in maps,
              "libfontconfig" in maps, any(m.startswith("PySide6") for m in sys.modules))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True", "True", "False"]


def test_missing_libraries_are_no_error(monkeypatch) -> None:
    monkeypatch.setattr(launch, "QT_LIBRARY", Path("Qt", "lib", "libQt6None.so.6"))
    monkeypatch.setattr(launch, "FONTCONFIG", "libfontconfig-none.so.0")
    assert launch.qt_library() is None
    launch._load_native()  # Python's import of PySide6, and Qt, say what is missing


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_nothing_starts_where_qt_loads_otherwise(monkeypatch, platform: str) -> None:
    monkeypatch.setattr(launch.sys, "platform", platform)
    assert launch.warm_up() is None
