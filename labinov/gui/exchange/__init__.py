"""Exchange in the GUI (``install(window)``): File ▸ Import bundle…, Export project bundle…,
Export the team's projects…,
Start from an existing innovation…, Back up now…, Restore…; Workshop ▸ Dashboard…;
and the welcome screen's Import button."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from labinov.errors import UserError
from labinov.gui.errors import show_user_error

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

FILTER = "Labinov (*.labinov)"


class ExchangeActions(QObject):
    """The exchange menu actions of one main window (each ``QAction`` has an objectName)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        file_menu = window.menu("file")
        file_menu.addSeparator()
        self._add(
            file_menu,
            "importBundle",
            QCoreApplication.translate("ExchangeActions", "&Import bundle…"),
            self.import_bundle,
        )
        self._add(
            file_menu,
            "exportProjectBundle",
            QCoreApplication.translate("ExchangeActions", "Export project &bundle…"),
            self.export_project,
        )
        self._add(
            file_menu,
            "exportTeamBundle",
            QCoreApplication.translate("ExchangeActions", "Export the &team's projects…"),
            self.export_team,
        )
        self._add(
            file_menu,
            "replicateInnovation",
            QCoreApplication.translate("ExchangeActions", "Start from an existing &innovation…"),
            self.replicate,
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            "backupNow",
            QCoreApplication.translate("ExchangeActions", "Back &up now…"),
            self.backup_now,
        )
        self._add(
            file_menu,
            "restoreBackup",
            QCoreApplication.translate("ExchangeActions", "&Restore…"),
            self.restore,
        )
        workshop_menu = window.menu("workshop")
        workshop_menu.addSeparator()
        self._add(
            workshop_menu,
            "exportWorkshopBundle",
            QCoreApplication.translate("ExchangeActions", "Export workshop bundle…"),
            self.export_workshop,
        )
        self._add(
            workshop_menu,
            "workshopDashboard",
            QCoreApplication.translate("ExchangeActions", "&Dashboard and consolidation…"),
            self.dashboard,
        )
        window.welcome.enable_import()  # the welcome screen's own hook
        window.welcome.import_bundle.connect(self.import_bundle)
        window.navigator.selected.connect(lambda *_args: self.update_enabled())
        window.data_changed.connect(self.update_enabled)
        self.update_enabled()

    def _add(self, menu, name: str, text: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[name] = action
        return action

    def update_enabled(self) -> None:
        ready = self.window.context.services is not None
        project = ready and bool(self.window.current_project_id())
        workshop = ready and bool(self.window.current_workshop_id())
        self.actions["exportProjectBundle"].setEnabled(project)
        self.actions["replicateInnovation"].setEnabled(project)
        self.actions["exportTeamBundle"].setEnabled(ready and bool(self.window.current_team_id()))
        self.actions["exportWorkshopBundle"].setEnabled(workshop)
        self.actions["workshopDashboard"].setEnabled(workshop)
        for name in ("importBundle", "backupNow", "restoreBackup"):
            self.actions[name].setEnabled(ready)

    def _open_file(self, title: str, name_filter: str = FILTER) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", name_filter)
        return Path(path) if path else None

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

    def replicate(self, path: Path | None = None):  # type: ignore[no-untyped-def]
        """Import an innovation of another region as a new project of the current team."""
        project_id = self.window.current_project_id()
        if not project_id:
            return None
        team_id = self.window.context.services.projects.get(project_id).team_id
        return self.import_bundle(path, team_id=team_id)

    def _export(self, kind: str, scope_id: str | None, path: Path | None) -> Path | None:
        from labinov.exchange.service import export_bundle

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

    def export_project(self, path: Path | None = None) -> Path | None:
        return self._export("project", self.window.current_project_id(), path)

    def export_team(self, path: Path | None = None) -> Path | None:
        return self._export("team", self.window.current_team_id(), path)

    def export_workshop(self, path: Path | None = None) -> Path | None:
        return self._export("workshop", self.window.current_workshop_id(), path)

    def dashboard(self):  # type: ignore[no-untyped-def]
        from labinov.gui.exchange.dashboard import DashboardDialog

        workshop_id = self.window.current_workshop_id()
        if not workshop_id:
            return None
        dialog = DashboardDialog(self.window.context, workshop_id, self.window)
        dialog.open()
        return dialog

    def backup_now(self, path: Path | None = None) -> Path | None:
        from labinov.exchange.backup import backup_now, backup_to
        from labinov.store.engines import require_file

        try:
            require_file(self.window.context.services.store.engine)  # a server: pg_dump
            if path is None:
                made = backup_now(self.window.context.paths)
            else:
                made = backup_to(self.window.context.paths.database, path)
        except UserError as error:
            show_user_error(self.window, error)
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ExchangeActions", "Backup written to {path}").format(
                path=made
            ),
            8000,
        )
        return made

    def restore(self, path: Path | None = None, confirm: bool = True) -> Path | None:
        """Replace the data with a backup after asking, keeping a safety backup first."""
        from labinov.exchange import backup
        from labinov.services import Services
        from labinov.store.db import open_store

        context = self.window.context
        path = path or self._open_file(
            QCoreApplication.translate("ExchangeActions", "Restore a backup"), "SQLite (*.sqlite)"
        )
        if path is None:
            return None
        try:
            from labinov.store.engines import require_file

            require_file(context.services.store.engine)  # a server: pg_restore
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
        try:
            safety = backup.restore(context.paths, path)
        except UserError as error:
            show_user_error(self.window, error)
            safety = None
        context.services = Services(open_store(context.paths))
        for project_id in list(context._stacks):  # their commands name rows of the old data
            context.forget_stack(project_id)
        self.window.data_changed.emit()
        return safety


def auto_backup(window: MainWindow) -> Path | None:
    """The backup at start (at most daily, the last ``KEEP`` kept); a failure is shown in
    the status bar, never stops the app."""
    from labinov.exchange import backup
    from labinov.store.engines import database_url

    if database_url() is not None:  # the data is on a server, backed up by its DBA
        return None
    try:
        return backup.auto_backup(window.context.paths)
    except UserError as error:
        window.statusBar().showMessage(
            error.text(lambda context, text: QCoreApplication.translate(context, text)), 15000
        )
        return None


def install(window: MainWindow) -> None:
    """Add the exchange actions to the main window, enable the welcome Import button and
    take the automatic backup right after the window shows (not delaying the first paint)."""
    window.exchange_actions = ExchangeActions(window)  # type: ignore[attr-defined]
    QTimer.singleShot(0, window, lambda: auto_backup(window))
