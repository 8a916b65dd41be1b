"""The single-instance lock of a data folder: an OS lock on a file in the runtime folder.

``flock`` (POSIX) or ``msvcrt.locking`` (Windows) rather than ``QLockFile``: the system
drops the lock when its process ends, however it ends, so no stale lock is ever guessed
from a process id; and taking it writes nothing (``QLockFile`` syncs its file to disk,
3–15 ms before the first paint where the runtime folder is not in memory, as on Windows).
A lock taken twice in one process conflicts too: each ``InstanceLock`` opens the file
anew, and both calls lock an open file, not a process.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; raises OSError when held

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError when held

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# what "another open of the file holds it" raises (Windows: EACCES or EDEADLOCK); any other
# error is no answer about the lock and goes to the caller
HELD = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class InstanceLock:
    """An exclusive lock on ``path`` (created if missing), held until ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, wait: float = 0.1) -> bool:
        """True when this object now holds the lock; False when another holder kept it
        for ``wait`` seconds (a second start on the same folder). ``OSError`` when the
        file cannot be opened or locked at all (no answer about another holder)."""
        deadline = time.monotonic() + wait
        while not self._try():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    def _try(self) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in HELD:
                return False
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
