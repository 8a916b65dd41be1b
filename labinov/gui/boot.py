"""The quick start's second half: the last project's board editable from ``sqlite3`` while
the store loads, then the hand-over to the services (issue 14, "editable").

After the first paint ``start`` opens the ``BootStore`` (``store/boot_store.py``: head
schema, writable file, else None and the caller takes the normal path) and shows the
project page on it; the board takes notes, text, moves and deletes at once. Meanwhile a
``Worker`` thread imports SQLAlchemy, SQLModel, the services and the page's other panels
and opens the store: importing them on the GUI thread froze it for ~0.8 s, in one piece (a
package's ``__init__`` imports the whole package, so a chain of one import per event-loop
turn still had a 0.5 s turn). The thread shares the GIL, so the GUI keeps answering, if
slower; it starts ``LOAD_AFTER_MS`` after the page's first paint, so a first key meets the
board at full speed. When the store is open, ``hand_over`` attaches the services on the
GUI thread between two events: edits before it went to the file through the boot store,
edits after it go through the services; the undo stack, the documents' rows and their
versions stay as they are, so undo works across it.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer

from labinov.gui.worker import Worker
from labinov.store.boot_store import BootStore

if TYPE_CHECKING:
    from labinov.gui.context import AppContext
    from labinov.gui.main_window import MainWindow
    from labinov.store.db import Store

# Seconds, while the store loads on the worker thread (process-wide, put back when the
# job ends). Measured again in session 8: with a pure-Python thread busy, 20 rounds of
# 50 label updates and a repaint on the GUI thread took 2.1x their time alone at Python's
# default 5 ms, 0.8-1.4x at 0.5 ms (PySide lets go of the interpreter in many Qt calls, and
# each time the GUI thread waited up to the whole interval to get it back).
SWITCH_INTERVAL = 0.0005
# The load starts this long after the reopened page's first paint: the worker shares the
# interpreter, so the GUI runs at about half speed while it loads (~1 s); a moderator's
# first click or key (rarely within 0.2 s of the board showing) meets it at full speed.
LOAD_AFTER_MS = 200
LOAD_AT_LATEST_MS = 1000  # after the start of the quick start, painted or not
# in import order: each pulls in what it needs; the later ones are the page's other panels
LOAD = (
    "sqlalchemy",
    "sqlmodel",
    "labinov.store.models",
    "labinov.store.db",
    "labinov.services",
    "labinov.services.conflicts",
    "labinov.gui.worksheets",
    "labinov.gui.profile_form",
)


def start(context: AppContext, window: MainWindow, head: str | None, project_id: str) -> bool:
    """Open the boot store and show ``project_id`` on it; False (nothing opened, nothing
    written) when the normal path must run: no such project, a schema other than
    ``head``, a store that cannot be written, a server."""
    from labinov.store.engines import database_url

    if not project_id or database_url() is not None:
        return False
    boot = BootStore.open(context.paths.database, head)
    if boot is None:
        return False
    try:
        boot.project(project_id)
    except Exception:  # gone, or unreadable: the normal path says what is wrong
        boot.close()
        return False
    context.boot = boot
    if not window.show_early_project(project_id):
        context.boot = None
        boot.close()
        return False
    return True


def open_store_job(context: AppContext) -> Callable[..., Store]:
    """The worker's job: the imports of ``LOAD``, then the store opened."""
    paths = context.paths

    def job(_progress: Any, _cancelled: Callable[[], bool]) -> Store:
        for name in LOAD:
            importlib.import_module(name)
        from labinov.store.db import open_store

        store = open_store(paths)
        # what was loaded lives as long as the app: out of the collector's sight. Measured
        # in session 8 (process-wide, once): a full collection once the services are
        # attached took 2-5 ms of CPU with it and 120-150 ms without (~100,000 objects
        # walked by every full pass, a pause of the board each time one runs). The price:
        # a cycle among objects alive now is never collected (the first page's widgets'
        # wrappers once another project is opened: a few hundred kB at most)
        gc.freeze()
        return store

    return job


class Loader(QObject):
    """Loads the store on a ``Worker`` thread and calls ``ready(store)`` on the GUI thread,
    or ``failed(error)`` with the store's ``UserError``."""

    def __init__(
        self,
        context: AppContext,
        parent: QObject,
        ready: Callable[[Store], None],
        failed: Callable[[Any], None],
    ) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.worker.finished.connect(self._restore_switching)
        self.worker.failed.connect(self._restore_switching)
        self.worker.finished.connect(ready)
        self.worker.failed.connect(failed)
        self._job = open_store_job(context)
        self._started = False
        self._switching = sys.getswitchinterval()
        page = getattr(parent, "project_page", None)
        if page is not None:  # counted from the reopened page's first paint
            page.title.installEventFilter(self)
        # at the latest (a window not painted: minimised, covered, or no page)
        QTimer.singleShot(LOAD_AT_LATEST_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(LOAD_AFTER_MS, self, self._start)
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        # the GUI thread waits at most this long for the interpreter while the worker
        # holds it (5 ms by default: a board's repaint, many waits, crawled)
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.worker.start(self._job)

    def _restore_switching(self) -> None:
        sys.setswitchinterval(self._switching)


def hand_over(context: AppContext) -> None:
    """The services are attached: the boot store is closed, nothing writes through it."""
    boot, context.boot = context.boot, None
    if boot is not None:
        boot.close()
