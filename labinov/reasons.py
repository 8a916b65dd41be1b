"""Why a file or the database could not be used, in the user's words.

``reason(error)`` turns an ``OSError`` (by errno) or an ``sqlite3.Error`` (by its result
code) into a msgid: ``UserError.text()`` translates string parameters too, so "Cannot write
{path}: {reason}" shows entirely in Indonesian. Anything else keeps the system's own text.
"""

from __future__ import annotations

import errno

from labinov.errors import QT_TRANSLATE_NOOP

_OS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("UserError", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("UserError", "the folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("UserError", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("UserError", "no permission to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("UserError", "the folder is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("UserError", "a folder has that name"),
    errno.EIO: QT_TRANSLATE_NOOP("UserError", "the disk could not be read or written"),
}

# SQLite primary result codes (the low byte of extended codes): sqlite.org/rescode.html
_SQLITE = {
    3: QT_TRANSLATE_NOOP("UserError", "no permission to write there"),  # SQLITE_PERM
    5: QT_TRANSLATE_NOOP("UserError", "the database is busy in another program"),  # BUSY
    6: QT_TRANSLATE_NOOP("UserError", "the database is busy in another program"),  # LOCKED
    8: QT_TRANSLATE_NOOP("UserError", "the folder is read-only"),  # SQLITE_READONLY
    10: QT_TRANSLATE_NOOP("UserError", "the disk could not be read or written"),  # IOERR
    11: QT_TRANSLATE_NOOP("UserError", "the database file is damaged"),  # SQLITE_CORRUPT
    13: QT_TRANSLATE_NOOP("UserError", "the disk is full"),  # SQLITE_FULL
    14: QT_TRANSLATE_NOOP("UserError", "the database file cannot be opened"),  # CANTOPEN
    26: QT_TRANSLATE_NOOP("UserError", "the file is not a Labinov database"),  # NOTADB
}


def reason(error: BaseException) -> str:
    """A translatable reason for ``error`` (SQLAlchemy's wrapper is looked through)."""
    error = getattr(error, "orig", None) or error
    code = getattr(error, "errno", None)
    if isinstance(code, int) and code in _OS:
        return _OS[code]
    sqlite_code = getattr(error, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int) and sqlite_code & 0xFF in _SQLITE:
        return _SQLITE[sqlite_code & 0xFF]
    return getattr(error, "strerror", None) or str(error)
