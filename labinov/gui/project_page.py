"""One innovation project: its title, the 5D navigator with the stage pages, its profile."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.gui.autosave import TextSaver
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.five_d import FiveDNavigator
from labinov.gui.profile_form import ProfileForm
from labinov.gui.stage_page import StagePage, StagePanel
from labinov.method.stages import STAGES, Stage

TITLE_MERGE_ID = 1002


class ProjectPage(QWidget):
    """Title (edited in place, undoable), team, 5D navigator + stage pages, profile form."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        panels: Sequence[StagePanel] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.setObjectName("projectPage")

        self.title = QLineEdit()
        self.title.setObjectName("projectTitle")
        self.title.setAccessibleName(self.tr("Project title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.title.setToolTip(self.tr("Innovation title — click to edit"))
        self.title_saver = TextSaver(self.title, self._save_title)
        self.team = QLabel()
        self.team.setObjectName("projectTeam")
        self.team.setTextFormat(Qt.TextFormat.PlainText)
        self.unsaved = QLabel(self.tr("Not saved — will retry"))
        self.unsaved.setObjectName("unsavedWarning")
        self.unsaved.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.unsaved.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.unsaved)

        self.navigator = FiveDNavigator(context.language)
        self.stages = QStackedWidget()
        self.stage_pages: dict[Stage, StagePage] = {}
        for stage in STAGES:
            page = StagePage(context, project_id, stage, panels)
            self.stage_pages[stage] = page
            self.stages.addWidget(page)
        self.navigator.stage_selected.connect(self.show_stage)
        stages_tab = QWidget()
        stages_layout = QVBoxLayout(stages_tab)
        stages_layout.addWidget(self.navigator)
        stages_layout.addWidget(self.stages, 1)

        self.profile = ProfileForm(context, project_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.addTab(stages_tab, self.tr("5D stages"))
        self.tabs.addTab(self.profile, self.tr("Innovation profile"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.team)
        layout.addWidget(self.tabs, 1)
        self.reload()
        self.show_stage(self.context.services.projects.stage_of(project_id).value)
        # one warning for the page: the title, profile fields and panels' text fields
        self._unsaved: set[TextSaver] = set()
        for saver in self.findChildren(TextSaver):
            saver.saved_state.connect(lambda ok, s=saver: self._saved_state(s, ok))
        context.events.project_changed.connect(self._project_changed)

    def _saved_state(self, saver: TextSaver, saved: bool) -> None:
        if saved:
            self._unsaved.discard(saver)
        else:
            self._unsaved.add(saver)
        self.unsaved.setVisible(bool(self._unsaved))

    def _project_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.reload()

    def reload(self) -> None:
        services = self.context.services
        try:
            project = services.projects.get(self.project_id)
        except UserError:
            return  # deleted; the main window is switching away
        team = services.teams.get(project.team_id)
        self.title_saver.load(project.title)
        self.title.setCursorPosition(0) if not self.title.hasFocus() else None
        self.team.setText(self.tr("Team: {team}").format(team=team.name))
        statuses = {work.stage: work.status for work in services.stages.list(self.project_id)}
        worksheets = services.worksheets
        self.navigator.set_statuses(
            statuses,
            worksheets.progress_texts(self.project_id),
            worksheets.missing_by_stage(self.project_id, self.context.language),
        )

    def show_stage(self, stage: str) -> None:
        self.navigator.select(stage)
        self.stages.setCurrentWidget(self.stage_pages[Stage(stage)])

    def current_stage(self) -> Stage:
        page = self.stages.currentWidget()
        assert isinstance(page, StagePage)
        return page.stage

    def _save_title(self, title: str) -> bool:
        context, project_id = self.context, self.project_id
        command = ServiceCommand(
            self.tr("Rename project"),
            do=lambda: context.services.projects.rename(project_id, title),
            undo=lambda previous: context.services.projects.rename(project_id, previous),
            on_change=lambda: (context.project_changed(project_id), context.structure_changed()),
            merge_id=TITLE_MERGE_ID,
            merge_key=(project_id, "title"),
        )
        return execute(context.stack_for(project_id), command, self)
