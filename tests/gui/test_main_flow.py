"""The foundation's acceptance path through the real window, with real key and mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from labinov.gui.autosave import IDLE_MS
from labinov.gui.main_window import MainWindow
from tests.gui.conftest import answer_dialog, find_box, type_text
from tests.gui.layout.window_runs import drag

PURPOSE = "Mengurangi waktu tunggu pasien <b>&amp; 😀"


def create_through_dialogs(qtbot, window: MainWindow) -> tuple[str, str, str]:
    def workshop(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.name, "Labinov Kota Parepare 2026")
        QTest.keyClicks(dialog.organiser, "Balitbangda Kota Parepare")
        dialog.accept()

    answer_dialog(qtbot, workshop)
    workshop_id = window.structure.new_workshop()
    assert workshop_id

    def team(dialog: QDialog) -> None:
        QTest.keyClicks(dialog.name, "Dinas Kesehatan")
        dialog.accept()

    answer_dialog(qtbot, team)
    team_id = window.structure.new_team()
    assert team_id

    def project(dialog: QDialog) -> None:
        # an example title, as the workshop and team dialogs give (it had none)
        assert dialog.name.placeholderText() == "mis. Akta Lahir Sehari"
        QTest.keyClicks(dialog.name, "Antre Sehat")
        dialog.accept()

    answer_dialog(qtbot, project)
    project_id = window.structure.new_project()
    assert project_id
    return workshop_id, team_id, project_id


def test_create_fill_complete_undo_redo_and_reopen(
    qtbot, window: MainWindow, make_window, services
):
    _workshop_id, _team_id, project_id = create_through_dialogs(qtbot, window)
    assert window.current_project_id() == project_id
    page = window.project_page
    assert page is not None and page.title.text() == "Antre Sehat"

    # fill profile fields: a choice saves at once, text after the idle pause
    page.tabs.setCurrentWidget(page.profile)
    combo = page.profile.findChild(QComboBox, "profile_innovation_type")
    combo.setCurrentIndex(combo.findData("digital"))
    purpose = page.profile.findChild(QPlainTextEdit, "profile_purpose")
    purpose.setFocus()
    type_text(purpose, PURPOSE)
    assert services.projects.get(project_id).profile.get("purpose") is None  # not per keystroke
    qtbot.waitUntil(
        lambda: services.projects.get(project_id).profile.get("purpose") == PURPOSE,
        timeout=IDLE_MS + 1500,
    )
    assert services.projects.get(project_id).profile["innovation_type"] == "digital"

    # mark Drum up done with a real click
    page.tabs.setCurrentIndex(0)
    page.show_stage("drum_up")
    drum_up = page.stage_pages["drum_up"]
    step = page.navigator.button("drum_up")
    assert "0/4" in step.text()  # worksheet progress: required outputs filled / required
    assert "Masih kurang:" in step.toolTip() and "Tim dan peran" in step.toolTip()
    QTest.mouseClick(drum_up.findChild(QPushButton, "completeStage"), Qt.MouseButton.LeftButton)
    # nothing is filled in yet: the gate lists what is missing and asks for a reason
    override = find_box("overrideDialog")
    assert override is not None
    assert services.stages.get(project_id, "drum_up").status == "not_started"
    assert "•" in override.findChild(QLabel, "missingOutputs").text()
    ok = override.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no override
    reason = override.findChild(QPlainTextEdit, "overrideReason")
    reason.setFocus()
    type_text(reason, "Tim sepakat: komitmen ditulis minggu depan")
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    work = services.stages.get(project_id, "drum_up")
    assert work.status == "done"
    assert work.override_reason == "Tim sepakat: komitmen ditulis minggu depan"
    assert "selesai" in page.navigator.button("drum_up").accessibleName()

    window.action_map["undoAction"].trigger()
    assert services.stages.get(project_id, "drum_up").status == "not_started"
    assert "belum dimulai" in page.navigator.button("drum_up").accessibleName()
    window.action_map["redoAction"].trigger()
    assert services.stages.get(project_id, "drum_up").status == "done"

    # undo the profile edits too: the text returns to empty on screen and in the store
    window.action_map["undoAction"].trigger()  # Drum up done
    window.action_map["undoAction"].trigger()  # purpose
    assert services.projects.get(project_id).profile.get("purpose") is None
    assert purpose.toPlainText() == ""
    window.action_map["redoAction"].trigger()
    window.action_map["redoAction"].trigger()
    assert purpose.toPlainText() == PURPOSE

    # a new app instance on the same data folder shows the same state
    window.close()
    again = make_window()
    assert again.select(project_id)
    page = again.project_page
    assert page.title.text() == "Antre Sehat"
    assert page.profile.findChild(QPlainTextEdit, "profile_purpose").toPlainText() == PURPOSE
    combo = page.profile.findChild(QComboBox, "profile_innovation_type")
    assert combo.currentData() == "digital"
    assert "selesai" in page.navigator.button("drum_up").accessibleName()
    assert page.current_stage() == "diagnose"  # the project opens at its current stage


def test_structure_edits_undo_redo(qtbot, window: MainWindow, services) -> None:
    workshop_id = window.structure.create_workshop({"name": "Labinov 2026"})
    team_id = window.structure.create_team(workshop_id, {"name": "Dinas Sosial", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Bansos Tepat")
    assert window.select(team_id)
    window.action_map["undoAction"].trigger()  # creating the project
    assert [s.id for s in services.projects.summaries()] == []
    window.action_map["redoAction"].trigger()
    assert [s.id for s in services.projects.summaries()] == [project_id]  # same id again

    assert window.select(project_id)
    assert window.structure.delete(confirm=False)
    assert services.projects.summaries() == []
    assert window.current_team_id() == team_id  # selection falls back to the team
    window.action_map["undoAction"].trigger()
    assert [s.id for s in services.projects.summaries()] == [project_id]

    assert window.structure.rename_to("team", team_id, "Dinas Sosial Kota")
    assert services.teams.get(team_id).name == "Dinas Sosial Kota"
    window.action_map["undoAction"].trigger()
    assert services.teams.get(team_id).name == "Dinas Sosial"

    assert window.select(project_id)
    copy_id = window.structure.duplicate()
    assert copy_id and copy_id != project_id
    assert services.projects.get(copy_id).title == "Bansos Tepat (salinan)"


def test_navigator_shows_sample_at_different_stages(qtbot, window: MainWindow) -> None:
    workshop_id = window.structure.open_sample()
    assert workshop_id
    model = window.model
    workshop = model.index(0, 0)
    assert model.data(workshop) == "Laboratorium Inovasi Kota Makassar 2019"
    assert model.rowCount(workshop) == 3
    details = []
    for row in range(3):
        team = model.index(row, 0, workshop)
        project = model.index(0, 0, team)
        details.append(model.data(project, Qt.ItemDataRole.ToolTipRole).splitlines()[1])
    assert details == [
        "Delivery · ◐ sedang berjalan · 3/5",
        "Design · ◐ sedang berjalan · 2/5",
        "Diagnose · ◐ sedang berjalan · 1/5",
    ]


def test_welcome_screen_until_a_workshop_exists(qtbot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    QTest.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is not window.welcome
    assert window.model.rowCount() == 1


def test_window_state_is_restored(qtbot, make_window) -> None:
    first = make_window()
    first.showNormal()
    first.resize(1000, 560)  # the page keeps its minimum width (~600) beside the navigator
    QApplication.processEvents()
    handle = first.splitter.handle(1)
    middle = handle.rect().center()
    drag(handle, middle, middle + QPoint(250 - handle.x(), 0))  # the navigator to 250
    size, sizes = first.size(), first.splitter.sizes()
    assert abs(sizes[0] - 250) <= 3
    first.close()
    second = make_window()
    # as it was left, inside the (800-pixel) test screen
    assert second.height() == size.height() and not second.isMaximized()
    assert second.width() == min(size.width(), second.screen().availableGeometry().width() - 2)
    second.resize(size)  # room for the page's minimum beside it: the navigator as dragged
    QApplication.processEvents()
    assert second.splitter.sizes()[0] == sizes[0]
