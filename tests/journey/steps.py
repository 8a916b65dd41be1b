"""The newcomer's journey, one small function per step, on real clicks and keys.

Run in a subprocess per screen size by ``test_journey.py`` (the offscreen screen's size is
fixed when Qt starts). Each step asserts that the action it needs is enabled, where the
keyboard focus is, and that every visible button lies inside the window; with
``LABINOV_SHOTS=DIR`` it saves a screenshot per step. A step added later (voting, the timer
overlay…) is one more function in ``STEPS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QWidget,
)
from shiboken6 import isValid

from labinov.app import build_context, build_main_window
from labinov.gui import settings as prefs
from labinov.gui.fonts import install_symbol_fallback
from labinov.gui.main_window import MainWindow
from labinov.gui.translations import install
from labinov.method.stages import STAGES
from labinov.paths import UserPaths
from labinov.store.db import open_store


@dataclass
class Journey:
    paths: UserPaths
    size: str
    window: MainWindow | None = None
    ids: dict[str, str] = field(default_factory=dict)
    shots: Path | None = None

    @property
    def w(self) -> MainWindow:
        assert self.window is not None
        return self.window


# -- real input -------------------------------------------------------------------------


def wait_until(check: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while not check() and time.monotonic() < deadline:
        QTest.qWait(10)
    assert check(), "waited in vain"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def activate(window: QWidget) -> None:
    """What a window manager does for a window that opens: make it the active one (the
    offscreen platform has none)."""
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window)
    settle()


def when_modal(handle: Callable[[QDialog], None], kind: type = QDialog) -> None:
    """Run ``handle`` on the next modal dialog (its ``exec()`` blocks the caller)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            activate(dialog)
            handle(dialog)  # type: ignore[arg-type]
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no widget has the keyboard"
    QTest.keyClick(target, key, modifiers)
    settle()


def type_into(widget: QWidget, text: str) -> None:
    assert QApplication.focusWidget() is widget, f"focus on {QApplication.focusWidget()!r}"
    QTest.keyClicks(widget, text)


def click(widget: QWidget, at: QPoint | None = None) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    at = at if at is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    settle()


def click_menu_item(window: MainWindow, menu_name: str, action_id: str) -> None:
    """Open a menu of the menu bar with the mouse and click one of its items."""
    menu = window.menu(menu_name)
    bar = window.menuBar()
    click(bar, bar.actionGeometry(menu.menuAction()).center())
    wait_until(menu.isVisible)
    action = window.action_map[action_id]
    assert action.isEnabled(), action_id
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    settle()


def click_panel_menu(
    panel: QWidget, menu_name: str, action_id: str, then: Callable[[QDialog], None] | None = None
) -> None:
    """Click a menu button of a panel's toolbar, then an item of its menu (whose dialog, if
    any, ``then`` answers)."""
    menu = panel.findChild(QMenu, menu_name)
    action = next(a for a in menu.actions() if a.objectName() == action_id)

    def choose() -> None:
        if not menu.isVisible():
            QTimer.singleShot(20, choose)
            return
        assert action.isEnabled(), action_id
        if then is not None:
            when_modal(then)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, choose)
    button = next(b for b in panel.findChildren(QAbstractButton) if b.menu() is menu)
    click(button)


def ctrl(key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    press(key, modifiers)


# -- checks after every step ------------------------------------------------------------


def _scroller(widget: QWidget) -> QWidget | None:
    """The scroll area whose contents hold ``widget`` (it can be scrolled into view)."""
    parent = widget.parentWidget()
    while parent is not None:
        above = parent.parentWidget()
        if isinstance(above, QAbstractScrollArea) and parent is above.viewport():
            return above
        parent = above
    return None


def check_fits(window: QWidget) -> None:
    """Every visible button of the window lies inside it (a button in a scroll area's
    contents: that scroll area does), and the window inside the screen."""
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window:
            shown = _scroller(button) or button
            place = shown.rect().translated(shown.mapTo(window, QPoint(0, 0)))
            assert inside.contains(place), f"{button.objectName() or button.text()} at {place}"
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def shoot(journey: Journey, name: str, window: QWidget | None = None) -> None:
    """The main window, or the open dialog, or ``window`` (a presentation, the overview)."""
    if journey.shots is not None and journey.window is not None:
        journey.shots.mkdir(parents=True, exist_ok=True)
        top = window or QApplication.activeModalWidget() or journey.w
        top.grab().save(str(journey.shots / f"{journey.size}-{name}.png"))


# -- the steps --------------------------------------------------------------------------


def start(journey: Journey) -> None:
    store = open_store(journey.paths)
    context = build_context(store, journey.paths, "id")
    journey.window = build_main_window(context)
    journey.w.show()
    journey.w.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is journey.w)
    settle()


