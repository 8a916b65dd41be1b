"""The menus built from the action registry, in both languages: no accelerator twice in a
menu, Quit last and apart, every declared icon shipped, F11 bound everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from labinov.gui import icons
from labinov.gui.main_window import MainWindow
from tests.gui.conftest import _installed


@pytest.fixture(params=["id", "en"])
def language(qapp: QApplication, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Each test here runs with the Indonesian catalogue loaded, and in English."""
    yield from _installed(qapp, request.param)


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text.split("\t")[0].replace("&&", ""))
    return found.group(1).lower() if found else None


def menus_of(window: MainWindow) -> Iterator[tuple[str, list[QAction]]]:
    bar = window.menuBar().actions()
    yield "menu bar", bar
    pending = [a.menu() for a in bar if a.menu()]
    while pending:
        menu = pending.pop()
        items = menu.actions()
        yield menu.title(), items
        pending += [a.menu() for a in items if isinstance(a.menu(), QMenu)]


def test_no_menu_repeats_an_accelerator(window: MainWindow, language: str) -> None:
    checked = 0
    for title, items in menus_of(window):
        keys = [accelerator(a.text()) for a in items if not a.isSeparator()]
        keys = [k for k in keys if k]
        repeated = {k for k in keys if keys.count(k) > 1}
        texts = ", ".join(a.text() for a in items)
        assert not repeated, f"{language}: {title!r} repeats &{sorted(repeated)}: {texts}"
        checked += len(keys)
    assert checked > 40  # every menu was there to check
    if language == "id":
        assert window.menu("file").title() == "&Berkas"


def test_quit_is_last_and_set_apart(window: MainWindow) -> None:
    items = window.menu("file").actions()
    assert items[-1].objectName() == "quit"
    assert items[-2].isSeparator()
    assert items[-3].objectName() != "importBundle"


def test_every_action_is_declared_once_with_a_shipped_icon(window: MainWindow) -> None:
    shipped = set(icons.available())
    named = {a.objectName() for a in window.findChildren(QAction) if a.objectName()}
    assert set(window.action_map) <= named
    toolbar = window.toolbar.actions()
    assert all(not a.icon().isNull() for a in toolbar if not a.isSeparator())  # at once
    window.menu("file").aboutToShow.emit()  # the menus' icons load when one first opens
    for action_id, action in window.action_map.items():
        if not action_id.startswith("language_"):
            assert not action.icon().isNull(), action_id
    for name in icons.CANVAS_ICONS.values():
        assert name in shipped, name
    assert not window.action_map["fullScreen"].icon().pixmap(24, 24).isNull()  # the SVG renders


def test_f11_is_bound_on_every_platform(window: MainWindow) -> None:
    shortcuts = window.action_map["fullScreen"].shortcuts()
    assert QKeySequence("F11") in shortcuts
    assert len(shortcuts) == len(set(s.toString() for s in shortcuts))  # no binding twice


def test_undo_text_shows_an_ampersand_of_the_note(window: MainWindow) -> None:
    """A note's "&" in the undo text is shown as "&", not taken as an accelerator."""
    from PySide6.QtGui import QUndoCommand, QUndoStack

    stack = QUndoStack(window)
    window.context.undo_group.addStack(stack)
    window.context.undo_group.setActiveStack(stack)
    stack.push(QUndoCommand("Ubah <b> & </b>"))
    undo = window.action_map["undoAction"]
    assert undo.text().endswith("Ubah <b> && </b>")
    assert accelerator(undo.text()) == accelerator(QApplication.translate("MainWindow", "&Undo"))
    stack.undo()
    assert window.action_map["redoAction"].text().endswith("Ubah <b> && </b>")


def test_tools_menu_shows_its_shortcuts(window: MainWindow) -> None:
    """F9, Shift+F9 and F8 sit beside their items in the Tools menu, as View's do."""
    shown = {a.objectName(): a.shortcut().toString() for a in window.menu("tools").actions()}
    assert shown["tools_timer"] == "F9"
    assert shown["tools_timer_window"] == "Shift+F9"
    assert shown["tools_overview"] == "F8"
