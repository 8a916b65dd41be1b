"""No cyclic garbage collection in a worker thread.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (a PDF export, a bundle import) and the garbage holds
a Qt object of the GUI thread, the object is destroyed in the wrong thread and the process
crashes (seen: a segfault in ``reportlab`` while exporting, "Garbage-collecting"). So the
GUI thread collects just before a worker starts, and the automatic collector pauses until
the worker is done; the GUI thread then resumes it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable


def pause_collection() -> Callable[[], None]:
    """Collect now (on the calling, GUI thread) and pause the automatic collector; returns
    the function that resumes it (only if it was running: jobs may overlap)."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()

    def resume() -> None:
        if was_enabled:
            gc.enable()

    return resume
