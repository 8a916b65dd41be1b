"""Two staff on one innovation profile (PostgreSQL server, or one SQLite file opened twice):
a field typed or chosen on a form loaded before the other app saved the profile is refused,
never written over the other's answer; the form reloads (the other's answer shows, nothing
left marked unsaved) and says so once. From the reloaded version the edit is saved, and an
undo is checked like any write. The IID indicators below the form likewise."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from labinov.gui.commands import safe_undo_redo
from labinov.gui.context import AppContext
from labinov.gui.profile_form import ProfileForm
from tests.gui.conftest import type_text
from tests.gui.two_stores import MESSAGE, TwoStaff, error_boxes, two_staff, two_stores  # noqa: F401

SUMMARY = "profile_design_summary"


def _form(qtbot, context: AppContext, project_id: str) -> ProfileForm:
    form = ProfileForm(context, project_id)
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def _type(form: ProfileForm, key: str, text: str) -> None:
    editor = form.findChild(QPlainTextEdit, f"profile_{key}") or form.findChild(
        QLineEdit, f"profile_{key}"
    )
    editor.setFocus()
    editor.selectAll()
    type_text(editor, text)
    form._savers[key].flush()


def _choose(form: ProfileForm, key: str, value: str) -> None:
    combo = form.findChild(QComboBox, f"profile_{key}")
    combo.setCurrentIndex(combo.findData(value))


def _shown(form: ProfileForm, key: str) -> str:
    return form._savers[key].text()


def test_two_staff_on_one_profile(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    projects = mine.services.projects
    form_a, form_b = _form(qtbot, mine, project), _form(qtbot, theirs, project)

    _type(form_a, "design_summary", "Akta lahir terbit di rumah sakit")
    assert projects.get(project).profile == {"design_summary": "Akta lahir terbit di rumah sakit"}

    # B's form was loaded before A's answer: B's text is refused, not written over A's
    _type(form_b, "design_summary", "Layanan jemput bola")
    assert projects.get(project).profile == {"design_summary": "Akta lahir terbit di rumah sakit"}
    assert _shown(form_b, "design_summary") == "Akta lahir terbit di rumah sakit"  # reloaded
    assert form_b.findChild(QPlainTextEdit, SUMMARY).property("unsaved") is False
    assert error_boxes(form_b) == [MESSAGE]
    assert theirs.stack_for(project).count() == 0

    # a choice is checked the same way: A chose, B's older form is refused and shows A's
    _choose(form_a, "innovation_type", "digital")
    _choose(form_b, "innovation_type", "non_digital")
    assert projects.get(project).profile["innovation_type"] == "digital"
    assert form_b.findChild(QComboBox, "profile_innovation_type").currentData() == "digital"
    assert error_boxes(form_b) == [MESSAGE, MESSAGE]
    assert theirs.stack_for(project).count() == 0

    # from the reloaded version B's edit is saved; A's undo is now from an old version
    _choose(form_b, "innovation_type", "non_digital")
    assert projects.get(project).profile["innovation_type"] == "non_digital"
    safe_undo_redo(mine.stack_for(project), form_a, redo=False)  # as Edit ▸ Undo does
    assert projects.get(project).profile["innovation_type"] == "non_digital"  # refused
    assert form_a.findChild(QComboBox, "profile_innovation_type").currentData() == "non_digital"
    assert error_boxes(form_a) == [MESSAGE]
    safe_undo_redo(theirs.stack_for(project), form_b, redo=False)  # B saw the current one
    assert projects.get(project).profile["innovation_type"] == "digital"
    assert projects.get(project).profile["design_summary"] == "Akta lahir terbit di rumah sakit"


def test_an_iid_level_from_an_old_form_is_refused(qtbot, two_staff: TwoStaff) -> None:  # noqa: F811
    mine, theirs, project = two_staff.mine, two_staff.theirs, two_staff.project
    projects = mine.services.projects
    form_b = _form(qtbot, theirs, project)
    projects.update_profile(project, {"iid_levels": {"16": 2}})  # A, through its own app

    level = form_b.findChild(QComboBox, "iid_level_17")
    level.setCurrentIndex(level.findData(3))
    assert projects.get(project).profile["iid_levels"] == {"16": 2}
    assert form_b.findChild(QComboBox, "iid_level_16").currentData() == 2  # reloaded
    assert level.currentData() == 0
    assert error_boxes(form_b) == [MESSAGE]
    level.setCurrentIndex(level.findData(3))  # from the reloaded version: saved, A's kept
    assert projects.get(project).profile["iid_levels"] == {"16": 2, "17": 3}
