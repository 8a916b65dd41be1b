"""The projector preset enlarges a worksheet's questions with its answers: the room reads
the question the team answers."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset


def _hints(panel) -> list[QLabel]:  # type: ignore[no-untyped-def]
    return [
        label
        for group in panel.findChildren(QGroupBox)
        for label in group.findChildren(QLabel)
        if label.wordWrap() and label.text()
    ]


def test_questions_grow_with_the_answers_on_the_projector(make_panel, context) -> None:
    base = QApplication.font().pointSizeF()
    panel = make_panel("drum_up")
    hints = _hints(panel)
    assert len(hints) >= 4
    preset = ProjectorPreset.of(context)
    preset.set_enabled(True)  # switched on with the sheet open
    QApplication.processEvents()
    assert panel.font().pointSizeF() == base * PROJECTOR_SCALE
    for label in [*hints, panel.progress_label]:
        assert label.font().pointSizeF() == base * PROJECTOR_SCALE, label.text()
    opened_after = make_panel("diagnose")  # opened with the preset on
    for label in _hints(opened_after):
        assert label.font().pointSizeF() == base * PROJECTOR_SCALE, label.text()
    preset.set_enabled(False)
    assert all(label.font().pointSizeF() == base for label in hints)


def test_the_profile_grows_with_the_projector_preset(qtbot, context, project_id) -> None:
    """The team reads its profile on the projector as its worksheets: it stayed small."""
    from PySide6.QtWidgets import QPlainTextEdit

    from labinov.gui.profile_form import ProfileForm

    base = QApplication.font().pointSizeF()
    preset = ProjectorPreset.of(context)
    preset.set_enabled(True)
    form = ProfileForm(context, project_id)
    qtbot.addWidget(form)
    form.show()
    editors = form.findChildren(QPlainTextEdit)
    labels = [label for label in form.findChildren(QLabel) if label.text()]
    assert editors and labels
    for widget in [*editors, *labels]:
        assert widget.font().pointSizeF() == base * PROJECTOR_SCALE, widget.objectName()
    preset.set_enabled(False)
    assert all(editor.font().pointSizeF() == base for editor in editors)


def test_a_worksheet_dates_example_shows_whole_on_the_projector(make_panel, context) -> None:
    """The date field kept 350 pixels: with the preset its example text was cut ("mis. 15
    Juli 2019 atau Apr…")."""
    from labinov.gui.date_field import DateField

    ProjectorPreset.of(context).set_enabled(True)
    panel = make_panel("delivery")
    QApplication.processEvents()
    (field,) = [f for f in panel.findChildren(DateField) if f.isVisible()][:1]
    edit = field.edit
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.font().pointSizeF() == QApplication.font().pointSizeF() * PROJECTOR_SCALE
    assert edit.width() - 24 >= needed, (edit.width(), needed)  # its clear button aside
    ProjectorPreset.of(context).set_enabled(False)
    QApplication.processEvents()
    assert field.maximumWidth() < 350  # and back to the size of the usual font


def test_a_field_marked_in_red_still_grows_with_the_preset(make_panel, context) -> None:
    """A field with the red border of an unsaved or impossible value (a style sheet of its
    own) kept the small letters when the preset came on, and still after the border went:
    Qt stops a widget's font following its parent once the widget has a style sheet."""
    from tests.gui.conftest import find_box
    from tests.gui.worksheets.conftest import type_into

    base = QApplication.font().pointSizeF()
    panel = make_panel("delivery")
    type_into(panel, "launch_date", "kemarin")  # no date: refused, marked in red
    find_box().close()
    editor = panel.texts["launch_date"].editor
    assert editor.property("unsaved") is True and editor.styleSheet()
    preset = ProjectorPreset.of(context)
    preset.set_enabled(True)
    QApplication.processEvents()
    assert editor.font().pointSizeF() == base * PROJECTOR_SCALE
    type_into(panel, "launch_date", "4/11/2019")  # saved: the border goes
    assert editor.property("unsaved") is False
    preset.set_enabled(False)
    QApplication.processEvents()
    assert editor.font().pointSizeF() == base
    preset.set_enabled(True)
    QApplication.processEvents()
    assert editor.font().pointSizeF() == base * PROJECTOR_SCALE
    type_into(panel, "launch_date", "besok")  # marked in red with the preset on…
    find_box().close()
    assert editor.font().pointSizeF() == base * PROJECTOR_SCALE
    preset.set_enabled(False)  # …then off
    QApplication.processEvents()
    assert editor.font().pointSizeF() == base
