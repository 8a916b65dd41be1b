"""The versions (``rev``) of rows this app last loaded or wrote, for the optimistic check
of its writes (issue 16): pages record what they load, commands take the current entry
when they run, so an undo after its page was rebuilt still checks against what the app
last saw. Canvas notes keep theirs in the board document's rows instead.

No Qt, no store import at module level (the context is built before SQLModel loads)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from labinov.store.fast_edits import Version

T = TypeVar("T")


class Versions:
    """``{key: rev}``; a key names a row the way its page knows it (e.g. ``("stagework",
    project id, stage)``)."""

    def __init__(self) -> None:
        self._revs: dict[Hashable, str] = {}

    def record(self, key: Hashable, rev: str) -> None:
        self._revs[key] = rev

    def get(self, key: Hashable) -> str | None:
        return self._revs.get(key)

    def clear(self) -> None:
        """Forget every version (another store was opened: they name its old rows)."""
        self._revs.clear()

    def run(
        self, key: Hashable, write: Callable[[Version | None], T], stale: Callable[[], Any]
    ) -> T:
        """``write(version)`` from the version recorded under ``key`` (None when this app
        never loaded the row: the service then checks the one it reads), recording the new
        one; when the store refuses it as stale, ``stale()`` (reload the views) and the
        error goes on to the command's caller, which shows it once."""
        from labinov.errors import StaleWriteError
        from labinov.store.fast_edits import Version

        seen = self._revs.get(key)
        version = Version(seen) if seen is not None else None
        try:
            result = write(version)
        except StaleWriteError:
            stale()
            raise
        if version is not None:
            self._revs[key] = version.new
        return result

    def run_order(
        self,
        key: Hashable,
        order: list[str],
        write: Callable[[str | None], T],
        stale: Callable[[], Any],
    ) -> T:
        """``run`` for a list's order (agenda sessions, a stage's boards), whose version is
        the order itself (``ids.order_version``): ``write(seen)`` puts the rows in ``order``
        from the order's version recorded under ``key``; then ``order``'s is recorded."""
        from labinov.errors import StaleWriteError
        from labinov.store.ids import order_version

        try:
            result = write(self._revs.get(key))
        except StaleWriteError:
            stale()
            raise
        self._revs[key] = order_version(order)
        return result
