"""Team members edited in their dialog with real clicks and typing, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QTextBrowser

from labinov.gui.main_window import MainWindow
from labinov.gui.members_dialog import NAME, NIP, ROLE, MembersDialog
from tests.gui.conftest import answer_dialog, type_text


def _type_cell(dialog: MembersDialog, row: int, column: int, text: str) -> None:
    table = dialog.table
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.viewport().focusWidget() or table.focusWidget()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


# Qt warns here while the test types into cells through ``_type_cell`` (Return in an
# editor found by focus); the data are saved right, the cause is not yet understood
@pytest.mark.qt_log_ignore("QAbstractItemView::commitData called with an editor")
def test_members_added_edited_removed_and_undone(qtbot, window: MainWindow) -> None:
    services = window.context.services
    workshop_id = window.structure.create_workshop({"name": "W"})
    team_id = window.structure.create_team(workshop_id, {"name": "Dinas Kesehatan", "kind": "opd"})
    page = window.findChild(QTextBrowser, "selectionInfo")
    assert "Belum ada anggota" in page.toPlainText()

    def fill(dialog: MembersDialog) -> None:
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        _type_cell(dialog, 0, NAME, "dr. Arif <b>&</b> 😀")
        _type_cell(dialog, 0, NIP, "197205121998032004")
        role = dialog.table.cellWidget(0, ROLE)
        assert isinstance(role, QComboBox) and role.currentText() == "Anggota"
        role.setCurrentIndex(role.findData("ketua"))
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        _type_cell(dialog, 1, NIP, "123")  # a row without a name is not accepted
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        problem = dialog.findChild(QLabel, "membersProblem")
        assert dialog.isVisible() and "Baris 2" in problem.text()
        _type_cell(dialog, 1, NAME, "Nurul")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, fill)
    window.action_map["editMembers"].trigger()
    members = services.members.list(team_id)
    assert [(m.name, m.nip, m.role) for m in members] == [
        ("dr. Arif <b>&</b> 😀", "197205121998032004", "ketua"),
        ("Nurul", "123", "anggota"),
    ]
    assert "dr. Arif <b>&</b> 😀" in page.toPlainText() and "(Ketua)" in page.toPlainText()
    leader_id = members[0].id

    def remove_second(dialog: MembersDialog) -> None:
        assert dialog.table.item(0, NAME).text() == "dr. Arif <b>&</b> 😀"
        dialog.table.selectRow(1)
        QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    answer_dialog(qtbot, remove_second)
    window.action_map["editMembers"].trigger()
    assert [m.id for m in services.members.list(team_id)] == [leader_id]

    window.action_map["undoAction"].trigger()  # the removal
    assert [m.name for m in services.members.list(team_id)] == ["dr. Arif <b>&</b> 😀", "Nurul"]
    window.action_map["undoAction"].trigger()  # the first edit
    assert services.members.list(team_id) == []
    window.action_map["redoAction"].trigger()
    assert services.members.list(team_id)[0].id == leader_id  # the same member again


def test_a_whole_nip_fits_its_column(qtbot) -> None:
    """At 1024×600 and 1366×768 the NIP column showed "19700812 199503 …" (a desktop whose
    text is a little larger than the tests' default, as the X window's was)."""
    from PySide6.QtWidgets import QApplication

    nip = "19700812 199503 1 004"
    default = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(default.pointSizeF() * 1.4)
    QApplication.setFont(larger)
    try:
        member = {"name": "Drs. H. Muh. Syarif, M.AP", "nip": nip}
        dialog = MembersDialog("Tim DPMPTSP", [member])
        qtbot.addWidget(dialog)
        dialog.show()
        width = dialog.table.horizontalHeader().sectionSize(NIP)
        assert width >= dialog.table.fontMetrics().horizontalAdvance(nip) + 12
        assert dialog.table.item(0, NIP).text() == nip
    finally:
        QApplication.setFont(default)
