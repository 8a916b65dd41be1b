"""Writing a file whole or not at all, and saying why not in the user's words.

``write_atomically`` writes beside the target and moves the file into place, so a full
disk or a crash never leaves half a bundle, table, PDF or backup where the user looks.
``reason`` is a msgid for the common failures: ``UserError.text()`` translates string
parameters too, so "Cannot write {path}: {reason}" shows in Indonesian; any other system
message is passed through as the system gave it.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from labinov.errors import QT_TRANSLATE_NOOP, UserError

CANNOT_WRITE = QT_TRANSLATE_NOOP("UserError", "Cannot write {path}: {reason}")

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("UserError", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("UserError", "the folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("UserError", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("UserError", "no permission to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("UserError", "the folder is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("UserError", "a folder has that name"),
}


def reason(error: BaseException) -> str:
    """A translatable reason for an ``OSError`` (else the system's own text)."""
    code = getattr(error, "errno", None)
    if code in _REASONS:
        return _REASONS[code]
    return getattr(error, "strerror", None) or str(error)


def cannot_write(path: Path, error: BaseException, message: str = CANNOT_WRITE) -> UserError:
    return UserError(message, path=str(path), reason=reason(error))


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
        temp = folder / f".labinov-{secrets.token_hex(8)}{path.suffix}.part"
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise cannot_write(path, error, message) from error
    try:
        write(Path(temp))
        os.replace(temp, path)
    except failures as error:
        Path(temp).unlink(missing_ok=True)
        raise cannot_write(path, error, message) from error
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
