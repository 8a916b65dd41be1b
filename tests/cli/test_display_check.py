"""A start with no display or a missing xcb library: one line in the user's language, exit 1,
no Qt abort."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from labinov import display_check
from labinov.i18n import translator

CLEAN = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "XDG_RUNTIME_DIR")


def start(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in CLEAN}
    environment.update(QT_QPA_PLATFORM="xcb", LABINOV_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run(
        [sys.executable, "-m", "labinov", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def test_no_display_prints_one_indonesian_line_and_exits_1(tmp_path: Path) -> None:
    result = start(tmp_path, LANG="id_ID.UTF-8")
    assert result.returncode == 1  # not -6 (SIGABRT from Qt)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("labinov: Tidak ada layar")
    assert "DISPLAY" in lines[0]
    assert not (tmp_path / "data").exists()  # nothing was created either


def test_no_display_in_english_when_asked(tmp_path: Path) -> None:
    result = start(tmp_path, "--lang", "en", LANG="id_ID.UTF-8")
    assert (result.returncode, result.stderr.count("\n")) == (1, 1)
    assert result.stderr.startswith("labinov: No screen to open a window on")


def test_the_saved_language_decides_when_none_is_given(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    result = start(tmp_path, LANG="id_ID.UTF-8")
    assert result.stderr.startswith("labinov: No screen")


def test_headless_platforms_and_wayland_need_no_x_display() -> None:
    translate = translator("en")
    assert display_check.problem(translate, {"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_check.problem(translate, {"QT_QPA_PLATFORM": "xcb;offscreen"}) is None
    wayland = {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert display_check.problem(translate, wayland) is None
    no_wayland = display_check.problem(translate, {"QT_QPA_PLATFORM": "wayland"})
    assert no_wayland is not None and "WAYLAND_DISPLAY" in no_wayland
    assert display_check.problem(translate, {}, platform="win32") is None


def test_this_machine_has_every_xcb_library() -> None:
    # the test machine can open real windows (xshot, Xvfb): the real plugin loads
    assert display_check.missing_xcb_library() is None


def test_a_missing_xcb_library_is_named_with_its_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = ctypes.CDLL

    def without_cursor(name: str, *args, **kwargs):
        if "libqxcb" in str(name) or name == "libxcb-cursor.so.0":
            raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(ctypes, "CDLL", without_cursor)  # imported when needed
    assert display_check.missing_xcb_library() == "libxcb-cursor.so.0"
    line = display_check.problem(translator("id"), {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"})
    assert line is not None and "sudo apt install libxcb-cursor0" in line
    assert "\n" not in line
    # no plugin to ask (a bundle): the list is tried library by library
    monkeypatch.setattr(display_check, "_xcb_plugin", lambda: None)
    assert display_check.missing_xcb_library() == "libxcb-cursor.so.0"


def test_a_start_that_ends_before_the_window_turns_the_collector_back_on(monkeypatch) -> None:
    """The GUI path turns the garbage collector off for the start (``cli._start_gui``); a
    start that never paints (no display here) must not leave it off in the process."""
    import gc

    from labinov.cli import main

    for name in CLEAN:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert gc.isenabled()
    assert main(["--lang", "en"]) == 1
    assert gc.isenabled()
