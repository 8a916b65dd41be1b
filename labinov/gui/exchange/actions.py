"""Exchange actions (``install(window)``): File ▸ Import bundle…, Export project bundle…,
Export the team's projects…, Start from an existing innovation…, Back up now…, Restore…;
Workshop ▸ Export workshop bundle…, Dashboard…; and the welcome screen's Import button."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.action_registry import add_action
from labinov.gui.busy import wait_cursor
from labinov.gui.errors import show_user_error, translate_error
from labinov.gui.window_hooks import PROJECT, READY, TEAM, WORKSHOP, editable

if TYPE_CHECKING:
    from labinov.gui.window_hooks import WindowHooks

FILTER = "Labinov (*.labinov)"


class ExchangeActions(QObject):
    """The exchange actions of one main window (``window.action_map`` by id)."""

    def __init__(self, window: WindowHooks) -> None:
        super().__init__()
        self.window = window
        self.action_set = window.add_actions(self)
        window.offer_import(self.import_bundle)

    def _open_file(self, title: str, name_filter: str = FILTER) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", name_filter)
        return Path(path) if path else None

    @add_action(
        "importBundle",
        QT_TRANSLATE_NOOP("ExchangeActions", "&Import bundle…"),
        icon="import",
        tip=QT_TRANSLATE_NOOP(
            "ExchangeActions", "Import projects from a .labinov file made on another laptop"
        ),
        enabled=editable(READY),
        menu="file",
        group=20,
    )
    def import_bundle(self, path: Path | None = None, team_id: str | None = None):  # type: ignore[no-untyped-def]
        from labinov.gui.exchange.import_dialog import ImportDialog

        path = path or self._open_file(
            QCoreApplication.translate("ExchangeActions", "Import bundle")
        )
        if path is None:
            return None
        dialog = ImportDialog(self.window.context, path, self.window, team_id=team_id)
        dialog.imported.connect(self.window.data_changed.emit)
        dialog.setModal(True)
        dialog.open()
        return dialog

    @add_action(
        "replicateInnovation",
        QT_TRANSLATE_NOOP("ExchangeActions", "&Start from an existing innovation…"),
        icon="content-copy",
        tip=QT_TRANSLATE_NOOP(
            "ExchangeActions",
            "Import an innovation of another region as a new project of this team",
        ),
        enabled=editable(PROJECT),
        menu="file",
        group=20,
    )
    def replicate(self, path: Path | None = None):  # type: ignore[no-untyped-def]
        """Import an innovation of another region as a new project of the current team."""
        project_id = self.window.current_project_id()
        if not project_id:
            return None
        team_id = self.window.context.services.projects.get(project_id).team_id
        return self.import_bundle(path, team_id=team_id)

    def _export(self, kind: str, scope_id: str | None, path: Path | None) -> Path | None:
        from labinov.exchange.export import export_bundle

        if not scope_id:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("ExchangeActions", "Export bundle"),
                "labinov.labinov",
                FILTER,
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix != ".labinov":
            path = path.with_name(path.name + ".labinov")
        try:
            export_bundle(self.window.context.services.store, kind, scope_id, path)
        except UserError as error:
            show_user_error(self.window, error)
            return None
        return path

    @add_action(
        "exportProjectBundle",
        QT_TRANSLATE_NOOP("ExchangeActions", "Export project &bundle…"),
        icon="export-variant",
        enabled=PROJECT,
        menu="file",
        group=20,
    )
    def export_project(self, path: Path | None = None) -> Path | None:
        return self._export("project", self.window.current_project_id(), path)

    @add_action(
        "exportTeamBundle",
        QT_TRANSLATE_NOOP("ExchangeActions", "Export the &team's projects…"),
        icon="export-variant",
        enabled=TEAM,
        menu="file",
        group=20,
    )
    def export_team(self, path: Path | None = None) -> Path | None:
        return self._export("team", self.window.current_team_id(), path)

    @add_action(
        "exportWorkshopBundle",
        QT_TRANSLATE_NOOP("ExchangeActions", "Export workshop bundle…"),
        icon="export-variant",
        enabled=WORKSHOP,
        menu="workshop",
        group=30,
    )
    def export_workshop(self, path: Path | None = None) -> Path | None:
        return self._export("workshop", self.window.current_workshop_id(), path)

    @add_action(
        "workshopDashboard",
        QT_TRANSLATE_NOOP("ExchangeActions", "Dash&board and consolidation…"),
        icon="view-dashboard-outline",
        enabled=WORKSHOP,
        menu="workshop",
        group=30,
    )
    def dashboard(self):  # type: ignore[no-untyped-def]
        from labinov.gui.exchange.dashboard import DashboardDialog

        workshop_id = self.window.current_workshop_id()
        if not workshop_id:
            return None
        dialog = DashboardDialog(self.window.context, workshop_id, self.window)
        dialog.open()
        return dialog

    def _on_server(self) -> bool:
        """Backups are of the SQLite file: on a server say so (pg_dump) and do nothing."""
        from labinov.store.engines import require_file

        try:
            require_file(self.window.context.services.store.engine)
        except UserError as error:
            show_user_error(self.window, error)
            return True
        return False

    @add_action(
        "backupNow",
        QT_TRANSLATE_NOOP("ExchangeActions", "Back &up now…"),
        icon="database-export-outline",
        tip=QT_TRANSLATE_NOOP(
            "ExchangeActions", "Copy all data to a file you choose, e.g. on a USB stick"
        ),
        enabled=READY,
        menu="file",
        group=30,
    )
    def backup_now(self, path: Path | None = None) -> Path | None:
        """Back up to a file the user chooses (a USB stick, say); the dialog starts in the
        backups folder with a dated name."""
        from labinov.exchange.backup import PREFIX, SUFFIX, backup_to

        if self._on_server():
            return None
        paths = self.window.context.paths
        if path is None:
            paths.backup_dir.mkdir(parents=True, exist_ok=True)
            name = f"{PREFIX}{datetime.now().strftime('%Y%m%d-%H%M')}{SUFFIX}"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,  # type: ignore[arg-type]
                QCoreApplication.translate("ExchangeActions", "Back up now"),
                str(paths.backup_dir / name),
                f"SQLite (*{SUFFIX})",
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
        try:
            made = backup_to(paths.database, path)
        except UserError as error:
            show_user_error(self.window, error)
            return None
        self.window.show_status(
            QCoreApplication.translate("ExchangeActions", "Backup written to {path}").format(
                path=made
            )
        )
        return made

    @add_action(
        "restoreBackup",
        QT_TRANSLATE_NOOP("ExchangeActions", "&Restore…"),
        icon="backup-restore",
        enabled=editable(READY),
        menu="file",
        group=30,
    )
    def restore(self, path: Path | None = None, confirm: bool = True) -> Path | None:
        """Replace the data with a backup after asking, keeping a safety backup first."""
        from labinov.exchange import backup
        from labinov.store.db import open_store

        context = self.window.context
        if self._on_server():
            return None
        path = path or self._open_file(
            QCoreApplication.translate("ExchangeActions", "Restore a backup"), "SQLite (*.sqlite)"
        )
        if path is None:
            return None
        try:
            with wait_cursor():  # a large backup takes a moment to check
                backup.check_backup(path)
        except UserError as error:
            show_user_error(self.window, error)
            return None
        if confirm:
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("ExchangeActions", "Restore a backup"),
                QCoreApplication.translate(
                    "ExchangeActions",
                    "Replace ALL data with the backup {name}? Your data is backed up first.",
                ).format(name=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        context.services.store.dispose()
        safety: Path | None = None
        try:
            with wait_cursor():  # the safety backup, the copy and opening it
                safety = backup.restore(context.paths, path, checked=True)
                context.use_store(open_store(context.paths))
        except UserError as error:  # not restored, or not to be opened: the data as it was
            show_user_error(self.window, error)
            if not self._reopen(safety):
                return None
            safety = None
        self.window.data_changed.emit()
        return safety

    def _reopen(self, safety: Path | None) -> bool:
        """After a restore that failed: the data as it was, its safety backup put back (if
        the restore had replaced it) and opened. When even that fails there is nothing left
        to work on: the user is told where the safety backup is, and the window closes."""
        import sqlite3

        from labinov.exchange import backup
        from labinov.reasons import reason
        from labinov.store.db import open_store

        context = self.window.context
        try:
            if safety is not None and safety != context.paths.database:
                backup.put_back(context.paths, safety)
            context.use_store(open_store(context.paths))
        except (UserError, sqlite3.Error, OSError) as error:
            why = translate_error(error) if isinstance(error, UserError) else reason(error)
            failed = UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The data cannot be opened again ({reason}). Your data before the "
                    "restore is kept in {path}. Labinov closes now; restore that file when "
                    "it starts again.",
                ),
                reason=why,  # a reason's msgid is translated with the message
                path=str(safety or context.paths.database),
            )
            text = translate_error(failed)
            box = QMessageBox(QMessageBox.Icon.Critical, "Labinov", text, parent=self.window)
            box.setObjectName("reopenFailedBox")
            box.finished.connect(self.window.close)
            box.open()  # not exec(): the event loop goes on (timers, tests)
            return False
        return True


def auto_backup(window: WindowHooks) -> Path | None:
    """The backup at start (at most daily, the last ``KEEP`` kept); a failure is shown in
    the status bar, never stops the app."""
    from labinov.exchange import backup
    from labinov.store.engines import database_url

    if database_url() is not None:  # the data is on a server, backed up by its DBA
        return None
    try:
        return backup.auto_backup(window.context.paths)
    except UserError as error:
        window.show_status(
            error.text(lambda context, text: QCoreApplication.translate(context, text)), 15000
        )
        return None


def install(window: WindowHooks) -> None:
    """Add the exchange actions to the main window, enable the welcome Import button and
    take the automatic backup right after the window shows (not delaying the first paint)."""
    window.exchange_actions = ExchangeActions(window)  # type: ignore[attr-defined]
    window.after_show(lambda: auto_backup(window))
