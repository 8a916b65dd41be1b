"""``labinov --install-desktop`` / ``--uninstall-desktop`` into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from labinov import linux_desktop
from labinov.linux_desktop import MIME_TYPE, desktop_entry, exec_quote

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="en_US.UTF-8",
    )


def _labinov(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labinov", "--lang", "en", *args],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _xdg_mime(tmp_path: Path, *args: str) -> str:
    done = subprocess.run(
        ["xdg-mime", *args], env=_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def test_install_then_uninstall_for_this_user(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _labinov(tmp_path, "--install-desktop")
    assert done.returncode == 0, done.stderr
    assert "installed in the applications menu" in done.stdout
    entry = data / "applications" / "labinov.desktop"
    assert f"Exec={sys.executable} -m labinov %F" in entry.read_text(encoding="utf-8")
    assert (data / "mime" / "packages" / "labinov-mime.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "labinov.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "labinov.svg").is_file()
    icon = data / "icons" / "hicolor" / "32x32" / "mimetypes" / "application-x-labinov-bundle.png"
    assert icon.is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("xdg-mime"):
        assert _xdg_mime(tmp_path, "query", "default", MIME_TYPE) == "labinov.desktop"
        bundle = tmp_path / "Tim A.labinov"
        bundle.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
        assert _xdg_mime(tmp_path, "query", "filetype", str(bundle)) == MIME_TYPE

    done = _labinov(tmp_path, "--uninstall-desktop")
    assert done.returncode == 0, done.stderr
    assert not entry.exists()
    assert not (data / "mime" / "packages" / "labinov-mime.xml").exists()
    assert not icon.exists()
    if shutil.which("xdg-mime"):
        assert _xdg_mime(tmp_path, "query", "default", MIME_TYPE) == ""


def test_without_xdg_utils_the_files_are_copied(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(linux_desktop.shutil, "which", lambda name: None)
    done = linux_desktop.install(tmp_path)
    assert (tmp_path / "data" / "applications" / "labinov.desktop").is_file()
    assert (tmp_path / "data" / "mime" / "packages" / "labinov-mime.xml").is_file()
    assert not any("opens with" in line for line in done)  # no xdg-mime: no default set
    linux_desktop.uninstall()
    assert not (tmp_path / "data" / "applications" / "labinov.desktop").exists()


def test_exec_quotes_paths_with_spaces() -> None:
    assert exec_quote("/opt/labinov/labinov") == "/opt/labinov/labinov"
    assert exec_quote("/home/budi/Labinov App/labinov") == '"/home/budi/Labinov App/labinov"'
    assert exec_quote('/a"b$c') == '"/a\\"b\\$c"'
    entry = desktop_entry(["/home/budi/My Apps/labinov"])
    assert 'Exec="/home/budi/My Apps/labinov" %F' in entry
    assert "MimeType=application/x-labinov-bundle;" in entry
