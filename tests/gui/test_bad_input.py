"""Bad input through the window: refused with a message, kept verbatim, never lost."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

from labinov.app import run_gui
from labinov.gui.autosave import IDLE_MS
from labinov.gui.dialogs import NameDialog
from labinov.gui.main_window import MainWindow
from tests.gui.conftest import find_box, type_text
from tests.store.test_db import fill_disk

ODD = "<b>&amp; 😀 " + "panjang " * 1250  # 10,000 characters with markup-like text


def test_empty_names_are_refused_and_nothing_is_created(qtbot, window: MainWindow, services):
    dialog = NameDialog("Proyek baru", "Judul:")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.name, "   ")
    assert not ok.isEnabled()  # blanks are not a name

    workshop_id = window.structure.create_workshop({"name": "W"})
    team_id = window.structure.create_team(workshop_id, {"name": "T", "kind": "opd"})
    assert window.structure.create_project(team_id, "  \t ") is None
    box = find_box()
    assert box is not None and "tidak boleh kosong" in box.text()
    assert services.projects.summaries() == []
    assert window.context.stack_for(None).count() == 2  # the refused edit is not on the stack


def test_odd_and_long_titles_are_shown_verbatim(qtbot, window: MainWindow, services) -> None:
    assert len(ODD) >= 10_000
    workshop_id = window.structure.create_workshop({"name": "<i>Lokakarya</i> & 🎉"})
    team_id = window.structure.create_team(workshop_id, {"name": "T", "kind": "opd"})
    project_id = window.structure.create_project(team_id, ODD.strip())
    assert services.projects.get(project_id).title == ODD.strip()
    page = window.project_page
    assert page.findChild(QLineEdit, "projectTitle").text() == ODD.strip()
    index = window.model.index_of(project_id)
    assert window.model.data(index) == ODD.strip()
    workshop_index = window.model.index_of(workshop_id)
    assert window.model.data(workshop_index) == "<i>Lokakarya</i> & 🎉"
    assert page.team.text() == "Tim: T"  # painted as plain text, whatever it holds


def test_full_disk_keeps_the_text_on_screen_and_the_database_intact(
    qtbot, window: MainWindow, services, store, paths
) -> None:
    workshop_id = window.structure.create_workshop({"name": "W"})
    team_id = window.structure.create_team(workshop_id, {"name": "T", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Proyek")
    page = window.project_page
    page.tabs.setCurrentWidget(page.profile)
    field = page.profile.findChild(QPlainTextEdit, "profile_design_summary")
    fill_disk(store)
    text = "Rancang bangun " + "kata " * 3000
    field.setFocus()
    type_text(field, text[:40])
    field.insertPlainText(text[40:])  # the rest at once: typing 15,000 keys is slow
    qtbot.waitUntil(lambda: find_box() is not None, timeout=IDLE_MS + 2000)
    assert "Disk penuh" in find_box().text()
    assert field.toPlainText() == text  # not dropped from the screen
    assert field.property("unsaved") is True
    assert window.isVisible()
    store.engine.dispose()
    connection = sqlite3.connect(paths.database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    assert services.projects.get(project_id).profile.get("design_summary") is None


def test_unusable_data_folder_is_one_message_and_exit_1(qtbot, qapp, tmp_path, monkeypatch):
    import labinov.app

    installed = []  # run_gui's translators stay in this shared QApplication: remove them after
    real_install = labinov.app.install_translations

    def recording_install(app, language: str, qt_own: bool = True) -> list:
        translators = real_install(app, language, qt_own)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(labinov.app, "install_translations", recording_install)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    messages: list[str] = []
    try:
        code = run_gui(str(blocker / "data"), language="id", notify=messages.append)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert code == 1
    assert len(messages) == 1 and messages[0].startswith("Folder data")
    assert not (blocker / "data").exists()
