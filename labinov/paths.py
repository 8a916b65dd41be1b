"""Where Labinov keeps user data, backups and logs, and where its bundled resources live.

Every path the application uses comes from here, so tests and ``--data-dir`` can move
everything at once.
"""

from __future__ import annotations

import os
import sys
import warnings
from functools import cache
from pathlib import Path
from typing import NamedTuple

import platformdirs

try:  # CPython's own SHA-1 (as ``random`` takes its SHA-512): hashlib's would load OpenSSL's
    from _sha1 import sha1  # libcrypto before the first paint, only to name the lock
except ImportError:  # another interpreter
    from hashlib import sha1

APP_NAME = "Labinov"
APP_AUTHOR = "Labinov"
DATA_DIR_ENV = "LABINOV_DATA_DIR"
DB_FILENAME = "labinov.sqlite"


# A NamedTuple, not a frozen dataclass: a dataclass compiles its generated methods when
# its module loads (~1 ms each before the first paint of the window)
class UserPaths(NamedTuple):
    """The folders of one data location: the database, its backups and the logs."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def lock_file(self) -> Path:
        """The one-instance lock of this data folder, in the user's runtime folder (not the
        data folder, which may be read-only), named after the folder."""
        return runtime_dir() / f"labinov-{self.digest}.lock"

    @property
    def digest(self) -> str:
        """A short name of this data folder for the lock and the single-instance socket."""
        return sha1(str(self.data_dir).encode("utf-8")).hexdigest()[:16]


def runtime_dir() -> Path:
    """The user's runtime folder for Labinov (``$XDG_RUNTIME_DIR/Labinov`` or the
    platform's equivalent), created if needed."""
    with warnings.catch_warnings():  # no XDG_RUNTIME_DIR: platformdirs warns, falls back
        warnings.simplefilter("ignore")
        folder = Path(platformdirs.user_runtime_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def user_paths(data_dir: str | os.PathLike[str] | None = None) -> UserPaths:
    """Resolve the data folder: explicit argument, then ``LABINOV_DATA_DIR``, then platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return UserPaths(Path(chosen).expanduser().resolve())


def _base_candidates() -> list[Path]:
    """Folders that may hold ``resources/`` and ``ui/``, most specific first."""
    here = Path(__file__).resolve().parent
    bases = [here, here.parent]  # installed wheel (force-included), then source checkout
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        bases.insert(0, Path(bundle))
    return bases


@cache  # where the installation is does not change while it runs; ~1 ms a look on a laptop
def _find_dir(name: str) -> Path:
    for base in _base_candidates():
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"Labinov {name}/ folder not found; the installation is incomplete")


def resources_dir() -> Path:
    """The ``resources/`` folder in a checkout, an installed wheel or a PyInstaller bundle."""
    return _find_dir("resources")


def ui_dir() -> Path:
    """The ``ui/`` Designer forms, found beside ``resources/``."""
    return _find_dir("ui")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
