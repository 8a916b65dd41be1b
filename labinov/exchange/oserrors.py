"""Why a file could not be written, in words the user's language has (a msgid).

``UserError.text()`` translates string parameters too, so the reason of "Cannot write
{path}: {reason}" shows in Indonesian for the common cases; any other system message
is passed through as the system gave it.
"""

from __future__ import annotations

import errno

from labinov.errors import QT_TRANSLATE_NOOP

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