def welcome(journey: Journey) -> None:
    w = journey.w
    assert w.pages.currentWidget() is w.welcome
    assert w.welcome.new_button.isEnabled() and w.action_map["newWorkshop"].isEnabled()


def new_workshop(journey: Journey) -> None:
    def fill(dialog: QDialog) -> None:
        shoot(journey, "workshop-dialog")
        type_into(dialog.name, "Labinov Kota Parepare 2026")  # type: ignore[attr-defined]
        press(Qt.Key.Key_Return)

    when_modal(fill)
    click(journey.w.welcome.new_button)
    activate(journey.w)  # the window manager gives the keyboard back to the main window
    kind, row_id = journey.w.navigator.current()
    assert kind == "workshop"
    journey.ids["workshop"] = row_id


def new_team_with_members(journey: Journey) -> None:
    w = journey.w
    assert w.action_map["newTeam"].isEnabled()

    def fill(dialog: QDialog) -> None:
        type_into(dialog.name, "Dinas Kesehatan")  # type: ignore[attr-defined]
        press(Qt.Key.Key_Return)

    when_modal(fill)
    ctrl(Qt.Key.Key_T)
    activate(w)
    kind, row_id = w.navigator.current()
    assert kind == "team"
    journey.ids["team"] = row_id
    assert w.action_map["editMembers"].isEnabled()

    def members(dialog: QDialog) -> None:
        for name in ("Andi Pratama", "Sri Wahyuni"):
            click(dialog.add_button)  # type: ignore[attr-defined]
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit)  # the new row's name cell is being edited
            QTest.keyClicks(editor, name)
            press(Qt.Key.Key_Tab)
        shoot(journey, "members-dialog")
        click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))  # type: ignore[attr-defined]

    when_modal(members)
    ctrl(Qt.Key.Key_M, shift=True)
    activate(w)
    names = [m.name for m in w.context.services.members.list(row_id)]
    assert names == ["Andi Pratama", "Sri Wahyuni"]


def new_project(journey: Journey) -> None:
    w = journey.w
    assert w.action_map["newProject"].isEnabled()

    def fill(dialog: QDialog) -> None:
        type_into(dialog.name, "Posyandu Digital")  # type: ignore[attr-defined]
        press(Qt.Key.Key_Return)

    when_modal(fill)
    ctrl(Qt.Key.Key_N)
    activate(w)
    kind, row_id = w.navigator.current()
    assert kind == "project" and w.project_page is not None
    journey.ids["project"] = row_id


def profile(journey: Journey) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    page = journey.w.project_page
    click(page.profile_button)
    form = page.profile
    assert form.isVisible()
    editor = next(
        e
        for e in form.findChildren(QPlainTextEdit)
        if e.objectName().startswith("profile_") and e.isVisible()
    )
    click(editor)
    assert QApplication.focusWidget() is editor
    QTest.keyClicks(editor, "Antrean posyandu panjang")
    press(Qt.Key.Key_Tab)  # leaving the field saves it
    key = editor.objectName().removeprefix("profile_")
    journey.ids["profile_key"] = key
    wait_until(
        lambda: (
            journey.w.context.services.projects.get(journey.ids["project"]).profile.get(key)
            == "Antrean posyandu panjang"
        )
    )


