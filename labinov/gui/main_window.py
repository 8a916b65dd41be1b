"""The main window: navigator on the left, the selected workshop/team/project on the right.

Feature packages plug in through the hooks of ``window_hooks.WindowHooks`` (``add_actions``
and friends) and the signals below (see ``app.py``); every action is in ``action_map``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from labinov.gui import icons
from labinov.gui import settings as prefs
from labinov.gui.action_registry import ActionSet, ActionSpec, rebuild
from labinov.gui.actions import StructureActions
from labinov.gui.context import AppContext
from labinov.gui.layout_modes import LayoutModes, fit_to_screen
from labinov.gui.models.navigator import NavigatorModel
from labinov.gui.navigator_view import NavigatorView
from labinov.gui.navigator_width import NavigatorWidth
from labinov.gui.projector import ProjectorPreset
from labinov.gui.read_only import ReadOnlyBanner
from labinov.gui.window_actions import WindowActions
from labinov.gui.window_hooks import Selection
from labinov.store.engines import is_sqlite
from labinov.store.overview import Overview

if TYPE_CHECKING:
    from labinov.gui.project_page import ProjectPage
    from labinov.gui.stage_page import StagePanel
    from labinov.gui.summary_page import SummaryPage
    from labinov.gui.welcome import WelcomePage

TOOLBAR_ICON = 20  # pixels: the toolbar shares the menu bar's line (layout_modes)
MENUS = ("file", "edit", "view", "workshop", "project", "tools", "help")
SUBMENUS = {"language": ("view", 90, "translate")}  # name: (parent menu, group, icon)
ICONS_AFTER_MS = 1500  # menu icons load this long after the window is built, if no menu opened
# ``after_show`` work (the daily backup) waits this long after the window is built: a timer
# of 0 ran before the first paint (Qt paints on a later turn of the event loop), and the
# first paint and the first edit need none of it
AFTER_SHOW_MS = 2000
KEY_ESCAPE = 0x01000000  # Qt.Key.Key_Escape, without building the Qt namespace at start


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
        self._maximise_at_show = False
        self._restoring = False  # services_ready() reloading: the session's row comes next

        self.model = NavigatorModel(context.language, self)
        self._early_overview = overview
        self.navigator = NavigatorView(self.model)
        self.info: SummaryPage | None = None  # built when a workshop or team is selected
        self.pages = QStackedWidget()
        # The welcome page is built when first shown: the fast start with a cohort in the
        # navigator paints an empty page while the store loads, then the last project
        self._welcome: WelcomePage | None = None
        self._import_slot: Callable[[], None] | None = None  # offer_import() before it exists
        self.project_page: ProjectPage | None = None  # built when a project is opened

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setHandleWidth(5)
        self.setCentralWidget(self.splitter)
        self.navigator_width = NavigatorWidth(self)  # as its names need, or as dragged

        self.model.show_archived = prefs.SHOW_ARCHIVED.get(context.settings)
        self._build_menus()
        # The main toolbar shares the menu bar's line: on a 768-pixel screen a row of its own
        # would come out of the board (see layout_modes).
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setStyleSheet("QToolBar { border: 0px; padding: 0px; spacing: 2px; }")
        self.toolbar.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))  # no taller than the menus
        # top right, the default corner: naming it would build the `Qt` namespace (~0.1 s)
        self.menuBar().setCornerWidget(self.toolbar)
        self.action_map: dict[str, QAction] = {}  # every action of the window, by id
        self._action_sets: list[ActionSet] = []
        self._icons_pending = False  # an action set whose menu icons are not loaded yet
        self._placed: dict[str, list[tuple[tuple[int, int], QAction]]] = {}
        self.structure = StructureActions(self)
        self.structure.install()
        self.window_actions = WindowActions(self)
        self.window_actions.install()
        self.modes = self.window_actions.modes

        self.navigator.selected.connect(self._selection_changed)
        ProjectorPreset.of(context).changed.connect(self.projector_mode_changed)
        context.events.structure_changed.connect(self.refresh)
        self.data_changed.connect(self.refresh)
        self._shown: tuple[str, str] = ("", "")
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.statusBar().addWidget(self.save_status, 1)  # status tips show over it, then go
        self._show_save_state(context.save_state.ok)
        context.save_state.changed.connect(self._show_save_state)
        self._loading_page: QLabel | None = None  # see _show_loading
        self.refresh()
        self._restore_geometry()
        self.modes.restore()
        self.read_only_banner: ReadOnlyBanner | None = None
        if context.services is not None:
            self._show_read_only()
            self._restore_session()
            self._show_some_page()
        else:
            self._show_loading()

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

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page (start a workshop, open the sample, import), built on first use."""
        if self._welcome is None:
            from labinov.gui.welcome import WelcomePage  # not needed for the fast first paint

            page = WelcomePage(self.context.language)
            for button, icon in (
                (page.new_button, "folder-plus-outline"),  # as File ▸ New workshop
                (page.sample_button, "lightbulb-on-outline"),
                (page.import_button, "import"),  # as File ▸ Import bundle
            ):
                button.setIcon(icons.icon(icon))
            page.new_workshop.connect(self.structure.new_workshop)
            page.open_sample.connect(self.structure.open_sample)
            if self._import_slot is not None:
                page.enable_import()
                page.import_bundle.connect(self._import_slot)
            page.set_state(self.context.services is None, not self.context.read_only)
            self._welcome = page
            self.pages.addWidget(page)
        return self._welcome

    def _show_loading(self) -> None:
        """While the store opens (seconds on a large folder or a slow disk): the status bar
        says so, and so does the page when there is nothing else to show (a grey empty
        page, or a greyed welcome, read as a broken program)."""
        self.save_status.setText(self.tr("Opening the data folder…"))
        if self.pages.currentWidget() is None:
            page = QLabel(
                "<p align='center'>" + self.tr("Opening the data folder…") + "</p>"
            )  # our own text: AutoText takes it as rich text
            page.setObjectName("loadingPage")
            page.setWordWrap(True)  # the paragraph as wide as the page: centred in it
            self._loading_page = page
            self.pages.addWidget(page)
            self.pages.setCurrentWidget(page)

    def _show_some_page(self) -> None:
        """The welcome page where no selection has shown another (the stack is empty)."""
        if self.pages.currentWidget() is None:
            self.pages.setCurrentWidget(self.welcome)

    def services_ready(self) -> None:
        """The store is open and the services attached: load for real, enable editing."""
        self._early_overview = None
        self._show_save_state(self.context.save_state.ok)  # no longer "Opening…"
        if self._loading_page is not None:
            self.pages.removeWidget(self._loading_page)
            self._loading_page.deleteLater()
            self._loading_page = None
        if self.project_page is not None:  # built on the boot store (gui/boot.py): kept
            self.project_page.services_ready()
        # The reload reselects the row the early navigator had (often the workshop): showing
        # its summary page only to replace it with the last project would cost the start.
        self._restoring = True
        try:
            self.refresh()
        finally:
            self._restoring = False
        if self._welcome is not None:
            self._welcome.set_state(False, not self.context.read_only)
        self._show_read_only()
        if not self._restore_session():
            self._selection_changed(*self.navigator.current())
        self._show_some_page()

    def _show_read_only(self) -> None:
        """A read-only store: the banner on top, the welcome page's buttons and every
        structure edit off (the store refuses any other write with a message)."""
        if not self.context.read_only or self.read_only_banner is not None:
            return
        self.read_only_banner = ReadOnlyBanner(self.context.read_only_copy, self)
        self.addToolBar(self.read_only_banner)  # the top area, the default
        self.read_only_banner.show()  # added to a window already shown (the fast start)
        if self._welcome is not None:
            self._welcome.set_state(False, writable=False)
        self.update_actions()

    @property
    def panels(self) -> tuple[StagePanel, ...]:
        """The stage panels; loading them (canvas code imports SQLModel) waits until needed."""
        if callable(self._panels):
            self._panels = tuple(self._panels())
        return tuple(self._panels)

    # -- hooks for features (window_hooks.WindowHooks) --------------------------------------

    def menu(self, name: str) -> QMenu:
        """A menu by name, to read (features place actions with ``add_actions``)."""
        return self._menus[name]

    def add_actions(self, owner: object, specs: Sequence[ActionSpec] | None = None) -> ActionSet:
        # The toolbar's icons now; a menu's when it first opens (or a moment after the
        # first paint): ~40 icons would otherwise add to the start-up.
        made = ActionSet(self, owner, specs, with_icons=False)
        made.set_icons(item.id for item, _action in made if item.toolbar is not None)
        QTimer.singleShot(ICONS_AFTER_MS, self, made.set_icons)
        self._icons_pending = True
        touched: set[str] = set()
        for item, action in made:
            if item.id in self.action_map:
                raise ValueError(f"action id {item.id!r} declared twice")
            self.action_map[item.id] = action
            order = len(self.action_map)  # within a group: the order of registration
            for menu in item.menus:
                self._placed.setdefault(menu, []).append(((item.group, order), action))
                touched.add(menu)
            if item.toolbar is not None:
                key = (item.toolbar // 10, item.toolbar)
                self._placed.setdefault("toolbar", []).append((key, action))
                touched.add("toolbar")
        for name in touched:
            target = self.toolbar if name == "toolbar" else self._menus[name]
            placed = list(self._placed[name])
            for sub, (parent, group, _icon) in SUBMENUS.items():
                if parent == name:
                    placed.append(((group, 0), self._submenu_actions[sub]))
            rebuild(target, placed)
        self._action_sets.append(made)
        made.update(self.selection())
        return made

    def selection(self) -> Selection:
        if self.context.services is None:  # still loading the store
            return Selection()
        kind, row_id = self.navigator.current()
        return Selection(
            ready=True,
            writable=not self.context.read_only,
            on_server=not is_sqlite(self.context.services.store.engine),
            kind=kind,
            workshop_id=self.model.workshop_of(row_id) if row_id else None,
            team_id=self.model.team_of(row_id) if row_id else None,
            project_id=row_id if kind == "project" else None,
        )

    def update_actions(self) -> None:
        """Apply every action's enabled-rule to the current selection."""
        state = self.selection()
        for made in self._action_sets:
            made.update(state)

    def bring_to_front(self) -> None:
        self.raise_()
        self.activateWindow()

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def reload_pages(self) -> None:
        self._shown = ("", "")  # the page of the same selection is built again
        self.refresh()
        self._selection_changed(*self.navigator.current())

    def offer_import(self, slot) -> None:  # type: ignore[no-untyped-def]
        self._import_slot = slot
        if self._welcome is not None:
            self._welcome.enable_import()
            self._welcome.import_bundle.connect(slot)

    def after_show(self, slot) -> None:  # type: ignore[no-untyped-def]
        QTimer.singleShot(AFTER_SHOW_MS, self, slot)

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
            if self._welcome is not None:
                self._welcome.set_state(loading=True)
        self.navigator.reload(overview)
        if self.model.rowCount() == 0:
            self._show_welcome()
        elif self.info is not None and self.pages.currentWidget() is self.info:
            kind, row_id = self.navigator.current()
            if kind in ("workshop", "team"):
                self._show_info(kind, row_id)  # names or innovations may have changed
        self.update_actions()

    def select(self, row_id: str) -> bool:
        return self.navigator.select_id(row_id)

    # -- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "workshop": self.tr("&Workshop"),
            "project": self.tr("&Project"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
            "language": self.tr("&Language"),
        }
        self._menus: dict[str, QMenu] = {}
        for name in MENUS:
            self._menus[name] = self.menuBar().addMenu(titles[name])
            self._menus[name].setObjectName(f"menu_{name}")
            self._menus[name].aboutToShow.connect(self._icons_now)
        self._submenu_actions: dict[str, QAction] = {}
        for name, (_parent, _group, icon) in SUBMENUS.items():
            menu = QMenu(titles[name], self)
            menu.setObjectName(f"menu_{name}")
            menu.setIcon(icons.icon(icon))
            self._menus[name] = menu
            self._submenu_actions[name] = menu.menuAction()

    def _icons_now(self) -> None:
        """Every action's icon, before a menu first shows (once, not on every opening)."""
        if not self._icons_pending:
            return
        self._icons_pending = False
        for made in self._action_sets:
            made.set_icons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no widget used leaves the innermost mode (focus mode, full screen)."""
        if event.key() == KEY_ESCAPE and not event.modifiers() and self.modes.leave_innermost():
            event.accept()
            return
        super().keyPressEvent(event)

    # -- selection -----------------------------------------------------------------------

    def _selection_changed(self, kind: str, row_id: str) -> None:
        if (kind, row_id) == self._shown or self.context.services is None or self._restoring:
            return  # (without services the store is still loading: services_ready() reselects)
        self._shown = (kind, row_id)
        self.update_actions()
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

    def show_early_project(self, project_id: str) -> bool:
        """The quick start: ``project_id``'s page on the boot store, before the services
        (``gui/boot.py``); kept when they come. False when the navigator lacks it."""
        if not self.select(project_id):
            return False
        self._shown = ("project", project_id)
        self._show_project(project_id)
        return True

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
            from labinov.gui.autosave import flush_all

            flush_all(self.project_page)
            self.pages.removeWidget(self.project_page)
            self.project_page.deleteLater()
            self.project_page = None

    # -- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = prefs.WINDOW_GEOMETRY.get(settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self)  # the size "restore" gives: the first start is maximised
            self._maximise_at_show = True
        elif self.isFullScreen():  # closed in full screen: full screen is entered, not kept
            self._maximise_at_show = True
        state = prefs.WINDOW_STATE.get(settings)
        if not state.isEmpty():
            self.restoreState(state)
            # a state saved by an older Labinov puts the toolbar back in a row of its own
            self.removeToolBar(self.toolbar)
            self.menuBar().setCornerWidget(self.toolbar)  # top right (no `Qt`: start-up cost)
            self.toolbar.show()
        self.navigator_width.fit()

    def _restore_session(self) -> bool:
        last = prefs.LAST_PROJECT.get(self.context.settings)
        return bool(last) and self.select(last)

    def show(self) -> None:
        """Maximised on a first start (and after a close in full screen); else as the
        last session left it (``restoreGeometry``: maximised or not, inside the screen)."""
        if self._maximise_at_show:
            self._maximise_at_show = False
            self.showMaximized()
        else:
            super().show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.navigator_width.fit()  # the automatic width follows the window

    def save_state(self) -> None:
        settings = self.context.settings
        prefs.WINDOW_GEOMETRY.set(settings, self.saveGeometry())
        prefs.WINDOW_STATE.set(settings, self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        from labinov.gui.autosave import flush_all

        flush_all(self)  # typing not yet saved goes to the store now
        self.save_state()
        super().closeEvent(event)
