"""SQLite's write failures in the user's words; no SQLAlchemy (the boot store uses it too,
``store/boot_store.py``)."""

from __future__ import annotations

from pathlib import Path

from labinov.errors import QT_TRANSLATE_NOOP, StorageError
from labinov.reasons import reason


def storage_error(error: BaseException, where: Path | str = "") -> StorageError:
    """Turn SQLite's write failures into a message the user can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if "full" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("UserError", "The disk is full: the last change was not saved.")
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "The data folder is read-only: the last change was not saved."
            )
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "UserError", "The database is busy in another program: please try again."
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP("UserError", "The data could not be saved: {reason}"),
        reason=reason(error),
    )
