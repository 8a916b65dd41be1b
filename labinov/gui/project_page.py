"""One innovation project: its title, the 5D navigator with the stage pages, its profile."""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import shorten
from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.gui.autosave import TextSaver
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.elided_label import ElidedLabel, ElidedLineEdit
from labinov.gui.five_d import FiveDNavigator
from labinov.gui.stage_page import StagePage, StagePanel
from labinov.gui.stage_pages import StagePages
from labinov.method.stages import Stage
from labinov.store.overview import current_stage

if TYPE_CHECKING:
    from labinov.gui.profile_form import ProfileForm

TITLE_MERGE_ID = 1002
TOOLTIP_CHARS = 400  # a huge title is cut short in its tooltip
MARGINS = (2, 2, 2, 0)  # round the page: the board needs every pixel
TEAM_HINT = 160  # pixels the team's name asks for beside the title (it elides)
TITLE_ROOM = 240  # the most of a title that must show whole for title and steps to share a line
TITLE_MIN = 120  # the least of a title's width (two lines: the title row is its own)
TEAM_WORDS = ("tim", "team")  # a team's name starting so is not prefixed "Team:"
TEAM_ROOM = 80  # …and of the team's name (it elides, with a tooltip)


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

        self.title = ElidedLineEdit()  # a long title ends in "…"; the tooltip has it all
        self.title.setObjectName("projectTitle")
        self.title.setAccessibleName(self.tr("Project title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setFrame(False)
        self.title.setMinimumWidth(TITLE_MIN)  # a long title elides; the tooltip has it all
        self.title_saver = TextSaver(self.title, self._save_title)
        self.title.textChanged.connect(self._fit_header)
        self.team = ElidedLabel(hint=TEAM_HINT)
        self.team.setObjectName("projectTeam")
        self.unsaved = QLabel(self.tr("Not saved — will retry"))
        self.unsaved.setObjectName("unsavedWarning")
        self.unsaved.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.unsaved.hide()

        self.navigator = FiveDNavigator(context.language)
        self.profile_button = QToolButton()
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setText(self.tr("Profile"))
        self.profile_button.setToolTip(self.tr("Innovation profile"))
        self.profile_button.setCheckable(True)
        self.profile_button.clicked.connect(lambda: self.show_profile())
        self.stages = QStackedWidget()
        self._watching = False  # text savers of pages built later report to the warning
        self.stage_pages = StagePages(
            self.stages,
            lambda stage: StagePage(context, project_id, stage, panels),
            self._stage_page_built,
        )
        self.navigator.stage_selected.connect(self.show_stage)

        # 5D stages or the profile, chosen by the stepper and the Profile button beside it
        self.tabs = QStackedWidget()
        self.tabs.setObjectName("projectTabs")
        self.tabs.addWidget(self.stages)
        self._profile: ProfileForm | None = None  # built when first shown (``profile``)
        self.tabs.currentChanged.connect(self._view_changed)

        self.header = QWidget()
        self.header.setObjectName("projectHeader")
        self.header_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.header)
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        self.header_layout.setSpacing(6)
        names = QHBoxLayout()
        names.setSpacing(8)
        names.addWidget(self.title, 1)  # the room left goes to the title, not round the team
        names.addWidget(self.team, 0)
        names.addWidget(self.unsaved)
        steps = QHBoxLayout()
        steps.setSpacing(4)
        steps.addWidget(self.navigator, 1)
        steps.addWidget(self.profile_button)
        # the steps keep their full text while the title (scrolling in place) takes the rest
        self.header_layout.addLayout(names, 1)
        self.header_layout.addLayout(steps, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.reload()
        self.show_stage(self._current_stage())
        if context.services is None:  # the quick start (gui/boot.py): editing comes later
            self._wait_for_services()
        # one warning for the page: the title, profile fields and panels' text fields
        self._unsaved: set[TextSaver] = set()
        self._watch_savers(self)
        self._watching = True
        context.events.project_changed.connect(self._project_changed)

    def _watch_savers(self, widget: QWidget) -> None:
        for saver in widget.findChildren(TextSaver):
            saver.saved_state.connect(lambda ok, s=saver: self._saved_state(s, ok))

    def _stage_page_built(self, page: StagePage) -> None:
        if self.header.isHidden():  # focus mode (the window's, ``set_focus_mode``)
            page.set_focus_mode(True)
        if self._watching:
            self._watch_savers(page)

    def _saved_state(self, saver: TextSaver, saved: bool) -> None:
        if saved:
            self._unsaved.discard(saver)
        else:
            self._unsaved.add(saver)
        self.unsaved.setVisible(bool(self._unsaved))

    def _project_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.reload()

    def _current_stage(self) -> str:
        if self.context.services is None:
            assert self.context.boot is not None
            return current_stage(self.context.boot.project(self.project_id).statuses)[0]
        return self.context.services.projects.stage_of(self.project_id).value

    def _wait_for_services(self) -> None:
        """On the boot store the board works; the title and the profile wait."""
        loading = self.tr("Available in a moment: Labinov is still loading")
        self.title.setReadOnly(True)
        self.profile_button.setEnabled(False)
        self.profile_button.setToolTip(loading)

    def services_ready(self) -> None:
        """The services took over from the boot store (``gui/boot.py``)."""
        self.title.setReadOnly(False)
        self.profile_button.setEnabled(True)
        self.profile_button.setToolTip(self.tr("Innovation profile"))
        self.reload()
        for page in self.stage_pages.built():
            page.services_ready()

    def _read(self) -> tuple[str, str, str, dict[str, str], dict[str, str], dict | None]:
        """(title, rev, team, statuses, worksheet progress, missing outputs); the last two
        are empty on the boot store."""
        services = self.context.services
        if services is None:
            assert self.context.boot is not None
            head = self.context.boot.project(self.project_id)
            return head.title, head.rev, head.team, head.statuses, {}, None
        project = services.projects.get(self.project_id)
        team = services.teams.get(project.team_id)
        statuses = {work.stage: work.status for work in services.stages.list(self.project_id)}
        worksheets = services.worksheets
        return (
            project.title,
            project.rev,
            team.name,
            statuses,
            worksheets.progress_texts(self.project_id),
            worksheets.missing_by_stage(self.project_id, self.context.language),
        )

    def reload(self) -> None:
        try:
            title, rev, team, statuses, progress, missing = self._read()
        except UserError:
            return  # deleted; the main window is switching away
        self.context.versions.record(("project", self.project_id), rev)
        self.title_saver.load(title)
        self.title.setCursorPosition(0) if not self.title.hasFocus() else None
        self.title.setToolTip(
            self.tr("Innovation title — click to edit")
            + "\n\n"
            + shorten(" ".join(title.split()), TOOLTIP_CHARS, placeholder=" …")
        )
        self.team.setText(self.team_text(" ".join(team.split())))
        self.navigator.set_statuses(statuses, progress, missing)
        self._fit_header()  # a longer title or step may need a line of its own

    def show_stage(self, stage: str) -> None:
        self.navigator.select(stage)
        self.stages.setCurrentWidget(self.stage_pages[Stage(stage)])
        self.tabs.setCurrentWidget(self.stages)

    @property
    def profile(self) -> ProfileForm:
        """The profile form, built the first time it is asked for: its twenty-odd fields,
        supporting-file buttons and indicator table cost as much as the rest of the page,
        and opening a project (the start reopening the last one) shows a stage."""
        if self._profile is None:
            from labinov.gui.profile_form import ProfileForm

            self._profile = ProfileForm(self.context, self.project_id)
            self.tabs.addWidget(self._profile)
            if self._watching:
                self._watch_savers(self._profile)
        return self._profile

    def show_profile(self) -> None:
        self.tabs.setCurrentWidget(self.profile)

    def _view_changed(self, _index: int) -> None:
        profile = self._profile is not None and self.tabs.currentWidget() is self._profile
        self.profile_button.setChecked(profile)
        if profile:
            self.navigator.clear_selection()
        else:
            self.navigator.select(self.current_stage())

    def set_focus_mode(self, on: bool) -> None:
        """Only the board or worksheet: no title row, stepper or stage tab bar."""
        self.header.setVisible(not on)
        self.layout().setContentsMargins(*((0, 0, 0, 0) if on else MARGINS))
        for page in self.stage_pages.built():
            page.set_focus_mode(on)

    def team_text(self, team: str) -> str:
        """ "Team: Dinas Sosial", but just "Tim DPMPTSP" for a name that says "Tim" itself."""
        first = team.split(" ", 1)[0].casefold()
        return team if first in TEAM_WORDS else self.tr("Team: {team}").format(team=team)

    def _fit_title(self) -> None:
        """The title takes the width of its text (and a little to type on), no more: the
        team's name gets the rest of the row rather than being cut beside empty space."""
        title = self.title
        frame = title.width() - title.text_rect().width()
        slack = 2 * title.fontMetrics().averageCharWidth()
        wanted = title.fontMetrics().horizontalAdvance(title.text()) + frame + slack
        title.setMaximumWidth(max(title.minimumWidth(), wanted))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def _fit_header(self) -> None:
        """Title and stepper share one line when the steps keep their text and the title
        shows whole (up to ``TITLE_ROOM``), else take two: a title cut mid-word, "Posyandu
        Dig", read as a defect at 1280 logical pixels."""
        self._fit_title()
        metrics = self.title.fontMetrics()
        title = max(TITLE_MIN, min(TITLE_ROOM, metrics.horizontalAdvance(self.title.text()) + 16))
        steps = self.navigator.sizeHint().width() + self.profile_button.sizeHint().width()
        needed = steps + title + TEAM_ROOM + 4 * 8
        wide = self.width() >= needed
        # on one line the title keeps the room it was judged to need: the team's name gives
        # way first (the layout shared the shortage, "Posyandu Di…" beside "Tim: Dinas Kes…")
        self.title.setMinimumWidth(title if wide else TITLE_MIN)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.header_layout.direction() != direction:
            self.header_layout.setDirection(direction)

    def current_stage(self) -> Stage:
        page = self.stages.currentWidget()
        assert isinstance(page, StagePage)
        return page.stage

    def _save_title(self, title: str) -> bool:
        """Rename from the version and title this page loaded (the first run does not read
        the old title back; a redo reads it, as a merged typing step's title may differ)."""
        context, project_id = self.context, self.project_id
        versions, row = context.versions, ("project", project_id)
        shown = [self.title_saver.stored_text]

        def changed() -> None:
            context.project_changed(project_id)
            context.structure_changed()

        def rename(new: str) -> str:
            held = shown.pop() if shown else None
            return versions.run(
                row,
                lambda version: context.services.projects.rename(project_id, new, version, held),
                changed,
            )

        command = ServiceCommand(
            self.tr("Rename project"),
            do=lambda: rename(title),
            undo=rename,
            on_change=changed,
            merge_id=TITLE_MERGE_ID,
            merge_key=(project_id, "title"),
        )
        return execute(context.stack_for(project_id), command, self)
