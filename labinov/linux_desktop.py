"""``labinov --install-desktop`` / ``--uninstall-desktop``: the menu entry, the icons and the
``.labinov`` file type for the current user on Linux, with no administrator rights.

The files are ``resources/linux/labinov.desktop`` and ``labinov-mime.xml``; the entry's
``Exec`` is rewritten to the program running now (the bundle's ``labinov``, the installed
script, or this Python with ``-m labinov``). xdg-utils (``xdg-desktop-menu``, ``xdg-mime``)
do the work when present, as Anki's ``install.sh`` does; without them the files are copied
into ``$XDG_DATA_HOME`` by hand, which is what xdg-utils would do. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from labinov.paths import resource

DESKTOP_FILE = "labinov.desktop"
MIME_FILE = "labinov-mime.xml"
MIME_TYPE = "application/x-labinov-bundle"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def launcher() -> list[str]:
    """The command that starts this Labinov's window."""
    if getattr(sys, "frozen", False):
        windowed = Path(sys.executable).with_name("labinov")
        return [str(windowed if windowed.is_file() else Path(sys.executable))]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "labinov" and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "labinov"]


def exec_quote(argument: str) -> str:
    """Quote one argument for a desktop entry's Exec key (Desktop Entry Specification)."""
    if not _RESERVED & set(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped + '"'


def desktop_entry(command: list[str]) -> str:
    lines = []
    for line in resource("linux", DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            # a string value escapes backslashes once more (the spec's two levels)
            line = "Exec=" + " ".join(exec_quote(a) for a in command).replace("\\", "\\\\")
            line += " %F"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _run(*command: str) -> bool:
    """Run an xdg tool if it is installed; False when it is not."""
    if shutil.which(command[0]) is None:
        return False
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return True


def _icon_targets() -> list[tuple[Path, Path]]:
    folder = resource("icons", "app")
    hicolor = data_home() / "icons" / "hicolor"
    pairs = []
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}"
        pairs.append((folder / f"labinov-{size}.png", target / "apps" / "labinov.png"))
        pairs.append(
            (
                folder / f"labinov-document-{size}.png",
                target / "mimetypes" / "application-x-labinov-bundle.png",
            )
        )
    pairs.append((folder / "labinov.svg", hicolor / "scalable" / "apps" / "labinov.svg"))
    return pairs


def install(staging: Path) -> list[str]:
    """Install for the current user; ``staging`` is a scratch folder. Returns what was done."""
    done = []
    for source, target in _icon_targets():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    done.append(f"icons: {data_home() / 'icons' / 'hicolor'}")

    entry = staging / DESKTOP_FILE
    entry.write_text(desktop_entry(launcher()), encoding="utf-8")
    applications = data_home() / "applications"
    if not _run("xdg-desktop-menu", "install", "--mode", "user", "--novendor", str(entry)):
        applications.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(entry, applications / DESKTOP_FILE)
        _run("update-desktop-database", str(applications))
    done.append(f"menu entry: {applications / DESKTOP_FILE}")

    mime = resource("linux", MIME_FILE)
    packages = data_home() / "mime" / "packages"
    if not _run("xdg-mime", "install", "--mode", "user", "--novendor", str(mime)):
        packages.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mime, packages / MIME_FILE)
        _run("update-mime-database", str(data_home() / "mime"))
    done.append(f"file type {MIME_TYPE}: {packages / MIME_FILE}")
    if _run("xdg-mime", "default", DESKTOP_FILE, MIME_TYPE):
        done.append(f"{MIME_TYPE} opens with {DESKTOP_FILE}")
    return done


def uninstall() -> list[str]:
    done = []
    applications = data_home() / "applications"
    if not _run("xdg-desktop-menu", "uninstall", "--mode", "user", DESKTOP_FILE):
        (applications / DESKTOP_FILE).unlink(missing_ok=True)
    (applications / DESKTOP_FILE).unlink(missing_ok=True)  # older xdg-utils may leave it
    done.append(f"menu entry removed: {applications / DESKTOP_FILE}")
    packages = data_home() / "mime" / "packages"
    if (packages / MIME_FILE).exists() and not _run(
        "xdg-mime", "uninstall", "--mode", "user", str(resource("linux", MIME_FILE))
    ):
        (packages / MIME_FILE).unlink(missing_ok=True)
        _run("update-mime-database", str(data_home() / "mime"))
    done.append(f"file type removed: {MIME_TYPE}")
    for _, target in _icon_targets():
        target.unlink(missing_ok=True)
    _forget_default()
    done.append("icons removed")
    return done


def _forget_default() -> None:
    """Drop our default from the lists xdg-mime writes (it can set one, not unset it)."""
    ours = {f"{MIME_TYPE}={DESKTOP_FILE}", f"{MIME_TYPE}={DESKTOP_FILE};"}
    for listing in (
        config_home() / "mimeapps.list",
        data_home() / "applications" / "mimeapps.list",
        data_home() / "applications" / "defaults.list",  # the older name, still written
    ):
        if listing.is_file():
            lines = listing.read_text(encoding="utf-8").splitlines()
            kept = [line for line in lines if line.strip() not in ours]
            if kept != lines:
                listing.write_text("\n".join(kept) + "\n", encoding="utf-8")
