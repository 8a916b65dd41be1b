"""View ▸ Language applies at once: new catalogues, the window built again in the new
language with the same selection, nothing typed lost, the old window's signals gone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from labinov.app import build_context, build_main_window
from labinov.gui import settings as prefs
from labinov.gui.date_field import DateField
from labinov.gui.language_switch import LanguageSwitch
from labinov.gui.main_window import MainWindow
from labinov.gui.translations import install
from labinov.paths import UserPaths
from labinov.store.db import Store


@pytest.fixture
def switch(qtbot, qapp: QApplication, store: Store, paths: UserPaths) -> Iterator[LanguageSwitch]:
    translators = install(qapp, "id")
    context = build_context(store, paths, "id")
    window = build_main_window(context)
    window.show()
    made = LanguageSwitch(qapp, context, window, translators, build_main_window)
    yield made
    made.window.close()
    for translator in made.translators:
        qapp.removeTranslator(translator)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.text()]


def test_language_switch_rebuilds_the_window_in_the_new_language(qtbot, switch) -> None:
    old = switch.window
    assert "&Berkas" in menu_titles(old)
    workshop_id = old.structure.open_sample()
    project_id = next(p.id for p in switch.context.services.projects.overview(workshop_id).projects)
    assert old.select(project_id)
    heard = []
    switch.context.events.language_changed.connect(heard.append)

    old.action_map["language_en"].trigger()  # View ▸ Language ▸ English
    qtbot.waitUntil(lambda: switch.window is not old, timeout=5000)
    new = switch.window
    assert heard == ["en"] and switch.context.language == "en"
    assert prefs.LANGUAGE.get(switch.context.settings) == "en"
    assert not old.isVisible() and new.isVisible()
    assert "&File" in menu_titles(new) and "&Berkas" not in menu_titles(new)
    assert new.current_project_id() == project_id  # the same project stays open
    assert new.action_map["language_en"].isChecked()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # Qt's own too
    assert "Language changed" in new.statusBar().currentMessage()
    assert not any(
        isinstance(widget, QMessageBox) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )  # no "at the next start" box
    new.show_profile() if hasattr(new, "show_profile") else None
    dates = new.findChildren(DateField)
    assert all(field.language == "en" for field in dates)

    # the old window's connections are gone: edits and undo reach only the new one
    team_id = new.structure.create_team(workshop_id, {"name": "Dinas Sosial", "kind": "opd"})
    assert team_id and new.select(team_id)
    switch.context.stack_for(None).undo()
    switch.context.project_changed(project_id)

    new.action_map["language_id"].trigger()
    qtbot.waitUntil(lambda: switch.window is not new, timeout=5000)
    assert "&Berkas" in menu_titles(switch.window)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert switch.context.services.worksheets.language == "id"


def test_the_same_language_changes_nothing(qtbot, switch) -> None:
    window = switch.window
    window.action_map["language_id"].trigger()
    qtbot.wait(50)
    assert switch.window is window and window.isVisible()
