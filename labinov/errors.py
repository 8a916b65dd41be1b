"""The one error type users can cause, with a message the GUI and CLI translate; and the
user's Cancel of a long job."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ERROR_CONTEXT = "UserError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt; lupdate finds it by name."""
    return text


Translate = Callable[[str, str], str]


class UserError(Exception):
    """A mistake the user can make or fix: an empty name, a full disk, a bad file.

    ``message`` is an English msgid with ``{placeholders}``, marked for lupdate with
    ``QT_TRANSLATE_NOOP("UserError", ...)`` where it is raised; ``text()`` translates it.
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params

    def text(self, translate: Translate | None = None) -> str:
        template = translate(ERROR_CONTEXT, self.message) if translate else self.message
        params = self.params
        if translate:  # field names passed as params are msgids too ("workshop name")
            params = {
                key: translate(ERROR_CONTEXT, value) if isinstance(value, str) else value
                for key, value in params.items()
            }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.message.format(**self.params)


class Cancelled(Exception):  # noqa: N818 - a cancel is not an error
    """The user stopped a long job (an export, an import); it left nothing behind."""


class NotFoundError(UserError):
    """The thing asked for is not in the store (deleted, or a wrong id)."""


class StorageError(UserError):
    """The store could not be written: full disk, read-only folder, locked file."""


class StaleWriteError(UserError):
    """The row changed since the caller read it (another user on the server, another
    window): nothing was written; the caller reloads the row and shows the message."""
