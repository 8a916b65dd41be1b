"""A worksheet date question is the app's one ``DateField``: typed dates are read by the
locale module and shown in words, a calendar pick is saved at once, other text is marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.gui.date_field import DateField
from labinov.method.worksheets import DATE, worksheet


def test_a_date_question_uses_the_date_field(make_panel, context, project_id) -> None:
    stage = next(s for s in ("drum_up", "delivery") if any(i.kind == DATE for i in worksheet(s)))
    key = next(i.key for i in worksheet(stage) if i.kind == DATE)
    panel = make_panel(stage)
    field = panel.texts[key]
    assert isinstance(field.date, DateField) and field.editor is field.date.edit
    field.editor.setFocus()
    QTest.keyClicks(field.editor, "2/9/2019")
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    answers = context.services.worksheets.answers
    assert answers(project_id, stage)[key] == "2019-09-02"
    assert field.editor.text() == "2 September 2019"
    # a pick from the calendar is saved at once, shown in words
    field.date.popup._pick(dt.date(2020, 1, 31))
    assert answers(project_id, stage)[key] == "2020-01-31"
    assert field.editor.text() == "31 Januari 2020"
    # text that is no date is marked and the stored date stays
    field.editor.selectAll()
    QTest.keyClicks(field.editor, "besok")
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    assert field.date.error and answers(project_id, stage)[key] == "2020-01-31"
    # a stored answer loads in words, as the field's value
    field.load("2017-04")
    assert field.editor.text() == "April 2017" and field.date.iso() == "2017-04"
