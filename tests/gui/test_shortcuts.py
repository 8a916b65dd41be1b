"""Standard shortcuts typed on the real window: new project, rename, delete, undo, redo, about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from labinov import __version__
from labinov.gui.main_window import MainWindow
from tests.gui.conftest import answer_dialog


def _active(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key on the navigator of the active window (a closed dialog leaves none active)."""
    _active(qtbot, window)
    window.navigator.setFocus()
    QTest.keyClick(window.navigator, key, modifiers)


def test_ctrl_n_f2_del_ctrl_z_ctrl_y(qtbot, window: MainWindow, services) -> None:
    workshop_id = window.structure.create_workshop({"name": "Labinov 2026"})
    team_id = window.structure.create_team(workshop_id, {"name": "Dinas Sosial", "kind": "opd"})
    assert window.select(team_id)

    def name_project(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.name, "Bansos Tepat")
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)

    answer_dialog(qtbot, name_project)
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [project] = services.projects.summaries()
    assert project.title == "Bansos Tepat"
    assert window.current_project_id() == project.id

    def rename(dialog: QDialog) -> None:
        assert dialog.name.text() == "Bansos Tepat"  # the current name, selected
        QTest.keyClicks(dialog.name, "Bansos Cepat")  # typing replaces the selection
        dialog.accept()

    answer_dialog(qtbot, rename)
    _press(qtbot, window, Qt.Key.Key_F2)
    assert services.projects.get(project.id).title == "Bansos Cepat"

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Bansos Cepat" in dialog.text() and "Ctrl+Z" in dialog.text()
        dialog.button(QMessageBox.StandardButton.Yes).click()

    answer_dialog(qtbot, confirm)
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert services.projects.summaries() == []
    assert window.current_team_id() == team_id

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    titles = lambda: [p.title for p in services.projects.summaries()]  # noqa: E731
    _press(qtbot, window, Qt.Key.Key_Z, ctrl)  # undo the delete
    assert titles() == ["Bansos Cepat"]
    _press(qtbot, window, Qt.Key.Key_Y, ctrl)  # redo it
    assert titles() == []
    _press(qtbot, window, Qt.Key.Key_Z, ctrl)
    _press(qtbot, window, Qt.Key.Key_Z, shift | ctrl)  # the other redo shortcut
    assert titles() == []
    _press(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert titles() == ["Bansos Cepat"]
    # the rename was an edit of the project: it is on the project's own stack
    assert window.select(project.id)
    _press(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert titles() == ["Bansos Tepat"]
    assert window.project_page.title.text() == "Bansos Tepat"


def test_delete_asks_first_and_no_keeps_everything(qtbot, window: MainWindow, services) -> None:
    workshop_id = window.structure.create_workshop({"name": "Labinov 2026"})
    assert window.select(workshop_id)

    def refuse(dialog: QDialog) -> None:
        dialog.button(QMessageBox.StandardButton.No).click()

    answer_dialog(qtbot, refuse)
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert [w.id for w in services.workshops.list()] == [workshop_id]


def test_f1_shows_version_and_folders(qtbot, window: MainWindow, paths) -> None:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    answer_dialog(qtbot, read)
    _press(qtbot, window, Qt.Key.Key_F1)
    text = "\n".join(seen)
    assert __version__ in text
    assert str(paths.data_dir) in text and str(paths.log_dir) in text


def test_context_menu_offers_only_what_applies(qtbot, window: MainWindow) -> None:
    workshop_id = window.structure.create_workshop({"name": "Labinov 2026"})
    assert window.select(workshop_id)
    names = {name for name, action in window.action_map.items() if action.isEnabled()}
    assert {"newTeam", "rename", "delete"} <= names
    assert "duplicateProject" not in names and "archive" not in names
    assert not window.action_map["newProject"].isEnabled()  # a project needs a team
