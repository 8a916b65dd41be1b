"""The IID profile in the window: Covid-19 and every IID field, supporting files per field
with undo, the indicators with their evidence and the estimated score, at 1366×768 and on
the smallest screen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from labinov.gui.main_window import MainWindow
from labinov.gui.supporting_files import SupportingFilesButton
from tests.gui.conftest import find_box, type_text
from tests.gui.layout.helpers import SMALLEST, at_size, effective_minimum, sample_project
from tests.iid_project import LEVELS, PROFILE, pdf_bytes


def test_iid_profile_edits_files_and_estimate(qtbot, window: MainWindow, tmp_path: Path) -> None:
    at_size(window, 1366, 768)
    project_id = sample_project(window)
    services = window.context.services
    values = {k: v for k, v in PROFILE.items() if k != "iid_levels"}
    services.projects.update_profile(project_id, {**values, "iid_levels": LEVELS})
    window.context.project_changed(project_id)
    page = window.project_page
    page.show_profile()
    QApplication.processEvents()
    form = page.profile
    covid = form.findChild(QComboBox, "profile_covid")
    assert covid.currentText() == "Non Covid-19"
    assert [covid.itemText(i) for i in range(covid.count())][1:] == ["Non Covid-19", "Covid-19"]
    score = form.findChild(QLabel, "iidScore")
    assert "34 dari 111 = 30,63% — Kurang Inovatif (perkiraan)" in score.text()
    assert "6 dari 20 indikator terisi" in score.text()
    assert "Indikator wajib yang belum terpenuhi: 32" in score.text()

    # a level chosen is saved, the estimate follows, and undo takes it back
    level = form.findChild(QComboBox, "iid_level_32")
    level.setCurrentIndex(level.findData(3))
    assert services.projects.get(project_id).profile["iid_levels"]["32"] == 3
    assert "40 dari 111 = 36,04% — Inovatif (perkiraan)" in score.text()
    window.context.stack_for(project_id).undo()
    assert "32" not in services.projects.get(project_id).profile["iid_levels"]
    assert level.currentData() == 0 and "Kurang Inovatif" in score.text()

    # the evidence of an indicator is typed and saved
    assert form.findChild(QLineEdit, "iid_evidence_16").text() == PROFILE["iid_evidence"]["16"]
    evidence = form.findChild(QLineEdit, "iid_evidence_17")
    type_text(evidence, "SK Tim No. 3/2019")
    form.iid._savers["17"].flush()
    saved = services.projects.get(project_id).profile["iid_evidence"]
    assert saved == {**PROFILE["iid_evidence"], "17": "SK Tim No. 3/2019"}

    # a field's supporting file: attached, counted, undone
    button = form.findChild(SupportingFilesButton, "files_field_design_summary")
    assert button.text() == "0"
    path = tmp_path / "rancang-bangun.pdf"
    path.write_bytes(pdf_bytes(1, "RANCANG BANGUN"))
    assert button.add_file(path)
    assert button.text() == "1" and "rancang-bangun.pdf" in button.toolTip()
    [info] = services.attachments.list(project_id, "field:design_summary")
    assert services.attachments.data(info.id) == path.read_bytes()
    window.context.stack_for(project_id).undo()
    assert services.attachments.list(project_id) == [] and button.text() == "0"
    assert not button.add_file(tmp_path / "missing.pdf")  # told, nothing kept
    box = find_box()
    assert box is not None and "missing.pdf" in box.text()
    box.close()
    assert services.attachments.list(project_id) == []
    button.add_file(path)
    form.findChild(SupportingFilesButton, "files_indicator_16").add_file(path)

    if os.environ.get("LABINOV_SHOTS"):
        folder = Path(os.environ["LABINOV_SHOTS"])
        form.ensureWidgetVisible(form.findChild(QComboBox, "iid_level_31"))
        QApplication.processEvents()
        window.grab().save(str(folder / "iid_profile_1366_id.png"))

    # it fits the smallest screen, and nothing pushes out sideways
    width, height = effective_minimum(window)
    assert width <= SMALLEST[0] and height <= SMALLEST[1], (width, height)
    at_size(window, *SMALLEST)
    QApplication.processEvents()
    assert form.horizontalScrollBar().maximum() == 0
    assert form.iid.geometry().right() <= form.viewport().width()
    if os.environ.get("LABINOV_SHOTS"):
        form.ensureWidgetVisible(form.findChild(QComboBox, "iid_level_16"))
        QApplication.processEvents()
        window.grab().save(str(Path(os.environ["LABINOV_SHOTS"]) / "iid_profile_1024_id.png"))


def test_paperclips_read_the_files_once_not_on_every_autosave(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from sqlalchemy import event

    project_id = sample_project(window)
    page = window.project_page
    page.show_profile()
    QApplication.processEvents()
    form = page.profile
    buttons = form.findChildren(SupportingFilesButton)
    assert len(buttons) > 20  # fields, letters and every IID indicator
    reads: list[str] = []

    def counted(_conn, _cursor, statement: str, *_args: object) -> None:
        if "FROM attachment" in statement and "attachment.purpose !=" in statement:
            reads.append(statement)  # a listing of the files (not the add or remove itself)

    engine = window.context.services.store.engine
    event.listen(engine, "before_cursor_execute", counted)
    try:
        evidence = form.findChild(QLineEdit, "iid_evidence_17")
        type_text(evidence, "SK Tim No. 3/2019")
        form.iid._savers["17"].flush()  # an autosave reloads the form
        assert reads == []
        button = form.findChild(SupportingFilesButton, "files_field_design_summary")
        path = tmp_path / "rancang-bangun.pdf"
        path.write_bytes(pdf_bytes(1, "RANCANG BANGUN"))
        assert button.add_file(path)
        assert len(reads) == 1  # one read for every button of the form
        assert button.text() == "1" and "rancang-bangun.pdf" in button.toolTip()
        window.context.stack_for(project_id).undo()
        assert len(reads) == 2 and button.text() == "0"
    finally:
        event.remove(engine, "before_cursor_execute", counted)


def test_a_letters_file_ticks_it_ready(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from labinov.method import competition

    project_id = sample_project(window)
    page = window.project_page
    page.show_profile()
    QApplication.processEvents()
    form = page.profile
    services = window.context.services
    key = competition.letter_choices()[0]["key"]
    ready = form.findChild(QListWidget, "profile_letters_ready")

    def ticked() -> list[str]:
        return [
            ready.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(ready.count())
            if ready.item(row).checkState() == Qt.CheckState.Checked
        ]

    assert key not in (services.projects.get(project_id).profile.get("letters_ready") or [])
    path = tmp_path / "surat.pdf"
    path.write_bytes(pdf_bytes(1, "SURAT"))
    button = form.findChild(SupportingFilesButton, f"files_letter_{key}")
    assert button.add_file(path)
    assert services.projects.get(project_id).profile["letters_ready"] == [key]
    assert ticked() == [key] and button.text() == "1"
    # one step: undo takes the file and the tick back
    window.context.stack_for(project_id).undo()
    assert not services.projects.get(project_id).profile.get("letters_ready")
    assert ticked() == [] and button.text() == "0"
    window.context.stack_for(project_id).redo()
    assert ticked() == [key]
    # another file of a letter already ticked changes nothing more
    assert button.add_file(path)
    assert services.projects.get(project_id).profile["letters_ready"] == [key]
    # a field's file ticks nothing
    form.findChild(SupportingFilesButton, "files_field_design_summary").add_file(path)
    assert services.projects.get(project_id).profile["letters_ready"] == [key]
