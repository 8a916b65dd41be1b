"""The single-instance lock (``labinov.instance_lock``): one holder per file, free again the
moment its holder ends, however it ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from labinov.instance_lock import InstanceLock

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from labinov.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    assert lock.acquire()
    print("held", flush=True)
    time.sleep(60)
    """
)


def test_two_locks_on_one_file_in_one_process_conflict(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path / "x.lock"), InstanceLock(tmp_path / "x.lock")
    assert first.acquire()
    assert first.acquire()  # taking it again changes nothing
    assert not second.acquire(0.05)
    first.release()
    assert second.acquire()
    second.release()
    second.release()  # twice is harmless


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        lock = InstanceLock(path)
        assert not lock.acquire(0.05)  # another process holds it
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        assert lock.acquire()  # at once: no pid to check, no age to wait for
        lock.release()
    finally:
        holder.kill()
        holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()


def test_a_lock_file_that_cannot_be_opened_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        InstanceLock(tmp_path / "missing" / "x.lock").acquire()