def each_stage(journey: Journey) -> None:
    page = journey.w.project_page
    for stage in STAGES:
        button = page.findChild(QAbstractButton, f"step_{stage.value}")
        click(button)
        assert page.stage_pages[stage.value].isVisible()
        check_fits(journey.w)
    click(page.findChild(QAbstractButton, f"step_{STAGES[3].value}"))
    stage_page = page.stage_pages[STAGES[3].value]  # Delivery: the indicators' worksheet
    tabs = stage_page.tabs
    sheet = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Lembar kerja")
    click(tabs.tabBar(), tabs.tabBar().tabRect(sheet).center())
    shoot(journey, "delivery-worksheet")
    click(page.findChild(QAbstractButton, f"step_{STAGES[0].value}"))


def canvas_with_notes(journey: Journey) -> None:
    page = journey.w.project_page
    stage_page = page.stage_pages[STAGES[0].value]
    tabs = stage_page.tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if type(tabs.widget(i)).__name__ == "CanvasPanel")
    assert "Kanvas" in tabs.tabText(index), tabs.tabText(index)
    click(bar, bar.tabRect(index).center())
    panel = tabs.currentWidget()

    def pick(dialog: QDialog) -> None:
        shoot(journey, "template-picker")
        press(Qt.Key.Key_Return)

    click_panel_menu(panel, "canvasMenu", "newCanvas", then=pick)
    activate(journey.w)
    board = panel.current()
    assert board is not None
    view = board.view
    view.setFocus()
    QTest.keyClick(view.viewport(), Qt.Key.Key_N)
    settle()
    QTest.keyClicks(QApplication.focusWidget(), "Antrean panjang")
    press(Qt.Key.Key_Escape)
    notes = journey.w.context.services.canvases.load(board.canvas_id)[0]
    assert any("Antrean panjang" in (n.get("text") or "") for n in notes), notes


def _panel(journey: Journey) -> QWidget:
    tabs = journey.w.project_page.stage_pages[STAGES[0].value].tabs
    panel = tabs.currentWidget()
    assert type(panel).__name__ == "CanvasPanel"
    return panel


def voting(journey: Journey) -> None:
    panel = _panel(journey)

    def start(dialog: QDialog) -> None:
        assert QApplication.focusWidget() is dialog.participants  # type: ignore[attr-defined]
        QTest.keyClick(dialog.participants, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.participants, "1")  # type: ignore[attr-defined]
        press(Qt.Key.Key_Return)

    click_panel_menu(panel, "votingMenu", "startVoting", then=start)
    activate(journey.w)
    board = panel.current()
    assert board.voting_bar is not None and board.voting_bar.isVisible()
    view = board.view
    note = next(
        i for i in view.scene().items() if "Antrean" in str(getattr(i, "row", {}).get("text"))
    )
    where = view.mapFromScene(note.sceneBoundingRect().center())
    click(view.viewport(), where)
    shoot(journey, "voting-round")
    store = journey.w.context.services.canvases.load(board.canvas_id)[0]
    assert any(n.get("votes") for n in store), "the click gave the note a vote"
    end = next(b for b in board.voting_bar.findChildren(QAbstractButton) if "Akhiri" in b.text())
    click(end)


def presentation(journey: Journey) -> None:
    panel = _panel(journey)
    view = panel.current().view
    view.setFocus()
    press(Qt.Key.Key_F5)
    shown = panel.tools.presentation
    assert shown is not None and shown.isVisible()
    activate(shown)
    shoot(journey, "presentation-window", shown)
    press(Qt.Key.Key_Escape)
    assert not isValid(shown) or not shown.isVisible()  # closed (and deleted)
    activate(journey.w)


def timer_and_overview(journey: Journey) -> None:
    w = journey.w
    assert w.action_map["tools_timer"].isEnabled()
    w.activateWindow()
    press(Qt.Key.Key_F9)  # the countdown as an overlay over the board (layout, issue 11)
    overlay = w.moderator_tools.overlays.hosts[w]
    assert overlay.isVisible() and w.rect().contains(overlay.geometry())
    shoot(journey, "timer")
    press(Qt.Key.Key_F9)  # and hidden again; the time keeps running
    assert not overlay.isVisible()
    w.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is w)
    w.navigator.setFocus()
    press(Qt.Key.Key_F8)
    overview = w.moderator_tools.windows[("overview", journey.ids["workshop"])]
    assert overview.isVisible()
    check_fits(overview)
    shoot(journey, "overview-window", overview)
    overview.close()
    w.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is w)


