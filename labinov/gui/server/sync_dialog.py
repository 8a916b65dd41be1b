"""File ▸ Sync…: exchange this laptop's changes with the remembered regional server.

The dialog connects (``attempt.ConnectAttempt``), asks the sync core for the plan
(``labinov.sync.plan_sync``, which writes nothing) and shows it (``SyncPreview``); only
"Sync" runs ``run_sync``, on the ``Worker`` with a progress bar and a Cancel that rolls both
sides back. Every step runs off the GUI thread, so a slow server never freezes the window.

Signals:
    synced(object): the ``SyncResult`` of a sync that completed (the window reloads).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.errors import translate_error
from labinov.gui.server.attempt import ConnectAttempt, open_server
from labinov.gui.server.sync_preview import SyncPreview
from labinov.gui.worker import Worker
from labinov.method.locale import format_number
from labinov.store.server_address import saved_password

if TYPE_CHECKING:
    from labinov.gui.context import AppContext
    from labinov.store.db import Store
    from labinov.store.server_address import ServerAddress

BUG = QT_TRANSLATE_NOOP("UserError", "The sync failed unexpectedly: {error}")
ERROR_STYLE = "color: #c0392b; font-weight: bold;"


@dataclass(frozen=True)
class SyncCore:
    """The sync core's two calls (``labinov.sync``; its ``Cancelled`` is the worker's)."""

    plan: Callable[..., Any]
    run: Callable[..., Any]


def sync_core() -> SyncCore:
    from labinov import sync

    return SyncCore(sync.plan_sync, sync.run_sync)


class SyncDialog(QDialog):
    """Connect, preview, sync, summarise; one step at a time (``state`` says which)."""

    synced = Signal(object)

    def __init__(
        self,
        context: AppContext,
        address: ServerAddress,
        parent: QWidget | None = None,
        core: SyncCore | None = None,
        opener: Callable[[ServerAddress, str | None], Store] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync with the regional server"))
        self.setMinimumWidth(640)
        assert context.services is not None
        self.local = context.services.store
        self.language = context.language
        self.address = address
        self._core = core
        self._opener = opener
        self.remote: Store | None = None
        self.attempt: ConnectAttempt | None = None
        self.plan: Any = None
        self.result: Any = None
        self.state = "connecting"

        self.server = QLabel(self.tr("Server: {server}").format(server=address.keyring_user))
        self.server.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.preview = SyncPreview(self.language)
        self.preview.hide()
        self.buttons = QDialogButtonBox()
        self.sync_button = QPushButton(self.tr("&Sync"))
        self.sync_button.setObjectName("syncRun")
        self.sync_button.clicked.connect(self.run)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self.worker = Worker(self, bug_message=BUG)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._fit_screen()
        self._connect()

    def _fit_screen(self) -> None:
        """Room for the named rows, within the screen (every window fits 1024×600)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(600, screen.height() - 60))

    @property
    def core(self) -> SyncCore:
        if self._core is None:  # imported when first needed, after the connection
            self._core = sync_core()
        return self._core

    # -- the steps -------------------------------------------------------------------------

    def _busy(self, text: str, steps: bool = False) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.progress.setRange(0, 100 if steps else 0)
        self.progress.setValue(0)
        self.progress.show()

    def _connect(self) -> None:
        self.state = "connecting"
        self._busy(self.tr("Connecting to {server}…").format(server=self.address.host))
        password = saved_password(self.address)
        self.attempt = ConnectAttempt(self.address, password, self._opener or open_server)
        self.attempt.connected.connect(self._connected)
        self.attempt.refused.connect(self._failed)

    def _connected(self, store: Store) -> None:
        self.attempt = None
        self.remote = store
        self.state = "planning"
        self._busy(self.tr("Comparing this laptop with the server…"), steps=True)
        local, remote, plan = self.local, store, self.core.plan
        self.worker.start(lambda progress, _cancelled: plan(local, remote, progress=progress))

    def run(self) -> None:
        """Sync as previewed (the core decides again inside its transactions)."""
        if self.state != "preview" or self.remote is None:
            return
        self.state = "syncing"
        self.sync_button.setEnabled(False)
        self._busy(self.tr("Syncing…"), steps=True)
        local, remote, run = self.local, self.remote, self.core.run

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            # a cancel raises sync.Cancelled, a labinov.errors.Cancelled: both rolled back
            return run(local, remote, progress=progress, cancel=cancelled)

        self.worker.start(job)

    def cancel(self) -> None:
        """Cancel whatever runs: a sync rolls both sides back; otherwise close."""
        if self.state == "syncing" and self.worker.running():
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.worker.cancel()
            return
        self.reject()

    # -- outcomes --------------------------------------------------------------------------

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finished(self, outcome: Any) -> None:
        self.progress.hide()
        if self.state == "planning":
            self.plan = outcome
            self.state = "preview"
            self.preview.show()  # shown first: the columns fit its width
            self.preview.show_plan(outcome)
            self.status.setText(
                self.tr("Check what will change, then choose Sync.")
                if not outcome.empty()
                else self.tr("Nothing to sync.")
            )
            self.sync_button.setVisible(not outcome.empty())
            self.sync_button.setEnabled(True)
            self.sync_button.setDefault(True)
            self.sync_button.setFocus()
            return
        self.result = outcome
        self.state = "done"
        self.status.setText(self.result_text(outcome))
        self.preview.show_plan(outcome.plan)
        self.preview.summary.hide()  # the result line above says it
        self.sync_button.hide()
        self._closing_button()
        self.synced.emit(outcome)

    def result_text(self, result: Any) -> str:
        plan = result.plan
        number = self.preview.number
        text = self.tr(
            "Synced in {seconds} s: {received} rows received, {sent} sent, {deleted} deleted, "
            "{conflicts} conflicts."
        ).format(
            seconds=format_number(round(result.seconds, 1), self.language),
            received=number(sum(plan.pull.values())),
            sent=number(sum(plan.push.values())),
            deleted=number(len(plan.deleted_here) + len(plan.deleted_there)),
            conflicts=number(len(plan.conflicts)),
        )
        if plan.conflicts:
            text += " " + self.tr(
                "Both versions of each conflict are kept: choose one with Project ▸ "
                "Conflicting versions…"
            )
        return text

    def _failed(self, error: UserError) -> None:
        self.attempt = None
        failed_sync = self.state == "syncing"
        self.state = "failed"
        self.progress.hide()
        self.status.setStyleSheet(ERROR_STYLE)
        message = translate_error(error)
        if failed_sync:
            # a cut after the server's commit leaves the server ahead: only this laptop is
            # sure to be as it was (the next sync recognises what the server took)
            message += " " + self.tr("Nothing was changed on this laptop: sync again to finish.")
        self.status.setText(message)
        self.sync_button.hide()
        self._closing_button()

    def _cancelled(self) -> None:
        self.state = "cancelled"
        self.progress.hide()
        self.status.setText(self.tr("Sync cancelled: nothing was changed on either side."))
        self.sync_button.hide()
        self._closing_button()

    def _closing_button(self) -> None:
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))  # nothing runs: it only closes

    # -- closing ---------------------------------------------------------------------------

    def done(self, code: int) -> None:
        """Closing stops what runs (a sync is rolled back) and closes the server store."""
        if self.attempt is not None:
            self.attempt.abandon()
            self.attempt = None
        self.worker.wait()
        if self.remote is not None:
            self.remote.dispose()
            self.remote = None
        super().done(code)

    def summary(self) -> str:
        """The counts line shown (tests)."""
        return self.preview.summary.text()
