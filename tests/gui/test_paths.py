"""First-use paths: a backup goes where the user says (the backups folder offered first);
archiving shows on the project row, and View ▸ Archived projects hides or shows them;
the readiness view is in the Tools and Project menus."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.gui.models.navigator import DECORATION_ROLE, FOREGROUND_ROLE, TOOLTIP_ROLE
from tests.gui.conftest import answer_dialog


def test_back_up_now_asks_where_starting_in_the_backups_folder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.structure.create_workshop({"name": "Lab"})
    stick = tmp_path / "usb"
    stick.mkdir()
    offered: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        offered.append(dialog.directory().absolutePath())
        offered.append(dialog.selectedFiles()[0])
        dialog.selectFile(str(stick / "cadangan-lab"))
        dialog.accept()

    answer_dialog(qtbot, choose)
    action = window.action_map["backupNow"]
    assert action.isEnabled() and action in window.menu("file").actions()
    action.trigger()
    assert Path(offered[0]) == window.context.paths.backup_dir
    assert Path(offered[1]).name.startswith("labinov-") and offered[1].endswith(".sqlite")
    made = stick / "cadangan-lab.sqlite"
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT name FROM workshop").fetchall() == [("Lab",)]
    assert str(made) in window.statusBar().currentMessage()


def test_cancelling_the_backup_dialog_writes_nothing(qtbot, window: MainWindow) -> None:
    answer_dialog(qtbot, lambda dialog: dialog.reject())
    before = set(window.context.paths.backup_dir.glob("*"))
    assert window.exchange_actions.backup_now() is None
    assert set(window.context.paths.backup_dir.glob("*")) == before


def test_archived_projects_are_marked_and_can_be_hidden(qtbot, window: MainWindow) -> None:
    workshop_id = window.structure.create_workshop({"name": "Lab"})
    team_id = window.structure.create_team(workshop_id, {"name": "Dinas", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Inovasi")
    assert window.select(project_id)
    window.action_map["archive"].trigger()
    model = window.model
    index = model.index_of(project_id)
    assert not model.data(index, DECORATION_ROLE).isNull()  # seen while selected, too
    assert model.data(index, FOREGROUND_ROLE) is not None
    assert "Diarsipkan" in model.data(index, TOOLTIP_ROLE)

    show = window.action_map["showArchived"]
    assert show.isChecked() and show in window.menu("view").actions()
    show.trigger()
    assert not model.index_of(project_id).isValid()
    assert prefs.SHOW_ARCHIVED.get(window.context.settings) is False
    show.trigger()
    assert model.index_of(project_id).isValid()


def test_readiness_is_in_the_tools_and_project_menus(qtbot, window: MainWindow) -> None:
    readiness = window.action_map["tools_readiness"]
    assert readiness in window.menu("tools").actions()
    assert readiness in window.menu("project").actions()
    assert not readiness.isEnabled()  # nothing selected yet
    window.structure.open_sample()
    project = window.context.services.projects.overview().projects[0]
    assert window.select(project.id) and readiness.isEnabled()
    readiness.trigger()
    view = window.moderator_tools.windows[("readiness", project.id)]
    assert view.isVisible()
    view.close()
