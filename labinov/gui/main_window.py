"""The main window: navigator on the left, the selected workshop/team/project on the right.

Feature packages plug in through ``menu(name)`` and the signals below (see ``app.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from labinov.gui import settings as prefs
from labinov.gui.actions import StructureActions
from labinov.gui.autosave import flush_all
from labinov.gui.context import AppContext
from labinov.gui.errors import save_state
from labinov.gui.keys import set_shortcut
from labinov.gui.layout_modes import NAVIGATOR_MIN_WIDTH, LayoutModes, default_split, fit_to_screen
from labinov.gui.models.navigator import NavigatorModel
from labinov.gui.navigator_view import NavigatorView
from labinov.gui.projector import ProjectorPreset
from labinov.gui.welcome import WelcomePage
from labinov.store.overview import Overview

if TYPE_CHECKING:
    from labinov.gui.project_page import ProjectPage
    from labinov.gui.stage_page import StagePanel
    from labinov.gui.summary_page import SummaryPage

MENUS = ("file", "edit", "view", "workshop", "project", "tools", "help")


class MainWindow(QMainWindow):
    """Labinov's one main window.

    Signals:
        workshop_selected(str): the workshop of the current selection changed.
        project_selected(str): a project was opened ("" when none is).
        data_changed(): call ``refresh()`` or emit this after changing data elsewhere.
        navigator_visible_changed(bool), focus_mode_changed(bool),
        projector_mode_changed(bool): a mode hook (``set_…``) changed the window.
    """

    workshop_selected = Signal(str)
    project_selected = Signal(str)
    data_changed = Signal()
    navigator_visible_changed = Signal(bool)
    focus_mode_changed = Signal(bool)
    projector_mode_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        panels: Sequence[StagePanel] | Callable[[], Sequence[StagePanel]] = (),
        overview: Overview | None = None,
    ) -> None:
        """``overview`` is shown until ``services_ready()`` when the context has no services
        yet (the fast start of ``app.py``)."""
        super().__init__()
        self.context = context
        self._panels = panels  # may be a callable: resolved when a project first opens
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Labinov — Laboratorium Inovasi"))
        self.layout_modes = LayoutModes(self)

        self.model = NavigatorModel(context.language, self)
        self._early_overview = overview
        self.navigator = NavigatorView(self.model)
        self.navigator.setMinimumWidth(NAVIGATOR_MIN_WIDTH)
        self.welcome = WelcomePage(context.language)
        self.info: SummaryPage | None = None  # built when a workshop or team is selected
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.project_page: ProjectPage | None = None  # built when a project is opened

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setHandleWidth(5)
        self.setCentralWidget(self.splitter)

        self._menus: dict[str, QMenu] = {}
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "workshop": self.tr("&Workshop"),
            "project": self.tr("&Project"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for name in MENUS:
            self._menus[name] = self.menuBar().addMenu(titles[name])
        # The main toolbar shares the menu bar's line: on a 768-pixel screen a row of its own
        # would come out of the board (see layout_modes).
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setStyleSheet("QToolBar { border: 0px; padding: 0px; spacing: 2px; }")
        self.menuBar().setCornerWidget(self.toolbar)  # top right (no `Qt`: start-up cost)
        self._build_edit_menu()
        self.actions = StructureActions(self)
        self._build_view_menu()

        self.navigator.selected.connect(self._selection_changed)
        ProjectorPreset.of(context).changed.connect(self.projector_mode_changed)
        self.welcome.new_workshop.connect(self.actions.new_workshop)
        self.welcome.open_sample.connect(self.actions.open_sample)
        context.events.structure_changed.connect(self.refresh)
        self.data_changed.connect(self.refresh)
        self._shown: tuple[str, str] = ("", "")
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.statusBar().addWidget(self.save_status, 1)  # status tips show over it, then go
        self._show_save_state(save_state().ok)
        save_state().changed.connect(self._show_save_state)
        self.refresh()
        self._restore_geometry()
        if context.services is not None:
            self._restore_session()

    def _show_save_state(self, ok: bool) -> None:
        if ok:
            self.save_status.setText(self.tr("All changes are saved automatically."))
            self.save_status.setStyleSheet("")
        else:
            self.save_status.setText(
                self.tr(
                    "Not saved: the last change could not be written. It stays on screen; "
                    "the next edit tries again."
                )
            )
            self.save_status.setStyleSheet("color: #c0392b; font-weight: bold;")

    def services_ready(self) -> None:
        """The store is open and the services attached: load for real, enable editing."""
        self._early_overview = None
        self.refresh()
        self.welcome.setEnabled(True)
        self._restore_session()

    @property
    def panels(self) -> tuple[StagePanel, ...]:
        """The stage panels; loading them (canvas code imports SQLModel) waits until needed."""
        if callable(self._panels):
            self._panels = tuple(self._panels())
        return tuple(self._panels)

    # -- hooks for features ------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def set_navigator_visible(self, visible: bool) -> None:
        """Show or collapse the workshop/team/project list (the work area takes its room)."""
        self.layout_modes.set_navigator_visible(visible)

    def navigator_visible(self) -> bool:
        return self.layout_modes.navigator_visible()

    def set_focus_mode(self, on: bool) -> None:
        """Only the board or worksheet (and the menu bar): see ``LayoutModes``."""
        self.layout_modes.set_focus_mode(on)

    def focus_mode(self) -> bool:
        return self.layout_modes.focus

    def set_projector_mode(self, on: bool) -> None:
        """Larger text in the overview, worksheets and guidance (a saved preference)."""
        ProjectorPreset.of(self.context).set_enabled(on)

    def projector_mode(self) -> bool:
        return ProjectorPreset.of(self.context).enabled()

    def current_project_id(self) -> str | None:
        kind, row_id = self.navigator.current()
        return row_id if kind == "project" else None

    def current_workshop_id(self) -> str | None:
        _kind, row_id = self.navigator.current()
        return self.model.workshop_of(row_id) if row_id else None

    def current_team_id(self) -> str | None:
        _kind, row_id = self.navigator.current()
        return self.model.team_of(row_id) if row_id else None

    def refresh(self) -> None:
        """Reload the navigator from the store, keeping the selection."""
        services = self.context.services
        if services is not None:
            overview = services.projects.overview()
        else:
            overview = self._early_overview or Overview([], [], [])
            self.welcome.setEnabled(False)
        self.navigator.reload(overview)
        if self.model.rowCount() == 0:
            self._show_welcome()
        elif self.info is not None and self.pages.currentWidget() is self.info:
            kind, row_id = self.navigator.current()
            if kind in ("workshop", "team"):
                self._show_info(kind, row_id)  # names or innovations may have changed
        self.actions.update_enabled()

    def select(self, row_id: str) -> bool:
        return self.navigator.select_id(row_id)

    # -- menus -------------------------------------------------------------------------

    def _build_edit_menu(self) -> None:
        edit = self.menu("edit")
        undo = self.context.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.context.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.setObjectName("undoAction")
        redo.setObjectName("redoAction")
        self.undo_action, self.redo_action = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)
        self.toolbar.addSeparator()

    def _build_view_menu(self) -> None:
        view = self.menu("view")
        full = QAction(self.tr("&Full screen"), self)
        set_shortcut(full, QKeySequence.StandardKey.FullScreen)
        full.setCheckable(True)
        full.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view.addAction(full)
        history = QAction(self.tr("Undo &history"), self)
        history.triggered.connect(self._show_history)
        view.addAction(history)
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.context.language == code)
            action.triggered.connect(lambda _checked, c=code: self.actions.set_language(c))
            language.addAction(action)

    def _show_history(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QUndoView

        view = QUndoView(self.context.undo_group)
        view.setWindowTitle(self.tr("Undo history"))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setWindowFlag(Qt.WindowType.Tool)
        view.setParent(self, view.windowFlags())
        view.resize(360, 420)
        view.show()

    # -- selection -----------------------------------------------------------------------

    def _selection_changed(self, kind: str, row_id: str) -> None:
        if (kind, row_id) == self._shown or self.context.services is None:
            return  # (without services the store is still loading: services_ready() reselects)
        self._shown = (kind, row_id)
        self.actions.update_enabled()
        if kind == "project":
            self._show_project(row_id)
        elif kind in ("workshop", "team"):
            self._show_info(kind, row_id)
        elif self.model.rowCount() == 0:
            self._show_welcome()
        workshop = self.model.workshop_of(row_id) if row_id else None
        self.workshop_selected.emit(workshop or "")

    def _show_project(self, project_id: str) -> None:
        from labinov.gui.project_page import ProjectPage  # not needed for the first paint

        self._drop_project_page()
        page = ProjectPage(self.context, project_id, self.panels)
        self.project_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.set_focus_mode(self.layout_modes.focus)
        self.context.undo_group.setActiveStack(self.context.stack_for(project_id))
        prefs.LAST_PROJECT.set(self.context.settings, project_id)
        self.project_selected.emit(project_id)

    def _show_info(self, kind: str, row_id: str) -> None:
        self._drop_project_page()
        if self.info is None:
            from labinov.gui.summary_page import SummaryPage  # not needed for the first paint

            self.info = SummaryPage(self.context)
            self.pages.addWidget(self.info)
        if kind == "workshop":
            self.info.show_workshop(row_id)
        else:
            self.info.show_team(row_id)
        self.pages.setCurrentWidget(self.info)
        self.context.undo_group.setActiveStack(self.context.stack_for(None))
        self.project_selected.emit("")

    def _show_welcome(self) -> None:
        self._drop_project_page()
        self._shown = ("", "")
        self.pages.setCurrentWidget(self.welcome)
        self.context.undo_group.setActiveStack(self.context.stack_for(None))

    def show_welcome(self) -> None:
        self.navigator.clearSelection()
        self._show_welcome()

    def _drop_project_page(self) -> None:
        if self.project_page is not None:
            flush_all(self.project_page)
            self.pages.removeWidget(self.project_page)
            self.project_page.deleteLater()
            self.project_page = None

    # -- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = prefs.WINDOW_GEOMETRY.get(settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self)
        state = prefs.WINDOW_STATE.get(settings)
        if not state.isEmpty():
            self.restoreState(state)
            # a state saved by an older Labinov puts the toolbar back in a row of its own
            self.removeToolBar(self.toolbar)
            self.menuBar().setCornerWidget(self.toolbar)  # top right (no `Qt`: start-up cost)
            self.toolbar.show()
        splitter = prefs.SPLITTER_STATE.get(settings)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(default_split(self.width()))

    def _restore_session(self) -> None:
        last = prefs.LAST_PROJECT.get(self.context.settings)
        if last:
            self.select(last)

    def save_state(self) -> None:
        settings = self.context.settings
        prefs.WINDOW_GEOMETRY.set(settings, self.saveGeometry())
        prefs.WINDOW_STATE.set(settings, self.saveState())
        prefs.SPLITTER_STATE.set(settings, self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        flush_all(self)  # typing not yet saved goes to the store now
        self.save_state()
        super().closeEvent(event)
