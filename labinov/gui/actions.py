"""The main window's structure actions: workshops, teams and projects, all undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from labinov.errors import UserError
from labinov.gui import settings as prefs
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.errors import show_user_error
from labinov.gui.keys import set_shortcut
from labinov.gui.structure_commands import create_command, delete_command, update_command

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow


class StructureActions(QObject):
    """Menu and toolbar actions over the navigator's selection."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        w = window

        def action(menu: str, text: str, slot, shortcut=None, tip: str = "", name: str = ""):
            item = QAction(text, w)
            if shortcut is not None:
                set_shortcut(item, shortcut)
            if tip:
                item.setToolTip(tip)
                item.setStatusTip(tip)
            item.setObjectName(name)
            item.triggered.connect(lambda _checked=False: slot())
            w.menu(menu).addAction(item)
            return item

        self.new_workshop_action = action(
            "file",
            self.tr("New &workshop…"),
            self.new_workshop,
            "Ctrl+Shift+N",
            self.tr("Start a new Labinov cohort"),
            "newWorkshop",
        )
        action("file", self.tr("&Welcome screen"), w.show_welcome, name="showWelcome")
        w.menu("file").addSeparator()
        self.quit_action = action(
            "file", self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit, name="quit"
        )
        self.edit_workshop_action = action(
            "workshop",
            self.tr("Workshop &details…"),
            self.edit_workshop,
            tip=self.tr("Name, organiser, place, dates and moderators"),
            name="editWorkshop",
        )
        self.new_team_action = action(
            "workshop",
            self.tr("New &team…"),
            self.new_team,
            "Ctrl+T",
            self.tr("Add an OPD, Perusda, academic or community team"),
            "newTeam",
        )
        self.edit_team_action = action(
            "workshop",
            self.tr("Team d&etails…"),
            self.edit_team,
            tip=self.tr("Name, kind and contact of the selected team"),
            name="editTeam",
        )
        self.members_action = action(
            "workshop",
            self.tr("Team &members…"),
            self.edit_members,
            "Ctrl+Shift+M",
            self.tr("Who is in the selected team, with NIP, position and role"),
            "editMembers",
        )
        self.new_project_action = action(
            "project",
            self.tr("&New project…"),
            self.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Add an innovation project to the selected team"),
            "newProject",
        )
        self.rename_action = action("edit", self.tr("Re&name…"), self.rename, "F2", name="rename")
        self.duplicate_action = action(
            "project",
            self.tr("D&uplicate project"),
            self.duplicate,
            "Ctrl+D",
            self.tr("Copy the project with all its stages"),
            "duplicateProject",
        )
        self.archive_action = action(
            "project", self.tr("&Archive / unarchive"), self.toggle_archive, name="archive"
        )
        self.delete_action = action(
            "edit", self.tr("&Delete…"), self.delete, QKeySequence.StandardKey.Delete, name="delete"
        )
        action("help", self.tr("&About Labinov"), self.about, "F1", name="about")
        for item in (self.new_workshop_action, self.new_team_action, self.new_project_action):
            w.toolbar.addAction(item)
        w.navigator.context_menu_requested.connect(self._context_menu)

    # -- state --------------------------------------------------------------------------

    def update_enabled(self) -> None:
        kind, _row_id = self.window.navigator.current()
        if self.context.services is None or self.context.read_only:  # loading, or no edits
            kind = ""
        self.new_workshop_action.setEnabled(
            self.context.services is not None and not self.context.read_only
        )
        self.new_team_action.setEnabled(bool(kind))
        self.edit_workshop_action.setEnabled(bool(kind))
        self.new_project_action.setEnabled(kind in ("team", "project"))
        self.edit_team_action.setEnabled(kind in ("team", "project"))
        self.members_action.setEnabled(kind in ("team", "project"))
        self.rename_action.setEnabled(bool(kind))
        self.delete_action.setEnabled(bool(kind))
        self.duplicate_action.setEnabled(kind == "project")
        self.archive_action.setEnabled(kind == "project")

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self.window)
        for item in (
            self.new_team_action,
            self.new_project_action,
            self.edit_team_action,
            self.members_action,
            self.rename_action,
            self.duplicate_action,
            self.archive_action,
            self.delete_action,
        ):
            if item.isEnabled():
                menu.addAction(item)
        menu.exec(position)

    def _create(self, text: str, create, delete) -> str | None:
        """Create a row as one undoable step and select it; returns its id."""
        new_id = self._run_structure(create_command(self.context, text, create, delete))
        if new_id:
            self.window.select(new_id)
        return new_id

    def _run_structure(self, command) -> str | None:
        stack = self.context.stack_for(None)
        self.context.undo_group.setActiveStack(stack)
        if not execute(stack, command, self.window):
            return None
        return command.result

    # -- workshops, teams, projects ---------------------------------------------------------

    def new_workshop(self) -> str | None:
        from labinov.gui.dialogs import WorkshopDialog

        dialog = WorkshopDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_workshop(dialog.values())

    def create_workshop(self, values: dict) -> str | None:
        services = self.context.services
        values = dict(values)
        name = values.pop("name")
        return self._create(
            self.tr("New workshop"),
            lambda: services.workshops.create(name, **values),
            services.workshops.delete,
        )

    def edit_workshop(self) -> None:
        workshop_id = self.window.current_workshop_id()
        if not workshop_id:
            return
        from labinov.gui.dialogs import WorkshopDialog

        workshop = self.context.services.workshops.get(workshop_id)
        dialog = WorkshopDialog(self.window, workshop.model_dump())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run_structure(
                update_command(
                    self.context,
                    self.tr("Edit workshop"),
                    self.context.services.workshops.update,
                    workshop_id,
                    dialog.values(),
                )
            )

    def new_team(self) -> str | None:
        workshop_id = self.window.current_workshop_id()
        if not workshop_id:
            return None
        from labinov.gui.dialogs import TeamDialog

        dialog = TeamDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_team(workshop_id, dialog.values())

    def create_team(self, workshop_id: str, values: dict) -> str | None:
        teams = self.context.services.teams
        return self._create(
            self.tr("New team"), lambda: teams.create(workshop_id, **values), teams.delete
        )

    def edit_team(self) -> None:
        team_id = self.window.current_team_id()
        if not team_id:
            return
        from labinov.gui.dialogs import TeamDialog

        teams = self.context.services.teams
        dialog = TeamDialog(self.window, teams.get(team_id).model_dump())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run_structure(
                update_command(
                    self.context, self.tr("Edit team"), teams.update, team_id, dialog.values()
                )
            )

    def edit_members(self) -> None:
        team_id = self.window.current_team_id()
        if not team_id:
            return
        from labinov.gui.members_dialog import MembersDialog

        services = self.context.services
        members = [
            {"id": m.id, "name": m.name, "nip": m.nip, "position": m.position, "role": m.role}
            for m in services.members.list(team_id)
        ]
        dialog = MembersDialog(services.teams.get(team_id).name, members, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_members(team_id, dialog.rows())

    def set_members(self, team_id: str, rows: list[dict]) -> bool:
        """Make the team's members ``rows``: one undoable step. New members get their ids
        here, so a redo brings back the same members, not look-alikes."""
        from labinov.store.types import new_id

        members = self.context.services.members
        rows = [{**row, "id": row.get("id") or new_id()} for row in rows]
        command = ServiceCommand(
            self.tr("Edit team members"),
            lambda: members.set_team(team_id, rows),
            lambda previous: members.set_team(team_id, previous),
            on_change=self.context.structure_changed,
        )
        return self._run_structure(command) is not None

    def new_project(self) -> str | None:
        team_id = self.window.current_team_id()
        if not team_id:
            return None
        from labinov.gui.dialogs import NameDialog

        dialog = NameDialog(
            self.tr("New project"), self.tr("Innovation &title:"), parent=self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_project(team_id, dialog.value())

    def create_project(self, team_id: str, title: str) -> str | None:
        projects = self.context.services.projects
        return self._create(
            self.tr("New project"), lambda: projects.create(team_id, title), projects.delete
        )

    def rename(self) -> None:
        kind, row_id = self.window.navigator.current()
        if not kind:
            return
        from labinov.gui.dialogs import NameDialog

        node = self.window.model.node(self.window.model.index_of(row_id))
        dialog = NameDialog(
            self.tr("Rename"), self.tr("&Name:"), node.name if node else "", self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rename_to(kind, row_id, dialog.value())

    def rename_to(self, kind: str, row_id: str, name: str) -> bool:
        services = self.context.services
        if kind == "project":
            projects = services.projects
            command = update_command(
                self.context,
                self.tr("Rename project"),
                lambda pid, title: {"title": projects.rename(pid, title)},
                row_id,
                {"title": name},
                project_id=row_id,
            )
            stack = self.context.stack_for(row_id)
            return execute(stack, command, self.window)
        update = services.workshops.update if kind == "workshop" else services.teams.update
        text = self.tr("Rename workshop") if kind == "workshop" else self.tr("Rename team")
        command = update_command(self.context, text, update, row_id, {"name": name})
        return self._run_structure(command) is not None

    def duplicate(self) -> str | None:
        project_id = self.window.current_project_id()
        if not project_id:
            return None
        projects = self.context.services.projects
        title = projects.get(project_id).title + " " + self.tr("(copy)")
        return self._create(
            self.tr("Duplicate project"),
            lambda: projects.duplicate(project_id, title),
            projects.delete,
        )

    def toggle_archive(self) -> None:
        project_id = self.window.current_project_id()
        if not project_id:
            return
        projects = self.context.services.projects
        archived = projects.get(project_id).archived
        command = update_command(
            self.context,
            self.tr("Unarchive project") if archived else self.tr("Archive project"),
            lambda pid, archived: {"archived": projects.set_archived(pid, archived)},
            project_id,
            {"archived": not archived},
            project_id=project_id,
        )
        self._run_structure(command)

    def delete(self, confirm: bool = True) -> bool:
        kind, row_id = self.window.navigator.current()
        if not kind:
            return False
        node = self.window.model.node(self.window.model.index_of(row_id))
        questions = {
            "workshop": self.tr("Delete the workshop “{name}” with all its teams and projects?"),
            "team": self.tr("Delete the team “{name}” with all its projects?"),
            "project": self.tr("Delete the project “{name}” with all its stages and canvases?"),
        }
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Delete"),
                questions[kind].format(name=node.name if node else "")
                + "\n"
                + self.tr("You can undo this with Ctrl+Z."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        services = self.context.services
        delete = {
            "workshop": services.workshops.delete,
            "team": services.teams.delete,
            "project": services.projects.delete,
        }[kind]
        command = delete_command(self.context, self.tr("Delete"), row_id, delete)
        return self._run_structure(command) is not None

    # -- other ---------------------------------------------------------------------------

    def open_sample(self) -> str | None:
        try:
            workshop, _created = self.context.services.samples.create()
        except UserError as error:
            show_user_error(self.window, error)
            return None
        self.window.refresh()
        self.window.select(workshop.id)
        return workshop.id

    def set_language(self, language: str) -> None:
        prefs.LANGUAGE.set(self.context.settings, language)
        self.context.settings.sync()
        QMessageBox.information(
            self.window,
            self.tr("Language"),
            self.tr("The language changes the next time Labinov starts."),
        )

    def about(self) -> None:
        from labinov.gui.dialogs import AboutDialog

        AboutDialog(self.context.paths, self.window).exec()