def export_proposal(journey: Journey) -> None:
    w = journey.w
    w.navigator.setFocus()
    assert w.action_map["exportProposalPdf"].isEnabled()
    ctrl(Qt.Key.Key_E, shift=True)
    dialog = QApplication.activeModalWidget()
    wait_until(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert QApplication.focusWidget() is dialog.path_edit  # type: ignore[union-attr]
    target = journey.paths.data_dir.parent / "proposal.pdf"
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.path_edit, str(target))
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    click(dialog.export_button)
    wait_until(lambda: bool(exported), 60_000)
    assert target.is_file() and target.stat().st_size > 1000
    shoot(journey, "export-done")
    dialog.close()


def backup_to_a_chosen_folder(journey: Journey) -> None:
    w = journey.w
    stick = journey.paths.data_dir.parent / "usb"
    stick.mkdir(exist_ok=True)

    def save(dialog: QFileDialog) -> None:
        assert Path(dialog.directory().absolutePath()) == journey.paths.backup_dir
        name = QApplication.focusWidget()
        assert isinstance(name, QLineEdit)  # the file name field, name proposed
        name.selectAll()
        QTest.keyClicks(name, str(stick / "cadangan"))
        press(Qt.Key.Key_Return)

    when_modal(save, QFileDialog)
    click_menu_item(w, "file", "backupNow")
    activate(w)
    assert (stick / "cadangan.sqlite").is_file()


def quit_and_reopen(journey: Journey) -> None:
    w = journey.w
    w.navigator.setFocus()
    ctrl(Qt.Key.Key_Q)
    assert not w.isVisible()
    w.context.services.store.dispose()
    journey.window = None
    start(journey)
    w = journey.w
    assert w.current_project_id() == journey.ids["project"]  # the last project reopens
    services = w.context.services
    assert [m.name for m in services.members.list(journey.ids["team"])] == [
        "Andi Pratama",
        "Sri Wahyuni",
    ]
    project = services.projects.get(journey.ids["project"])
    assert project.profile.get(journey.ids["profile_key"]) == "Antrean posyandu panjang"
    canvases = services.canvases.list(journey.ids["project"], STAGES[0].value)
    assert canvases and w.project_page is not None
    notes = services.canvases.load(canvases[0].id)[0]
    assert [n.get("votes") for n in notes if n.get("text") == "Antrean panjang"] == [1]


STEPS: tuple[Callable[[Journey], None], ...] = (
    welcome,
    new_workshop,
    new_team_with_members,
    new_project,
    profile,
    each_stage,
    canvas_with_notes,
    voting,
    presentation,
    timer_and_overview,
    export_proposal,
    backup_to_a_chosen_folder,
    quit_and_reopen,
)


def test_newcomer_journey(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shots = os.environ.get("LABINOV_SHOTS")
    journey = Journey(
        paths=UserPaths(tmp_path / "data"),
        size=os.environ.get("LABINOV_JOURNEY_SIZE", "default"),
        shots=Path(shots) if shots else None,
    )
    journey.paths.data_dir.mkdir(parents=True)
    translators = install(qapp, "id")  # as the app does for an Indonesian system
    assert translators
    # the app's font (at least the projector-readable size) and emoji, as run_gui sets them
    settings = prefs.open_settings(journey.paths)
    prefs.apply_font(qapp, settings)
    if os.environ.get("LABINOV_JOURNEY_PROJECTOR"):  # View ▸ Projector preset, remembered
        prefs.PROJECTOR.set(settings, True)
        settings.sync()
    assert qapp.font().pointSize() >= prefs.PROJECTOR_POINT_SIZE
    install_symbol_fallback(qapp)
    start(journey)
    for step in STEPS:
        step(journey)
        settle()
        check_fits(journey.w)
        shoot(journey, step.__name__)
    journey.w.close()
