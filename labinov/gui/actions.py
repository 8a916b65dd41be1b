"""The main window's structure actions: workshops, teams and projects, all undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui import settings as prefs
from labinov.gui.action_registry import add_action
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.errors import show_user_error
from labinov.gui.structure_commands import create_command, delete_command, update_command
from labinov.gui.window_hooks import ANY, PROJECT, READY, TEAM, editable

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow

# the navigator's right-click menu, shown with the actions enabled for the row
CONTEXT_MENU = (
    "newTeam",
    "newProject",
    "editTeam",
    "editMembers",
    "rename",
    "duplicateProject",
    "archive",
    "delete",
)


class StructureActions(QObject):
    """Workshops, teams and projects: menu and toolbar actions over the navigator's selection.

    The window's own actions; they are declared here once (``add_action``) and made by
    ``MainWindow.add_actions``, which enables them by their rules as the selection changes.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context

    def install(self) -> None:
        self.action_set = self.window.add_actions(self)
        self.window.navigator.context_menu_requested.connect(self._context_menu)

    def _context_menu(self, position: QPoint) -> None:
        self.action_set.set_icons(CONTEXT_MENU)
        menu = QMenu(self.window)
        for key in CONTEXT_MENU:
            item = self.action_set[key]
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

    @add_action(
        "newWorkshop",
        QT_TRANSLATE_NOOP("StructureActions", "New &workshop…"),
        shortcut="Ctrl+Shift+N",
        icon="folder-plus-outline",
        tip=QT_TRANSLATE_NOOP("StructureActions", "Start a new Labinov cohort"),
        enabled=editable(READY),
        menu="file",
        group=10,
        toolbar=10,
    )
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

    @add_action(
        "editWorkshop",
        QT_TRANSLATE_NOOP("StructureActions", "Workshop &details…"),
        icon="pencil-outline",
        tip=QT_TRANSLATE_NOOP("StructureActions", "Name, organiser, place, dates and moderators"),
        enabled=editable(ANY),
        menu="workshop",
        group=10,
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

    @add_action(
        "newTeam",
        QT_TRANSLATE_NOOP("StructureActions", "New &team…"),
        shortcut="Ctrl+T",
        icon="account-multiple-plus-outline",
        tip=QT_TRANSLATE_NOOP(
            "StructureActions", "Add an OPD, Perusda, academic or community team"
        ),
        enabled=editable(ANY),
        menu="workshop",
        group=20,
        toolbar=11,
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

    @add_action(
        "editTeam",
        QT_TRANSLATE_NOOP("StructureActions", "Team d&etails…"),
        icon="account-edit-outline",
        tip=QT_TRANSLATE_NOOP("StructureActions", "Name, kind and contact of the selected team"),
        enabled=editable(TEAM),
        menu="workshop",
        group=20,
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

    @add_action(
        "editMembers",
        QT_TRANSLATE_NOOP("StructureActions", "Team &members…"),
        shortcut="Ctrl+Shift+M",
        icon="account-group-outline",
        tip=QT_TRANSLATE_NOOP(
            "StructureActions", "Who is in the selected team, with NIP, position and role"
        ),
        enabled=editable(TEAM),
        menu="workshop",
        group=20,
    )
    def edit_members(self) -> None:
        team_id = self.window.current_team_id()
        if not team_id:
            return
        from labinov.gui.members_dialog import MembersDialog

        services = self.context.services
        loaded, version = services.members.versioned_list(team_id)
        members = [
            {"id": m.id, "name": m.name, "nip": m.nip, "position": m.position, "role": m.role}
            for m in loaded
        ]
        dialog = MembersDialog(services.teams.get(team_id).name, members, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_members(team_id, dialog.rows(), version)

    def set_members(self, team_id: str, rows: list[dict], version: str | None = None) -> bool:
        """Make the team's members ``rows``: one undoable step. New members get their ids
        here, so a redo brings back the same members, not look-alikes. Each run (and its
        undo) is checked against the member list as this app last loaded (``version``: the
        dialog's) or wrote it: a member another app added, removed or edited since is
        never dropped; the views reload and the refusal is shown once."""
        from labinov.errors import StaleWriteError
        from labinov.store.types import new_id

        context, members = self.context, self.context.services.members
        rows = [{**row, "id": row.get("id") or new_id()} for row in rows]
        versions, key = context.versions, ("members", team_id)
        if version is not None:
            versions.record(key, version)

        def replace(new_rows: list[dict]) -> list[dict]:
            try:
                previous, after = members.replace_team(team_id, new_rows, versions.get(key))
            except StaleWriteError:
                context.structure_changed()
                raise
            versions.record(key, after)
            return previous

        command = ServiceCommand(
            self.tr("Edit team members"),
            lambda: replace(rows),
            replace,
            on_change=context.structure_changed,
        )
        return self._run_structure(command) is not None

    @add_action(
        "newProject",
        QT_TRANSLATE_NOOP("StructureActions", "&New project…"),
        shortcut=QKeySequence.StandardKey.New,
        icon="lightbulb-on-outline",
        tip=QT_TRANSLATE_NOOP("StructureActions", "Add an innovation project to the selected team"),
        enabled=editable(TEAM),
        menu="project",
        group=10,
        toolbar=12,
    )
    def new_project(self) -> str | None:
        team_id = self.window.current_team_id()
        if not team_id:
            return None
        from labinov.gui.dialogs import NameDialog

        dialog = NameDialog(
            self.tr("New project"),
            self.tr("Innovation &title:"),
            parent=self.window,
            example=self.tr("e.g. Akta Lahir Sehari"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_project(team_id, dialog.value())

    def create_project(self, team_id: str, title: str) -> str | None:
        projects = self.context.services.projects
        return self._create(
            self.tr("New project"), lambda: projects.create(team_id, title), projects.delete
        )

    @add_action(
        "rename",
        QT_TRANSLATE_NOOP("StructureActions", "Re&name…"),
        shortcut="F2",
        icon="rename-box",
        enabled=editable(ANY),
        menu="edit",
        group=20,
    )
    def rename(self) -> None:
        kind, row_id = self.window.navigator.current()
        if not kind:
            return
        from labinov.gui.dialogs import NameDialog

        name = self._load_name(kind, row_id)
        if name is None:
            return
        dialog = NameDialog(self.tr("Rename"), self.tr("&Name:"), name, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rename_to(kind, row_id, dialog.value())

    def _load_name(self, kind: str, row_id: str) -> str | None:
        """The stored name of the row the dialog renames, its version recorded for the
        rename's check (a rename by someone else while the dialog is open is refused);
        None (and the error shown) when the row is gone."""
        services = self.context.services
        getter = {
            "project": services.projects.get,
            "workshop": services.workshops.get,
            "team": services.teams.get,
        }[kind]
        try:
            row = getter(row_id)
        except UserError as error:
            show_user_error(self.window, error)
            self.context.structure_changed()
            return None
        self.context.versions.record((kind, row_id), row.rev)
        return str(row.title if kind == "project" else row.name)

    def rename_to(self, kind: str, row_id: str, name: str) -> bool:
        services = self.context.services
        if kind == "project":
            projects = services.projects
            command = update_command(
                self.context,
                self.tr("Rename project"),
                lambda pid, title, version=None: {"title": projects.rename(pid, title, version)},
                row_id,
                {"title": name},
                project_id=row_id,
                version_key=(kind, row_id),
            )
            stack = self.context.stack_for(row_id)
            return execute(stack, command, self.window)
        update = services.workshops.update if kind == "workshop" else services.teams.update
        text = self.tr("Rename workshop") if kind == "workshop" else self.tr("Rename team")
        command = update_command(
            self.context, text, update, row_id, {"name": name}, version_key=(kind, row_id)
        )
        return self._run_structure(command) is not None

    @add_action(
        "duplicateProject",
        QT_TRANSLATE_NOOP("StructureActions", "D&uplicate project"),
        shortcut="Ctrl+D",
        icon="content-duplicate",
        tip=QT_TRANSLATE_NOOP("StructureActions", "Copy the project with all its stages"),
        enabled=editable(PROJECT),
        menu="project",
        group=10,
    )
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

    @add_action(
        "archive",
        QT_TRANSLATE_NOOP("StructureActions", "&Archive / unarchive"),
        icon="archive-outline",
        enabled=editable(PROJECT),
        menu="project",
        group=10,
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
            lambda pid, archived, version: {
                "archived": projects.set_archived(pid, archived, version)
            },
            project_id,
            {"archived": not archived},
            project_id=project_id,
            version_key=("project", project_id),  # the project page's: one row, one version
        )
        self._run_structure(command)

    @add_action(
        "delete",
        QT_TRANSLATE_NOOP("StructureActions", "&Delete…"),
        shortcut=QKeySequence.StandardKey.Delete,
        icon="delete-outline",
        enabled=editable(ANY),
        menu="edit",
        group=20,
    )
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
            from PySide6.QtWidgets import (
                QMessageBox,  # its class and enums: not for the first paint
            )

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
        """Saved for the next start, and applied at once when the app can (the window is
        built again in the new language: ``language_switch.py``)."""
        prefs.LANGUAGE.set(self.context.settings, language)
        self.context.settings.sync()
        switch = self.context.language_switch
        if switch is not None and switch.request(language):
            return
        from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

        QMessageBox.information(
            self.window,
            self.tr("Language"),
            self.tr("The language changes the next time Labinov starts."),
        )

    @add_action(
        "showWelcome",
        QT_TRANSLATE_NOOP("StructureActions", "W&elcome screen"),
        icon="home-outline",
        menu="file",
        group=10,
    )
    def show_welcome(self) -> None:
        self.window.show_welcome()

    @add_action(
        "quit",
        QT_TRANSLATE_NOOP("StructureActions", "&Quit"),
        # the platform's Quit key has no binding without a desktop theme (offscreen, some
        # Linux desktops): Ctrl+Q is given explicitly, as F11 is for full screen
        shortcut=("Ctrl+Q", QKeySequence.StandardKey.Quit),
        icon="exit-to-app",
        menu="file",
        group=99,
        role="quit",
    )
    def quit(self) -> None:
        self.window.close()

    @add_action(
        "about",
        QT_TRANSLATE_NOOP("StructureActions", "&About Labinov"),
        shortcut="F1",
        icon="information-outline",
        menu="help",
        role="about",
    )
    def about(self) -> None:
        from labinov.gui.dialogs import AboutDialog

        AboutDialog(self.context.paths, self.window).exec()
