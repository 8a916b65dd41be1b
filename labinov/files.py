"""Writing a file whole or not at all, and saying why not in the user's words.

``write_atomically`` writes beside the target and moves the file into place, so a full
disk or a crash never leaves half a bundle, table, PDF or backup where the user looks.
The file and its folder are synced to disk before and after the move: a laptop that loses
power right after "saved" still has the new file, not an empty one. Failures are said in the
user's words (``labinov.reasons``). A temporary file left by a killed process is removed at
the next start (``remove_stale_parts``). Spreadsheets written by exchange (tables) and
report (region statistics) keep formula-looking text as text (``formula_like``).
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.reasons import reason

PART_PREFIX = ".labinov-"
PART_SUFFIX = ".part"
STALE_AFTER_S = 600  # a live write touches its file far more often than this
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CANNOT_WRITE = QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}")


def cannot_write(path: Path, error: BaseException, message: str = CANNOT_WRITE) -> UserError:
    return UserError(message, path=str(path), reason=reason(error))


def formula_like(value: Any) -> bool:
    """Text a spreadsheet would read as a formula (or that hides one behind a tab/CR): the
    CSV and XLSX writers keep it text (OWASP's advice against CSV injection)."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def write_atomically(
    path: Path,
    write: Callable[[Path], object],
    message: str = CANNOT_WRITE,
    failures: tuple[type[BaseException], ...] = (OSError,),
) -> None:
    """Run ``write(temporary path)`` beside ``path``, then move the file onto ``path``.

    The failures listed (a missing or read-only folder, a full disk) become a UserError
    built from ``message`` with ``{path}`` and ``{reason}``; the temporary file is removed
    whatever happens, and ``path`` is untouched unless all went well."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # not mkstemp: its 0600 would stay on the exported file; 0666 minus the umask is
        # what any program's new file gets (0644 with the usual umask 022)
        temp = folder / f"{PART_PREFIX}{secrets.token_hex(8)}{path.suffix}{PART_SUFFIX}"
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise cannot_write(path, error, message) from error
    try:
        write(Path(temp))
        _sync_file(Path(temp))
        os.replace(temp, path)
        _sync_folder(folder)
    except failures as error:
        Path(temp).unlink(missing_ok=True)
        raise cannot_write(path, error, message) from error
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _sync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_parts(folders: Iterable[Path], now: float | None = None) -> list[Path]:
    """Remove temporary files a killed write left in ``folders`` (not touched for
    ``STALE_AFTER_S``, so a write running in another process is left alone); returns
    what was removed. Never fails: a folder that cannot be read or written is skipped."""
    now = time.time() if now is None else now
    removed = []
    for folder in folders:
        try:
            candidates = list(Path(folder).glob(f"{PART_PREFIX}*{PART_SUFFIX}"))
        except OSError:
            continue
        for path in candidates:
            try:
                if path.is_file() and now - path.stat().st_mtime > STALE_AFTER_S:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed
